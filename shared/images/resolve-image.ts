import { mapBounded } from '../concurrency';
import { translate, type Language } from '../i18n';
import { parseImageReference, type ImageReference } from '../image-ref';
import { isAppError, type AppError } from '../problems';
import type { RegistryClient, ResolvedDigest } from '../registry';

export interface ResolveImageInput {
  reference: string;
  resolveDigest: boolean;
  platform?: string | undefined;
}

export interface ResolveImageBatchInput {
  references: readonly string[];
  resolveDigest: boolean;
  platform?: string | undefined;
}

export interface ResolveImageDeps {
  /** Asked only with `resolveDigest`; a factory, so offline answers never construct it. */
  registry: () => RegistryClient;
  language: Language;
}

export interface ImageWarningAnswer {
  code: ImageReference['warnings'][number]['code'];
  message: string;
}

export type ResolvedImage = Omit<ImageReference, 'warnings'> & {
  warnings: ImageWarningAnswer[];
  resolved: boolean;
} & Partial<Omit<ResolvedDigest, 'registry' | 'repositoryPath' | 'reference' | 'digest'>>;

export type BatchItem =
  | { reference: string; ok: true; image: ResolvedImage }
  | { reference: string; ok: false; error: AppError | UnexpectedFailure };

/** A failure that is not a domain error (a bug): kept for the caller to log, answered as internal. */
export interface UnexpectedFailure {
  unexpected: unknown;
}

/** Live look-ups of one batch in flight at once. */
export const LIVE_LOOKUP_CONCURRENCY = 8;

/**
 * Offline parse, then (on request) the live digest. Errors name `['reference']` or
 * `['platform']` of the input.
 */
export async function resolveImage(
  input: ResolveImageInput,
  deps: ResolveImageDeps,
): Promise<ResolvedImage> {
  const image = parseImageReference(input.reference, { path: ['reference'] });
  const offline = { ...image, warnings: localizeWarnings(image, deps.language) };
  if (!input.resolveDigest) return { ...offline, resolved: false };
  const live = await deps
    .registry()
    .resolveDigest(image, input.platform === undefined ? {} : { platform: input.platform });
  const { registry: _r, repositoryPath: _p, reference: _ref, ...liveFields } = live;
  return { ...offline, ...liveFields, digest: live.digest, resolved: true };
}

/**
 * Every reference answered in input order; a failure is that item's error (its path moved to
 * `['references', N]`), never the batch's.
 */
export async function resolveImageBatch(
  input: ResolveImageBatchInput,
  deps: ResolveImageDeps,
): Promise<BatchItem[]> {
  const resolveAt = async (reference: string, index: number): Promise<BatchItem> => {
    try {
      const image = await resolveImage(
        { reference, resolveDigest: input.resolveDigest, platform: input.platform },
        deps,
      );
      return { reference, ok: true, image };
    } catch (error) {
      return {
        reference,
        ok: false,
        error: isAppError(error)
          ? error.movedTo(['reference'], ['references', index])
          : { unexpected: error },
      };
    }
  };
  return mapBounded(input.references, input.resolveDigest ? LIVE_LOOKUP_CONCURRENCY : 1, resolveAt);
}

function localizeWarnings(image: ImageReference, language: Language): ImageWarningAnswer[] {
  return image.warnings.map((warning) => ({
    code: warning.code,
    message: translate(language, `warning.${warning.code}`, warning.params),
  }));
}
