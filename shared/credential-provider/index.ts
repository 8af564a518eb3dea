/**
 * The kubelet image credential provider: a kubelet outside Google Cloud pulls from Artifact
 * Registry with a short-lived credential minted for the Pod's own Kubernetes service account.
 *
 * The kubelet (1.34+, `KubeletServiceAccountTokenForCredentialProviders`) runs an exec plugin with
 * a `CredentialProviderRequest` carrying a service-account token bound to the Pod; the plugin
 * forwards it here, where the token is verified like any caller's ID token (trusted issuer,
 * audience), the service account (`system:serviceaccount:NS:NAME`) authorized by the access
 * policy, and a credential minted as `/v1/tokens` mints it. The answer is a
 * `CredentialProviderResponse` whose `cacheDuration` never outlives the credential.
 *
 * Wire formats are transcribed from the Kubernetes Go types (kubelet-types.ts); durations are Go
 * duration strings (go-duration.ts). The kubelet's `CredentialProviderConfig` and the RBAC its
 * nodes need (service-account node audience restriction) are generated from the same constants
 * the plugin and this use case rely on (kubelet-config.ts).
 * https://kubernetes.io/docs/tasks/administer-cluster/kubelet-credential-provider/
 */
export {
  CACHE_EXPIRY_MARGIN_SECONDS,
  provideKubeletCredential,
  type KubeletCredentialContext,
  type KubeletCredentialDeps,
} from './provide-kubelet-credential';
export {
  AuthConfigSchema,
  CREDENTIAL_PROVIDER_API_VERSION,
  CredentialProviderConfigSchema,
  CredentialProviderRequestSchema,
  CredentialProviderResponseSchema,
  CredentialProviderSchema,
  ExecEnvVarSchema,
  GoDurationSchema,
  KUBELET_CONFIG_API_VERSION,
  PLUGIN_CACHE_KEY_TYPES,
  SERVICE_ACCOUNT_TOKEN_CACHE_TYPES,
  ServiceAccountTokenAttributesSchema,
  type CredentialProvider,
  type CredentialProviderConfig,
  type CredentialProviderRequest,
  type CredentialProviderResponse,
  type PluginCacheKeyType,
} from './kubelet-types';
export {
  AUDIENCE_PATTERN,
  DEFAULT_CACHE_DURATION,
  KUBELET_MATCH_IMAGES,
  KubeletAudienceSchema,
  KubeletSetupSchema,
  NODE_AUDIENCE_RBAC_NAME,
  PLUGIN_NAME,
  REQUEST_TOKEN_AUDIENCE_VERB,
  SERVICE_URL_ENV,
  buildCredentialProviderConfig,
  buildNodeAudienceRbac,
  parseAudience,
  parseServiceUrl,
  renderCredentialProviderConfig,
  renderNodeAudienceRbac,
  type KubeletSetup,
} from './kubelet-config';
export { GO_DURATION_PATTERN, formatGoDuration, parseGoDuration } from './go-duration';
