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
 * `checkManifest` evaluates every image found against one cluster (the preconditions checks).
 *
 * Invariants: extraction is pure (no I/O); every failure is an `INVALID_MANIFEST` AppError at `['manifest']` with
 * line and column; work is bounded by MANIFEST_LIMITS whatever the text (alias bombs included).
 */
export {
  checkManifest,
  LIVE_CONCURRENCY,
  type CheckManifestDeps,
  type CheckManifestInput,
  type ManifestCheck,
  type ManifestImageCheck,
} from './check-manifest';
export { extractImagesFromManifest, type ExtractImagesOptions } from './extract-images';
export { MANIFEST_LIMITS, type ManifestLimit } from './limits';
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
