import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/problems';
import { evaluatePreconditions } from '../../../shared/preconditions';
import { checkOf, clusterOf, handBuiltImage, READY_CLUSTER } from './fixtures';

describe('evaluatePreconditions with an already-parsed image', () => {
  it('uses the Artifact Registry placement of a hand-built reference', async () => {
    const result = await evaluatePreconditions({
      image: handBuiltImage(),
      cluster: { ...READY_CLUSTER, projectId: 'team-project', location: 'europe-west4' },
      repository: { public: false },
      language: 'en',
    });
    expect(result.verdict).toBe('ready');
    expect(checkOf(result, 'image-reference').status).toBe('warn');
    expect(checkOf(result, 'registry-location').message).toContain('europe-west4');
  });

  it('reports a parse failure passed in as an AppError as the image-reference failure', async () => {
    const result = await evaluatePreconditions({
      image: new AppError(
        'UNKNOWN_LOCATION',
        {
          id: 'artifactRegistry.unknownLocation',
          params: {
            input: '"moon-docker.pkg.dev/p/r/i"',
            location: '"moon"',
            host: '"moon-docker.pkg.dev"',
            suggestions: 'us, eu',
          },
        },
        { path: ['image'] },
      ),
      cluster: clusterOf({}),
      language: 'es',
    });
    expect(result.verdict).toBe('action-required');
    const check = checkOf(result, 'image-reference');
    expect(check).toMatchObject({
      status: 'fail',
      evidence: { code: 'UNKNOWN_LOCATION', pointer: ['image'] },
    });
    expect(check.message).toContain('La referencia de imagen no es válida (UNKNOWN_LOCATION)');
  });
});
