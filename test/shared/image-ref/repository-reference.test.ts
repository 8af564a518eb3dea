import { describe, expect, it } from 'vitest';
import { parseRepositoryReference } from '../../../shared/image-ref';
import { appErrorOf, HEX64 } from './support';

describe('parseRepositoryReference: the repository to mint credentials for', () => {
  it.each([
    // name, input, registry, location, projectId, repository, repositoryPathPrefix, image
    [
      'an Artifact Registry repository',
      'us-docker.pkg.dev/my-project/my-repo',
      'us-docker.pkg.dev',
      'us',
      'my-project',
      'my-repo',
      'my-project/my-repo',
      null,
    ],
    [
      'a repository of a domain-scoped project',
      'europe-west1-docker.pkg.dev/example.com/my-project/repo',
      'europe-west1-docker.pkg.dev',
      'europe-west1',
      'example.com:my-project',
      'repo',
      'example.com/my-project/repo',
      null,
    ],
    [
      'an image inside a repository, tag ignored',
      'us-docker.pkg.dev/my-project/my-repo/team/app:v1',
      'us-docker.pkg.dev',
      'us',
      'my-project',
      'my-repo',
      'my-project/my-repo',
      'team/app',
    ],
    [
      'an image with tag and digest',
      `asia-docker.pkg.dev/my-project/my-repo/app:v1@sha256:${HEX64}`,
      'asia-docker.pkg.dev',
      'asia',
      'my-project',
      'my-repo',
      'my-project/my-repo',
      'app',
    ],
    [
      'a regional replica repository',
      'docker.us-central1.rep.pkg.dev/my-project/repo',
      'docker.us-central1.rep.pkg.dev',
      'us-central1',
      'my-project',
      'repo',
      'my-project/repo',
      null,
    ],
    [
      'an uppercase host, given back in lowercase',
      'US-DOCKER.pkg.dev/my-project/repo',
      'us-docker.pkg.dev',
      'us',
      'my-project',
      'repo',
      'my-project/repo',
      null,
    ],
    [
      'a gcr.io project',
      'gcr.io/my-project',
      'gcr.io',
      'us',
      'my-project',
      'gcr.io',
      'my-project',
      null,
    ],
    [
      'a domain-scoped eu.gcr.io project with an image',
      'eu.gcr.io/google.com/project-id/app:1',
      'eu.gcr.io',
      'europe',
      'google.com:project-id',
      'eu.gcr.io',
      'google.com/project-id',
      'app',
    ],
  ])(
    'reads %s',
    (_name, input, registry, location, projectId, repository, repositoryPathPrefix, image) => {
      expect(parseRepositoryReference(input)).toEqual({
        registry,
        location,
        projectId,
        repository,
        repositoryPathPrefix,
        image,
        containerRegistryHost: registry.endsWith('gcr.io'),
      });
    },
  );

  it.each([
    [
      'a Docker Hub name',
      'nginx',
      'INVALID_REFERENCE',
      ['"docker.io" is not an Artifact Registry or gcr.io host', 'only for Artifact Registry'],
    ],
    ['another registry', 'quay.io/org/repo', 'INVALID_REFERENCE', ['"quay.io"']],
    [
      'a malformed digest, even though it would be ignored',
      'us-docker.pkg.dev/my-project/repo/app@sha256:abc',
      'INVALID_REFERENCE',
      ['3 hex digits'],
    ],
    [
      'only a project',
      'us-docker.pkg.dev/my-project',
      'INCOMPLETE_ARTIFACT_REGISTRY_PATH',
      ['no repository', '"us-docker.pkg.dev/PROJECT-ID/REPOSITORY"'],
    ],
    [
      'only the domain of a domain-scoped project',
      'us-docker.pkg.dev/example.com',
      'INCOMPLETE_ARTIFACT_REGISTRY_PATH',
      ['project ID is missing'],
    ],
    [
      'an unknown location',
      'us-west99-docker.pkg.dev/my-project/repo',
      'UNKNOWN_LOCATION',
      ['"us-west99"'],
    ],
    ['a non-Docker format', 'us-npm.pkg.dev/my-project/repo', 'UNSUPPORTED_FORMAT', ['npm']],
    ['an invalid project ID', 'gcr.io/proj', 'INVALID_PROJECT_ID', ['"proj"']],
  ])('refuses %s', (_name, input, code, words) => {
    const error = appErrorOf(() => parseRepositoryReference(input, { path: ['repository'] }));
    expect(error).toMatchObject({ code, status: 400, path: ['repository'] });
    for (const word of words) expect(error.message).toContain(word);
  });
});
