/** Problem documents: the `title` of every code (`problem.CODE`) and the `detail` texts. */
export const PROBLEM_MESSAGES = {
  'problem.INVALID_REQUEST': 'The request is not valid',
  'problem.MALFORMED_JSON': 'The request body is not well-formed JSON',
  'problem.UNSUPPORTED_MEDIA_TYPE': 'The request body has an unsupported media type',
  'problem.NOT_ACCEPTABLE': 'No representation matches the Accept header',
  'problem.PAYLOAD_TOO_LARGE': 'The request body is too large',
  'problem.HEADERS_TOO_LARGE': 'The request headers are too large',
  'problem.NOT_FOUND': 'No such resource',
  'problem.METHOD_NOT_ALLOWED': 'The method is not allowed on this resource',
  'problem.INTERNAL': 'Internal error',
  'problem.INVALID_REFERENCE': 'The image reference is not valid',
  'problem.UNKNOWN_LOCATION': 'Unknown Artifact Registry location',
  'problem.INCOMPLETE_ARTIFACT_REGISTRY_PATH':
    'The Artifact Registry path lacks a project, repository or image',
  'problem.INVALID_PROJECT_ID': 'The project ID is not valid',
  'problem.UNSUPPORTED_FORMAT': 'The Artifact Registry repository format is not Docker',
  'problem.REGISTRY_NOT_ALLOWED': 'The registry host is not on the allowlist',
  'problem.PLATFORM_NOT_FOUND': 'The image index has no manifest for that platform',
  'problem.MANIFEST_UNKNOWN': 'The registry has no such manifest',
  'problem.REGISTRY_PERMISSION_DENIED': 'The registry refused access to the image',
  'problem.NO_CREDENTIALS': 'The service has no Google credentials',
  'problem.UPSTREAM_TIMEOUT': 'An upstream service did not answer in time',
  'problem.UPSTREAM_ERROR': 'An upstream service answered with an error',
  'problem.UPSTREAM_RATE_LIMITED': 'An upstream service is rate limiting requests',
  'problem.UNAUTHENTICATED': 'Authentication is required',
  'problem.PERMISSION_DENIED': 'The caller is not allowed to do this',
  'problem.IMPERSONATION_DENIED': 'IAM refused to impersonate the puller service account',
  'problem.INVALID_GKE_VERSION': 'The GKE version is not valid',
  'problem.INVALID_MANIFEST': 'The Kubernetes manifest could not be parsed',
  'problem.TOO_MANY_LIVE_LOOKUPS':
    'The request asks for more live look-ups than one request may make',
  'lookups.tooMany':
    'This request asks for {requested} live look-ups ({what}); one request may ask for at most {limit}. Split it into smaller requests, or ask offline.',
  'lookups.what.batch': 'distinct references with resolveDigest',
  'lookups.what.manifest': 'distinct images of a manifest checked live',

  'cluster.autopilot.windows':
    '"nodeImageType": "{nodeImageType}" contradicts "autopilot": true: Autopilot runs Linux nodes only (always {required}), never Windows Server.',
  'cluster.autopilot.docker':
    '"nodeImageType": "{nodeImageType}" contradicts "autopilot": true: Autopilot nodes run containerd only (always {required}), never Docker.',
  'cluster.autopilot.nodeImage':
    '"nodeImageType": "{nodeImageType}" contradicts "autopilot": true: Autopilot nodes always run Container-Optimized OS with containerd ({required}).',
  'cluster.autopilot.zonal':
    '"location": "{location}" contradicts "autopilot": true: {location} is a zone, and every Autopilot cluster is regional.',

  'problem.GOOGLE_API_DISABLED':
    "A Google API the service needs is not enabled in its account's project",
  'problem.CREDENTIAL_SCOPE_INSUFFICIENT':
    "The service's Google credential lacks the OAuth scope the API needs",
  'problem.PULLER_NOT_FOUND': 'The puller service account does not exist',

  'detail.mint.impersonationDenied':
    'IAM refused to let {source} impersonate {puller}. Grant {source} the role {role} on {puller} ({command}) and check that {puller} exists.',
  'detail.mint.pullerNotFound':
    'The puller service account {puller} does not exist: IAM Credentials answered that it has no such account. Create it ({command}) or correct pullerServiceAccount in the access policy; then grant {source} the role {role} on it.',
  'detail.mint.pullerNotFound.noCommand':
    'The puller service account {puller} does not exist: IAM Credentials answered that it has no such account. Correct pullerServiceAccount in the access policy; then grant {source} the role {role} on the account it names.',
  'detail.mint.apiDisabled':
    "The API {service} is not enabled in project {project}, the project of this service's own account, so no token can be minted for {puller}. Enable it ({command}), wait a few minutes, then retry.",
  'detail.mint.scopeInsufficient':
    "IAM Credentials refused the access token of this service's own account ({source}): it lacks the OAuth scope {scope}, which impersonating {puller} requires. Run the service with a credential that has {scope} (on Cloud Run it always does; on a Compute Engine VM or a GKE node, give the VM or node pool that access scope).",
  'detail.mint.failed':
    'IAM Credentials generateAccessToken for {puller} failed (HTTP {httpStatus}). Retry shortly.',
  'detail.mint.failedNoAnswer':
    'IAM Credentials generateAccessToken for {puller} failed (no HTTP answer). Retry shortly.',
  'detail.mint.noToken':
    'IAM Credentials answered generateAccessToken for {puller} without an access token and expiry.',
  'detail.mint.ownTokenFailed':
    "The service's own Application Default Credentials could not produce an access token.",
  'detail.mint.ownTokenEmpty':
    "The service's own Application Default Credentials gave no access token.",
  'detail.mint.ownIdentityUnreadable': "The service's own identity could not be read.",
  'detail.mint.timeout.adc':
    'Application Default Credentials did not answer within {timeoutMs} ms. Retry shortly.',
  'detail.mint.timeout.iam':
    'IAM Credentials (impersonating {puller}) did not answer within {timeoutMs} ms. Retry shortly.',
  'detail.mint.lifetime': 'lifetimeSeconds must be a whole number from {min} to {max}; got {got}.',
  'detail.mint.noCredentials':
    'The service found no Google Application Default Credentials, so it cannot mint registry credentials. Locally, run `gcloud auth application-default login`; on Google Cloud, attach a service account to the service (Cloud Run, GKE or Compute Engine).',
} as const satisfies Record<string, string>;
