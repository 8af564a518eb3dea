// POST /v1/tokens through the client generated from openapi.yaml. The SDK suite runs the plain
// built service, which has no AUTH_AUDIENCE: it must refuse every caller with typed problems, and
// the generated types must expose the whole 200 answer (checked by tsc when the suite compiles).
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import type { paths } from './generated/api';

const baseUrl = process.env.SDK_BASE_URL;
if (!baseUrl) throw new Error('SDK_BASE_URL is not set; run through `npm run test:sdk`');
const client = createClient<paths>({ baseUrl });

type TokenAnswer = paths['/v1/tokens']['post']['responses'][200]['content']['application/json'];
type SecretYaml = paths['/v1/tokens']['post']['responses'][200]['content']['application/yaml'];

/** Compiles only while every contract field is in the generated type, with its type. */
const CONTRACT_FIELDS = {
  accessToken: '',
  expiresAt: '',
  username: 'oauth2accesstoken',
  registry: '',
  repository: '',
  identity: '',
  impersonated: true,
  lifetimeSeconds: null,
  oauthScopes: [],
  scope: { repositories: [], access: 'pull' },
  reach: { accessToken: '' },
  crictlCreds: '',
  dockerLogin: '',
  dockerConfigJson: { auths: {} },
  kubernetesSecret: {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'ar-pull', labels: {}, annotations: {} },
    type: 'kubernetes.io/dockerconfigjson',
    data: { '.dockerconfigjson': '' },
  },
  registryToken: { token: '', expiresAt: '', scope: '' },
} satisfies Required<TokenAnswer>;
const YAML_IS_TEXT: SecretYaml = 'apiVersion: v1';

// Fields with a default (access, lifetimeSeconds, secretName, registryToken) may be left out.
const BODY = { repository: 'us-docker.pkg.dev/my-project/my-repo' } as const;

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** Well-formed and signed-looking; a server without an audience cannot verify anything. */
const PLAUSIBLE_ID_TOKEN = `${b64({ alg: 'RS256', kid: 'k1' })}.${b64({ iss: 'https://accounts.google.com', sub: '1' })}.c2lnbmF0dXJl`;

describe('credential minting through the generated SDK', () => {
  it('types the whole 200 answer', () => {
    expect(Object.keys(CONTRACT_FIELDS)).toHaveLength(16);
    expect(YAML_IS_TEXT).toContain('apiVersion');
  });

  it('answers a caller without a token with a typed 401 and a Bearer challenge', async () => {
    const { data, error, response } = await client.POST('/v1/tokens', {
      body: BODY,
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="gke-pull-assistant"');
    expect(error?.code).toBe('UNAUTHENTICATED');
  });

  it('answers a presented token with a typed 503 when minting is not configured', async () => {
    const { data, error, response } = await client.POST('/v1/tokens', {
      body: { ...BODY, namespace: 'default' },
      headers: { authorization: `Bearer ${PLAUSIBLE_ID_TOKEN}` },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(error?.code).toBe('NO_CREDENTIALS');
    expect(error?.detail).toContain('AUTH_AUDIENCE');
  });
});
