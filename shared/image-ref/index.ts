/**
 * Image references: parse, validate and normalize any image reference exactly as Docker,
 * containerd and kubelet do (distribution/reference with `ParseNormalizedNamed`; the grammar is
 * written out in grammar.ts), and place it in Artifact Registry (hosts, locations, projects,
 * repositories, resource names). Pure and offline: no I/O; live digest resolution lives elsewhere.
 *
 * Invariants: every accepted reference round-trips (parsing `normalized` gives the same
 * `normalized`); every refusal is an AppError whose detail names the input, says what is wrong
 * and how to fix it; parsing is linear in the input, which is bounded to 4096 characters.
 */
export { findImageReference, parseImageReference, type ParseOptions } from './image-reference';
export {
  parseRepositoryReference,
  type RepositoryParseOptions,
  type RepositoryReference,
} from './repository-reference';
export type {
  ArtifactRegistryImage,
  ImageReference,
  ImageWarning,
  ImageWarningCode,
} from './types';
export { MAX_REFERENCE_LENGTH } from './grammar';
export { REFERENCE_PATTERN } from './reference-pattern';
export { checkReferenceGrammar, ReferenceTextSchema } from './reference-schema';
export { REPOSITORY_PATH_MAX_LENGTH } from './path';
export { TAG_MAX_LENGTH, DEFAULT_TAG } from './tag';
export { SUPPORTED_DIGEST_ALGORITHMS } from './digest';
export { DEFAULT_PATH } from './errors';
export { PROJECT_ID_PATTERN, PROJECT_NUMBER_PATTERN } from './project-id';
