import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildTroubleshootingPlan,
  CAUSES,
  renderPlanMarkdown,
  type PlanInput,
} from '../../../shared/troubleshooting';
import { SAMPLE_ERRORS, SAMPLE_NODE } from './fixtures';

/**
 * Golden plans: the JSON answer and the Markdown runbook per cause, compared byte for byte.
 * Regenerate deliberately with `UPDATE_GOLDEN=1 npx vitest run test/shared/troubleshooting`,
 * then review the diff before committing it. The `.golden` suffix keeps repository-wide
 * formatters (Prettier) from rewriting the expected bytes.
 */
const GOLDEN_DIR = new URL('./golden/', import.meta.url);
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const CASES: ReadonlyArray<readonly [string, PlanInput]> = [
  ...CAUSES.map(
    (cause) =>
      [
        `${cause}.en`,
        { error: SAMPLE_ERRORS[cause], node: SAMPLE_NODE, via: 'gcloud', language: 'en' },
      ] as const,
  ),
  [
    'permission-denied.es',
    { error: SAMPLE_ERRORS['permission-denied'], node: SAMPLE_NODE, via: 'gcloud', language: 'es' },
  ],
  ['unknown.es', { error: SAMPLE_ERRORS.unknown, language: 'es' }],
  [
    'network.windows-console.en',
    {
      error: SAMPLE_ERRORS.network,
      node: { ...SAMPLE_NODE, os: 'windows' },
      via: 'console',
      repository: { public: false },
      language: 'en',
    },
  ],
];

function compare(name: string, actual: string): void {
  const file = new URL(name, GOLDEN_DIR);
  if (UPDATE || !existsSync(file)) {
    if (!UPDATE)
      throw new Error(`missing golden file ${name}; run with UPDATE_GOLDEN=1 to create it`);
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden troubleshooting plans', () => {
  it.each(CASES)('%s matches its golden JSON and Markdown', (name, input) => {
    const plan = buildTroubleshootingPlan(input);
    compare(`${name}.json.golden`, `${JSON.stringify(plan, null, 2)}\n`);
    compare(`${name}.md.golden`, renderPlanMarkdown(plan));
  });
});
