import { checkLiveLookupBudget, mapBounded, type ConcurrencyLimit } from '../concurrency';
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
  /** The instance-wide bound on live look-ups in flight, shared by every request. */
  liveLookups: ConcurrencyLimit;
  /** Live look-ups one request may ask for (MAX_LIVE_LOOKUPS). */
  maxLiveLookups: number;
}

export interface ImageWarningAnswer {
  code: ImageReference['warnings'][number]['code'];
  message: string;
}

export type ResolvedImage = Omit<ImageReference, 'warnings'> & {
  warnings: ImageWarningAnswer[];
  resolved: boolean;
} & Partial<Omit<ResolvedDigest, 'registry' | 'repositoryPath' | 'reference' | 'digest'>>;

/** A failure that is not a domain error (a bug): kept for the caller to log, answered as internal. */
export interface UnexpectedFailure {
  unexpected: unknown;
}

export type BatchItem =
  | { reference: string; ok: true; image: ResolvedImage }
  | { reference: string; ok: false; error: AppError | UnexpectedFailure };

/** Live look-ups of one batch in flight at once (the instance-wide bound applies as well). */
export const LIVE_LOOKUP_CONCURRENCY = 8;

type LiveFields = Omit<ResolvedDigest, 'registry' | 'repositoryPath' | 'reference'>;

function offlineAnswer(image: ImageReference, language: Language): ResolvedImage {
  return {
    ...image,
    warnings: image.warnings.map((warning) => ({
      code: warning.code,
      message: translate(language, `warning.${warning.code}`, warning.params),
    })),
    resolved: false,
  };
}

async function lookUp(
  image: ImageReference,
  platform: string | undefined,
  deps: ResolveImageDeps,
): Promise<LiveFields> {
  const live = await deps.liveLookups.run(() =>
    deps.registry().resolveDigest(image, platform === undefined ? {} : { platform }),
  );
  const { registry: _r, repositoryPath: _p, reference: _ref, ...fields } = live;
  return fields;
}

function withLive(offline: ResolvedImage, live: LiveFields): ResolvedImage {
  return { ...offline, ...live, digest: live.digest, resolved: true };
}

/**
 * Offline parse, then (on request) the live digest. Errors name `['reference']` or
 * `['platform']` of the input.
 */
export async function resolveImage(
  input: ResolveImageInput,
  deps: ResolveImageDeps,
): Promise<ResolvedImage> {
  const image = parseImageReference(input.reference, { path: ['reference'] });
  const offline = offlineAnswer(image, deps.language);
  if (!input.resolveDigest) return offline;
  return withLive(offline, await lookUp(image, input.platform, deps));
}

/**
 * Every reference answered in input order; a failure is that item's error (its path moved to
 * `['references', N]`), never the batch's. Live, each distinct reference is looked up once and
 * its answer shared; a batch asking for more than `maxLiveLookups` distinct look-ups is refused
 * whole (TOO_MANY_LIVE_LOOKUPS) before any is made.
 */
export async function resolveImageBatch(
  input: ResolveImageBatchInput,
  deps: ResolveImageDeps,
): Promise<BatchItem[]> {
  const failed = (reference: string, index: number, error: unknown): BatchItem => ({
    reference,
    ok: false,
    error: isAppError(error)
      ? error.movedTo(['reference'], ['references', index])
      : { unexpected: error },
  });
  const parsed = input.references.map((reference, index) => {
    try {
      const image = parseImageReference(reference, { path: ['reference'] });
      return { reference, image, offline: offlineAnswer(image, deps.language) };
    } catch (error) {
      return failed(reference, index, error);
    }
  });
  if (!input.resolveDigest) {
    return parsed.map((item) =>
      'offline' in item ? { reference: item.reference, ok: true, image: item.offline } : item,
    );
  }

  const distinct = [
    ...new Set(parsed.flatMap((item) => ('offline' in item ? [item.image.normalized] : []))),
  ];
  checkLiveLookupBudget(distinct.length, deps.maxLiveLookups, 'batch', ['references']);
  const images = new Map(
    parsed.flatMap((item) => ('offline' in item ? [[item.image.normalized, item.image]] : [])),
  );
  const answers = new Map<string, Promise<LiveFields>>();
  await mapBounded(distinct, LIVE_LOOKUP_CONCURRENCY, async (normalized) => {
    const answer = lookUp(images.get(normalized) as ImageReference, input.platform, deps);
    answers.set(normalized, answer);
    await answer.catch(() => undefined);
  });
  return Promise.all(
    parsed.map(async (item, index): Promise<BatchItem> => {
      if (!('offline' in item)) return item;
      try {
        const live = await (answers.get(item.image.normalized) as Promise<LiveFields>);
        return { reference: item.reference, ok: true, image: withLive(item.offline, live) };
      } catch (error) {
        return failed(item.reference, index, error);
      }
    }),
  );
}
