import { ConfigError } from './config-error';
import { z } from 'zod';

const LOG_LEVELS = ['DEBUG', 'INFO', 'WARNING', 'ERROR'] as const;

const commaList = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== ''),
);

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,10}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//.test(value), 'must be an http(s) URL')
  .transform((value) => value.replace(/\/+$/, ''));

const jsonText = z.string().transform((value, context) => {
  try {
    return JSON.parse(value) as unknown;
  } catch (error) {
    context.addIssue({
      code: 'custom',
      message: `is not valid JSON (${(error as Error).message})`,
    });
    return z.NEVER;
  }
});

/**
 * Each variable, its schema and its documentation. The README table is written from this list,
 * and a test keeps the two in step.
 */
export const CONFIG_VARIABLES = {
  PORT: {
    schema: integer(1, 65535).default(8080),
    doc: 'Port of the Cloud Run entry.',
    example: '8080',
  },
  LOG_LEVEL: {
    schema: z.enum(LOG_LEVELS).default('INFO'),
    doc: 'Lowest severity written to the log: DEBUG, INFO, WARNING or ERROR.',
    example: 'INFO',
  },
  GOOGLE_CLOUD_PROJECT: {
    schema: z.string().min(1).optional(),
    doc: 'Project ID of the service: builds `logging.googleapis.com/trace` values (`projects/P/traces/T`), and spares google-auth-library discovering it (through the gcloud CLI, if installed) before the first token.',
    example: 'my-project',
  },
  MAX_BODY_BYTES: {
    schema: integer(1024, 10 * 1024 * 1024).default(65536),
    doc: 'Largest accepted request body, in bytes (413 PAYLOAD_TOO_LARGE above).',
    example: '65536',
  },
  MAX_LARGE_BODY_BYTES: {
    schema: integer(1024, 10 * 1024 * 1024).default(524288),
    doc: 'Largest body for the endpoints that take many items or pasted text: `/v1/images/resolve-batch` (1000 references), `/v1/manifests/check` and `/v1/troubleshooting/plans` (a 64 KiB log inside JSON).',
    example: '524288',
  },
  UPSTREAM_TIMEOUT_MS: {
    schema: integer(100, 60000).default(5000),
    doc: 'Total time budget of one outbound operation (registry, IAM, Policy Troubleshooter).',
    example: '5000',
  },
  MAX_LIVE_LOOKUPS: {
    schema: integer(1, 1000).default(100),
    doc: 'Live look-ups one request may ask for (distinct images of a batch with resolveDigest, or of a manifest checked live); a request asking for more is refused whole with TOO_MANY_LIVE_LOOKUPS.',
    example: '100',
  },
  MAX_CONCURRENT_LIVE_LOOKUPS: {
    schema: integer(1, 1000).default(32),
    doc: 'Live look-ups in flight at once in one instance, across all requests; the rest wait their turn.',
    example: '32',
  },
  REGISTRY_ALLOWLIST: {
    schema: commaList.default([]),
    doc: 'Extra registry hosts (`host` or `host:port`) that live look-ups may contact, added to the built-in list (Artifact Registry Docker hosts of known locations, the gcr.io family, Docker Hub).',
    example: 'registry.example.com',
  },
  REGISTRY_INSECURE_HOSTS: {
    schema: commaList.default([]),
    doc: 'Allowlisted `host:port` entries reached over plain HTTP. For a loopback test registry only.',
    example: '127.0.0.1:5000',
  },
  REGISTRY_GOOGLE_CREDENTIAL_HOSTS: {
    schema: commaList.default([]),
    doc: "Extra allowlisted hosts that receive the service's Google credentials (`oauth2accesstoken`), beyond Artifact Registry and gcr.io hosts.",
    example: '127.0.0.1:5000',
  },
  REGISTRY_TAG_CACHE_TTL_MS: {
    schema: integer(0, 3_600_000).default(0),
    doc: 'How long a tag → digest answer is reused (digests themselves are immutable and always cached).',
    example: '0',
  },
  AUTH_AUDIENCE: {
    schema: z.string().min(1).optional(),
    doc: 'Audience (`aud`) every caller ID token must carry for `/v1/tokens`. Without it, `/v1/tokens` answers 503.',
    example: 'https://gke-pull-assistant-abc-uc.a.run.app',
  },
  AUTH_TRUSTED_ISSUERS: {
    schema: jsonText.optional(),
    doc: 'JSON array of extra trusted OIDC issuers `[{"issuer", "jwksUri", "maxTokenLifetimeSeconds"}]` (Kubernetes, CI systems). Google is always trusted; its tokens may live 1 h.',
    example:
      '[{"issuer":"https://kubernetes.default.svc","jwksUri":"https://cluster.example.com/openid/v1/jwks"}]',
  },
  ACCESS_POLICY: {
    schema: jsonText.optional(),
    doc: 'JSON access policy mapping callers to repositories, access, puller service account and maximum lifetime. Default deny.',
    example: '{"rules":[]}',
  },
  GOOGLE_OAUTH_CERTS_URL: {
    schema: httpUrl.optional(),
    doc: "Override of Google's ID-token signing keys URL, in the PEM-map format of `/oauth2/v1/certs`. For tests against a fake issuer only.",
    example: 'http://127.0.0.1:9000/oauth2/v1/certs',
  },
  IAM_CREDENTIALS_ENDPOINT: {
    schema: httpUrl.default('https://iamcredentials.googleapis.com'),
    doc: 'Base URL of the IAM Credentials API (impersonation).',
    example: 'https://iamcredentials.googleapis.com',
  },
  POLICY_TROUBLESHOOTER_ENDPOINT: {
    schema: httpUrl.default('https://policytroubleshooter.googleapis.com'),
    doc: 'Base URL of the IAM Policy Troubleshooter API (live precondition checks).',
    example: 'https://policytroubleshooter.googleapis.com',
  },
  ARTIFACT_REGISTRY_ENDPOINT: {
    schema: httpUrl.default('https://artifactregistry.googleapis.com'),
    doc: 'Base URL of the Artifact Registry API (live precondition checks).',
    example: 'https://artifactregistry.googleapis.com',
  },
  MANIFEST_MAX_DOCUMENTS: {
    schema: integer(1, 100_000).default(1000),
    doc: 'Most YAML documents in one `/v1/manifests/check`. This and the next four are counted on the token stream before composing; past one, 400 `INVALID_MANIFEST` names it in `limit`.',
    example: '1000',
  },
  MANIFEST_MAX_DEPTH: {
    schema: integer(1, 1000).default(64),
    doc: 'Deepest nesting of mappings and sequences (block and flow) in a manifest.',
    example: '64',
  },
  MANIFEST_MAX_ALIASES: {
    schema: integer(0, 100_000).default(1000),
    doc: 'Most YAML aliases (`*name`) in a manifest.',
    example: '1000',
  },
  MANIFEST_MAX_KEYS_PER_MAPPING: {
    schema: integer(1, 1_000_000).default(10_000),
    doc: 'Most keys in one mapping of a manifest (a Pod with 10 000 labels fits).',
    example: '10000',
  },
  MANIFEST_MAX_NODES: {
    schema: integer(1, 10_000_000).default(100_000),
    doc: 'Most nodes (scalars, mappings, sequences) in a manifest, counted as written and again with every alias expanded.',
    example: '100000',
  },
  MANIFEST_CHECK_BUDGET_MS: {
    schema: integer(100, 60_000).default(2000),
    doc: 'CPU time one manifest check may use on its worker thread (reading the manifest, writing the answer; at most 10× as long in time) before it is stopped: 400 `INVALID_MANIFEST`. The same worker threads parse large `resolve-batch` requests, within the same budget.',
    example: '2000',
  },
  SHUTDOWN_GRACE_MS: {
    schema: integer(0, 60000).default(9000),
    doc: 'On SIGTERM, how long in-flight requests may take before the process exits (Cloud Run allows 10 s).',
    example: '9000',
  },
} as const;

type Variables = typeof CONFIG_VARIABLES;
export type Config = { [K in keyof Variables]: z.output<Variables[K]['schema']> };

/** Parses the environment once; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = [];
  const config: Record<string, unknown> = {};
  for (const [name, { schema }] of Object.entries(CONFIG_VARIABLES)) {
    const raw = env[name];
    const result = (schema as z.ZodType).safeParse(raw === '' ? undefined : raw);
    if (result.success) config[name] = result.data;
    else problems.push(`${name}: ${result.error.issues.map((issue) => issue.message).join('; ')}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config as Config;
}
