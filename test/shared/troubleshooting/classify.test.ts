import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  classifyPullError,
  CAUSES,
  MAX_INPUT_CHARS,
  type Cause,
} from '../../../shared/troubleshooting';
import { cpuTimeOf } from '../../support/thread-cpu';

interface RealError {
  message: string;
  category: string;
  source: string;
}

const REAL_ERRORS = JSON.parse(
  readFileSync(new URL('./fixtures/pull-errors.json', import.meta.url), 'utf8'),
) as RealError[];

/** The fact file's categories, in the API's cause vocabulary. */
const CATEGORY_CAUSE: Record<string, Cause> = {
  permission: 'permission-denied',
  not_found: 'not-found',
  network: 'network',
  auth: 'unauthenticated',
  vpc_sc: 'vpc-service-controls',
  platform: 'platform-mismatch',
  schema: 'schema-unsupported',
  secret: 'image-pull-secret',
  quota: 'rate-limited',
  tls: 'tls',
  registry_side: 'registry-error',
};

describe('classifyPullError on the real messages of fixtures/pull-errors.json (gathered with their sources)', () => {
  it('has a cause for every category in the fact file', () => {
    for (const e of REAL_ERRORS) expect(CATEGORY_CAUSE[e.category], e.category).toBeDefined();
  });

  it.each(REAL_ERRORS.map((e) => [e.category, e.source, e.message] as const))(
    'classifies the %s example from %s',
    (category, _source, message) => {
      const result = classifyPullError(message);
      expect(result.cause).toBe(CATEGORY_CAUSE[category]);
      expect(result.confidence).toBeGreaterThanOrEqual(0.5);
      expect(result.evidence.length).toBeGreaterThan(0);
    },
  );
});

/** Variants written for this project: other runtimes, versions, bodies and word orders. */
const VARIANTS: ReadonlyArray<readonly [string, string, Cause]> = [
  [
    'a kubelet event table row with a containerd 1.7 oauth 403',
    '  Warning  Failed     3m (x4 over 5m)  kubelet  Failed to pull image "us-docker.pkg.dev/acme/apps/web:2.1": rpc error: code = Unknown desc = failed to pull and unpack image "us-docker.pkg.dev/acme/apps/web:2.1": failed to resolve reference "us-docker.pkg.dev/acme/apps/web:2.1": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://us-docker.pkg.dev/v2/token?scope=repository%3Aacme%2Fapps%2Fweb%3Apull&service=us-docker.pkg.dev: 403 Forbidden',
    'permission-denied',
  ],
  [
    'a containerd 2.x anonymous-token 401',
    'failed to pull and unpack image "europe-west4-docker.pkg.dev/p1/r1/api:v3": failed to resolve image: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://europe-west4-docker.pkg.dev/v2/token?scope=repository%3Ap1%2Fr1%2Fapi%3Apull&service=europe-west4-docker.pkg.dev: 401 Unauthorized',
    'unauthenticated',
  ],
  [
    'crictl output for a missing tag',
    'FATA[0000] pulling image: rpc error: code = NotFound desc = failed to pull and unpack image "us-central1-docker.pkg.dev/p1/r1/app:1": failed to resolve reference "us-central1-docker.pkg.dev/p1/r1/app:1": us-central1-docker.pkg.dev/p1/r1/app:1: not found',
    'not-found',
  ],
  [
    "docker CLI's pull access denied",
    "Error response from daemon: pull access denied for myorg/private-app, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    'unauthenticated',
  ],
  [
    'a gcr.io token exchange denial',
    "Failed to pull image \"gcr.io/acme/api:1.0\": rpc error: code = Unknown desc = Error response from daemon: Get https://gcr.io/v2/acme/api/manifests/1.0: denied: Token exchange failed for project 'acme'. Caller does not have permission 'storage.buckets.get'.",
    'permission-denied',
  ],
  [
    'the Artifact Registry unauthenticated body',
    'Error response from daemon: Head "https://us-west1-docker.pkg.dev/v2/p1/r1/img/manifests/latest": denied: Unauthenticated request. Unauthenticated requests do not have permission "artifactregistry.repositories.downloadArtifacts" on resource "projects/p1/locations/us-west1/repositories/r1" (or it may not exist)',
    'unauthenticated',
  ],
  [
    'a scope error JSON body',
    'failed to fetch oauth token: unexpected status: 403 Forbidden: {"error":{"code":403,"message":"Request had insufficient authentication scopes.","status":"PERMISSION_DENIED","details":[{"reason":"ACCESS_TOKEN_SCOPE_INSUFFICIENT"}]}}',
    'access-scope',
  ],
  [
    'a DNS failure through the metadata resolver',
    'Failed to pull image "asia-northeast1-docker.pkg.dev/p1/r1/app:2": rpc error: code = Unknown desc = failed to pull and unpack image "asia-northeast1-docker.pkg.dev/p1/r1/app:2": failed to resolve reference "asia-northeast1-docker.pkg.dev/p1/r1/app:2": failed to do request: Head "https://asia-northeast1-docker.pkg.dev/v2/p1/r1/app/manifests/2": dial tcp: lookup asia-northeast1-docker.pkg.dev on 169.254.169.254:53: no such host',
    'network',
  ],
  [
    'a refused connection to a private registry',
    'failed to do request: Head "https://10.0.0.5:5000/v2/app/manifests/1": dial tcp 10.0.0.5:5000: connect: connection refused',
    'network',
  ],
  [
    'a gRPC deadline on a large image',
    'Failed to pull image "us-docker.pkg.dev/p1/r1/big:1": rpc error: code = DeadlineExceeded desc = context deadline exceeded',
    'slow-pull',
  ],
  [
    'a docker TLS handshake timeout',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout',
    'network',
  ],
  [
    'a VPC-SC denial inside a JSON error list',
    'unexpected status: 403 Forbidden {"errors":[{"code":"DENIED","message":"Request is prohibited by organization\'s policy. vpcServiceControlsUniqueIdentifier: 4bZ1kLq9xTqq"}]}',
    'vpc-service-controls',
  ],
  [
    'a Linux-only image on a Windows node (containerd log line)',
    'time="2025-03-01T10:00:00Z" level=error msg="PullImage \\"docker.io/library/nginx:1.25\\" failed" error="failed to pull and unpack image \\"docker.io/library/nginx:1.25\\": no match for platform in manifest: not found"',
    'platform-mismatch',
  ],
  [
    'the docker wording for a foreign OS image',
    'image operating system "linux" cannot be used on this platform',
    'platform-mismatch',
  ],
  [
    'containerd 2.1 refusing schema 1 outright',
    'failed to pull and unpack image "docker.io/library/old:1": schema 1 image manifests are no longer supported: not implemented',
    'schema-unsupported',
  ],
  [
    'a schema 1 media type',
    'failed to resolve reference: unsupported media type application/vnd.docker.distribution.manifest.v1+prettyjws',
    'schema-unsupported',
  ],
  [
    'the FailedToRetrieveImagePullSecret event row',
    'Warning  FailedToRetrieveImagePullSecret  2m  kubelet  Unable to retrieve some image pull secrets (ar-cred, docker-hub); attempting to pull the image may not succeed.',
    'image-pull-secret',
  ],
  [
    'Docker Hub pull rate limit through containerd',
    'Failed to pull image "redis:7": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/redis:7": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/redis/manifests/sha256:0123: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.',
    'rate-limited',
  ],
  [
    'an Artifact Registry quota error',
    "RESOURCE_EXHAUSTED: Quota exceeded for quota metric 'Requests per project per region' and limit 'Requests per project per region per minute'",
    'rate-limited',
  ],
  [
    'an expired certificate',
    'x509: certificate has expired or is not yet valid: current time 2025-01-01T00:00:00Z is after 2024-12-31T23:59:59Z',
    'tls',
  ],
  [
    'crictl behind a TLS-intercepting proxy',
    'FATA[0000] pulling image: rpc error: code = Unknown desc = failed to pull and unpack image "registry.corp.example/app:1": failed to resolve reference "registry.corp.example/app:1": failed to do request: Head "https://registry.corp.example/v2/app/manifests/1": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    'tls',
  ],
  [
    'a 503 from a manifest HEAD',
    'failed to resolve reference "us-docker.pkg.dev/p1/r1/app:1": unexpected status from HEAD request to https://us-docker.pkg.dev/v2/p1/r1/app/manifests/1: 503 Service Unavailable',
    'registry-error',
  ],
  [
    'a 500 in docker wording',
    'Error response from daemon: received unexpected HTTP status: 500 Internal Server Error',
    'registry-error',
  ],
  [
    'an upper-case path the kubelet cannot parse',
    'Warning  InspectFailed  10s  kubelet  Failed to apply default image tag "US-docker.pkg.dev/p1/r1/App:1": couldn\'t parse image reference "US-docker.pkg.dev/p1/r1/App:1": invalid reference format: repository name must be lowercase',
    'invalid-reference',
  ],
  [
    'the InvalidImageName waiting reason',
    'web-7c9d   0/1   InvalidImageName   0   12s',
    'invalid-reference',
  ],
  [
    'a status code before the registry words (unseen order)',
    'got 403 while pulling manifests for p1/r1/app from us-docker.pkg.dev',
    'permission-denied',
  ],
  [
    'a permission named in prose (unseen wording)',
    'pull of eu.gcr.io/p1/app:3 was rejected, HTTP status 403: artifactregistry.repositories.downloadArtifacts missing',
    'permission-denied',
  ],
  [
    'a loosely worded unknown manifest',
    'registry answered: manifest for tag v7 is unknown',
    'not-found',
  ],
  [
    'a 404 next to the registry host',
    'us-docker.pkg.dev replied 404 for the manifests of p1/r1/app:v2',
    'not-found',
  ],
  [
    'a Windows crictl DNS failure',
    'crictl.exe : time="2025-02-02T10:00:00Z" level=fatal msg="pulling image: failed to do request: Head \\"https://us-docker.pkg.dev/v2/p/r/w/manifests/1\\": dial tcp: lookup us-docker.pkg.dev: no such host"',
    'network',
  ],
  [
    'a docker-credential-gcr without credentials',
    "error getting credentials - err: exit status 1, out: `docker-credential-gcr/helper: could not retrieve GCR's access token: credentials: could not find default credentials`",
    'unauthenticated',
  ],
  [
    "Docker's answer when no credentials were sent (the Basic-scheme redaction keeps the words)",
    'Error response from daemon: Head "https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/app/manifests/1": no basic auth credentials',
    'unauthenticated',
  ],
  [
    "a registry body naming the refused identity, behind Docker's 'docker login' hint",
    "Error response from daemon: pull access denied for 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app, repository does not exist or may require 'docker login': denied: User: arn:aws:sts::123456789012:assumed-role/ci/build is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:eu-west-1:123456789012:repository/app",
    'permission-denied',
  ],
  [
    'an expired registry token',
    'ERROR: denied: Your authorization token has expired. Reauthenticate and try again.',
    'unauthenticated',
  ],
  [
    "Docker's platform wording",
    'latest: Pulling from library/app\nno matching manifest for linux/arm64/v8 in the manifest list entries',
    'platform-mismatch',
  ],
  [
    "Docker's schema 1 deprecation notice, wrapped by the terminal",
    '[DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest version 2,\nschema 1 support is disabled by default and will be removed in an upcoming release.',
    'schema-unsupported',
  ],
  [
    'a layer the registry lists but cannot serve',
    '{"errors":[{"code":"BLOB_UNKNOWN","message":"blob unknown to registry","detail":"sha256:0123"}]} 404 Not Found',
    'registry-error',
  ],
  [
    'a pull cancelled for lack of progress',
    'Cancel pulling image "registry.example/big:1" because of no progress for 1m0s, latest progress: "Extracting"',
    'slow-pull',
  ],
  [
    "containerd's wording of Docker's 'docker login' hint",
    'failed to resolve reference "registry.example/team/app:2": pull access denied, repository does not exist or may require authorization: authorization failed',
    'unauthenticated',
  ],
  [
    'containers/image rejecting the credentials it sent',
    'reading manifest 2 in registry.example/team/app: unable to retrieve auth token: invalid username/password: unauthorized',
    'unauthenticated',
  ],
  [
    'a DNS failure with an unusual reason',
    'pinging container registry us-docker.pkg.dev: Get "https://us-docker.pkg.dev/v2/": dial tcp: lookup us-docker.pkg.dev: operation not permitted',
    'network',
  ],
  [
    'a proxy that cannot be reached',
    'failed to do request: Head "https://europe-docker.pkg.dev/v2/p/r/app/manifests/3": proxyconnect tcp: dial tcp 10.0.0.9:3128: connect: no route to host',
    'network',
  ],
  [
    'a token endpoint answering 502 to an anonymous request',
    'failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://registry.example/token?scope=repository%3Aapp%3Apull: 502 Bad Gateway',
    'registry-error',
  ],
  [
    'a token request whose connection closes',
    'failed to authorize: failed to fetch anonymous token: Get "https://auth.registry.example/token?scope=repository%3Aapp%3Apull": EOF',
    'network',
  ],
  [
    'a containers/image transport-less name',
    'Error: Invalid image name "busybox", expected colon-separated transport:reference',
    'invalid-reference',
  ],
  [
    'a podman short name with no search registry',
    'Error: short-name "app:1" did not resolve to an alias and no unqualified-search registries are defined in "/etc/containers/registries.conf"',
    'invalid-reference',
  ],
  [
    'a status in parentheses (containers/image)',
    'pinging container registry registry.example: invalid status code from registry 503 (Service Unavailable)',
    'registry-error',
  ],
  [
    'a malformed dockerconfigjson secret',
    'Failed to pull image "us-docker.pkg.dev/p1/r1/app:1": error reading .dockerconfigjson: invalid character',
    'image-pull-secret',
  ],
];

/**
 * Messages as the components' own format strings print them (each pattern's comment in
 * shared/troubleshooting/patterns.ts cites the source), filled with plausible values.
 */
const SOURCE_WORDINGS: ReadonlyArray<readonly [string, string, Cause]> = [
  [
    "containerd's retry answer to an expired token (invalid_token)",
    'failed to resolve reference "registry.example/team/app:2": server message: invalid_token: authorization failed',
    'unauthenticated',
  ],
  [
    "containerd's retry answer to a token without the pull scope (insufficient_scope)",
    'ctr: failed to resolve reference "registry.example/team/app:2": server message: insufficient_scope: authorization failed',
    'unauthenticated',
  ],
  [
    "containerd's Basic challenge with half a credential",
    'failed to resolve reference "registry.example/app:1": failed to authorize: failed to handle basic auth because missing username or secret',
    'unauthenticated',
  ],
  [
    'a credential helper missing from PATH',
    'error getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``',
    'unauthenticated',
  ],
  [
    'containers/image unable to read its auth file',
    'Error: initializing source docker://registry.example/app:1: getting username and password: reading JSON file "/run/user/1000/containers/auth.json": open /run/user/1000/containers/auth.json: permission denied',
    'unauthenticated',
  ],
  [
    'a token endpoint refusing containers/image (403)',
    'Error: initializing source docker://registry.example/app:1: Requesting bearer token: invalid status code from registry 403 (Forbidden)',
    'unauthenticated',
  ],
  [
    "Docker 1.8's token client refused",
    'Error response from daemon: no successful auth challenge for https://registry.example/v2/ - errors: [token auth attempt for registry https://registry.example/v2/: https://registry.example/auth?account=ci&service=registry request failed with status: 401 Unauthorized]',
    'unauthenticated',
  ],
  [
    "Docker 1.8's auth wrapper around a certificate failure",
    'Error response from daemon: no successful auth challenge for https://10.0.0.5:5000/v2/ - errors: [Get https://10.0.0.5:5000/v2/: x509: certificate signed by unknown authority]',
    'tls',
  ],
  [
    "GitLab's answer to wrong Basic credentials",
    'Error response from daemon: Get "https://registry.gitlab.example/v2/": HTTP Basic: Access denied',
    'unauthenticated',
  ],
  [
    "Artifactory's authentication message",
    'Error response from daemon: Head "https://acme.jfrog.io/v2/docker-local/app/manifests/1": unknown: Authentication is required',
    'unauthenticated',
  ],
  [
    'a bare Unauthorized ending the message',
    'Error response from daemon: Get "https://registry.example/v2/": Unauthorized',
    'unauthenticated',
  ],
  [
    "docker-py reporting the daemon's 401",
    '401 Client Error for http+docker://localhost/v1.43/images/create?tag=1&fromImage=registry.example%2Fapp: Unauthorized ("Head https://registry.example/v2/app/manifests/1: no basic auth credentials")',
    'unauthenticated',
  ],
  [
    "Jib's advice after a 401",
    "Build image failed, perhaps you should make sure your credentials for 'registry.example/app' are set up correctly. See https://github.com/GoogleContainerTools/jib/blob/master/docs/faq.md#what-should-i-do-when-the-registry-responds-with-unauthorized for help",
    'unauthenticated',
  ],
  [
    "Jib's advice after a 403",
    'Build image failed, perhaps you should make sure you have permissions for registry.example/app:1',
    'permission-denied',
  ],
  [
    'a proxy asking for its own credentials (not the registry)',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": proxyconnect tcp: 407 Proxy Authentication Required',
    'network',
  ],
  [
    'a repository name over 255 characters',
    `Error response from daemon: repository name must not be more than 255 characters`,
    'invalid-reference',
  ],
  [
    'an upper-case name in the newer distribution/reference wording',
    'invalid argument "registry.example/Team/App:1" for "-t, --tag" flag: repository name (Team/App) must be lowercase',
    'invalid-reference',
  ],
  [
    'a digest of the wrong length',
    'Failed to pull image "registry.example/app@sha256:abc123": rpc error: code = Unknown desc = failed to pull and unpack image: invalid checksum digest length',
    'invalid-reference',
  ],
  [
    "go-containerregistry's name parser (kaniko, ko, crane)",
    'error resolving dockerfile: could not parse reference: registry.example/team/App:1',
    'invalid-reference',
  ],
  [
    "go-containerregistry's tag check",
    'tag can only contain the characters `abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.`: v1+build',
    'invalid-reference',
  ],
  [
    'skopeo given a tag and a digest',
    'Error parsing image name "docker://registry.example/app:1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef": Docker references with both a tag and digest are currently not supported',
    'invalid-reference',
  ],
  [
    "Docker 1.x's repository name check",
    'Error: Invalid repository name (Team/App), only [a-z0-9-_.] are allowed',
    'invalid-reference',
  ],
  [
    "Docker 1.x's tag check",
    "Error: Illegal tag name (v1+x): only [A-Za-z0-9_.-] are allowed ('.' and '-' are NOT allowed in the initial), minimum 1, maximum 128 in length",
    'invalid-reference',
  ],
  [
    'TLS spoken to a plain-HTTP registry',
    'Error response from daemon: Get https://10.0.0.5:5000/v2/: tls: oversized record received with length 20527',
    'tls',
  ],
  [
    'plain HTTP spoken to a TLS registry',
    'Get "http://registry.example:443/v2/": net/http: HTTP/1.x transport connection broken: malformed HTTP response "\\x15\\x03\\x01\\x00\\x02\\x02"',
    'tls',
  ],
  [
    "docker-compose 1.x's OpenSSL failure",
    "ERROR: for web  HTTPSConnectionPool(host='registry.example', port=443): Max retries exceeded with url: /v2/ (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self signed certificate in certificate chain (_ssl.c:1131)')))",
    'tls',
  ],
  [
    'curl against a plain-HTTP port',
    'curl: (35) error:1408F10B:SSL routines:ssl3_get_record:wrong version number',
    'tls',
  ],
  [
    "Jib's Java trust store",
    'I/O error for image [registry.example/app]: javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
    'tls',
  ],
  [
    "podman printing only the DENIED code's default message",
    'Error: initializing source docker://acme/private-app:2: reading manifest 2 in docker.io/acme/private-app: requested access to the resource is denied',
    'unauthenticated',
  ],
  [
    "GitHub's registry naming the refused package permission behind Docker's hint",
    "Error response from daemon: pull access denied for ghcr.io/acme/app, repository does not exist or may require 'docker login': denied: permission_denied: read_package",
    'permission-denied',
  ],
  [
    "an old kubelet's Engine API 500 around the registry's answer",
    'failed to "StartContainer" for "web" with ErrImagePull: "API error (500): Get https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/web/manifests/1: no basic auth credentials"',
    'unauthenticated',
  ],
  [
    "a registry's NAME_INVALID as distribution prints it",
    'Error response from daemon: name invalid: Repository name has an invalid format',
    'invalid-reference',
  ],
  [
    'a JVM handshake failure',
    'I/O error for image [registry.example/app]: javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure',
    'tls',
  ],
  [
    'Jib refusing a registry that does not speak HTTPS',
    'Failed to verify the server at https://registry.example/v2/ because only secure connections are allowed.',
    'tls',
  ],
];

describe('classifyPullError on the wordings of the components that produce pull errors', () => {
  it.each(SOURCE_WORDINGS)('classifies %s', (_name, text, cause) => {
    const result = classifyPullError(text);
    expect(result.cause).toBe(cause);
    expect(result.evidence.length).toBeGreaterThan(0);
  });

  it("does not read the Engine API's own 500 as the registry's status", () => {
    const result = classifyPullError(
      'failed to "StartContainer" for "web" with ErrImagePull: "API error (500): Get https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/web/manifests/1: no basic auth credentials"',
    );
    expect(result.evidence.map((e) => e.pattern)).not.toContain('http-500');
    expect(result.alternatives.map((a) => a.cause)).not.toContain('registry-error');
  });

  it('scores "401 Unauthorized" once, as the status, not also as a body', () => {
    const patterns = classifyPullError(
      'failed to fetch anonymous token: unexpected status: 401 Unauthorized',
    ).evidence.map((e) => e.pattern);
    expect(patterns).toContain('http-401');
    expect(patterns).not.toContain('unauthorized-body');
  });
});

describe('classifyPullError on variants it has not seen', () => {
  it('has at least 25 written variants', () => expect(VARIANTS.length).toBeGreaterThanOrEqual(25));

  it.each(VARIANTS)('classifies %s', (_name, text, cause) => {
    expect(classifyPullError(text).cause).toBe(cause);
  });
});

describe('classifyPullError on ambiguous and empty input', () => {
  it.each([
    ['a bare ImagePullBackOff', 'ImagePullBackOff'],
    [
      'a Back-off event without the earlier failure',
      'Normal   BackOff  1s (x3 over 20s)  kubelet  Back-off pulling image "us-docker.pkg.dev/p1/r1/app:1"',
    ],
    ['an ErrImagePull status column', 'web-7c9d   0/1   ErrImagePull   0   12s'],
  ])('answers unknown for %s and asks for the earlier event', (_name, text) => {
    const result = classifyPullError(text);
    expect(result.cause).toBe('unknown');
    expect(result.confidence).toBe(0);
    expect(result.summary.id).toBe('summary.unknown.back-off-only');
  });

  it.each([
    ['empty text', '', 'summary.unknown.empty'],
    ['unrelated prose', 'the quick brown fox jumps over the lazy dog', 'summary.unknown'],
  ])('answers unknown for %s', (_name, text, summaryId) => {
    const result = classifyPullError(text);
    expect(result).toMatchObject({ cause: 'unknown', confidence: 0, summary: { id: summaryId } });
  });

  it('gives the "(or it may not exist)" denial permission-denied with not-found as an alternative', () => {
    const text =
      'denied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/acme/locations/us/repositories/apps" (or it may not exist)';
    const result = classifyPullError(text);
    expect(result.cause).toBe('permission-denied');
    const notFound = result.alternatives.find((a) => a.cause === 'not-found');
    expect(notFound).toBeDefined();
    expect(notFound!.confidence).toBeGreaterThan(0.1);
    expect(notFound!.confidence).toBeLessThan(result.confidence);
    expect(result.confidence + notFound!.confidence).toBeLessThanOrEqual(1.001);
  });

  it.each([
    [
      'a deadline on a pull in progress',
      'Failed to pull image "us-docker.pkg.dev/p1/r1/big:1": rpc error: code = DeadlineExceeded desc = context deadline exceeded',
      'slow-pull',
      'network',
    ],
    [
      'a pull cancelled for lack of progress',
      'Cancel pulling image "registry.example/big:1" because of no progress in 5m0s, latest progress: "Extracting"',
      'slow-pull',
      'network',
    ],
    [
      'a connection that timed out under a deadline',
      'failed to resolve reference "us-docker.pkg.dev/p1/r1/app:1": failed to do request: Head "https://us-docker.pkg.dev/v2/p1/r1/app/manifests/1": dial tcp 74.125.203.82:443: i/o timeout: context deadline exceeded',
      'network',
      'slow-pull',
    ],
    [
      'a read that stalled mid-download',
      'failed to copy: read tcp 10.0.0.7:51234->74.125.203.82:443: i/o timeout',
      'network',
      'slow-pull',
    ],
  ])(
    'names both readings of %s, the other one first among the alternatives',
    (_n, text, cause, other) => {
      const result = classifyPullError(text);
      expect(result.cause).toBe(cause);
      expect(result.alternatives[0]?.cause).toBe(other);
    },
  );

  it.each([
    [
      'a registry ping that ran out of time',
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": context deadline exceeded',
    ],
    [
      'a request still waiting for a connection',
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    ],
  ])('keeps %s a network fault, not a slow pull', (_n, text) => {
    expect(classifyPullError(text).cause).toBe('network');
  });

  it('keeps every confidence within 0..1 and names only known causes', () => {
    for (const [, text] of VARIANTS) {
      const result = classifyPullError(text);
      for (const c of [result, ...result.alternatives]) {
        expect(c.confidence).toBeGreaterThanOrEqual(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
        expect(CAUSES).toContain(c.cause);
      }
    }
  });
});

describe('classifyPullError evidence excerpts', () => {
  const excerpts = (text: string) => classifyPullError(text).evidence.map((e) => e.excerpt);

  it.each([
    ['tabs', 'Failed to pull image "nginx:1":\trpc error:\tcode = NotFound desc = not found'],
    [
      'runs of spaces',
      'Failed to pull image "nginx:1":   rpc error:  code = NotFound desc = not found',
    ],
    [
      'a no-break space',
      'Failed to pull image "nginx:1":\u00a0rpc error: code = NotFound desc = not found',
    ],
    [
      'single spaces only',
      'Failed to pull image "nginx:1": rpc error: code = NotFound desc = not found',
    ],
  ])('show the text with %s as single spaces', (_name, text) => {
    const found = excerpts(text);
    expect(found.length).toBeGreaterThan(0);
    for (const excerpt of found) {
      expect(excerpt).not.toMatch(/\s{2}|[^\S ]/);
      expect(excerpt).toBe(excerpt.trim());
    }
    // What an excerpt shows between its ellipses is the pasted text, whitespace collapsed.
    const collapsed = text.replace(/\s+/g, ' ');
    for (const excerpt of found) expect(collapsed).toContain(excerpt.replace(/^…|…$/g, ''));
  });
});

describe('classifyPullError extraction', () => {
  it('extracts image, registry, status, permission and resource', () => {
    const result = classifyPullError(
      'Failed to pull image "us-central1-docker.pkg.dev/acme-prod/services/checkout:1.8.2": rpc error: code = Unknown desc = failed to pull and unpack image "us-central1-docker.pkg.dev/acme-prod/services/checkout:1.8.2": failed to resolve reference "us-central1-docker.pkg.dev/acme-prod/services/checkout:1.8.2": pulling from host us-central1-docker.pkg.dev failed with status code [manifests 1.8.2]: 403 Forbidden\n' +
        'denied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/acme-prod/locations/us-central1/repositories/services" (or it may not exist)',
    );
    expect(result.extracted).toMatchObject({
      image: 'us-central1-docker.pkg.dev/acme-prod/services/checkout:1.8.2',
      registry: 'us-central1-docker.pkg.dev',
      httpStatus: 403,
      permission: 'artifactregistry.repositories.downloadArtifacts',
      resource: 'projects/acme-prod/locations/us-central1/repositories/services',
    });
  });

  it.each([
    [
      'pull access denied for',
      "pull access denied for acme/private, repository does not exist or may require 'docker login'",
      'acme/private',
      'docker.io',
    ],
    [
      'a manifest URL',
      'Error response from daemon: Head "https://gcr.io/v2/oauth2l/oauth2l/manifests/latest": error parsing HTTP 412 response body',
      'gcr.io/oauth2l/oauth2l:latest',
      'gcr.io',
    ],
    [
      'a token scope',
      'GET https://us-docker.pkg.dev/v2/token?scope=repository%3Ap1%2Fr1%2Fweb%3Apull&service=us-docker.pkg.dev: DENIED',
      'us-docker.pkg.dev/p1/r1/web',
      'us-docker.pkg.dev',
    ],
    [
      'escaped quotes of a structured log',
      'msg="PullImage \\"mcr.microsoft.com/windows/servercore:ltsc2022\\" failed"',
      'mcr.microsoft.com/windows/servercore:ltsc2022',
      'mcr.microsoft.com',
    ],
  ])('extracts the image from %s', (_name, text, image, registry) => {
    expect(classifyPullError(text).extracted).toMatchObject({ image, registry });
  });

  it('extracts the pod and namespace of a kubelet log line', () => {
    const line =
      'E0301 10:00:00.000000    1234 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"app\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"us-docker.pkg.dev/p1/r1/app:1\\\\\\"\\"" pod="shop/web-6d4f9" podUID="1b2c"';
    const result = classifyPullError(line);
    expect(result.cause).toBe('unknown');
    expect(result.extracted).toMatchObject({
      pod: 'web-6d4f9',
      namespace: 'shop',
      image: 'us-docker.pkg.dev/p1/r1/app:1',
    });
  });

  it.each([
    [
      'the field path of an event',
      '15s  Warning  Failed  pod/web-0  spec.containers{api}  kubelet  Failed to pull image "us-docker.pkg.dev/p1/r1/app:1": not found',
      'api',
    ],
    [
      'a kubelet StartContainer error',
      'E0301 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"sidecar\\" with ErrImagePull: \\"rpc error\\"" pod="shop/web-0"',
      'sidecar',
    ],
  ])('extracts the failing container from %s', (_n, text, container) => {
    expect(classifyPullError(text).extracted.container).toBe(container);
  });

  it('extracts the VPC-SC identifier and the secret name', () => {
    expect(
      classifyPullError('vpcServiceControlsUniqueIdentifier: AbC-123_x').extracted
        .vpcServiceControlsId,
    ).toBe('AbC-123_x');
    expect(
      classifyPullError('Unable to retrieve some image pull secrets (<regcred>); attempting')
        .extracted.secret,
    ).toBe('regcred');
  });

  it('prefers a status on a registry line over a stray earlier one', () => {
    const text =
      'exit code 404 from an unrelated tool\npulling from host us-docker.pkg.dev failed with status code [manifests 1]: 401 Unauthorized';
    expect(classifyPullError(text).extracted.httpStatus).toBe(401);
  });
});

const TOKEN_SAMPLES: ReadonlyArray<readonly [string, string, string]> = [
  [
    'a ya29 access token',
    'Authorization failed with ya29.a0AfB_byC1234567890abcdefGHIJKLmnopQRSTuvwxYZ-_ after 403 Forbidden',
    'ya29.a0AfB',
  ],
  [
    'a Bearer header',
    'Authorization: Bearer abcDEF123ghiJKL456mnoPQR789stuVWX0yz and then 401 Unauthorized',
    'abcDEF123ghi',
  ],
  [
    'crictl --creds',
    'crictl pull --creds "oauth2accesstoken:ya29.c.secretvalue0123456789" us-docker.pkg.dev/p/r/a:1: 403 Forbidden',
    'secretvalue0123',
  ],
  [
    'a JWT',
    'token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzYUBwLmlhbSJ9.c2lnbmF0dXJlX3BhcnQ rejected: 401 Unauthorized',
    'eyJzdWIiOiJzYUBwLmlhbSJ9',
  ],
  [
    'a JSON auth field',
    '{"auths":{"us-docker.pkg.dev":{"auth":"b2F1dGgyYWNjZXNzdG9rZW46eWEyOS5zZWNyZXQ="}}} dockerconfigjson invalid',
    'b2F1dGgy',
  ],
  [
    'a long base64 blob',
    'key QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9w1234 denied: Permission "artifactregistry.repositories.downloadArtifacts" denied',
    'QUJDREVGR0hJSktMTU5P',
  ],
  [
    'an access_token JSON member',
    '{"access_token":"ya29.zzzTOKENzzz","expires_in":3599} then 403 Forbidden from us-docker.pkg.dev',
    'zzzTOKENzzz',
  ],
];

describe('classifyPullError never echoes a credential', () => {
  it.each(TOKEN_SAMPLES)('redacts %s from every excerpt', (_name, text, secret) => {
    const result = classifyPullError(text);
    expect(result.evidence.length).toBeGreaterThan(0);
    expect(JSON.stringify(result)).not.toContain(secret);
    expect(result.evidence.some((e) => e.excerpt.includes('[REDACTED]'))).toBe(true);
  });

  it('keeps digests and image paths readable', () => {
    const digest = 'sha256:9755a914bc0ce75f023c44edc500cdce27809471845449a424982660d1dfc65e';
    const text = `Failed to pull image "us-east1-docker.pkg.dev/prj-bu1-c-app-cicd-aca5/prj-bu1-c-app-cicd-aca5-boa-image-repo/userservice@${digest}": 403 Forbidden`;
    const result = classifyPullError(text);
    expect(result.extracted.image).toContain(digest);
    expect(result.evidence.map((e) => e.excerpt).join(' ')).not.toContain('[REDACTED]');
  });

  it('keeps every excerpt short', () => {
    const long = `Failed to pull image "x": ${'a'.repeat(3000)} 403 Forbidden ${'b '.repeat(3000)}`;
    for (const e of classifyPullError(long).evidence)
      expect(e.excerpt.length).toBeLessThanOrEqual(170);
  });
});

/** Lines a real paste is made of, and junk that stresses the patterns' worst cases. */
const LOG_LINES = [
  ...REAL_ERRORS.map((e) => e.message),
  ...VARIANTS.map(([, text]) => text),
  'Normal   Scheduled  60s  default-scheduler  Successfully assigned shop/web-6d4f9 to gke-pool-1-abc',
  'Normal   Pulling    58s  kubelet            Pulling image "us-docker.pkg.dev/p1/r1/app:1"',
  'status code [' + 'x'.repeat(500),
  'failed to resolve reference "' + 'a'.repeat(800),
  'unexpected status from GET request to ' + 'h'.repeat(900),
  'Permission "' + 'p.'.repeat(400),
  'manifest ' + 'y '.repeat(400),
  'registry ' + ' '.repeat(2000) + '403',
  'failed to fetch anonymous token: unexpected status from GET request to ' + 'h'.repeat(900),
  'dial tcp: lookup ' + 'a'.repeat(900),
  'short-name "' + 'q'.repeat(900),
  'not authorized to perform: ' + 'ecr:'.repeat(300),
  'Image ' + 'i'.repeat(900) + ' not foun',
  'unauthorized ' + ' '.repeat(2000),
];

describe('classifyPullError on a large paste', () => {
  it('classifies a 64 KiB pasted log with random junk in under 100 ms of CPU time', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...LOG_LINES),
            fc.string({ maxLength: 2000 }),
            fc.stringMatching(/^[\x20-\x7e]{0,4000}$/),
          ),
          {
            minLength: 1,
            maxLength: 200,
          },
        ),
        (parts) => {
          let text = parts.join('\n');
          while (text.length < MAX_INPUT_CHARS) text += `\n${text}`;
          let result: ReturnType<typeof classifyPullError> | undefined;
          const cpu = cpuTimeOf(() => (result = classifyPullError(text)));
          expect(CAUSES).toContain(result?.cause);
          expect(cpu).toBeLessThan(100);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('classifies a single 64 KiB line without breaks', () => {
    const text = `Failed to pull image "a/b:c": ${'status code [manifests '.repeat(3000)}`.slice(
      0,
      MAX_INPUT_CHARS,
    );
    expect(cpuTimeOf(() => classifyPullError(text))).toBeLessThan(100);
  });

  it('reads only the first 64 KiB and says so', () => {
    const text = `${'x'.repeat(MAX_INPUT_CHARS)}\n429 Too Many Requests`;
    const result = classifyPullError(text);
    expect(result.truncated).toBe(true);
    expect(result.cause).toBe('unknown');
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000, unit: 'binary' }), (text) => {
        expect(CAUSES).toContain(classifyPullError(text).cause);
      }),
      { numRuns: 200 },
    );
  });
});
