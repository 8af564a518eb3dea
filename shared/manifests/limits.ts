import type { MessageId } from '../i18n';
import { AppError } from '../problems';

/**
 * Bounds that keep one request's work small and linear whatever the text. The HTTP layer caps the
 * body (512 KiB); these hold for any caller, and YAML aliases can multiply a small text.
 *
 * The first five are counted on the `yaml` package's token stream before anything is composed
 * (see token-bounds.ts), so a text that crosses one costs no more than reading up to the point
 * where it does; `nodes` is checked again after aliases are expanded. The last four bound what
 * reading the composed documents can yield.
 */
export interface ManifestLimits {
  /** YAML documents in one stream (`---` separated). */
  documents: number;
  /** Nested mappings and sequences, block and flow; real objects (CRD schemas included) stay far below. */
  depth: number;
  /** Alias nodes (`*name`) in the whole stream. */
  aliases: number;
  /** Keys of one mapping (merge keys included); a Pod with 10 000 labels stays within it. */
  keysPerMapping: number;
  /** Scalars and collections in the whole stream, as written and again with every alias expanded. */
  nodes: number;
  /** Kubernetes objects, List items included. */
  objects: number;
  /** Container images reported. */
  images: number;
  /** Findings reported. */
  findings: number;
  /** Image pull secret names reported, summed over all images (each image lists its pod's). */
  pullSecretReferences: number;
}

export type ManifestLimit = keyof ManifestLimits;

/** The defaults; the first five are server configuration (`MANIFEST_MAX_*`). */
export const MANIFEST_LIMITS: Readonly<ManifestLimits> = Object.freeze({
  documents: 1000,
  depth: 64,
  aliases: 1000,
  keysPerMapping: 10_000,
  nodes: 100_000,
  objects: 2000,
  images: 5000,
  findings: 2000,
  pullSecretReferences: 10_000,
});

/** How each limit reads in a sentence ("more than 1000 YAML documents"): a catalogue id. */
export const LIMIT_NOUNS: Readonly<Record<ManifestLimit, MessageId>> = {
  documents: 'manifest.limit.noun.documents',
  depth: 'manifest.limit.noun.depth',
  aliases: 'manifest.limit.noun.aliases',
  keysPerMapping: 'manifest.limit.noun.keysPerMapping',
  nodes: 'manifest.limit.noun.nodes',
  objects: 'manifest.limit.noun.objects',
  images: 'manifest.limit.noun.images',
  findings: 'manifest.limit.noun.findings',
  pullSecretReferences: 'manifest.limit.noun.pullSecretReferences',
};

/** `limits` over the defaults; each value a whole number (0 refuses any: `aliases: 0`). */
export function resolveManifestLimits(limits: Partial<ManifestLimits> = {}): ManifestLimits {
  const resolved = { ...MANIFEST_LIMITS };
  for (const [name, value] of Object.entries(limits) as [ManifestLimit, number | undefined][]) {
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`manifest limit ${name} must be a whole number`);
    resolved[name] = value;
  }
  return resolved;
}

/** What to do about each limit, after the sentence naming it: a catalogue id. */
const LIMIT_ADVICE: Readonly<Record<ManifestLimit, MessageId>> = {
  documents: 'manifest.limit.advice.documents',
  depth: 'manifest.limit.advice.depth',
  aliases: 'manifest.limit.advice.aliases',
  keysPerMapping: 'manifest.limit.advice.keysPerMapping',
  nodes: 'manifest.limit.advice.multiplied',
  objects: 'manifest.limit.advice.multiplied',
  images: 'manifest.limit.advice.split',
  findings: 'manifest.limit.advice.findings',
  pullSecretReferences: 'manifest.limit.advice.split',
};

/**
 * The problem for a crossed limit: INVALID_MANIFEST at `/manifest` with extensions `limit` (its
 * name in ManifestLimits) and `maximum`, and where known `line`, `column` and `documentIndex`.
 */
export function manifestLimitError(
  limit: ManifestLimit,
  maximum: number,
  at?: { line: number; column: number; documentIndex: number },
): AppError {
  const params = {
    maximum,
    noun: { id: LIMIT_NOUNS[limit] },
    advice: { id: LIMIT_ADVICE[limit] },
  };
  return new AppError(
    'INVALID_MANIFEST',
    at === undefined
      ? { id: 'manifest.limit', params }
      : { id: 'manifest.limit.at', params: { ...params, ...at } },
    { path: ['manifest'], extensions: { limit, maximum, ...at } },
  );
}
