import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  buildCredentialShapes,
  renderSecretYaml,
  type CredentialShapesInput,
} from '../../../shared/credentials';
import { appErrorFrom } from './expect-no-secret';

const TOKEN = 'ya29.c.b0AXv0zTOpaqueTokenValue-1234567890';
const EXPIRES_AT = new Date('2030-05-01T12:30:00.000Z');

function input(overrides: Partial<CredentialShapesInput> = {}): CredentialShapesInput {
  return {
    host: 'europe-west1-docker.pkg.dev',
    accessToken: TOKEN,
    expiresAt: EXPIRES_AT,
    secretName: 'ar-pull',
    namespace: 'payments',
    identity: 'ar-puller@my-project.iam.gserviceaccount.com',
    repository: 'europe-west1-docker.pkg.dev/my-project/team-images',
    ...overrides,
  };
}

describe('buildCredentialShapes', () => {
  const shapes = buildCredentialShapes(input());

  it('gives crictl its user:password pair', () => {
    expect(shapes.username).toBe('oauth2accesstoken');
    expect(shapes.crictlCreds).toBe(`oauth2accesstoken:${TOKEN}`);
  });

  it('gives a docker login line that reads the token from stdin and never carries it', () => {
    expect(shapes.dockerLogin).toBe(
      'docker login -u oauth2accesstoken --password-stdin https://europe-west1-docker.pkg.dev',
    );
    expect(shapes.dockerLogin).not.toContain(TOKEN);
  });

  it('gives a docker config whose auth is base64 of oauth2accesstoken:TOKEN', () => {
    const entry = shapes.dockerConfigJson.auths['europe-west1-docker.pkg.dev'];
    expect(entry).toEqual({
      username: 'oauth2accesstoken',
      password: TOKEN,
      auth: Buffer.from(`oauth2accesstoken:${TOKEN}`).toString('base64'),
    });
    expect(Buffer.from(entry!.auth, 'base64').toString()).toBe(`oauth2accesstoken:${TOKEN}`);
  });

  it('gives a kubernetes.io/dockerconfigjson Secret carrying that docker config', () => {
    const secret = shapes.kubernetesSecret;
    expect(secret).toMatchObject({
      apiVersion: 'v1',
      kind: 'Secret',
      type: 'kubernetes.io/dockerconfigjson',
      metadata: {
        name: 'ar-pull',
        namespace: 'payments',
        annotations: {
          'gke-pull-assistant/expires-at': '2030-05-01T12:30:00.000Z',
          'gke-pull-assistant/identity': 'ar-puller@my-project.iam.gserviceaccount.com',
        },
      },
    });
    const decoded = JSON.parse(
      Buffer.from(secret.data['.dockerconfigjson'], 'base64').toString(),
    ) as unknown;
    expect(decoded).toEqual(shapes.dockerConfigJson);
  });

  it('leaves the namespace out when none is given, so kubectl applies its current one', () => {
    const secret = buildCredentialShapes(input({ namespace: undefined })).kubernetesSecret;
    expect('namespace' in secret.metadata).toBe(false);
  });

  it('names the Secret ar-pull by default', () => {
    expect(
      buildCredentialShapes(input({ secretName: undefined })).kubernetesSecret.metadata.name,
    ).toBe('ar-pull');
  });

  it('renders YAML that parses back to the same Secret and states the expiry in a comment', () => {
    const yaml = renderSecretYaml(shapes.kubernetesSecret);
    expect(parse(yaml)).toEqual(shapes.kubernetesSecret);
    expect(yaml.split('\n')[0]).toMatch(/^# .*2030-05-01T12:30:00.000Z/);
  });

  it.each([
    {
      name: 'an upper-case secret name',
      change: { secretName: 'AR-Pull' },
      path: ['secretName'],
    },
    {
      name: 'a secret name with an underscore',
      change: { secretName: 'ar_pull' },
      path: ['secretName'],
    },
    {
      name: 'a secret name ending in a dash',
      change: { secretName: 'ar-pull-' },
      path: ['secretName'],
    },
    {
      name: 'a 254-character secret name',
      change: { secretName: 'a'.repeat(254) },
      path: ['secretName'],
    },
    { name: 'a dotted namespace', change: { namespace: 'team.payments' }, path: ['namespace'] },
    {
      name: 'a 64-character namespace',
      change: { namespace: 'n'.repeat(64) },
      path: ['namespace'],
    },
    { name: 'an empty namespace', change: { namespace: '' }, path: ['namespace'] },
  ])('refuses $name with INVALID_REQUEST at $path', async ({ change, path }) => {
    const error = await appErrorFrom(async () => buildCredentialShapes(input(change)));
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', path });
    expect(error.message).not.toContain(TOKEN);
  });

  it.each(['ar-pull', 'registry.pull-secret', 'a', 'x'.repeat(253)])(
    'accepts the secret name %s',
    (secretName) => {
      expect(buildCredentialShapes(input({ secretName })).kubernetesSecret.metadata.name).toBe(
        secretName,
      );
    },
  );
});
