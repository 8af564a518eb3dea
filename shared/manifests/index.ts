/**
 * Manifests: every container image a Kubernetes manifest would pull, found without a cluster.
 *
 * Reads YAML or JSON text (multi-document streams, `List` and typed `*List` kinds, comments,
 * anchors, aliases and `<<` merge keys) the way `kubectl` decodes it. Workloads are matched on
 * `kind` whatever the apiVersion; each image carries its object path
 * (`Deployment/web spec.template.spec.containers[0]`), its 1-based source position and the pod
 * facts that decide the pull (imagePullSecrets, including those a ServiceAccount in the same file
 * adds under Kubernetes' admission rule, OS, node selector, pull policy).
 *
 * `checkManifest` evaluates every image found against one cluster (the preconditions checks); its
 * heavy half (`answerManifest`) is pure, so the service runs it on a worker thread.
 *
 * Invariants: extraction is pure (no I/O); every failure is an `INVALID_MANIFEST` AppError at
 * `['manifest']` with line and column; work is linear in the text and bounded by ManifestLimits
 * whatever it holds: documents, depth, aliases, keys per mapping and nodes are counted on the token
 * stream before anything is composed, and again with aliases expanded (alias and merge-key bombs
 * included).
 */
export {
  answerManifest,
  checkManifest,
  distinctManifestImages,
  LIVE_CONCURRENCY,
  type CheckManifestDeps,
  type CheckManifestInput,
  type Evaluation,
  type ManifestCheck,
  type ManifestImageCheck,
  type ManifestTask,
  type ManifestWork,
} from './check-manifest';
export { extractImagesFromManifest, type ExtractImagesOptions } from './extract-images';
export {
  MANIFEST_LIMITS,
  resolveManifestLimits,
  type ManifestLimit,
  type ManifestLimits,
} from './limits';
export type {
  ContainerType,
  ImagePullPolicy,
  ManifestFinding,
  ManifestFindingCode,
  ManifestImage,
  ManifestImages,
  ManifestObject,
  ManifestPullSecret,
  NodeOs,
} from './types';
export { WORKLOAD_KINDS } from './workload-kinds';
