import { describe, expect, it } from 'vitest';
import type { ClusterFacts } from '../../../shared/cluster';
import {
  buildTroubleshootingPlan,
  planForRequest,
  planJson,
  type PlanRequest,
} from '../../../shared/troubleshooting';
import { loadPullErrorCorpus } from './corpus';
import { SAMPLE_ERRORS, SAMPLE_NODE } from './fixtures';

/**
 * A plan's JSON answer is written from step templates prepared once per situation; it must be
 * the bytes `JSON.stringify` gives for the same plan, in every situation, whatever the values.
 */
const expected = (plan: object, checks: unknown) => JSON.stringify({ ...plan, checks });

const CLUSTER: ClusterFacts = {
  version: '1.27.3-gke.100',
  projectId: 'cluster-proj',
  projectNumber: '123456789012',
  location: 'us-central1',
  nodeServiceAccount: 'default',
  nodeOauthScopes: ['https://www.googleapis.com/auth/compute'],
  nodeImageType: 'COS_CONTAINERD',
};

/** Situations that change which steps, variants, commands and placeholders a plan has. */
const SITUATIONS: ReadonlyArray<Omit<PlanRequest, 'error'>> = [
  {},
  { node: SAMPLE_NODE },
  { node: { ...SAMPLE_NODE, name: "node-'quoted' $(x)", zone: 'europe-west1-b' } },
  { node: { ...SAMPLE_NODE, os: 'windows' }, via: 'console', repository: { public: false } },
  { node: SAMPLE_NODE, repository: { public: true } },
  { image: 'europe-docker.pkg.dev/other-proj/apps/api@sha256:' + 'a'.repeat(64) },
  { image: 'not a reference' },
  { image: 'quay.io/team/app:1', node: SAMPLE_NODE },
  { cluster: CLUSTER, image: 'us-docker.pkg.dev/registry-proj/apps/web:1.2' },
  { cluster: { ...CLUSTER, autopilot: true }, node: SAMPLE_NODE },
];

describe('planJson', () => {
  const corpus = loadPullErrorCorpus();

  it('gives the bytes of JSON.stringify for every corpus message in every situation, en and es', async () => {
    let compared = 0;
    for (const language of ['en', 'es'] as const) {
      for (const situation of SITUATIONS) {
        for (const entry of corpus) {
          const plan = await planForRequest({ ...situation, error: entry.message }, language);
          // Twice: the second plan of a situation is written from templates prepared by the first.
          for (let round = 0; round < 2; round++) {
            const again =
              round === 0
                ? plan
                : await planForRequest({ ...situation, error: entry.message }, language);
            expect(planJson(again)).toBe(expected(again, again.checks));
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBe(2 * SITUATIONS.length * corpus.length * 2);
  });

  it("writes each request's own values where the situation is the same", async () => {
    const answers = new Set<string>();
    for (const name of ['gke-a-1', 'gke-b-2', "gke 'c'"]) {
      const plan = await planForRequest(
        { error: SAMPLE_ERRORS['permission-denied'], node: { ...SAMPLE_NODE, name } },
        'en',
      );
      const json = planJson(plan);
      expect(json).toBe(expected(plan, plan.checks));
      answers.add(json);
    }
    expect(answers.size).toBe(3);
  });

  it('follows a plan changed after it was built', () => {
    const plan = buildTroubleshootingPlan({
      error: SAMPLE_ERRORS.network,
      node: SAMPLE_NODE,
      language: 'en',
    });
    const step = plan.steps[0];
    const command = plan.steps.find((s) => s.commands.length > 0)?.commands[0];
    if (!step || !command) throw new Error('the sample plan has steps with commands');
    step.title = 'Retitled';
    command.run = 'echo "changed"';
    command.placeholders.push('EXTRA');
    plan.steps.push({ ...step, id: 'appended' });
    expect(planJson(plan, [])).toBe(expected(plan, []));
  });
});
