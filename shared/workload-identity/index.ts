/**
 * Workload Identity Federation for Kubernetes: the procedure that lets a cluster outside Google
 * Cloud pull from Artifact Registry with its own service-account identities
 * (https://cloud.google.com/iam/docs/workload-identity-federation-with-kubernetes).
 *
 * `buildFederationPlan` checks every id against Google's rules (pool and provider IDs,
 * `google.subject` length, project number and ID) and Kubernetes' (namespace, service account),
 * then writes the ordered steps with their exact commands and what to expect: enable the APIs,
 * create the pool and the OIDC provider (from the cluster's keys when the issuer is not public),
 * grant `roles/artifactregistry.reader` to the service account's principal, a credential
 * configuration for workloads, and for the kubelet's own pulls this service's credential provider
 * (or, for older kubelets, a refreshed imagePullSecret). The steps are a runbook
 * (shared/runbook), rendered like troubleshooting plans.
 */
export {
  buildFederationPlan,
  type FederationPlan,
  type FederationPlanInput,
  type FederationValues,
} from './plan';
export {
  GOOGLE_SUBJECT_MAX_BYTES,
  JwksSchema,
  MAX_JWKS_KEYS,
  POOL_ID_MAX_LENGTH,
  POOL_ID_MIN_LENGTH,
  POOL_ID_PATTERN,
  RESERVED_ID_PREFIX,
  checkSubjectLength,
  parseIssuerUri,
  parseJwks,
  parseNamespace,
  parsePoolId,
  parseProjectId,
  parseProjectNumber,
  parseProviderId,
  parseServiceAccountName,
  serviceAccountSubject,
  type Jwks,
} from './ids';
export { FederationPlanRequestSchema } from './request-schema';
export { renderFederationMarkdown, renderFederationScript } from './render';
export { CONFIG_MAP, JWKS_FILE, TOKEN_PATH } from './steps';
