/**
 * Preconditions: before deploying, whether GKE nodes will pull an image, and exactly what to
 * change. Ten checks with stable ids (types.ts `CheckId`), each a pure function from the request's
 * facts to a status: `pass` | `fail` | `warn` | `unknown` | `not-applicable`. A check whose input
 * is missing is `unknown` and lists the missing request fields as JSON Pointers — it never guesses.
 * Verdict (verdict.ts): `action-required` if anything fails, `unknown` if a decisive check is
 * unknown, else `ready`. Human text comes from message catalogues (messages/en.ts, es.ts); machine
 * fields never change with the language. Live mode asks Google (IAM Policy Troubleshooter v3,
 * Artifact Registry getIamPolicy, and for gcr.io images repositories.get and getProjectSettings)
 * through an injected requester and never throws.
 * Facts: shared/docs/domain-facts.md §4–6; Artifact Registry "Integrate with GKE".
 */
export {
  evaluatePreconditions,
  evaluatePreconditionsRequest,
  parseImageOrError,
  PRECONDITION_CHECKS,
  type PreconditionsDeps,
} from './evaluate';
export {
  definedOnly,
  evaluateImage,
  summarizeImage,
  type EvaluatedImage,
  type EvaluateImageDeps,
  type EvaluateImageInput,
  type EvaluateImageResult,
} from './evaluate-image';
export {
  buildContext,
  type EvaluationContext,
  type NodeIdentity,
  type PreconditionsInput,
} from './context';
export { decideVerdict, isDecisive, needsImagePullSecrets, DECISIVE_CHECKS } from './verdict';
export { localizeCheck, type CheckDraft } from './draft';
export { PLACEHOLDERS, PULL_SECRET_NAME } from './commands';
export { DOCS } from './docs';
export { PULL_SCOPES, SCOPE_SET_ALIASES, STORAGE_READ_ONLY_SCOPE, pullScopeOf } from './scopes';
export {
  ALL_USERS,
  AUTOMATIC_GRANTS_CONSTRAINT,
  LIVE_PERMISSIONS,
  PULL_PERMISSION,
  READER_ROLE,
  ROLES_GRANTING_PULL,
} from './roles';
export { LOCATION_CONTINENTS, continentOf, regionOf, type Continent } from './locations';
export {
  DEFAULT_LIVE_TIMEOUT_MS,
  GOOGLE_API_BASE_URLS,
  type GoogleApiRequestOptions,
  type GoogleApiRequester,
  type GoogleApiResponse,
  type LiveCheckOptions,
} from './live/requester';
export type { LiveFailureReason } from './live/call';
export type { LiveFailure, LiveFindings } from './live/ask';
export type {
  Check,
  CheckId,
  CheckStatus,
  ClusterFacts,
  DecisiveCheckId,
  PreconditionsRequest,
  PreconditionsResult,
  Remediation,
  RepositoryFacts,
  Verdict,
} from './types';
