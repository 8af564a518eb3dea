import { describe, expect, it } from 'vitest';
import { parseImageReference } from '../../../shared/image-ref';
import { isAppError } from '../../../shared/problems';
import { buildTroubleshootingPlan } from '../../../shared/troubleshooting';

describe('buildTroubleshootingPlan with the real image reference parser', () => {
  it('fills repository, location and project from the parsed request image', () => {
    const image = parseImageReference(
      'europe-west1-docker.pkg.dev/registry-proj/team-repo/api:2.0',
    );
    const plan = buildTroubleshootingPlan({ error: 'ImagePullBackOff', image, language: 'en' });
    expect(plan.context.image).toBe(image.normalized);
    const plan403 = buildTroubleshootingPlan({
      error: '403 Forbidden from the registry',
      image,
      language: 'en',
    });
    const tellApart = plan403.steps.find((s) => s.id === 'tell-apart');
    expect(tellApart?.commands[0]?.run).toBe(
      'gcloud artifacts repositories describe team-repo --location=europe-west1 --project=registry-proj',
    );
  });

  it('turns a parse failure into an invalid-reference plan', () => {
    const text = 'Europe-West1-docker.pkg.dev/P/R/App';
    let detail = '';
    try {
      parseImageReference(text);
    } catch (error) {
      if (!isAppError(error)) throw error;
      detail = String(error.detail);
    }
    expect(detail).not.toBe('');
    const plan = buildTroubleshootingPlan({
      imageText: text,
      image: null,
      imageError: { code: 'INVALID_REFERENCE', detail },
      language: 'es',
    });
    expect(plan.diagnosis.cause).toBe('invalid-reference');
    expect(plan.diagnosis.summary).toContain(detail);
  });
});
