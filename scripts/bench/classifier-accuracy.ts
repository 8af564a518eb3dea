import { classifyPullError } from '../../shared/troubleshooting';
import {
  confusionLines,
  loadPullErrorCorpus,
  scoreCorpus,
} from '../../test/shared/troubleshooting/corpus';

/**
 * The BENCHMARKS.md section on the troubleshooting classifier: its accuracy on the corpus of
 * real pasted messages, computed when the file is rendered (the same scoring as
 * test/shared/troubleshooting/corpus.test.ts, which holds the evaluation floor).
 */
export function renderClassifierAccuracy(): string[] {
  const entries = loadPullErrorCorpus();
  const score = scoreCorpus(entries, classifyPullError);
  const misses = confusionLines(score.evaluation.misses);
  return [
    '## Troubleshooting classifier on real messages',
    '',
    `${entries.length} image-pull error messages people pasted in public issue threads and Q&A pages, each with its source ([test/shared/troubleshooting/fixtures/pull-error-corpus.json](test/shared/troubleshooting/fixtures/pull-error-corpus.json)), split once by source: patterns are written against the tuning half only. Computed when this file is rendered; \`npm test\` fails if the evaluation accuracy falls below its committed floor.`,
    '',
    '| half | messages | classified right | accuracy |',
    '|---|---:|---:|---:|',
    ...(['tuning', 'evaluation'] as const).map(
      (half) =>
        `| ${half} | ${score[half].total} | ${score[half].correct} | ${score[half].accuracy}% |`,
    ),
    '',
    ...(misses.length > 0 ? [`Evaluation misses (label → answer): ${misses.join(', ')}.`, ''] : []),
  ];
}
