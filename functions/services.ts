import type { Config } from '../shared/config';
import {
  createApplicationDefaultCredentials,
  type ApplicationDefaultCredentials,
} from '../shared/google-auth';
import { ARTIFACT_REGISTRY_LOCATIONS } from '../shared/image-ref';
import type { Logger } from '../shared/log';
import {
  createRegistryClient,
  defaultRegistryHostPolicy,
  isGoogleRegistryHost,
  type RegistryClient,
} from '../shared/registry';

/**
 * The domain services the handlers call, behind lazy getters: nothing heavy (google-auth-library,
 * registry clients) is constructed or even imported until a request needs it. Tests replace any
 * of them with fakes; every outbound endpoint comes from server configuration.
 */
export interface Services {
  googleCredentials(): ApplicationDefaultCredentials;
  registryClient(): RegistryClient;
}

export function createServices(config: Config, _logger: Logger): Services {
  let credentials: ApplicationDefaultCredentials | undefined;
  let registry: RegistryClient | undefined;

  const googleCredentials = () => (credentials ??= createApplicationDefaultCredentials());

  return {
    googleCredentials,
    registryClient() {
      if (!registry) {
        const defaults = defaultRegistryHostPolicy(ARTIFACT_REGISTRY_LOCATIONS);
        const extraGoogleHosts = new Set(
          config.REGISTRY_GOOGLE_CREDENTIAL_HOSTS.map((h) => h.toLowerCase()),
        );
        registry = createRegistryClient({
          allowlist: [...defaults.allowlist, ...config.REGISTRY_ALLOWLIST],
          realmAllowlist: defaults.realmAllowlist,
          insecureHosts: config.REGISTRY_INSECURE_HOSTS,
          googleCredentialHosts: (authority) =>
            isGoogleRegistryHost(authority) || extraGoogleHosts.has(authority.toLowerCase()),
          googleTokenSource: { getAccessToken: () => googleCredentials().getAccessToken() },
          timeoutMs: config.UPSTREAM_TIMEOUT_MS,
          tagCacheTtlMs: config.REGISTRY_TAG_CACHE_TTL_MS,
        });
      }
      return registry;
    },
  };
}
