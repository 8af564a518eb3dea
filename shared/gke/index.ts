/**
 * GKE versions and node images. Parses `MAJOR.MINOR.PATCH-gke.N` versions (partial `1.15` /
 * `1.15.9` accepted as incomplete, leading `v` tolerated), compares them numerically
 * (`gke.100` > `gke.22`), and answers version-dependent facts from one data table
 * (version-table.ts): default Artifact Registry pull permission, containerd default, Docker node
 * image support (one wording of when it ended: `dockerNodeImagesFact`), containerd 2. A fact that depends on a missing version component is `null`,
 * never guessed. Invalid versions throw AppError `INVALID_GKE_VERSION` at the caller's path.
 */
export {
  DEFAULT_GKE_VERSION_PATH,
  GKE_VERSION_MAX_LENGTH,
  GKE_VERSION_PATTERN,
  compareGkeVersions,
  meetsMinimum,
  parseGkeVersion,
  type GkeVersion,
  type ParseGkeVersionOptions,
} from './version';
export {
  GKE_VERSION_TABLE,
  type DefaultPullPermissionLine,
  type GkeVersionTable,
} from './version-table';
export {
  defaultPullPermissionOf,
  describeGkeVersion,
  dockerNodeImagesFact,
  factsOfGkeVersion,
  firstVersionWithDefaultPullPermission,
  lastVersionWithDockerNodeImages,
  type GkeVersionFacts,
} from './describe';
export {
  NODE_IMAGE_TYPES,
  NODE_IMAGE_TYPE_IDS,
  findNodeImageType,
  parseNodeImageType,
  type NodeImageType,
  type NodeImageTypeId,
  type NodeOs,
  type NodeRuntime,
} from './node-images';
