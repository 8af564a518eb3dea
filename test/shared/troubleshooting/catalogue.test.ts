import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n';
import { CAUSES } from '../../../shared/troubleshooting';
import { STEP_IDS, stepDefinition } from '../../../shared/troubleshooting/steps';
import { REGISTRY_KINDS } from '../../../shared/troubleshooting';

const EN_KEYS = Object.keys(CATALOGUES.en);

describe('troubleshooting texts in the catalogue', () => {
  it.each(STEP_IDS.map((id) => [id] as const))(
    'step %s has a title, a detail and an expectation',
    (id) => {
      for (const field of ['title', 'detail', 'expect']) {
        const keys = EN_KEYS.filter(
          (k) => k === `step.${id}.${field}` || k.startsWith(`step.${id}.${field}.`),
        );
        expect(keys.length, `step.${id}.${field}`).toBeGreaterThan(0);
      }
    },
  );

  it.each(CAUSES.map((c) => [c] as const))('cause %s has a title and a summary', (cause) => {
    expect(EN_KEYS).toContain(`cause.${cause}`);
    expect(EN_KEYS).toContain(`summary.${cause}`);
  });

  it.each(STEP_IDS.map((id) => [id] as const))(
    'step %s becomes a step that exists, or nothing, on Autopilot',
    (id) => {
      const replacement = stepDefinition(id).onAutopilot;
      if (typeof replacement === 'string') expect(STEP_IDS).toContain(replacement);
    },
  );

  it.each(REGISTRY_KINDS.map((kind) => [kind] as const))(
    'registry kind %s has a name, credentials, permissions and limits in the catalogue',
    (kind) => {
      for (const field of ['name', 'credentials', 'permissions', 'limits'])
        expect(EN_KEYS).toContain(`registry.${kind}.${field}`);
    },
  );
});
