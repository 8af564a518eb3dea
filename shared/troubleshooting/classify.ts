import type { Alternative, Cause, Classification, Evidence, KnownCause, MessageRef } from './types';
import {
  DEMOTION_FACTOR,
  DEMOTION_IMMUNE_WEIGHT,
  LINE_ANCHORS,
  PULL_ERROR_PATTERNS,
  REGISTRY_CONTEXT,
  REGISTRY_CONTEXT_BONUS,
  STATUS_PATTERNS,
  STATUS_SIGNALS,
} from './patterns';
import { completeExtracted, emptyExtracted, extractFrom } from './extract';
import { redactSecrets } from './redact';
import { requiredTextOf } from './required-text';
import { createTextMatcher, type TextMatcher } from './text-matcher';

/** Only the first 64 KiB of a paste is read: enough for any event or log excerpt. */
export const MAX_INPUT_CHARS = 64 * 1024;
/**
 * Distinct lines worth reading (with an anchor word) read at most: every pattern runs on every such
 * line, so 64 KiB of short distinct lines would cost as much as the patterns times 8 000.
 */
export const MAX_LINES = 2000;
/** Long lines are read in windows of this size (with overlap), so every match stays bounded. */
export const MAX_WINDOW_CHARS = 4096;
const WINDOW_OVERLAP = 512;
/** Below this combined score the text is not evidence enough for any cause. */
export const UNKNOWN_THRESHOLD = 0.35;
export const MAX_EVIDENCE = 12;
export const MAX_EXCERPT_CHARS = 160;
const EXCERPT_CONTEXT = 40;
const MAX_ALTERNATIVES = 4;
const MIN_ALTERNATIVE_CONFIDENCE = 0.05;

interface Hit {
  pattern: string;
  cause: KnownCause | null;
  weight: number;
  excerpt: string;
  demotes: readonly KnownCause[];
  also: { cause: KnownCause; weight: number } | null;
}

function hasAnchor(line: string): boolean {
  const lower = line.toLowerCase();
  return LINE_ANCHORS.some((anchor) => lower.includes(anchor));
}

/**
 * Splits into lines, keeps each distinct line that has an anchor word once (pasted logs repeat),
 * redacts it whole, then cuts long ones into overlapping windows.
 */
function windowsOf(text: string): { windows: string[]; complete: boolean } {
  const windows: string[] = [];
  const seen = new Set<string>();
  let lines = 0;
  for (const raw of text.split('\n')) {
    if (seen.has(raw)) continue;
    seen.add(raw);
    if (raw.trim() === '' || !hasAnchor(raw)) continue;
    if ((lines += 1) > MAX_LINES) return { windows, complete: false };
    const line = redactSecrets(raw.replace(/\r$/, ''));
    if (line.length <= MAX_WINDOW_CHARS) {
      windows.push(line);
      continue;
    }
    for (let start = 0; start < line.length; start += MAX_WINDOW_CHARS - WINDOW_OVERLAP) {
      windows.push(line.slice(start, start + MAX_WINDOW_CHARS));
      if (start + MAX_WINDOW_CHARS >= line.length) break;
    }
  }
  return { windows, complete: true };
}

/** Whitespace that `\s+` → ' ' would change: any but a space, or two in a row. */
const SPACING_TO_COLLAPSE = /[^\S ]| {2}/;

/** A short excerpt around a match, whitespace collapsed, from an already redacted line. */
export function excerptAround(line: string, index: number, length: number): string {
  const start = Math.max(0, index - EXCERPT_CONTEXT);
  const end = Math.min(line.length, index + Math.min(length, MAX_EXCERPT_CHARS) + EXCERPT_CONTEXT);
  const slice = line.slice(start, end);
  // Collapsing is only needed where whitespace is other than single spaces (most excerpts).
  let excerpt = (SPACING_TO_COLLAPSE.test(slice) ? slice.replace(/\s+/g, ' ') : slice).trim();
  if (excerpt.length > MAX_EXCERPT_CHARS) excerpt = `${excerpt.slice(0, MAX_EXCERPT_CHARS - 1)}…`;
  return `${start > 0 ? '…' : ''}${excerpt}${end < line.length && !excerpt.endsWith('…') ? '…' : ''}`;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Which patterns can match a line: each pattern's required texts (required-text.ts), all found
 * in one pass (text-matcher.ts). Built on first use from the pattern data.
 */
interface Prefilter {
  matcher: TextMatcher;
  /** Per required text: the patterns (PULL_ERROR_PATTERNS, then STATUS_PATTERNS) it admits. */
  patternsOfText: ReadonlyArray<readonly number[]>;
  /** Patterns with no required text: tried on every line. */
  alwaysTried: readonly number[];
  patternCount: number;
}

let prefilter: Prefilter | undefined;

function prefilterOf(): Prefilter {
  if (prefilter) return prefilter;
  const texts: string[] = [];
  const patternsOfText: number[][] = [];
  const alwaysTried: number[] = [];
  const idOf = new Map<string, number>();
  const patterns = [...PULL_ERROR_PATTERNS.map((pattern) => pattern.re), ...STATUS_PATTERNS];
  patterns.forEach((re, index) => {
    const required = requiredTextOf(re);
    if (required === null) {
      alwaysTried.push(index);
      return;
    }
    for (const text of required) {
      let id = idOf.get(text);
      if (id === undefined) {
        id = texts.push(text) - 1;
        idOf.set(text, id);
        patternsOfText.push([]);
      }
      patternsOfText[id]?.push(index);
    }
  });
  prefilter = {
    matcher: createTextMatcher(texts),
    patternsOfText,
    alwaysTried,
    patternCount: patterns.length,
  };
  return prefilter;
}

/** Marks, per pattern, whether it may match the line (1) or cannot (0). */
function markCandidates(line: string, filter: Prefilter, found: Uint8Array, tried: Uint8Array) {
  found.fill(0);
  tried.fill(0);
  filter.matcher.scan(line.toLowerCase(), found);
  for (const index of filter.alwaysTried) tried[index] = 1;
  for (let id = 0; id < found.length; id++) {
    if (found[id] !== 1) continue;
    for (const index of filter.patternsOfText[id] ?? []) tried[index] = 1;
  }
}

function collectHits(windows: readonly string[]): Map<string, Hit> {
  const hits = new Map<string, Hit>();
  const filter = prefilterOf();
  const found = new Uint8Array(filter.matcher.size);
  const tried = new Uint8Array(filter.patternCount);
  const statusOffset = PULL_ERROR_PATTERNS.length;
  for (const line of windows) {
    markCandidates(line, filter, found, tried);
    for (let index = 0; index < statusOffset; index++) {
      const pattern = PULL_ERROR_PATTERNS[index];
      if (pattern === undefined || tried[index] !== 1 || hits.has(pattern.id)) continue;
      const m = pattern.re.exec(line);
      if (!m) continue;
      hits.set(pattern.id, {
        pattern: pattern.id,
        cause: pattern.cause,
        weight: pattern.weight,
        excerpt: excerptAround(line, m.index, m[0].length),
        demotes: pattern.demotes ?? [],
        also: pattern.also ?? null,
      });
    }
    STATUS_PATTERNS.forEach((re, index) => {
      if (tried[statusOffset + index] !== 1) return;
      const m = re.exec(line);
      const code = Number(m?.[1]);
      const signal = STATUS_SIGNALS[code];
      if (!m || !signal) return;
      const id = `http-${code}`;
      const weight = Math.min(
        0.95,
        signal.weight + (REGISTRY_CONTEXT.test(line) ? REGISTRY_CONTEXT_BONUS : 0),
      );
      const previous = hits.get(id);
      if (previous && previous.weight >= weight) return;
      hits.set(id, {
        pattern: id,
        cause: signal.cause,
        weight,
        excerpt: excerptAround(line, m.index, m[0].length),
        demotes: [],
        also: null,
      });
    });
  }
  return hits;
}

/**
 * Noisy-OR per cause (independent signals reinforce), then demotions — except of a cause that
 * has a signal of its own at DEMOTION_IMMUNE_WEIGHT or above —, then normalisation.
 */
function scoreCauses(hits: Iterable<Hit>): Map<KnownCause, number> {
  const miss = new Map<KnownCause, number>();
  const strongest = new Map<KnownCause, number>();
  const demoted = new Set<KnownCause>();
  const support = (cause: KnownCause, weight: number) => {
    miss.set(cause, (miss.get(cause) ?? 1) * (1 - weight));
    strongest.set(cause, Math.max(strongest.get(cause) ?? 0, weight));
  };
  for (const hit of hits) {
    if (hit.cause !== null) support(hit.cause, hit.weight);
    if (hit.also !== null) support(hit.also.cause, hit.also.weight);
    for (const cause of hit.demotes) demoted.add(cause);
  }
  const scores = new Map<KnownCause, number>();
  for (const [cause, m] of miss) {
    const demote = demoted.has(cause) && (strongest.get(cause) ?? 0) < DEMOTION_IMMUNE_WEIGHT;
    scores.set(cause, (1 - m) * (demote ? DEMOTION_FACTOR : 1));
  }
  return scores;
}

function summaryFor(
  cause: Cause,
  hits: Map<string, Hit>,
  blank: boolean,
  params: MessageRef['params'],
): MessageRef {
  if (cause !== 'unknown') return { id: `summary.${cause}`, params };
  if (blank) return { id: 'summary.unknown.empty', params };
  const backOffOnly =
    (hits.has('kubelet-image-pull-backoff') ||
      hits.has('kubelet-back-off-pulling') ||
      hits.has('kubelet-err-image-pull')) &&
    !hits.has('kubelet-failed-to-pull') &&
    !hits.has('containerd-pull-and-unpack');
  return { id: backOffOnly ? 'summary.unknown.back-off-only' : 'summary.unknown', params };
}

/**
 * Names the most likely cause of an image-pull failure from pasted text (kubelet events,
 * containerd/crictl/docker output, registry bodies). Never throws: text it cannot place is
 * `unknown` with confidence 0. Reads at most MAX_INPUT_CHARS and MAX_LINES distinct lines; time
 * is linear in the input.
 */
export function classifyPullError(text: string): Classification {
  const input = typeof text === 'string' ? text : '';
  const read = windowsOf(input.length > MAX_INPUT_CHARS ? input.slice(0, MAX_INPUT_CHARS) : input);
  const { windows } = read;
  const truncated = input.length > MAX_INPUT_CHARS || !read.complete;

  const hits = collectHits(windows);
  const extracted = emptyExtracted();
  const statusSeen = { onRegistryLine: false };
  for (const line of windows) extractFrom(line, extracted, statusSeen);
  completeExtracted(extracted);

  const scores = scoreCauses(hits.values());
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((sum, [, score]) => sum + score, 0);
  const norm = Math.max(1, total);
  const [top] = ranked;
  const identified = top !== undefined && top[1] >= UNKNOWN_THRESHOLD;
  const cause: Cause = identified ? top[0] : 'unknown';
  const confidence = identified ? round2(top[1] / norm) : 0;

  const alternatives: Alternative[] = ranked
    .filter(([c]) => c !== cause)
    .map(([c, score]) => ({ cause: c, confidence: round2(score / norm) }))
    .filter((a) => a.confidence >= MIN_ALTERNATIVE_CONFIDENCE)
    .slice(0, MAX_ALTERNATIVES);

  // Evidence for the chosen cause first, then context and the rest, in the order seen.
  const all = [...hits.values()];
  const ordered = [
    ...all.filter((h) => h.cause === cause),
    ...all.filter((h) => h.cause !== cause),
  ];
  const evidence: Evidence[] = ordered
    .slice(0, MAX_EVIDENCE)
    .map((h) => ({ pattern: h.pattern, excerpt: h.excerpt }));

  const params: MessageRef['params'] = {};
  for (const key of [
    'image',
    'registry',
    'httpStatus',
    'permission',
    'resource',
    'secret',
  ] as const) {
    const value = extracted[key];
    if (value !== null) params[key] = value;
  }
  return {
    cause,
    confidence,
    summary: summaryFor(cause, hits, input.trim() === '', params),
    evidence,
    extracted,
    alternatives,
    truncated,
  };
}
