import type { KnownCause } from './types';

/**
 * The structural signals of image-pull errors, as data. Each pattern is a small shape found in
 * kubelet events, containerd/crictl/docker output or registry bodies, and supports one cause with
 * a weight in 0..1; the classifier combines every distinct signal it sees (noisy-OR), so wording
 * it has never seen still scores through its parts (a status code, a permission name, a phrase).
 *
 * Wordings come from the runtimes' and registries' own sources, so that a message seen once in
 * one runtime generalizes to its siblings: containerd
 * (https://github.com/containerd/containerd/blob/main/core/remotes/docker/resolver.go,
 * https://github.com/containerd/containerd/blob/main/pkg/reference/reference.go), containers/image
 * as used by CRI-O, podman and skopeo (https://github.com/containers/image/blob/main/docker/errors.go,
 * https://github.com/containers/image/blob/main/transports/alltransports/alltransports.go), the
 * registry error codes (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#error-codes,
 * https://github.com/distribution/distribution/blob/main/registry/api/v2/errors.go) and Go's net
 * errors (https://pkg.go.dev/net#DNSError).
 *
 * Rules for adding a pattern (they keep a 64 KiB paste linear in time):
 * - no `g` flag, no nested quantifiers, every repetition over free text bounded (`{0,200}`);
 * - start with literal text where possible, so the engine skips ahead cheaply;
 * - `cause: null` marks context (it proves this is a pull failure but not why).
 */
export interface PullErrorPattern {
  id: string;
  cause: KnownCause | null;
  weight: number;
  re: RegExp;
  /** Causes this signal makes less likely (their score is multiplied by DEMOTION_FACTOR). */
  demotes?: readonly KnownCause[];
  /**
   * A second cause the same text also fits, with its own (lower) weight: a deadline hit while
   * pulling is most often a slow pull, but may be the network, and the plan names both.
   */
  also?: { cause: KnownCause; weight: number };
}

export const DEMOTION_FACTOR = 0.35;
/**
 * A cause supported by a signal at least this strong is not demoted: a generic hint (Docker's
 * "may require 'docker login'") does not outweigh a registry body that names the refusal.
 */
export const DEMOTION_IMMUNE_WEIGHT = 0.9;

export const PULL_ERROR_PATTERNS: readonly PullErrorPattern[] = [
  // Context: a pull failed, the reason is elsewhere.
  {
    id: 'kubelet-failed-to-pull',
    cause: null,
    weight: 0,
    re: /Failed to pull image \\{0,3}"|PullImage \\{0,3}"[^"\n]{1,512}" failed/,
  },
  { id: 'kubelet-err-image-pull', cause: null, weight: 0, re: /\bErrImagePull\b/ },
  { id: 'kubelet-image-pull-backoff', cause: null, weight: 0, re: /\bImagePullBackOff\b/ },
  { id: 'kubelet-back-off-pulling', cause: null, weight: 0, re: /Back-off pulling image/i },
  {
    id: 'containerd-pull-and-unpack',
    cause: null,
    weight: 0,
    re: /failed to pull and unpack image/,
  },
  { id: 'containerd-resolve-reference', cause: null, weight: 0, re: /failed to resolve reference/ },
  {
    id: 'crictl-fatal-pulling',
    cause: null,
    weight: 0,
    re: /FATA\[\d{1,6}\][ \t]{0,4}pulling image/,
  },
  { id: 'docker-daemon-error', cause: null, weight: 0, re: /Error response from daemon/ },
  { id: 'grpc-status', cause: null, weight: 0, re: /rpc error: code = [A-Za-z]{2,20}/ },

  // permission-denied
  {
    id: 'ar-permission-denied',
    cause: 'permission-denied',
    weight: 0.9,
    re: /[Pp]ermission ["'][a-z]{2,40}\.[A-Za-z.]{2,80}["'] denied/,
  },
  {
    id: 'permission-name',
    cause: 'permission-denied',
    weight: 0.35,
    re: /\b(?:artifactregistry|storage)\.[a-z]{2,20}\.[A-Za-z]{2,40}\b/,
  },
  {
    id: 'caller-lacks-permission',
    cause: 'permission-denied',
    weight: 0.85,
    re: /[Cc]aller does not have permission/,
  },
  { id: 'denied-body', cause: 'permission-denied', weight: 0.5, re: /\b(?:DENIED|denied):[ \t]/ },
  {
    id: 'denied-word',
    cause: 'permission-denied',
    weight: 0.3,
    re: /\b(?:access|permission|pull|request)[ \t]{1,4}(?:is[ \t]{1,4})?denied\b/i,
  },
  {
    id: 'grpc-permission-denied',
    cause: 'permission-denied',
    weight: 0.7,
    re: /\bPERMISSION_DENIED\b|code = PermissionDenied/,
  },
  {
    id: 'forbidden-word',
    cause: 'permission-denied',
    weight: 0.45,
    re: /\b[Ff]orbidden\b|\bFORBIDDEN\b/,
  },
  {
    // The registry names who was refused what: AWS IAM (ECR) and gcr.io bodies. Specific enough
    // to outweigh Docker's generic "may require 'docker login'" prefix (see DEMOTION_IMMUNE_WEIGHT).
    id: 'identity-refused',
    cause: 'permission-denied',
    weight: 0.9,
    re: /\bnot authorized to perform:? [a-z0-9-]{2,30}:[A-Za-z]{2,60}|[Pp]ermission denied for ["']/,
  },
  {
    // Jib's advice on a 403 (HelpfulSuggestions.java, as for jib-credentials).
    id: 'jib-permissions',
    cause: 'permission-denied',
    weight: 0.75,
    re: /make sure you have permissions for /,
  },
  {
    // GitHub's registry naming the package permission it refused, behind Docker's generic hint
    // ("denied: permission_denied: read_package", seen in the tuning half:
    // https://github.com/kedacore/http-add-on/issues/48). A permission name in snake case.
    id: 'named-scope-refused',
    cause: 'permission-denied',
    weight: 0.9,
    re: /\bpermission_denied: [a-z]{2,20}_[a-z_]{2,30}\b/,
  },
  {
    id: 'does-not-have-access',
    cause: 'permission-denied',
    weight: 0.6,
    re: /does not have [a-z]{2,20}\.[a-z]{2,20}\.[a-z]{2,20} access/,
  },

  // not-found
  {
    id: 'or-it-may-not-exist',
    cause: 'not-found',
    weight: 0.35,
    re: /(?:or it|resource) may not exist/,
  },
  {
    id: 'manifest-unknown',
    cause: 'not-found',
    weight: 0.9,
    re: /\bmanifest unknown\b|\bMANIFEST_UNKNOWN\b/i,
  },
  {
    id: 'name-unknown',
    cause: 'not-found',
    weight: 0.85,
    re: /\bNAME_UNKNOWN\b|\bname unknown\b|repository name not known to registry/i,
  },
  {
    id: 'manifest-not-found',
    cause: 'not-found',
    weight: 0.8,
    re: /manifest for [^\s]{1,300} not found/,
  },
  {
    id: 'reference-not-found',
    cause: 'not-found',
    weight: 0.75,
    re: /failed to resolve reference "[^"\n]{1,400}": [^\s:]{1,400}: not found/,
  },
  {
    id: 'manifest-loosely-unknown',
    cause: 'not-found',
    weight: 0.6,
    re: /\bmanifest[^\n]{0,60}?\bunknown\b/i,
  },
  {
    id: 'repository-does-not-exist',
    cause: 'not-found',
    weight: 0.5,
    re: /repository (?:[^\s,]{1,300} )?(?:does not exist|not found)/,
  },
  {
    id: 'named-object-not-found',
    cause: 'not-found',
    weight: 0.75,
    re: /\bnot found in repository\b|\b(?:[Ii]mage|[Tt]ag) [^\s]{1,300} not found\b/,
  },
  { id: 'grpc-not-found', cause: 'not-found', weight: 0.3, re: /code = NotFound/ },
  { id: 'not-found-word', cause: 'not-found', weight: 0.25, re: /\bnot found\b/i },

  // unauthenticated
  {
    id: 'unauthenticated-requests',
    cause: 'unauthenticated',
    weight: 0.95,
    re: /Unauthenticated requests? (?:do|does) not have permission/i,
    demotes: ['permission-denied'],
  },
  {
    // A token endpoint that refused an anonymous request (401/403). The same prefix followed by
    // a 5xx, a timeout or EOF is the registry or the network failing (containerd
    // core/remotes/docker/auth/fetch.go returns whatever the request returned).
    id: 'anonymous-token',
    cause: 'unauthenticated',
    weight: 0.8,
    re: /failed to fetch anonymous token(?=: unexpected status(?: from [A-Z]{3,7} request to [^\s]{1,600})?:[ \t]{0,3}40[13]\b)/,
    demotes: ['permission-denied'],
  },
  {
    id: 'oauth-token-fetch',
    cause: 'unauthenticated',
    weight: 0.45,
    re: /failed to fetch oauth token/,
  },
  { id: 'failed-to-authorize', cause: 'unauthenticated', weight: 0.3, re: /failed to authorize/ },
  { id: 'no-basic-auth', cause: 'unauthenticated', weight: 0.85, re: /no basic auth credentials/ },
  {
    // The UNAUTHORIZED code's message in distribution's errcode register
    // (https://github.com/distribution/distribution/blob/main/registry/api/errcode/register.go),
    // JFrog Artifactory's "Authentication is required"; never a proxy's "407 Proxy Authentication
    // Required", which is the network's answer.
    id: 'authentication-required',
    cause: 'unauthenticated',
    weight: 0.65,
    re: /(?<!proxy )authentication (?:is )?required|\bUNAUTHENTICATED\b/i,
  },
  {
    // The code itself, as distribution's errcode prints it ("unauthorized: <message>"), or a
    // bare status text ending the message ("…/manifests/1.0\": Unauthorized"); after a status
    // code ("401 Unauthorized") it is the status, scored once as http-401.
    id: 'unauthorized-body',
    cause: 'unauthenticated',
    weight: 0.55,
    re: /(?<![1-5]\d\d[ \t(]{1,4})\b[Uu]nauthorized(?:: |[ \t"'\\).\]]{0,6}$)|\bUNAUTHORIZED\b/,
  },
  {
    // RFC 6750 §3.1's bearer-token error codes in the registry's WWW-Authenticate challenge, as
    // containerd reports them after a retry ("server message: invalid_token: authorization failed",
    // https://github.com/containerd/containerd/blob/main/core/remotes/docker/authorizer.go).
    // invalid_token: the token was expired, revoked or malformed.
    id: 'bearer-invalid-token',
    cause: 'unauthenticated',
    weight: 0.8,
    re: /\binvalid_token\b/,
    demotes: ['permission-denied'],
  },
  {
    // insufficient_scope: the token server granted a token without the pull scope, which is its
    // answer to an anonymous request for a private repository (containerd's resolver wraps it as
    // "may require authorization"); an identity that did sign in but lacks the grant reads the
    // same, hence the second reading.
    id: 'bearer-insufficient-scope',
    cause: 'unauthenticated',
    weight: 0.6,
    re: /\binsufficient_scope\b/,
    also: { cause: 'permission-denied', weight: 0.3 },
  },
  {
    // The DENIED code's default message
    // (https://github.com/distribution/distribution/blob/main/registry/api/errcode/register.go),
    // which containers/image prints bare (https://github.com/containers/image/blob/main/docker/errors.go).
    // Docker Hub gives it to a token without the pull scope, most often an anonymous one; an
    // identity that signed in but lacks the grant reads the same, hence the second reading.
    id: 'denied-default-message',
    cause: 'unauthenticated',
    weight: 0.45,
    re: /requested access to the resource is denied/,
    also: { cause: 'permission-denied', weight: 0.3 },
  },
  {
    // containerd's ErrInvalidAuthorization: the registry refused the token it was given again.
    id: 'authorization-failed',
    cause: 'unauthenticated',
    weight: 0.4,
    re: /: authorization failed\b/,
  },
  {
    // containerd's authorizer on a Basic challenge with half a credential.
    id: 'basic-auth-incomplete',
    cause: 'unauthenticated',
    weight: 0.85,
    re: /failed to handle basic auth because missing username or secret/,
  },
  {
    // The credential helper named in ~/.docker/config.json failed or is missing, so no
    // credentials could be sent (https://github.com/docker/docker-credential-helpers/blob/master/client/client.go).
    id: 'credential-helper-failed',
    cause: 'unauthenticated',
    weight: 0.8,
    re: /error getting credentials - err: |getting username and password: /,
  },
  {
    // Jib's advice on a 401 or on a registry it has no credentials for
    // (https://github.com/GoogleContainerTools/jib/blob/master/jib-plugins-common/src/main/java/com/google/cloud/tools/jib/plugins/common/HelpfulSuggestions.java).
    id: 'jib-credentials',
    cause: 'unauthenticated',
    weight: 0.8,
    re: /make sure your credentials for '[^'\n]{1,300}' are set up correctly|set a credential helper name with the configuration/,
  },
  {
    // A token endpoint (or a Basic challenge) that refused the credentials (401) or the request
    // (403), in the words of containers/image
    // (https://github.com/containers/image/blob/main/docker/docker_client.go: "Requesting
    // bear[er] token: invalid status code from registry 401 (Unauthorized)") and of Docker 1.6–1.8
    // (https://github.com/moby/moby/blob/v1.8.0/registry/token.go: "token auth attempt for
    // registry …: … request failed with status: 401 Unauthorized";
    // https://github.com/moby/moby/blob/v1.8.0/registry/auth.go: "basic auth attempt to … realm
    // … failed with status: 401 Unauthorized"). Docker's wrapper around them, "no successful auth
    // challenge for", also wraps TLS and network failures, so it is not a signal by itself.
    id: 'token-endpoint-refused',
    cause: 'unauthenticated',
    weight: 0.8,
    re: /(?:Requesting bear(?:er)? token|Trying to obtain access token): invalid status code from registry 40[13]\b|token auth attempt for registry:? [^\n]{1,800}? request failed with status: 40[13]\b|basic auth attempt to [^\s]{1,600} realm [^\n]{0,200}? failed with status: 40[13]\b/,
    demotes: ['permission-denied'],
  },
  {
    // Rails' answer to rejected Basic credentials, which GitLab's registry token endpoint gives
    // (https://github.com/rails/rails/blob/main/actionpack/lib/action_controller/metal/http_authentication.rb).
    id: 'http-basic-denied',
    cause: 'unauthenticated',
    weight: 0.8,
    re: /HTTP Basic: Access denied/,
    demotes: ['permission-denied'],
  },
  {
    id: 'expired-credentials',
    cause: 'unauthenticated',
    weight: 0.85,
    re: /\b(?:token|credentials?) (?:has|have) expired|\bexpired (?:token|credentials)\b/i,
    demotes: ['permission-denied'],
  },
  {
    id: 'no-default-credentials',
    cause: 'unauthenticated',
    weight: 0.85,
    re: /could not find default credentials|failed to detect default credentials|could not retrieve [A-Za-z' ]{0,20}access token/,
  },
  {
    // Docker: "... or may require 'docker login'"; containerd: "pull access denied, repository
    // does not exist or may require authorization".
    id: 'docker-login-hint',
    cause: 'unauthenticated',
    weight: 0.75,
    re: /may require ['"]?docker login|may require authorization\b/,
    demotes: ['permission-denied'],
  },
  {
    // containers/image (CRI-O, podman, skopeo) on a 401 to the credentials it sent.
    id: 'credentials-rejected',
    cause: 'unauthenticated',
    weight: 0.9,
    re: /unable to retrieve auth token: invalid username\/password/,
  },
  {
    // Old kubelets append this hedge to every pull failure; the details that follow name the
    // cause, so alone it stays below UNKNOWN_THRESHOLD.
    id: 'no-credentials-hint',
    cause: 'unauthenticated',
    weight: 0.3,
    re: /may be because there are no credentials on this request/,
  },
  {
    id: 'pull-access-denied',
    cause: 'not-found',
    weight: 0.3,
    re: /pull access denied for [^\s,]{1,300}, repository does not exist/,
  },

  // access-scope
  {
    id: 'insufficient-scopes',
    cause: 'access-scope',
    weight: 0.95,
    re: /ACCESS_TOKEN_SCOPE_INSUFFICIENT|insufficient authentication scopes/i,
    demotes: ['permission-denied', 'unauthenticated'],
  },
  {
    id: 'scope-word',
    cause: 'access-scope',
    weight: 0.4,
    re: /\baccess scopes?\b|\bscopes? (?:is|are) (?:insufficient|missing)/i,
  },

  // network
  {
    id: 'dial-tcp-timeout',
    cause: 'network',
    weight: 0.9,
    re: /dial tcp [^\s]{1,100}: (?:i\/o timeout|connect: connection timed out)/,
  },
  {
    id: 'dns-no-such-host',
    cause: 'network',
    weight: 0.9,
    re: /no such host|server misbehaving|Temporary failure in name resolution/,
  },
  {
    // Go's resolver errors all read "dial tcp: lookup HOST[ on SERVER]: REASON".
    id: 'dns-lookup-failed',
    cause: 'network',
    weight: 0.8,
    re: /dial tcp: lookup [^\s:]{1,253}/,
  },
  { id: 'proxy-connect', cause: 'network', weight: 0.75, re: /proxyconnect tcp: / },
  { id: 'connection-refused', cause: 'network', weight: 0.8, re: /connection refused/ },
  {
    id: 'network-unreachable',
    cause: 'network',
    weight: 0.85,
    re: /network is unreachable|no route to host/,
  },
  { id: 'tls-handshake-timeout', cause: 'network', weight: 0.8, re: /TLS handshake timeout/ },
  {
    id: 'io-timeout',
    cause: 'network',
    weight: 0.6,
    re: /i\/o timeout|Client\.Timeout exceeded|timed out/,
  },
  {
    // Go's HTTP client gave up before the registry answered at all: nothing was pulled yet.
    id: 'awaiting-connection',
    cause: 'network',
    weight: 0.8,
    re: /request canceled while waiting for connection|while awaiting headers/,
  },
  {
    // Docker's first request, the registry ping (`GET /v2/`), ran out of time: the registry is
    // not reachable, however small the image.
    id: 'registry-ping-deadline',
    cause: 'network',
    weight: 0.8,
    re: /\/v2\/\\{0,3}"?: (?:context deadline exceeded|net\/http: request canceled)/,
  },
  {
    // A read that stalled mid-transfer: a slow link or a slow, large download.
    id: 'read-timeout',
    cause: 'network',
    weight: 0.6,
    re: /read tcp [^\s]{1,100}: i\/o timeout/,
    also: { cause: 'slow-pull', weight: 0.3 },
  },

  // slow-pull: the pull was cancelled for time (large images, slow disks, a busy link).
  {
    // The runtime's own deadline on a pull in progress; the network is the other reading.
    id: 'deadline-exceeded',
    cause: 'slow-pull',
    weight: 0.5,
    re: /context deadline exceeded|DeadlineExceeded/,
    also: { cause: 'network', weight: 0.3 },
  },
  {
    // kubelet (dockershim: "Cancel pulling image … because of no progress for 1m0s") and
    // containerd's CRI (`image_pull_progress_timeout`: "no progress in …") cancel a pull that
    // stops making progress; dockershim then reports the bare "net/http: request canceled".
    id: 'pull-no-progress',
    cause: 'slow-pull',
    weight: 0.8,
    re: /because of no progress (?:for|in) |net\/http: request canceled(?! while waiting)/,
    also: { cause: 'network', weight: 0.3 },
  },
  {
    id: 'connection-reset',
    cause: 'network',
    weight: 0.55,
    re: /connection reset by peer|unexpected EOF/,
  },
  {
    // The registry or something in between closed the connection without an answer.
    id: 'connection-eof',
    cause: 'network',
    weight: 0.55,
    re: /: EOF\b/,
  },
  {
    // Docker: a layer that arrived corrupt (https://github.com/moby/moby, distribution/pull_v2.go).
    id: 'layer-verification-failed',
    cause: 'network',
    weight: 0.6,
    re: /filesystem layer verification failed/,
  },

  // vpc-service-controls
  {
    id: 'vpcsc-identifier',
    cause: 'vpc-service-controls',
    weight: 0.98,
    re: /vpcServiceControlsUniqueIdentifier/,
    demotes: ['permission-denied', 'unauthenticated'],
  },
  {
    id: 'organization-policy',
    cause: 'vpc-service-controls',
    weight: 0.85,
    re: /prohibited by organi[sz]ation'?s? policy/i,
    demotes: ['permission-denied'],
  },
  {
    id: 'vpcsc-words',
    cause: 'vpc-service-controls',
    weight: 0.7,
    re: /VPC Service Controls|SECURITY_POLICY_VIOLATED|service perimeter/i,
  },

  // platform-mismatch
  {
    id: 'no-match-for-platform',
    cause: 'platform-mismatch',
    weight: 0.97,
    re: /no match for platform/,
    demotes: ['not-found'],
  },
  {
    id: 'os-cannot-be-used',
    cause: 'platform-mismatch',
    weight: 0.9,
    re: /image operating system "?[a-z]{2,12}"? cannot be used on this platform/,
    demotes: ['not-found'],
  },
  {
    // Docker's wording of the same thing (linux/arm64/v8, windows/amd64 10.0.17763, unknown).
    id: 'no-matching-manifest',
    cause: 'platform-mismatch',
    weight: 0.95,
    re: /no matching manifest for /,
    demotes: ['not-found'],
  },
  {
    id: 'platform-does-not-match',
    cause: 'platform-mismatch',
    weight: 0.75,
    re: /does not match the (?:specified|detected host|requested|expected) platform|platform (?:mismatch|not supported)/i,
  },
  { id: 'exec-format-error', cause: 'platform-mismatch', weight: 0.55, re: /exec format error/i },

  // schema-unsupported
  {
    id: 'schema-1',
    cause: 'schema-unsupported',
    weight: 0.95,
    re: /Schema ?1 (?:images?|support)|schema version 1|manifest version 2, schema 1\b|(?:CONTAINERD|DOCKER)_ENABLE_DEPRECATED_PULL_SCHEMA_1_IMAGE/i,
    demotes: ['not-found', 'registry-error'],
  },
  {
    // Docker 26+: "[DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest version
    // 2, schema 1 support is disabled …" (https://docs.docker.com/go/deprecated-image-specs/),
    // often wrapped over lines by the terminal.
    id: 'legacy-image-format',
    cause: 'schema-unsupported',
    weight: 0.9,
    re: /Docker Image Format v1\b|\/go\/deprecated-image-specs/,
    demotes: ['not-found', 'registry-error'],
  },
  {
    id: 'schema-1-media-type',
    cause: 'schema-unsupported',
    weight: 0.85,
    re: /application\/vnd\.docker\.distribution\.manifest\.v1\+(?:prettyjws|json)/,
  },
  { id: 'converter', cause: 'schema-unsupported', weight: 0.4, re: /failed to get converter/ },
  {
    id: 'unsupported-media-type',
    cause: 'schema-unsupported',
    weight: 0.5,
    re: /unsupported (?:manifest )?media ?type|unknown mediatype/i,
  },

  // image-pull-secret
  {
    id: 'pull-secrets-unavailable',
    cause: 'image-pull-secret',
    weight: 0.9,
    re: /Unable to retrieve (?:some image )?pull secrets?|FailedToRetrieveImagePullSecret/,
  },
  {
    id: 'dockerconfigjson',
    cause: 'image-pull-secret',
    weight: 0.8,
    re: /\.?dockerconfigjson/,
  },
  {
    id: 'secret-not-found',
    cause: 'image-pull-secret',
    weight: 0.45,
    re: /secrets? "[^"\n]{1,253}" not found/,
  },
  {
    id: 'pull-secret-words',
    cause: 'image-pull-secret',
    weight: 0.45,
    re: /imagePullSecrets?|image pull secrets?/i,
  },

  // rate-limited
  {
    id: 'toomanyrequests',
    cause: 'rate-limited',
    weight: 0.95,
    re: /toomanyrequests|TOO_MANY_REQUESTS|Too Many Requests/i,
  },
  {
    id: 'pull-rate-limit',
    cause: 'rate-limited',
    weight: 0.9,
    re: /pull rate limit|rate limit(?:ed| exceeded)/i,
  },
  {
    id: 'quota-exceeded',
    cause: 'rate-limited',
    weight: 0.75,
    re: /[Qq]uota exceeded|RESOURCE_EXHAUSTED|RATE_LIMIT_EXCEEDED/,
  },

  // tls
  { id: 'x509', cause: 'tls', weight: 0.9, re: /x509: / },
  {
    id: 'unknown-authority',
    cause: 'tls',
    weight: 0.95,
    re: /certificate signed by unknown authority|certificate has expired|certificate is not valid for|certificate is valid for|failed to verify certificate/,
  },
  {
    id: 'tls-remote-error',
    cause: 'tls',
    weight: 0.6,
    re: /remote error: tls: |tls: bad certificate/,
  },
  {
    id: 'http-response-to-https',
    cause: 'tls',
    weight: 0.7,
    re: /server gave HTTP response to HTTPS client|first record does not look like a TLS handshake/,
  },
  {
    // Go's TLS record layer meeting something that is not TLS — "oversized record received with
    // length 20527" is "HT" of a plain-HTTP answer read as a record header
    // (https://github.com/golang/go/blob/master/src/crypto/tls/conn.go) — and net/http reading a
    // TLS alert as an HTTP answer ("malformed HTTP response \"\x15\x03\x01…\"",
    // https://github.com/golang/go/blob/master/src/net/http/response.go). Just below
    // proxy-connect: through "proxyconnect tcp:" it is the proxy's scheme that is wrong.
    id: 'tls-record-layer',
    cause: 'tls',
    weight: 0.7,
    re: /tls: (?:oversized record received|unsupported SSLv2 handshake|received record with version)|local error: tls: |malformed HTTP response[^\n]{0,8}x15/,
  },
  {
    // OpenSSL's verification results, as Python (docker-compose 1.x, docker-py), curl and Node
    // print them: the reason strings of https://github.com/openssl/openssl/blob/master/crypto/x509/x509_txt.c
    // and their X509_V_ERR_ names.
    id: 'openssl-verify-failed',
    cause: 'tls',
    weight: 0.9,
    re: /certificate verify failed|CERTIFICATE_VERIFY_FAILED|self[- ]signed certificate|unable to get (?:local )?issuer certificate|unable to verify the first certificate|\b(?:SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?|UNABLE_TO_VERIFY_LEAF_SIGNATURE|CERT_HAS_EXPIRED)\b/,
  },
  {
    // OpenSSL's SSL_R_WRONG_VERSION_NUMBER: a TLS client answered in plain HTTP.
    id: 'wrong-version-number',
    cause: 'tls',
    weight: 0.7,
    re: /wrong version number/i,
  },
  {
    // Jib refusing a registry that does not speak HTTPS (HelpfulSuggestions.java, and
    // jib-core's InsecureRegistryException: "… because only secure connections are allowed").
    id: 'jib-insecure-registry',
    cause: 'tls',
    weight: 0.75,
    re: /set the configuration parameter 'allowInsecureRegistries'|because only secure connections are allowed/,
  },
  {
    // Java's trust-store failure (jib, Gradle and Maven plugins): PKIXValidator and
    // SunCertPathBuilder (https://github.com/openjdk/jdk/blob/master/src/java.base/share/classes/sun/security/validator/PKIXValidator.java).
    id: 'java-pkix',
    cause: 'tls',
    weight: 0.9,
    re: /PKIX path building failed|unable to find valid certification path/,
  },
  {
    // The TLS exceptions of the JVM (javax.net.ssl, Jib), Python's ssl module (docker-compose 1.x,
    // docker-py: "Caused by SSLError(…)") and Node's certificate-name check
    // (https://github.com/nodejs/node/blob/main/lib/tls.js: ERR_TLS_CERT_ALTNAME_INVALID).
    id: 'runtime-tls-error',
    cause: 'tls',
    weight: 0.7,
    re: /\bSSLHandshakeException\b|\bSSLError\(|ERR_TLS_CERT_ALTNAME_INVALID|Hostname\/IP does not match certificate's altnames/,
  },

  // registry-error
  { id: 'request-rejected', cause: 'registry-error', weight: 0.6, re: /Request Rejected/i },
  {
    // A manifest whose layer or config the registry cannot serve: BLOB_UNKNOWN in the
    // distribution spec's error codes, "unknown blob" in Docker's wording. Not a missing image.
    id: 'blob-unknown',
    cause: 'registry-error',
    weight: 0.85,
    re: /BLOB_UNKNOWN\b|\bblob unknown\b|\bunknown blob\b/i,
    demotes: ['not-found'],
  },
  {
    id: 'response-body-unparsable',
    cause: 'registry-error',
    weight: 0.35,
    re: /error parsing HTTP \d{3} response body/,
  },
  {
    id: 'server-error-words',
    cause: 'registry-error',
    weight: 0.6,
    re: /Internal Server Error|Service Unavailable|Bad Gateway|Gateway Time-?out|backend error/i,
  },

  // invalid-reference
  { id: 'invalid-image-name', cause: 'invalid-reference', weight: 0.9, re: /\bInvalidImageName\b/ },
  {
    id: 'couldnt-parse-reference',
    cause: 'invalid-reference',
    weight: 0.9,
    re: /couldn'?t parse image (?:reference|name)/i,
  },
  {
    // distribution/reference's errors
    // (https://github.com/distribution/reference/blob/main/reference.go, normalize.go): "invalid
    // reference format", "repository name must be lowercase | have at least one component | not
    // be more than 255 characters | be canonical", "repository name (x) must be lowercase", and
    // Docker's first grammar's "repository name component must match …".
    id: 'invalid-reference-format',
    cause: 'invalid-reference',
    weight: 0.85,
    re: /invalid reference format|repository name (?:\([^)\n]{1,300}\) )?(?:component )?must\b|invalid (?:tag|digest) format/,
  },
  {
    // Docker "Error parsing reference: X is not a valid repository/tag", containers/image
    // "Invalid image name X, expected colon-separated transport:reference", containerd's
    // reference errors ("hostname required", "object required"), registries' NAME_INVALID, and
    // CRI-O/podman's short names that resolve to no registry.
    // NAME_INVALID also as distribution's errcode prints a code ("name invalid: …",
    // https://github.com/distribution/distribution/blob/main/registry/api/errcode/errors.go).
    // Also Docker 1.x's own name checks (https://github.com/moby/moby/tree/v1.0.0/registry:
    // "Invalid repository name (x), only [a-z0-9-_.] are allowed", "Invalid namespace name (x)…";
    // and its tag store's "Illegal tag name (x): only [A-Za-z0-9_.-] are allowed …").
    id: 'reference-rejected',
    cause: 'invalid-reference',
    weight: 0.85,
    re: /is not a valid repository\/tag|[Ii]nvalid image name\b|\b(?:hostname|object) required\b|\bNAME_INVALID\b|\bname invalid: |\b[Ii]nvalid (?:repository|namespace) name\b|\b[Ii]llegal tag name\b|\bshort-name (?:resolution enforced|"[^"\n]{1,200}" did not resolve)/,
  },
  {
    // A digest that does not parse (https://github.com/opencontainers/go-digest/blob/master/digest.go).
    id: 'digest-malformed',
    cause: 'invalid-reference',
    weight: 0.75,
    re: /invalid checksum digest (?:format|length)|unsupported digest algorithm/,
  },
  {
    // go-containerregistry's name parser, used by crane, ko, kaniko, Cloud Build and Tekton
    // (https://github.com/google/go-containerregistry/blob/main/pkg/name/ref.go, check.go,
    // digest.go): "could not parse reference: x", "repository can only contain the characters
    // `…`: x", "tag must be between 1 and 128 characters in length: x", "a digest must contain
    // exactly one '@' separator …", "image reference must not contain a URL scheme …".
    id: 'name-parser-rejected',
    cause: 'invalid-reference',
    weight: 0.85,
    re: /could not parse reference: |\b(?:repository|tag|digest|registry) can only contain the characters\b|\b(?:repository|tag|digest) must be between \d{1,3} and \d{1,3} characters in length|a digest must contain exactly one '@' separator|image reference must not contain a URL scheme/,
  },
  {
    // containers/image (CRI-O, podman, skopeo) refusing the shape of a docker reference
    // (https://github.com/containers/image/blob/main/docker/docker_transport.go).
    id: 'docker-reference-refused',
    cause: 'invalid-reference',
    weight: 0.85,
    re: /image reference [^\s]{1,300} does not start with \/\/|references with both a tag and digest are currently not supported|reference [^\s]{1,300} has neither a tag nor a digest/,
  },
  {
    id: 'invalid-reference-word',
    cause: 'invalid-reference',
    weight: 0.8,
    re: /\binvalid reference\b(?! format)/i,
  },
  {
    id: 'default-tag',
    cause: 'invalid-reference',
    weight: 0.6,
    re: /Failed to apply default image tag/,
  },
];

/**
 * HTTP status codes in the shapes registries and runtimes print them: `403 Forbidden`,
 * `status code [manifests 1.0]: 401`, `unexpected status: 403`, `HTTP 412`, `status 429`.
 * Group 1 is the code.
 */
export const STATUS_PATTERNS: readonly RegExp[] = [
  /\b([1-5]\d\d)[ \t]{1,3}\(?(?:Forbidden|Unauthorized|Authorization Required|Not Found|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|Precondition Failed|Bad Request|Conflict|Method Not Allowed|Request Timeout|Proxy Authentication Required|Gone)\b/,
  /status code \[[^\]\n]{0,200}\]:[ \t]{0,3}([1-5]\d\d)\b/,
  /unexpected status(?: code)?(?: from [A-Z]{3,7} request to [^\s]{1,600})?:[ \t]{0,3}([1-5]\d\d)\b/,
  // Python's requests and docker-py (docker-compose 1.x): "401 Client Error: Unauthorized for
  // url: …", "404 Client Error for http+docker://…: Not Found"
  // (https://github.com/psf/requests/blob/main/src/requests/models.py, raise_for_status). The
  // daemon's 5xx wraps any registry failure, so only 4xx are read this way.
  /\b(4\d\d) Client Error\b/,
  /\bHTTP(?:\/\d(?:\.\d)?)?[ \t]{1,3}([1-5]\d\d)\b/,
  /\b(?:status|statusCode|status_code|code)["']?[ \t]{0,3}[=:]?[ \t]{0,3}([45]\d\d)\b/i,
  // Unseen wording: a well-known code within a few words of a registry word, either side. Not
  // the Docker Engine API's own status in go-dockerclient's "API error (500): …"
  // (https://github.com/fsouza/go-dockerclient/blob/main/client.go), which old kubelets print
  // around whatever the registry said.
  /(?:registry|docker\.pkg\.dev|gcr\.io|manifests?|pull(?:ing)?|token)\b[^\n\d]{0,40}?(?<!API error \()\b(401|403|404|429|500|502|503|504)\b/i,
  /(?<!API error \()\b(401|403|404|429|500|502|503|504)\b[^\n\d]{0,40}?(?:registry|docker\.pkg\.dev|gcr\.io|manifests?|pull(?:ing)?)\b/i,
];

export interface StatusSignal {
  cause: KnownCause;
  weight: number;
}

/** What a status code says about the cause; a registry word on the same line adds REGISTRY_CONTEXT_BONUS. */
export const STATUS_SIGNALS: Readonly<Record<number, StatusSignal>> = {
  // A request the registry (or a proxy in front of it) refused to process.
  400: { cause: 'registry-error', weight: 0.45 },
  401: { cause: 'unauthenticated', weight: 0.6 },
  403: { cause: 'permission-denied', weight: 0.6 },
  404: { cause: 'not-found', weight: 0.65 },
  405: { cause: 'registry-error', weight: 0.4 },
  407: { cause: 'network', weight: 0.6 },
  408: { cause: 'network', weight: 0.5 },
  410: { cause: 'not-found', weight: 0.55 },
  412: { cause: 'registry-error', weight: 0.5 },
  429: { cause: 'rate-limited', weight: 0.85 },
  500: { cause: 'registry-error', weight: 0.7 },
  502: { cause: 'registry-error', weight: 0.7 },
  503: { cause: 'registry-error', weight: 0.7 },
  504: { cause: 'registry-error', weight: 0.65 },
};

export const REGISTRY_CONTEXT =
  /docker\.pkg\.dev|gcr\.io|registry|\/v2\/|manifests|token|pull|docker\.io/i;
export const REGISTRY_CONTEXT_BONUS = 0.15;

/**
 * A line is matched against the patterns only if it contains one of these (lower-case) words:
 * a cheap `includes` scan that lets pasted junk through in microseconds. Every pattern above
 * contains at least one anchor in its source (a test checks), so the filter never hides a match.
 */
export const LINE_ANCHORS: readonly string[] = [
  'pull',
  'image',
  'back-off',
  'reference',
  'fata[',
  'error response',
  'rpc error',
  'permission',
  'denied',
  'forbidden',
  'may not exist',
  'manifest',
  'not found',
  'notfound',
  'unknown',
  'repository',
  'unauthenticated',
  'unauthorized',
  'token',
  'authorize',
  'basic auth',
  'authentication',
  'credentials',
  'docker login',
  'scope',
  'dial tcp',
  'no such host',
  'misbehaving',
  'name resolution',
  'connection',
  'unreachable',
  'no route',
  'timeout',
  'timed out',
  'deadline',
  'no progress',
  'lookup',
  'proxyconnect',
  'eof',
  'verification failed',
  'tls handshake',
  'required',
  'name_invalid',
  'short-name',
  'unexpected eof',
  'authorization',
  'digest',
  'can only contain',
  'characters in length',
  'namespace name',
  'illegal tag',
  'self_signed',
  'unable_to_',
  'cert_has_expired',
  'wrong version number',
  'pkix',
  'certification path',
  'credential helper',
  'name invalid',
  'sslhandshake',
  'sslerror',
  'insecureregistries',
  'secure connections',
  'vpcservicecontrols',
  'organi',
  'perimeter',
  'security_policy',
  'platform',
  'exec format',
  'schema',
  'converter',
  'media',
  'secret',
  'dockerconfigjson',
  'too many',
  'too_many',
  'rate limit',
  'rate_limit',
  'quota',
  'resource_exhausted',
  'x509',
  'certificate',
  'tls',
  'http',
  'rejected',
  'internal server',
  'unavailable',
  'gateway',
  'backend error',
  'parse image',
  'reference format',
  'lowercase',
  'component',
  'tag format',
  'digest format',
  'status',
  'pod=',
  'pod/',
  'projects/',
  'pkg.dev',
  'gcr.io',
  'registry',
  '/v2/',
  'does not have',
  'caller',
  'storage.',
  'artifactregistry',
  'code',
  '400',
  '401',
  '403',
  '404',
  '405',
  '407',
  '408',
  '410',
  '412',
  '429',
  '500',
  '502',
  '503',
  '504',
];
