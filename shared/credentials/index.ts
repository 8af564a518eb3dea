/**
 * Registry credentials: short-lived, least-privilege Google access tokens for Artifact Registry,
 * and every shape a client pastes them in.
 *
 * Invariants: a token is minted by impersonating the policy's puller service account (IAM
 * Credentials `generateAccessToken` via google-auth-library's `Impersonated`, lifetime 300–3600 s
 * bounded by the grant, the narrowest scope for the access) or, without one, is the service's own
 * ADC token and says so (`impersonated: false`). Tokens are cached per (identity, scopes) and
 * reused only while more than 5 minutes remain and never for longer than asked; identical
 * concurrent mints share one upstream call. No token ever appears in an error's message, detail
 * or cause (see sanitize.ts). Shapes follow Docker's config.json and Kubernetes'
 * `kubernetes.io/dockerconfigjson` Secret; the registry token comes from the registry client's
 * token exchange (shared/registry), injected as `exchangeRegistryToken`.
 */
export {
  createTokenMinter,
  DEFAULT_IAM_CREDENTIALS_ENDPOINT,
  DEFAULT_LIFETIME_SECONDS,
  DEFAULT_UPSTREAM_TIMEOUT_MS,
  LIFETIME_TOLERANCE_SECONDS,
  MAX_TOKEN_LIFETIME_SECONDS,
  MIN_TOKEN_LIFETIME_SECONDS,
  REUSE_MARGIN_SECONDS,
  TOKEN_CREATOR_ROLE,
  UNKNOWN_ADC_IDENTITY,
  type CredentialAccess,
  type MintedToken,
  type MintGrant,
  type MintRequest,
  type SourceCredentialProvider,
  type TokenMinter,
  type TokenMinterOptions,
} from './token-minter';
export { ACCESS_SCOPES, SOURCE_SCOPES } from './scopes';
export {
  ANNOTATION_PREFIX,
  DEFAULT_SECRET_NAME,
  DNS1123_LABEL,
  DNS1123_LABEL_MAX,
  DNS1123_SUBDOMAIN,
  DNS1123_SUBDOMAIN_MAX,
  SECRET_TYPE,
  buildCredentialShapes,
  renderSecretYaml,
  validateNamespace,
  validateSecretName,
  type CredentialShapes,
  type CredentialShapesInput,
  type DockerConfigJson,
  type KubernetesSecret,
} from './credential-shapes';
/** The Basic user name of every credential shape (the registry module owns the convention). */
export { OAUTH2_USERNAME } from '../registry';
export {
  issueCredential,
  type IssueCredentialContext,
  type IssueCredentialDeps,
  type IssueCredentialInput,
  type IssuedCredential,
} from './issue-credential';
export {
  logIssuedCredential,
  mintForCaller,
  type MintForCallerDeps,
  type MintForCallerRequest,
} from './mint-for-caller';
export { describeReach, type ReachInput } from './reach';
export { SanitizedUpstreamError, redactSecrets, sanitizeError } from './sanitize';
