/**
 * The registry client's problems (`registry.*`): live look-ups and the registry token exchange.
 * Details name the host, repository and reference, never an upstream body (a registry's message
 * could echo a credential). `registry.reason.*` texts fill the `{reason}` slot of another text.
 */
export const REGISTRY_MESSAGES = {
  'registry.notAllowed.registry':
    'The registry host "{host}" may not be contacted for a live look-up ({reason}). {fix}',
  'registry.notAllowed.realm':
    'The registry {registry} sent us to the token service "{host}", which may not be contacted ({reason}). {fix}',
  'registry.notAllowed.redirect':
    'The registry {registry} redirected to "{host}", which may not be contacted ({reason}). {fix}',
  'registry.notAllowed.googleRealm':
    'The registry {registry} asked for the service\'s Google credentials to be sent to "{host}", which is not a Google registry host; they are never sent there. {fix}',
  'registry.notAllowed.googleRegistry':
    "The registry {registry} is not a host that receives the service's Google credentials, so no registry token is asked for there. Artifact Registry and gcr.io hosts receive them; an operator can add a host with REGISTRY_GOOGLE_CREDENTIAL_HOSTS.",
  'registry.notAllowed.fix':
    'Live look-ups only contact hosts on the allowlist in the server configuration (default: Artifact Registry Docker hosts of known locations, the gcr.io family and Docker Hub); an operator can add the host there.',
  'registry.refusal.userInfo': 'the URL carries user information',
  'registry.refusal.plainHttp': 'plain HTTP is allowed only for configured insecure hosts',
  'registry.refusal.scheme': 'the scheme {scheme} is not allowed',
  'registry.refusal.notAllowlisted': 'the host is not on the allowlist',
  'registry.denied.google':
    'The {by} refused to let {identity} pull {name} (HTTP {status}). That identity needs the permission {permission} on the repository (for example through roles/artifactregistry.reader), and the repository must exist.',
  'registry.denied.anonymous':
    'The {by} refused an anonymous pull of {name} (HTTP {status}). The image may be private or may not exist; this service sends credentials only to Artifact Registry and gcr.io hosts.',
  'registry.denied.by.registry': 'registry',
  'registry.denied.by.tokenService': 'token service',
  'registry.serviceIdentity': "the service's Google identity",
  'registry.tokenExchange.denied':
    'The registry {registry} refused a token for {scope} (HTTP {status}): the minted credential does not reach this repository.',
  'registry.manifestUnknown':
    'The registry {registry} has no manifest for {name}. Check the tag or digest, and that the image was pushed to this repository.',
  'registry.platformNotFound':
    'The image index {name}@{digest} has no manifest for {requested}; it has {available}.',
  'registry.platformNotFound.none':
    'The image index {name}@{digest} has no manifest for {requested}; it lists no runnable platform.',
  'registry.invalidPlatform':
    'The platform "{platform}" is not of the form os/architecture[/variant], e.g. linux/amd64 or linux/arm64/v8.',
  'registry.invalidHost': 'The registry "{registry}" is not a valid host[:port].',
  'registry.noCredentials':
    'The service has no Google credentials to look up images on {host}. Run it with a service account (attached to Cloud Run or GKE, or GOOGLE_APPLICATION_CREDENTIALS pointing at a key file); offline fields work without them.',
  'registry.timeout':
    'The registry look-up at {host} did not finish within {timeoutMs} ms. Retry later; if it persists, the registry or the network path to it is slow.',
  'registry.rateLimited':
    "The registry {host} is rate limiting this service's requests. Retry after {retryAfter} seconds.",
  'registry.upstreamError':
    'The registry look-up at {host} failed: {reason}. Retrying later may help.',
  'registry.reason.connectionFailed': 'the connection failed',
  'registry.reason.connectionBroke': 'the connection broke while reading the answer',
  'registry.reason.tooLarge': 'the answer is larger than {maxBytes} bytes',
  'registry.reason.redirectWithoutLocation': 'it answered HTTP {status} without a Location',
  'registry.reason.tooManyRedirects': 'it redirected more than {count} times',
  'registry.reason.invalidRedirect': 'it redirected to an invalid URL',
  'registry.reason.httpStatus': 'it answered HTTP {status}',
  'registry.reason.unexpectedStatus': 'it answered an unexpected HTTP {status}',
  'registry.reason.digestMismatch': 'it reported digest {digest} for the manifest {reference}',
  'registry.reason.notManifestType':
    'it answered with a content type that is not a manifest media type',
  'registry.reason.unverifiableDigest':
    'it answered with a Docker-Content-Digest the service cannot verify',
  'registry.reason.schema1WithoutDigest': 'it sent a schema 1 manifest without a digest',
  'registry.reason.contentMismatch': 'the manifest content does not match its digest {digest}',
  'registry.reason.notIndexType': 'it did not answer the index {digest} with an index media type',
  'registry.reason.manifestNotJson': 'the manifest is not valid JSON',
  'registry.reason.notManifestObject': 'the manifest is not a manifest object',
  'registry.reason.mediaTypeMismatch':
    'the manifest body declares another media type than the {mediaType} it was served as',
  'registry.reason.malformedIndex': 'the image index is malformed',
  'registry.reason.malformedChallenge': 'its authentication challenge is malformed',
  'registry.reason.challengeWithoutRealm': 'its Bearer challenge names no realm',
  'registry.reason.invalidRealm': 'its Bearer challenge names an invalid realm',
  'registry.reason.noBearerChallenge':
    'it did not answer /v2/ with a Bearer challenge (HTTP {status}), so it has no token endpoint',
  'registry.reason.tokenServiceStatus': 'the token service answered HTTP {status}',
  'registry.reason.tokenNotJson': 'the token service answered with something that is not JSON',
  'registry.reason.noUsableToken': 'the token service answered without a usable token',
} as const satisfies Record<string, string>;
