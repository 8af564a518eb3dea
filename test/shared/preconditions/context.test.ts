import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/problems';
import { evaluatePreconditions, type ClusterFacts } from '../../../shared/preconditions';
import { checkOf, clusterOf, evaluate, handBuiltImage, READY_CLUSTER } from './fixtures';

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('request validation', () => {
  it('answers INVALID_GKE_VERSION at /cluster/version for a non-version', async () => {
    const error = await errorOf(evaluate({ cluster: { version: 'latest' } }));
    expect(error.code).toBe('INVALID_GKE_VERSION');
    expect(error.pointer).toBe('/cluster/version');
  });

  it('answers INVALID_REQUEST at /cluster/nodeImageType for an unknown image type', async () => {
    const error = await errorOf(evaluate({ cluster: { nodeImageType: 'ARCH_LINUX' } }));
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', pointer: '/cluster/nodeImageType' });
  });

  it.each([
    { field: 'projectId', value: 'My Project; rm -rf /' },
    { field: 'projectNumber', value: '12ab' },
    { field: 'location', value: 'us central1' },
    { field: 'name', value: 'Prod$(id)' },
    { field: 'subnetwork', value: 'sub net' },
    { field: 'nodeServiceAccount', value: 'not-an-email' },
  ] as { field: keyof ClusterFacts; value: string }[])(
    'refuses a $field that could not go into a command',
    async ({ field, value }) => {
      const error = await errorOf(evaluate({ cluster: { [field]: value } }));
      expect(error).toMatchObject({ code: 'INVALID_REQUEST', pointer: `/cluster/${field}` });
      expect(error.errors?.map((e) => e.pointer)).toEqual([`/cluster/${field}`]);
    },
  );

  it('lists every bad field at once', async () => {
    const error = await errorOf(
      evaluate({ cluster: { projectId: 'X', nodeOauthScopes: ['ok', 'bad scope'] } }),
    );
    expect(error.errors?.map((e) => e.pointer)).toEqual([
      '/cluster/projectId',
      '/cluster/nodeOauthScopes/1',
    ]);
  });

  it('accepts a domain-scoped project ID', async () => {
    const result = await evaluate({
      image: `us-docker.pkg.dev/example.com/my-project/repo/app@sha256:${'aa'.repeat(32)}`,
      cluster: { projectId: 'example.com:my-project', location: 'us-east1' },
    });
    expect(checkOf(result, 'cross-project').status).toBe('pass');
  });
});

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
        '"moon-docker.pkg.dev" is not an Artifact Registry location.',
        { pointer: '/image' },
      ),
      cluster: clusterOf({}),
      language: 'es',
    });
    expect(result.verdict).toBe('action-required');
    const check = checkOf(result, 'image-reference');
    expect(check).toMatchObject({
      status: 'fail',
      evidence: { code: 'UNKNOWN_LOCATION', pointer: '/image' },
    });
    expect(check.message).toContain('La referencia de imagen no es válida (UNKNOWN_LOCATION)');
  });
});
