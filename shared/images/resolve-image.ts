import { checkLiveLookupBudget, mapBounded, type ConcurrencyLimit } from '../concurrency';
import { translate, type Language } from '../i18n';
import { parseImageReference, type ImageReference } from '../image-ref';
import { isAppError, type AppError } from '../problems';
import type { ManifestTarget, RegistryClient, ResolvedDigest } from '../registry';

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
  image: ManifestTarget,
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

type FailedItem = Extract<BatchItem, { ok: false }>;

/** A batch item after the offline half: its offline answer, or why it failed. */
export type OfflineBatchItem = FailedItem | OfflineSuccess;

interface OfflineSuccess {
  reference: string;
  ok: true;
  image: ResolvedImage;
}

/**
 * The offline half of a batch: every reference parsed and answered in input order, a failure
 * being that item's error with its path moved to `['references', N]`. Pure CPU work with no
 * collaborator, so a large batch can run it off the event loop.
 */
export function parseImageBatch(
  references: readonly string[],
  language: Language,
): OfflineBatchItem[] {
  return references.map((reference, index) => {
    try {
      const image = parseImageReference(reference, { path: ['reference'] });
      return { reference, ok: true, image: offlineAnswer(image, language) };
    } catch (error) {
      return failedItem(reference, index, error);
    }
  });
}

function failedItem(reference: string, index: number, error: unknown): FailedItem {
  return {
    reference,
    ok: false,
    error: isAppError(error)
      ? error.movedTo(['reference'], ['references', index])
      : { unexpected: error },
  };
}

/**
 * The live half of a batch: each distinct reference the offline half accepted is looked up once
 * and its answer shared; a batch asking for more than `maxLiveLookups` distinct look-ups is refused
 * whole (TOO_MANY_LIVE_LOOKUPS) before any is made. Items that failed offline pass through as they
 * are, whatever form their failure already has; a failed look-up is that item's error.
 */
export async function addLiveDigests<Failed extends { reference: string; ok: false }>(
  items: ReadonlyArray<OfflineSuccess | Failed>,
  platform: string | undefined,
  deps: ResolveImageDeps,
): Promise<Array<OfflineSuccess | Failed | FailedItem>> {
  const accepted = new Map<string, ResolvedImage>();
  for (const item of items) if (item.ok) accepted.set(item.image.normalized, item.image);
  checkLiveLookupBudget(accepted.size, deps.maxLiveLookups, 'batch', ['references']);
  const answers = new Map<string, Promise<LiveFields>>();
  await mapBounded([...accepted.values()], LIVE_LOOKUP_CONCURRENCY, async (image) => {
    const answer = lookUp(image, platform, deps);
    answers.set(image.normalized, answer);
    await answer.catch(() => undefined);
  });
  return Promise.all(
    items.map(async (item, index) => {
      if (!item.ok) return item;
      try {
        const live = await (answers.get(item.image.normalized) as Promise<LiveFields>);
        return { reference: item.reference, ok: true as const, image: withLive(item.image, live) };
      } catch (error) {
        return failedItem(item.reference, index, error);
      }
    }),
  );
}

/** Every reference answered in input order: the offline half, then (on request) the live half. */
export async function resolveImageBatch(
  input: ResolveImageBatchInput,
  deps: ResolveImageDeps,
): Promise<BatchItem[]> {
  const offline = parseImageBatch(input.references, deps.language);
  return input.resolveDigest ? addLiveDigests(offline, input.platform, deps) : offline;
}
