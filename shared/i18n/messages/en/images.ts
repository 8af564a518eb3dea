/** Warnings about a valid image reference (`warning.CODE`): what will surprise the user at pull time. */
export const IMAGE_MESSAGES = {
  'warning.IMPLICIT_LATEST_TAG':
    'No tag or digest was given, so container runtimes pull tag "latest" ({normalized}). Name the tag you mean, or better the digest.',
  'warning.MUTABLE_TAG':
    'Tag "{tag}" can be moved to another image at any time, so nodes may run different images under the same name. Pin the image by digest ({repository}@sha256:…).',
  'warning.TAG_IGNORED_WITH_DIGEST':
    'Both tag "{tag}" and digest {digest} were given: container runtimes pull by the digest and ignore the tag, even when the tag now points to another image.',
  'warning.NOT_ARTIFACT_REGISTRY':
    'Registry "{registry}" is not Artifact Registry: GKE nodes send their Google credentials only to Artifact Registry (*.pkg.dev) and gcr.io (gcr.io, *.gcr.io) hosts, so this image must be public or be pulled with an imagePullSecret.',
  'warning.DOCKER_HUB_RATE_LIMITS':
    'Docker Hub limits the pull rate per client IP address, and nodes behind the same NAT share one limit ("toomanyrequests"). For production, copy the image to Artifact Registry or use an Artifact Registry remote repository.',
  'warning.CONTAINER_REGISTRY_HOST':
    '"{registry}" is a Container Registry host. Container Registry was shut down on March 18, 2025; this name works only through the Artifact Registry repository "{repository}" in location "{location}" of project "{projectId}". New images belong in LOCATION-docker.pkg.dev repositories.',
  'warning.LEGACY_REGISTRY_HOST':
    '"{registry}" is frozen: it receives no new images or tags, and its images are served from "{successor}" under the same names. Pull {replacement} instead.',
  'batch.budget.cpuMs':
    'Reading these references used more than {maximum} ms of CPU time, the most one request may use (MANIFEST_CHECK_BUDGET_MS). Send fewer or shorter references per request.',
  'batch.budget.timeMs':
    'Reading these references took more than {maximum} ms. Send fewer or shorter references per request.',
  'batch.budget.heapMb':
    'Reading these references needed more than {maximum} MiB of memory. Send fewer or shorter references per request.',
} as const satisfies Record<string, string>;
