import { describe, expect, it } from 'vitest';
import { parseRepositoryReference } from '../../../shared/image-ref';
import { appErrorOf } from './support';

const STAND_IN = '127.0.0.1:5000';

describe('parseRepositoryReference with operator-declared stand-in hosts', () => {
  it.each([
    [
      'a repository on a stand-in host',
      `${STAND_IN}/team/single`,
      { projectId: 'team', repository: 'single', repositoryPathPrefix: 'team/single', image: null },
    ],
    [
      'an image inside it, tag ignored',
      `${STAND_IN}/team/single/tools/app:1.0`,
      {
        projectId: 'team',
        repository: 'single',
        repositoryPathPrefix: 'team/single',
        image: 'tools/app',
      },
    ],
    [
      'a host listed in another case',
      'LOCALHOST:5000/team/single',
      { projectId: 'team', repository: 'single', repositoryPathPrefix: 'team/single', image: null },
    ],
  ])('accepts %s as HOST/PROJECT/REPOSITORY[/IMAGE]', (_name, input, expected) => {
    const parsed = parseRepositoryReference(input, {
      path: ['repository'],
      standInHosts: [STAND_IN, 'localhost:5000'],
    });
    expect(parsed).toEqual({
      registry: input.split('/')[0]?.toLowerCase(),
      location: '',
      containerRegistryHost: false,
      ...expected,
    });
  });

  it('refuses a stand-in host path without a repository, naming the expected shape', () => {
    const error = appErrorOf(() =>
      parseRepositoryReference(`${STAND_IN}/team`, {
        path: ['repository'],
        standInHosts: [STAND_IN],
      }),
    );
    expect(error).toMatchObject({
      code: 'INCOMPLETE_ARTIFACT_REGISTRY_PATH',
      path: ['repository'],
    });
    expect(error.message).toContain(`"${STAND_IN}/PROJECT/REPOSITORY"`);
  });

  it('refuses the same host when it is not listed (the default)', () => {
    const error = appErrorOf(() => parseRepositoryReference(`${STAND_IN}/team/single`));
    expect(error.code).toBe('INVALID_REFERENCE');
    expect(error.message).toContain('not an Artifact Registry or gcr.io host');
  });

  it('keeps Artifact Registry rules for an Artifact Registry host even when it is listed', () => {
    const error = appErrorOf(() =>
      parseRepositoryReference('us-docker.pkg.dev/my-project', {
        standInHosts: ['us-docker.pkg.dev'],
      }),
    );
    expect(error.code).toBe('INCOMPLETE_ARTIFACT_REGISTRY_PATH');
    expect(
      parseRepositoryReference('us-docker.pkg.dev/my-project/repo', {
        standInHosts: ['us-docker.pkg.dev'],
      }).location,
    ).toBe('us');
  });

  it('still applies the reference grammar on a stand-in host', () => {
    const error = appErrorOf(() =>
      parseRepositoryReference(`${STAND_IN}/Team/single`, { standInHosts: [STAND_IN] }),
    );
    expect(error.code).toBe('INVALID_REFERENCE');
  });
});
