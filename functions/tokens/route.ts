import { createRoute, z } from '@hono/zod-openapi';
import { AUTH_REALM, INVALID_TOKEN_REASONS } from '../../shared/caller-auth';
import {
  ANNOTATION_PREFIX,
  DEFAULT_LIFETIME_SECONDS,
  DEFAULT_SECRET_NAME,
  MAX_TOKEN_LIFETIME_SECONDS,
  MIN_TOKEN_LIFETIME_SECONDS,
  OAUTH2_USERNAME,
  SECRET_TYPE,
} from '../../shared/credentials';
import { ReferenceTextSchema } from '../../shared/image-ref';
import { PROBLEM_MEDIA_TYPE } from '../http/problem-document';
import { problemExample, problemResponses, ProblemSchema } from '../http/schemas';

/** The media type of the bare Secret manifest (RFC 9512), for `kubectl apply -f -`. */
export const YAML_MEDIA_TYPE = 'application/yaml';
/** What the answer can be, JSON first (the default for a missing Accept or `*\/*`). */
export const TOKEN_MEDIA_TYPES = ['application/json', YAML_MEDIA_TYPE] as const;

const EXAMPLE_HOST = 'us-docker.pkg.dev';
const EXAMPLE_REPOSITORY = `${EXAMPLE_HOST}/my-project/my-repo`;
const EXAMPLE_PULLER = 'ar-puller@my-project.iam.gserviceaccount.com';
const EXAMPLE_TOKEN = 'ya29.c.b0Aaek…';
const EXAMPLE_EXPIRES_AT = '2025-05-01T12:30:00Z';

export const TokenRequestSchema = z
  .strictObject({
    repository: ReferenceTextSchema.meta({
      description:
        'An Artifact Registry repository (`LOCATION-docker.pkg.dev/PROJECT/REPOSITORY`), a gcr.io project (`gcr.io/PROJECT`), or any image reference inside one (a tag or digest is ignored). Naming the image also scopes `registryToken` to it.',
      example: `${EXAMPLE_REPOSITORY}/team/app`,
    }),
    access: z.enum(['pull', 'push']).default('pull').openapi({
      description:
        '`push` only where the access policy allows it; the token then also carries write scope.',
    }),
    lifetimeSeconds: z
      .number()
      .int()
      .min(MIN_TOKEN_LIFETIME_SECONDS)
      .max(MAX_TOKEN_LIFETIME_SECONDS)
      .default(DEFAULT_LIFETIME_SECONDS)
      .openapi({
        description:
          "Asked lifetime of the credential; lowered to the policy rule's maximum. Applies to impersonated tokens; the service's own token keeps its own expiry.",
        example: DEFAULT_LIFETIME_SECONDS,
      }),
    secretName: z.string().max(253).default(DEFAULT_SECRET_NAME).openapi({
      description: 'Name of the Secret in `kubernetesSecret` (a DNS-1123 subdomain).',
      example: DEFAULT_SECRET_NAME,
    }),
    namespace: z.string().max(63).optional().openapi({
      description:
        'Namespace written into the Secret. Without it the manifest names none, so `kubectl apply -n NS` (or the current namespace) decides.',
      example: 'default',
    }),
    registryToken: z.boolean().default(false).openapi({
      description:
        "Also exchange the credential at the registry's token endpoint for a registry bearer token scoped to exactly the named repository path (for crane, skopeo `--registry-token`). Needs an image path on Artifact Registry and gcr.io, and a JSON answer.",
    }),
  })
  .openapi('TokenRequest');

const DockerConfigJsonSchema = z
  .object({
    auths: z.record(
      z.string(),
      z.object({
        username: z.literal(OAUTH2_USERNAME),
        password: z.string(),
        auth: z.string().openapi({ description: 'base64 of `username:password`.' }),
      }),
    ),
  })
  .openapi('DockerConfigJson', {
    description: 'The content of `~/.docker/config.json` (or `.dockerconfigjson`).',
  });

const KubernetesSecretSchema = z
  .object({
    apiVersion: z.literal('v1'),
    kind: z.literal('Secret'),
    metadata: z.object({
      name: z.string(),
      namespace: z.string().optional(),
      labels: z.record(z.string(), z.string()),
      annotations: z.record(z.string(), z.string()).openapi({
        description: `\`${ANNOTATION_PREFIX}/expires-at\`, \`/registry\`, \`/identity\` and \`/repository\`.`,
      }),
    }),
    type: z.literal(SECRET_TYPE),
    data: z.object({ '.dockerconfigjson': z.string() }),
  })
  .openapi('KubernetesPullSecret', {
    description: 'A complete `kubernetes.io/dockerconfigjson` Secret for `imagePullSecrets`.',
  });

const RegistryTokenSchema = z
  .object({
    token: z.string().openapi({ description: "The registry's own bearer token (a JWT)." }),
    expiresAt: z.string().openapi({ format: 'date-time', example: '2025-05-01T12:05:00Z' }),
    scope: z.string().openapi({ example: 'repository:my-project/my-repo/team/app:pull' }),
  })
  .openapi('RegistryToken');

export const TokenResponseSchema = z
  .object({
    accessToken: z.string().openapi({
      description:
        'A short-lived Google OAuth access token; the password of every form below. See `reach`.',
    }),
    expiresAt: z.string().openapi({ format: 'date-time', example: EXAMPLE_EXPIRES_AT }),
    username: z.literal(OAUTH2_USERNAME),
    registry: z.string().openapi({ description: 'Registry host.', example: EXAMPLE_HOST }),
    repository: z.string().openapi({
      description: 'The repository the credential was authorized for (`registry/path`).',
      example: EXAMPLE_REPOSITORY,
    }),
    identity: z.string().openapi({
      description:
        "The service account the token acts as: the policy's puller account, or the service's own identity when the rule names none (`impersonated: false`).",
      example: EXAMPLE_PULLER,
    }),
    impersonated: z.boolean(),
    lifetimeSeconds: z.number().int().nullable().openapi({
      description:
        "The lifetime applied (the asked one, bounded by policy); null for the service's own token, whose lifetime the service does not choose. `expiresAt` is authoritative.",
    }),
    oauthScopes: z.array(z.string()).openapi({
      description: 'OAuth scopes the access token carries.',
      example: ['https://www.googleapis.com/auth/devstorage.read_only'],
    }),
    scope: z
      .object({
        repositories: z.array(z.string()),
        access: z.enum(['pull', 'push']),
      })
      .openapi({ description: 'What the access policy granted.' }),
    reach: z
      .object({
        accessToken: z.string(),
        registryToken: z.string().optional(),
      })
      .openapi({ description: 'Precisely what each credential form can reach.' }),
    crictlCreds: z
      .string()
      .openapi({ description: '`oauth2accesstoken:<token>`, for `crictl pull --creds`.' }),
    dockerLogin: z.string().openapi({
      description: 'A `docker login` line that reads the token from stdin, never from argv.',
      example: `docker login -u ${OAUTH2_USERNAME} --password-stdin https://${EXAMPLE_HOST}`,
    }),
    dockerConfigJson: DockerConfigJsonSchema,
    kubernetesSecret: KubernetesSecretSchema,
    registryToken: RegistryTokenSchema.optional().openapi({
      description: 'Only with `"registryToken": true`.',
    }),
  })
  .openapi('TokenResponse');

const exampleAuth = Buffer.from(`${OAUTH2_USERNAME}:${EXAMPLE_TOKEN}`).toString('base64');
const exampleConfig = {
  auths: {
    [EXAMPLE_HOST]: { username: OAUTH2_USERNAME, password: EXAMPLE_TOKEN, auth: exampleAuth },
  },
};

const tokenExample = {
  accessToken: EXAMPLE_TOKEN,
  expiresAt: EXAMPLE_EXPIRES_AT,
  username: OAUTH2_USERNAME,
  registry: EXAMPLE_HOST,
  repository: EXAMPLE_REPOSITORY,
  identity: EXAMPLE_PULLER,
  impersonated: true,
  lifetimeSeconds: 1800,
  oauthScopes: ['https://www.googleapis.com/auth/devstorage.read_only'],
  scope: { repositories: [EXAMPLE_REPOSITORY], access: 'pull' },
  reach: {
    accessToken: `A Google OAuth access token of ${EXAMPLE_PULLER} (scope devstorage.read_only) until ${EXAMPLE_EXPIRES_AT}: it pulls from every Artifact Registry repository ${EXAMPLE_PULLER} can read, not only ${EXAMPLE_REPOSITORY}. crictlCreds, dockerLogin, dockerConfigJson and kubernetesSecret all carry it.`,
  },
  crictlCreds: `${OAUTH2_USERNAME}:${EXAMPLE_TOKEN}`,
  dockerLogin: `docker login -u ${OAUTH2_USERNAME} --password-stdin https://${EXAMPLE_HOST}`,
  dockerConfigJson: exampleConfig,
  kubernetesSecret: {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: DEFAULT_SECRET_NAME,
      namespace: 'default',
      labels: { 'app.kubernetes.io/managed-by': ANNOTATION_PREFIX },
      annotations: {
        [`${ANNOTATION_PREFIX}/expires-at`]: EXAMPLE_EXPIRES_AT,
        [`${ANNOTATION_PREFIX}/registry`]: EXAMPLE_HOST,
        [`${ANNOTATION_PREFIX}/identity`]: EXAMPLE_PULLER,
        [`${ANNOTATION_PREFIX}/repository`]: EXAMPLE_REPOSITORY,
      },
    },
    type: SECRET_TYPE,
    data: { '.dockerconfigjson': Buffer.from(JSON.stringify(exampleConfig)).toString('base64') },
  },
};

const yamlExample = `# imagePullSecret written by gke-pull-assistant; the credential expires at ${EXAMPLE_EXPIRES_AT}: fetch a new one before then.
apiVersion: v1
kind: Secret
metadata:
  name: ${DEFAULT_SECRET_NAME}
  namespace: default
  labels:
    app.kubernetes.io/managed-by: ${ANNOTATION_PREFIX}
  annotations:
    ${ANNOTATION_PREFIX}/expires-at: ${EXAMPLE_EXPIRES_AT}
    ${ANNOTATION_PREFIX}/registry: ${EXAMPLE_HOST}
type: ${SECRET_TYPE}
data:
  .dockerconfigjson: eyJhdXRocyI6…
`;

const problems = problemResponses([401, 403, 406, 502, 503, 504], { hasBody: true });

const responses = {
  200: {
    description:
      'The credential in every shape; with `Accept: application/yaml`, the Secret manifest alone. Never cached (`Cache-Control: no-store`).',
    headers: z.object({
      'Cache-Control': z.string().openapi({ example: 'no-store' }),
    }),
    content: {
      'application/json': { schema: TokenResponseSchema, example: tokenExample },
      [YAML_MEDIA_TYPE]: {
        schema: z
          .string()
          .openapi({ description: 'The Secret manifest, for `kubectl apply -f -`.' }),
        example: yamlExample,
      },
    },
  },
  ...problems,
  401: {
    description:
      'No, or no valid, caller ID token (`UNAUTHENTICATED`): missing, malformed, unsigned, expired, wrong audience, untrusted issuer, unknown key or bad signature.',
    headers: z.object({
      'WWW-Authenticate': z.string().openapi({
        description: 'RFC 6750 Bearer challenge; `error="invalid_token"` when a token was refused.',
        example: `Bearer realm="${AUTH_REALM}", error="invalid_token", error_description="${INVALID_TOKEN_REASONS.expired}"`,
      }),
    }),
    content: {
      [PROBLEM_MEDIA_TYPE]: {
        schema: ProblemSchema,
        example: problemExample('UNAUTHENTICATED', INVALID_TOKEN_REASONS.expired),
      },
    },
  },
  403: {
    description:
      '`PERMISSION_DENIED` (the access policy does not allow this caller this repository and access), `IMPERSONATION_DENIED` (IAM refused to let the service impersonate the puller account) or `REGISTRY_PERMISSION_DENIED` (the registry refused a registry token for the repository).',
    content: {
      [PROBLEM_MEDIA_TYPE]: {
        schema: ProblemSchema,
        example: problemExample(
          'PERMISSION_DENIED',
          `The caller "ci@my-project.iam.gserviceaccount.com" (subject "1102…") of issuer "https://accounts.google.com" is not allowed to pull "${EXAMPLE_REPOSITORY}". Ask the operator of this service to grant it in the access policy.`,
        ),
      },
    },
  },
  503: {
    description:
      "The service cannot mint until its operator acts: `NO_CREDENTIALS` (no Google credentials, or minting not configured: no `AUTH_AUDIENCE`), `GOOGLE_API_DISABLED` (IAM Credentials is not enabled in the project of the service's account; `service` and `project` say which), `CREDENTIAL_SCOPE_INSUFFICIENT` (the service's credential lacks the `cloud-platform` scope; `scope`) or `PULLER_NOT_FOUND` (the policy's puller service account does not exist; `serviceAccount`).",
    content: {
      [PROBLEM_MEDIA_TYPE]: {
        schema: ProblemSchema,
        example: problemExample(
          'NO_CREDENTIALS',
          'Credential minting is not configured on this server: set AUTH_AUDIENCE (and ACCESS_POLICY) in its configuration.',
        ),
      },
    },
  },
};

export const mintTokenRoute = createRoute({
  method: 'post',
  path: '/v1/tokens',
  operationId: 'mintRegistryCredential',
  tags: ['Credentials'],
  summary: 'Mint a short-lived, least-privilege registry credential',
  description: `Authenticates the caller's OIDC ID token (\`Authorization: Bearer\`; Google, or an issuer the server trusts such as a Kubernetes service-account issuer or a CI system), checks the access policy (default deny), then mints a Google access token for the repository: by impersonating the policy's puller service account with the asked lifetime and the narrowest scope for the access, or with the service's own identity when the rule names no puller (\`impersonated: false\`). Tokens are cached per identity and scopes while more than 5 minutes remain; identical concurrent requests share one upstream call.

The answer gives the token in every shape a client pastes (\`crictlCreds\`, \`dockerLogin\`, \`dockerConfigJson\`, \`kubernetesSecret\`), and with \`Accept: application/yaml\` it is the Secret manifest alone: \`curl … | kubectl apply -f -\`. \`reach\` says what each form can reach. Credentials are never accepted or returned on GET, never cached, never logged.

The caller is authenticated before anything else (a request without a valid token learns nothing about its body), except that body size and JSON syntax are checked first, for every endpoint.`,
  security: [{ callerIdToken: [] }],
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: TokenRequestSchema,
          example: {
            repository: `${EXAMPLE_REPOSITORY}/team/app`,
            access: 'pull',
            lifetimeSeconds: 1800,
            secretName: DEFAULT_SECRET_NAME,
            namespace: 'default',
          },
        },
      },
    },
  },
  responses,
});
