import { describe, expect, it } from 'vitest';
import { parseImageReference } from '../../../shared/image-ref';
import { appErrorOf, HEX64 } from './support';

describe('Artifact Registry: where an image lives', () => {
  it.each([
    // name, input, location, projectId, repository, image, host, resourceName
    [
      'the us multi-region',
      'us-docker.pkg.dev/my-project/my-repo/app:v1',
      'us',
      'my-project',
      'my-repo',
      'app',
      'us-docker.pkg.dev',
      'projects/my-project/locations/us/repositories/my-repo/packages/app',
    ],
    [
      'the europe multi-region',
      'europe-docker.pkg.dev/my-project/my-repo/app:v1',
      'europe',
      'my-project',
      'my-repo',
      'app',
      'europe-docker.pkg.dev',
      'projects/my-project/locations/europe/repositories/my-repo/packages/app',
    ],
    [
      'the asia multi-region',
      'asia-docker.pkg.dev/my-project/my-repo/app:v1',
      'asia',
      'my-project',
      'my-repo',
      'app',
      'asia-docker.pkg.dev',
      'projects/my-project/locations/asia/repositories/my-repo/packages/app',
    ],
    [
      'a US region',
      'us-central1-docker.pkg.dev/tokyo-rain-123/repo/app',
      'us-central1',
      'tokyo-rain-123',
      'repo',
      'app',
      'us-central1-docker.pkg.dev',
      'projects/tokyo-rain-123/locations/us-central1/repositories/repo/packages/app',
    ],
    [
      'a two-digit European region',
      'europe-west10-docker.pkg.dev/my-project/repo/app',
      'europe-west10',
      'my-project',
      'repo',
      'app',
      'europe-west10-docker.pkg.dev',
      'projects/my-project/locations/europe-west10/repositories/repo/packages/app',
    ],
    [
      'a long region name',
      'northamerica-northeast1-docker.pkg.dev/my-project/repo/app',
      'northamerica-northeast1',
      'my-project',
      'repo',
      'app',
      'northamerica-northeast1-docker.pkg.dev',
      'projects/my-project/locations/northamerica-northeast1/repositories/repo/packages/app',
    ],
    [
      'the Africa region',
      'africa-south1-docker.pkg.dev/my-project/repo/app',
      'africa-south1',
      'my-project',
      'repo',
      'app',
      'africa-south1-docker.pkg.dev',
      'projects/my-project/locations/africa-south1/repositories/repo/packages/app',
    ],
    [
      'a Middle East region',
      'me-central2-docker.pkg.dev/my-project/repo/app',
      'me-central2',
      'my-project',
      'repo',
      'app',
      'me-central2-docker.pkg.dev',
      'projects/my-project/locations/me-central2/repositories/repo/packages/app',
    ],
    [
      'a regional replica host',
      'docker.us-central1.rep.pkg.dev/my-project/repo/app',
      'us-central1',
      'my-project',
      'repo',
      'app',
      'docker.us-central1.rep.pkg.dev',
      'projects/my-project/locations/us-central1/repositories/repo/packages/app',
    ],
    [
      'a host in uppercase, matched case-insensitively',
      'US-Docker.PKG.dev/my-project/repo/app',
      'us',
      'my-project',
      'repo',
      'app',
      'us-docker.pkg.dev',
      'projects/my-project/locations/us/repositories/repo/packages/app',
    ],
    [
      'a nested image, with "/" escaped in the resource name',
      'us-docker.pkg.dev/my-project/my-repo/team/sub/app:1',
      'us',
      'my-project',
      'my-repo',
      'team/sub/app',
      'us-docker.pkg.dev',
      'projects/my-project/locations/us/repositories/my-repo/packages/team%2Fsub%2Fapp',
    ],
    [
      'a domain-scoped project',
      'europe-west1-docker.pkg.dev/example.com/my-project/repo/app:v1',
      'europe-west1',
      'example.com:my-project',
      'repo',
      'app',
      'europe-west1-docker.pkg.dev',
      'projects/example.com:my-project/locations/europe-west1/repositories/repo/packages/app',
    ],
    [
      'a domain-scoped project with a nested image and a digest',
      `us-docker.pkg.dev/corp.example.co.uk/my-project/repo/a/b@sha256:${HEX64}`,
      'us',
      'corp.example.co.uk:my-project',
      'repo',
      'a/b',
      'us-docker.pkg.dev',
      'projects/corp.example.co.uk:my-project/locations/us/repositories/repo/packages/a%2Fb',
    ],
    [
      'gcr.io',
      'gcr.io/my-project/app:v1',
      'us',
      'my-project',
      'gcr.io',
      'app',
      'gcr.io',
      'projects/my-project/locations/us/repositories/gcr.io/packages/app',
    ],
    [
      'us.gcr.io',
      'us.gcr.io/my-project/app',
      'us',
      'my-project',
      'us.gcr.io',
      'app',
      'us.gcr.io',
      'projects/my-project/locations/us/repositories/us.gcr.io/packages/app',
    ],
    [
      'eu.gcr.io',
      'eu.gcr.io/my-project/app',
      'europe',
      'my-project',
      'eu.gcr.io',
      'app',
      'eu.gcr.io',
      'projects/my-project/locations/europe/repositories/eu.gcr.io/packages/app',
    ],
    [
      'asia.gcr.io',
      'asia.gcr.io/my-project/app',
      'asia',
      'my-project',
      'asia.gcr.io',
      'app',
      'asia.gcr.io',
      'projects/my-project/locations/asia/repositories/asia.gcr.io/packages/app',
    ],
    [
      'a domain-scoped project on gcr.io',
      'gcr.io/google.com/project-id/hello-world',
      'us',
      'google.com:project-id',
      'gcr.io',
      'hello-world',
      'gcr.io',
      'projects/google.com:project-id/locations/us/repositories/gcr.io/packages/hello-world',
    ],
    [
      'a nested image on gcr.io',
      'gcr.io/google-containers/kube/pause:3.9',
      'us',
      'google-containers',
      'gcr.io',
      'kube/pause',
      'gcr.io',
      'projects/google-containers/locations/us/repositories/gcr.io/packages/kube%2Fpause',
    ],
  ])(
    'places %s: %s',
    (_name, input, location, projectId, repository, image, host, resourceName) => {
      const reference = parseImageReference(input);
      expect(reference.artifactRegistry).toEqual({
        location,
        projectId,
        repository,
        image,
        host,
        containerRegistryHost: host.endsWith('gcr.io'),
      });
      expect(reference.resourceName).toBe(resourceName);
      expect(reference.warnings.some((w) => w.code === 'NOT_ARTIFACT_REGISTRY')).toBe(false);
    },
  );

  it('keeps the registry as written and normalizes nothing else of an uppercase host', () => {
    const reference = parseImageReference('US-Docker.PKG.dev/my-project/repo/app');
    expect(reference.registry).toBe('US-Docker.PKG.dev');
    expect(reference.normalized).toBe('US-Docker.PKG.dev/my-project/repo/app:latest');
  });

  it.each([
    ['another Google-run gcr.io host', 'marketplace.gcr.io/google/ubuntu2004', false],
    ['the frozen k8s.gcr.io', 'k8s.gcr.io/pause:3.9', false],
    ['an Artifact Registry host with a port', 'us-docker.pkg.dev:443/my-project/repo/app', true],
    ['a look-alike host', 'us-docker.pkg.dev.evil.example/my-project/repo/app', true],
    ['a subdomain of an Artifact Registry host', 'x.us-docker.pkg.dev/my-project/repo/app', true],
    // Artifact Registry's host grammar decides under *.pkg.dev: no registry Google runs.
    ['an unknown pkg.dev format', 'us-foo.pkg.dev/my-project/repo/app', true],
    ['another registry', 'quay.io/prometheus/prometheus:v2', true],
    ['Docker Hub', 'docker.io/library/nginx:1.27', true],
  ])('does not place %s in Artifact Registry', (_name, input, outsideGoogle) => {
    const reference = parseImageReference(input);
    expect(reference.artifactRegistry).toBeNull();
    expect(reference.resourceName).toBeNull();
    // "must be public or use an imagePullSecret" only where nodes send no Google credentials.
    expect(reference.warnings.map((w) => w.code).includes('NOT_ARTIFACT_REGISTRY')).toBe(
      outsideGoogle,
    );
  });

  it.each([
    ['k8s.gcr.io/pause:3.9', 'registry.k8s.io/pause:3.9'],
    [`K8S.GCR.IO/etcd@sha256:${'e'.repeat(64)}`, `registry.k8s.io/etcd@sha256:${'e'.repeat(64)}`],
  ])('points %s to its successor %s', (input, replacement) => {
    const warning = parseImageReference(input).warnings.find(
      (w) => w.code === 'LEGACY_REGISTRY_HOST',
    );
    expect(warning?.params).toMatchObject({ successor: 'registry.k8s.io', replacement });
  });
});

describe('Artifact Registry: incomplete paths', () => {
  it.each([
    [
      'a project and an image but no repository',
      'us-docker.pkg.dev/proj/image:v1',
      [
        'no repository',
        'after the project "proj" comes only "image"',
        'separate resource',
        '"us-docker.pkg.dev/proj/REPOSITORY/image"',
      ],
    ],
    [
      'a domain-scoped project and an image but no repository',
      'us-docker.pkg.dev/example.com/my-project/image',
      [
        'no repository',
        '"us-docker.pkg.dev/example.com/my-project/REPOSITORY/image"',
        'DOMAIN/PROJECT-ID/REPOSITORY/IMAGE',
      ],
    ],
    [
      'only a project',
      'us-central1-docker.pkg.dev/my-project',
      [
        'names a project but no repository and image',
        '"us-central1-docker.pkg.dev/PROJECT-ID/REPOSITORY/IMAGE"',
      ],
    ],
    [
      'only the domain of a domain-scoped project',
      'us-docker.pkg.dev/example.com',
      ['only the domain of a domain-scoped project'],
    ],
    [
      'a gcr.io project without an image',
      'gcr.io/my-project',
      ['names a project but no image', '"gcr.io/PROJECT-ID/IMAGE"'],
    ],
    [
      'a domain-scoped gcr.io project without an image',
      'gcr.io/google.com/project-id:v1',
      ['names a project but no image', '"gcr.io/DOMAIN/PROJECT-ID/IMAGE"'],
    ],
  ])('refuses %s', (_name, input, words) => {
    const error = appErrorOf(() => parseImageReference(input));
    expect(error).toMatchObject({
      code: 'INCOMPLETE_ARTIFACT_REGISTRY_PATH',
      status: 400,
      path: ['reference'],
    });
    expect(error.message).toContain(JSON.stringify(input));
    for (const word of words) expect(error.message).toContain(word);
  });
});

describe('Artifact Registry: unknown locations', () => {
  it.each([
    [
      'a typo of a region',
      'us-centrall-docker.pkg.dev/my-project/repo/app',
      'us-centrall',
      ['us-central1', 'us-central2'],
    ],
    [
      'a made-up region',
      'mars-north1-docker.pkg.dev/my-project/repo/app',
      'mars-north1',
      ['europe-north1'],
    ],
    ['a misspelled multi-region', 'eu-docker.pkg.dev/my-project/repo/app', 'eu', ['us']],
    [
      'a region that does not exist yet',
      'europe-west99-docker.pkg.dev/my-project/repo/app',
      'europe-west99',
      ['europe-west9'],
    ],
    [
      'a regional replica host with a typo',
      'docker.us-cental1.rep.pkg.dev/my-project/repo/app',
      'us-cental1',
      ['us-central1'],
    ],
  ])('refuses %s and suggests the nearest known ones', (_name, input, location, nearest) => {
    const error = appErrorOf(() => parseImageReference(input));
    expect(error).toMatchObject({ code: 'UNKNOWN_LOCATION', status: 400, path: ['reference'] });
    expect(error.message).toContain(`"${location}"`);
    expect(error.message).toContain('Nearest known locations:');
    const suggestions = error.extensions.suggestions as string[];
    expect(suggestions).toHaveLength(3);
    expect(suggestions.slice(0, nearest.length)).toEqual(nearest);
    for (const suggestion of suggestions) expect(error.message).toContain(suggestion);
  });
});

describe('Artifact Registry: repositories of other formats', () => {
  it.each([
    ['npm', 'us-npm.pkg.dev/my-project/repo/app', 'npm', 'us-docker.pkg.dev/my-project/repo/app'],
    [
      'Python',
      'europe-west1-python.pkg.dev/my-project/repo/app',
      'Python',
      'europe-west1-docker.pkg.dev/my-project/repo/app',
    ],
    [
      'Maven',
      'us-maven.pkg.dev/my-project/repo/app',
      'Maven',
      'us-docker.pkg.dev/my-project/repo/app',
    ],
    ['Apt', 'us-apt.pkg.dev/my-project/repo/app', 'Apt', 'us-docker.pkg.dev/my-project/repo/app'],
    ['Yum', 'us-yum.pkg.dev/my-project/repo/app', 'Yum', 'us-docker.pkg.dev/my-project/repo/app'],
    ['Go', 'us-go.pkg.dev/my-project/repo/app', 'Go', 'us-docker.pkg.dev/my-project/repo/app'],
    [
      'Kubeflow Pipelines',
      'us-kfp.pkg.dev/my-project/repo/app',
      'Kubeflow Pipelines',
      'us-docker.pkg.dev/my-project/repo/app',
    ],
    [
      'Generic',
      'us-generic.pkg.dev/my-project/repo/app',
      'Generic',
      'us-docker.pkg.dev/my-project/repo/app',
    ],
    [
      'npm on a regional replica host',
      'npm.us-east1.rep.pkg.dev/my-project/repo/app',
      'npm',
      'docker.us-east1.rep.pkg.dev/my-project/repo/app',
    ],
  ])('refuses a %s host and points to the Docker host', (_name, input, formatName, suggestion) => {
    const error = appErrorOf(() => parseImageReference(input));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_FORMAT', status: 400, path: ['reference'] });
    expect(error.message).toContain(`Artifact Registry ${formatName} repositories`);
    expect(error.message).toContain(JSON.stringify(suggestion));
  });
});

describe('Artifact Registry: project IDs', () => {
  it.each([
    [
      'too short',
      'us-docker.pkg.dev/proj1/repo/app',
      ['"proj1"', '6 to 30 characters long (it has 5)'],
    ],
    ['too long', `us-docker.pkg.dev/${'p'.repeat(31)}/repo/app`, ['(it has 31)']],
    ['starting with a digit', 'us-docker.pkg.dev/1project/repo/app', ['must start with a letter']],
    [
      'a project number',
      'us-docker.pkg.dev/123456789012/repo/app',
      ['must start with a letter', 'not the project number'],
    ],
    [
      'with an underscore',
      'gcr.io/google_containers/pause',
      ['not "_"', 'Did you mean "google-containers"?'],
    ],
    [
      'a domain-scoped project with a bad domain',
      'us-docker.pkg.dev/my_corp.com/my-project/repo/app',
      ['"my_corp.com"', 'not a valid domain'],
    ],
    [
      'a domain-scoped project with a bad project part',
      'gcr.io/example.com/p/app',
      ['"p"', 'it has 1'],
    ],
  ])('refuses a project ID %s', (_name, input, words) => {
    const error = appErrorOf(() => parseImageReference(input));
    expect(error).toMatchObject({ code: 'INVALID_PROJECT_ID', status: 400, path: ['reference'] });
    expect(error.message).toContain(JSON.stringify(input));
    for (const word of words) expect(error.message).toContain(word);
  });

  it.each([
    ['of exactly 6 characters', 'us-docker.pkg.dev/abcdef/repo/app'],
    ['of exactly 30 characters', `us-docker.pkg.dev/a${'1'.repeat(29)}/repo/app`],
    ['that contains "google", as old projects do', 'gcr.io/google-containers/pause:3.9'],
  ])('accepts a project ID %s', (_name, input) => {
    expect(parseImageReference(input).artifactRegistry).not.toBeNull();
  });
});
