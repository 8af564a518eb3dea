/**
 * Every problem `code` the API can answer with. A code, once published, never changes meaning:
 * scripts and generated SDKs branch on it. Adding a code is adding a line here.
 */
export const PROBLEM_CATALOGUE = {
  INVALID_REQUEST: { status: 400, title: 'The request is not valid' },
  MALFORMED_JSON: { status: 400, title: 'The request body is not well-formed JSON' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'The request body has an unsupported media type' },
  NOT_ACCEPTABLE: { status: 406, title: 'No representation matches the Accept header' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  HEADERS_TOO_LARGE: { status: 431, title: 'The request headers are too large' },
  NOT_FOUND: { status: 404, title: 'No such resource' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'The method is not allowed on this resource' },
  INTERNAL: { status: 500, title: 'Internal error' },
  INVALID_REFERENCE: { status: 400, title: 'The image reference is not valid' },
  UNKNOWN_LOCATION: { status: 400, title: 'Unknown Artifact Registry location' },
  INCOMPLETE_ARTIFACT_REGISTRY_PATH: {
    status: 400,
    title: 'The Artifact Registry path lacks a project, repository or image',
  },
  INVALID_PROJECT_ID: { status: 400, title: 'The project ID is not valid' },
  UNSUPPORTED_FORMAT: {
    status: 400,
    title: 'The Artifact Registry repository format is not Docker',
  },
  REGISTRY_NOT_ALLOWED: { status: 400, title: 'The registry host is not on the allowlist' },
  PLATFORM_NOT_FOUND: { status: 404, title: 'The image index has no manifest for that platform' },
  MANIFEST_UNKNOWN: { status: 404, title: 'The registry has no such manifest' },
  REGISTRY_PERMISSION_DENIED: { status: 403, title: 'The registry refused access to the image' },
  NO_CREDENTIALS: { status: 503, title: 'The service has no Google credentials' },
  UPSTREAM_TIMEOUT: { status: 504, title: 'An upstream service did not answer in time' },
  UPSTREAM_ERROR: { status: 502, title: 'An upstream service answered with an error' },
  UPSTREAM_RATE_LIMITED: { status: 503, title: 'An upstream service is rate limiting requests' },
  UNAUTHENTICATED: { status: 401, title: 'Authentication is required' },
  PERMISSION_DENIED: { status: 403, title: 'The caller is not allowed to do this' },
  IMPERSONATION_DENIED: {
    status: 403,
    title: 'IAM refused to impersonate the puller service account',
  },
  INVALID_GKE_VERSION: { status: 400, title: 'The GKE version is not valid' },
  INVALID_MANIFEST: { status: 400, title: 'The Kubernetes manifest could not be parsed' },
  TOO_MANY_LIVE_LOOKUPS: {
    status: 400,
    title: 'The request asks for more live look-ups than one request may make',
  },
  GOOGLE_API_DISABLED: {
    status: 503,
    title: "A Google API the service needs is not enabled in its account's project",
  },
  CREDENTIAL_SCOPE_INSUFFICIENT: {
    status: 503,
    title: "The service's Google credential lacks the OAuth scope the API needs",
  },
  PULLER_NOT_FOUND: { status: 503, title: 'The puller service account does not exist' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEM_CATALOGUE;

export const PROBLEM_CODES = Object.keys(PROBLEM_CATALOGUE) as ProblemCode[];
