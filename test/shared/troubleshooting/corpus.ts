import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CAUSES, type Cause, type Classification } from '../../../shared/troubleshooting';

/**
 * The corpus of real pull-error messages (fixtures/pull-error-corpus.json) and how the
 * classifier is scored on it: one place for the test that holds the accuracy floor and for the
 * benchmark that reports the figures. The labelling rules and the split rule are written in the
 * fixture itself.
 */

/** Labelled in the corpus before the classifier can name it (see `acceptedAnswers`). */
const PENDING_CAUSES = ['slow-pull'] as const;

export const CORPUS_RUNTIMES = [
  'kubelet-containerd',
  'kubelet-dockershim',
  'cri-o',
  'crictl',
  'docker',
  'ctr',
  'windows',
  'other',
] as const;

export const CORPUS_REGISTRIES = [
  'artifact-registry',
  'gcr',
  'docker-hub',
  'ecr',
  'acr',
  'harbor',
  'quay',
  'ghcr',
  'private',
  'unknown',
] as const;

export const CORPUS_HALVES = ['tuning', 'evaluation'] as const;
export type CorpusHalf = (typeof CORPUS_HALVES)[number];

const CorpusEntrySchema = z.strictObject({
  message: z.string().min(1),
  source: z.url({ protocol: /^https$/ }),
  cause: z.enum([...CAUSES, ...PENDING_CAUSES]),
  runtime: z.enum(CORPUS_RUNTIMES),
  registry: z.enum(CORPUS_REGISTRIES),
  why: z.string().min(1),
  split: z.enum(CORPUS_HALVES),
});
export type CorpusEntry = z.infer<typeof CorpusEntrySchema>;

const CorpusSchema = z.strictObject({
  about: z.array(z.string()),
  labels: z.strictObject({
    cause: z.array(z.string()),
    runtime: z.string(),
    registry: z.string(),
  }),
  split: z.array(z.string()),
  entries: z.array(CorpusEntrySchema),
});

const CORPUS_FILE = new URL('./fixtures/pull-error-corpus.json', import.meta.url);

export function loadPullErrorCorpus(): CorpusEntry[] {
  return CorpusSchema.parse(JSON.parse(readFileSync(CORPUS_FILE, 'utf8'))).entries;
}

/**
 * The split rule, decided once before any pattern was written against the corpus: every entry
 * of one source in the same half, tuning when the first 32 bits of sha256(source) are even.
 */
export function halfOf(source: string): CorpusHalf {
  const head = createHash('sha256').update(source).digest().readUInt32BE(0);
  return head % 2 === 0 ? 'tuning' : 'evaluation';
}

/**
 * The answers scored as right for a label. A pending cause (`slow-pull`) counts `network` as
 * right until CAUSES names it; from then on only the cause itself.
 */
export function acceptedAnswers(label: CorpusEntry['cause']): readonly Cause[] {
  if ((CAUSES as readonly string[]).includes(label)) return [label as Cause];
  return ['network'];
}

export interface Miss {
  entry: CorpusEntry;
  answer: Classification;
}

export interface HalfScore {
  total: number;
  correct: number;
  /** Percent, one decimal. */
  accuracy: number;
  misses: Miss[];
}

export type CorpusScore = Record<CorpusHalf, HalfScore>;

export function scoreCorpus(
  entries: readonly CorpusEntry[],
  classify: (text: string) => Classification,
): CorpusScore {
  const score = {} as CorpusScore;
  for (const half of CORPUS_HALVES) {
    const inHalf = entries.filter((e) => e.split === half);
    const misses: Miss[] = [];
    for (const entry of inHalf) {
      const answer = classify(entry.message);
      if (!acceptedAnswers(entry.cause).includes(answer.cause)) misses.push({ entry, answer });
    }
    const correct = inHalf.length - misses.length;
    const accuracy = inHalf.length === 0 ? 0 : Math.floor((1000 * correct) / inHalf.length) / 10;
    score[half] = { total: inHalf.length, correct, accuracy, misses };
  }
  return score;
}

/** `label → answer: count` lines for the misses of one half, most frequent first. */
export function confusionLines(misses: readonly Miss[]): string[] {
  const counts = new Map<string, number>();
  for (const { entry, answer } of misses) {
    const key = `${entry.cause} → ${answer.cause}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, count]) => `${key}: ${count}`);
}
