import {
  createCallerVerifier,
  parseAccessPolicy,
  parseTrustedIssuers,
  type AccessPolicy,
  type CallerVerifier,
} from '../shared/caller-auth';
import { createConcurrencyLimit, type ConcurrencyLimit } from '../shared/concurrency';
import { ConfigError, type Config } from '../shared/config';
import { createTokenMinter, type TokenMinter } from '../shared/credentials';
import {
  createApplicationDefaultCredentials,
  type ApplicationDefaultCredentials,
} from '../shared/service-identity';
import type { Logger } from '../shared/log';
import type { ManifestWork } from '../shared/manifests';
import { createWorkerPool, type WorkerPool } from '../shared/off-thread';
import type { PreconditionsDeps } from '../shared/preconditions';
import { AppError } from '../shared/problems';
import { createRegistryClient, type RegistryClient } from '../shared/registry';
import { defaultRegistryHostPolicy, serviceCredentialHostRule } from '../shared/registry-hosts';
import { createImageBatchWork, type ImageBatchWork } from './images/batch';
import { createManifestWork } from './manifests/checker';

/**
 * The domain services the handlers call, behind lazy getters: nothing heavy (google-auth-library,
 * jose, registry clients) is constructed or even imported until a request needs it. Tests replace
 * any of them with fakes; every outbound endpoint comes from server configuration.
 */
export interface Services {
  googleCredentials(): ApplicationDefaultCredentials;
  registryClient(): RegistryClient;
  preconditions(): PreconditionsDeps;
  /** Throws AppError when `/v1/tokens` is not configured (no AUTH_AUDIENCE). */
  callerVerifier(): CallerVerifier;
  accessPolicy(): AccessPolicy;
  tokenMinter(): TokenMinter;
  /** The instance-wide bound on live look-ups in flight (MAX_CONCURRENT_LIVE_LOOKUPS). */
  liveLookups(): ConcurrencyLimit;
  /** Reads manifests and writes their answers on worker threads, within MANIFEST_CHECK_BUDGET_MS. */
  manifestWork(): ManifestWork<Uint8Array<ArrayBuffer>>;
  /** Parses large batches of image references on the same worker threads. */
  imageBatchWork(): ImageBatchWork;
}

/**
 * The off-thread worker's module: from sources (tsx, vitest) the TypeScript file, in the bundle
 * (`dist/server.js`, `dist/index.js`) the worker bundle written beside the entry.
 */
const WORKER = import.meta.url.endsWith('.ts')
  ? new URL('./worker.ts', import.meta.url)
  : new URL('./worker.js', import.meta.url);

/** Parses the JSON settings that must be valid at start-up (policy, issuers); throws ConfigError. */
function parseSecuritySettings(config: Config) {
  const problems: string[] = [];
  const attempt = <T>(parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const issuers = attempt(() => parseTrustedIssuers(config.AUTH_TRUSTED_ISSUERS ?? []));
  const policy = attempt(() => parseAccessPolicy(config.ACCESS_POLICY ?? { rules: [] }));
  if (problems.length > 0) throw new ConfigError(problems);
  return { issuers: issuers ?? [], policy: policy as AccessPolicy };
}

export function createServices(config: Config, _logger: Logger): Services {
  const { issuers, policy } = parseSecuritySettings(config);
  let credentials: ApplicationDefaultCredentials | undefined;
  let registry: RegistryClient | undefined;
  let verifier: CallerVerifier | undefined;
  let minter: TokenMinter | undefined;
  let manifests: ManifestWork<Uint8Array<ArrayBuffer>> | undefined;
  let imageBatches: ImageBatchWork | undefined;
  let pool: WorkerPool | undefined;
  // One pool for every off-thread task: its workers (each with its own heap) are few and shared.
  const workerPool = () =>
    (pool ??= createWorkerPool({ entry: WORKER, budgetMs: config.MANIFEST_CHECK_BUDGET_MS }));

  const googleCredentials = () =>
    (credentials ??= createApplicationDefaultCredentials({
      projectId: config.GOOGLE_CLOUD_PROJECT,
    }));
  const liveLookups = createConcurrencyLimit(config.MAX_CONCURRENT_LIVE_LOOKUPS);

  return {
    googleCredentials,
    registryClient() {
      if (!registry) {
        const defaults = defaultRegistryHostPolicy();
        registry = createRegistryClient({
          allowlist: [...defaults.allowlist, ...config.REGISTRY_ALLOWLIST],
          realmAllowlist: defaults.realmAllowlist,
          insecureHosts: config.REGISTRY_INSECURE_HOSTS,
          googleCredentialHosts: serviceCredentialHostRule(config.REGISTRY_GOOGLE_CREDENTIAL_HOSTS),
          googleTokenSource: { getAccessToken: () => googleCredentials().getAccessToken() },
          timeoutMs: config.UPSTREAM_TIMEOUT_MS,
          tagCacheTtlMs: config.REGISTRY_TAG_CACHE_TTL_MS,
        });
      }
      return registry;
    },
    preconditions() {
      return {
        live: {
          requester: googleCredentials(),
          policyTroubleshooterUrl: config.POLICY_TROUBLESHOOTER_ENDPOINT,
          artifactRegistryUrl: config.ARTIFACT_REGISTRY_ENDPOINT,
          timeoutMs: config.UPSTREAM_TIMEOUT_MS,
        },
      };
    },
    callerVerifier() {
      if (!config.AUTH_AUDIENCE) {
        throw new AppError('NO_CREDENTIALS', { id: 'http.mintingNotConfigured' });
      }
      verifier ??= createCallerVerifier({
        audience: config.AUTH_AUDIENCE,
        issuers,
        timeoutMs: config.UPSTREAM_TIMEOUT_MS,
        ...(config.GOOGLE_OAUTH_CERTS_URL ? { googleCertsUrl: config.GOOGLE_OAUTH_CERTS_URL } : {}),
      });
      return verifier;
    },
    accessPolicy: () => policy,
    liveLookups: () => liveLookups,
    tokenMinter() {
      minter ??= createTokenMinter({
        source: googleCredentials(),
        iamCredentialsEndpoint: config.IAM_CREDENTIALS_ENDPOINT,
        timeoutMs: config.UPSTREAM_TIMEOUT_MS,
      });
      return minter;
    },
    manifestWork() {
      manifests ??= createManifestWork(workerPool());
      return manifests;
    },
    imageBatchWork() {
      imageBatches ??= createImageBatchWork(workerPool());
      return imageBatches;
    },
  };
}
