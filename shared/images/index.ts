/**
 * Images: the resolve use cases behind `/v1/images/resolve` and `/v1/images/resolve-batch`. A
 * reference is parsed offline (image-ref) and, on request, its tag resolved to a digest against
 * the live registry (registry). Warnings are rendered in the caller's language.
 */
export {
  addLiveDigests,
  LIVE_LOOKUP_CONCURRENCY,
  parseImageBatch,
  resolveImage,
  resolveImageBatch,
  type BatchItem,
  type OfflineBatchItem,
  type ImageWarningAnswer,
  type ResolvedImage,
  type ResolveImageBatchInput,
  type ResolveImageDeps,
  type ResolveImageInput,
  type UnexpectedFailure,
} from './resolve-image';
