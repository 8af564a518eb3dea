import type { Cause } from '../../../shared/troubleshooting';

/** One realistic error text per cause, for plan and golden tests. */
export const SAMPLE_ERRORS: Readonly<Record<Cause, string>> = {
  'permission-denied':
    'Failed to pull image "us-central1-docker.pkg.dev/acme-shop/apps/checkout:1.8.2": rpc error: code = Unknown desc = failed to pull and unpack image "us-central1-docker.pkg.dev/acme-shop/apps/checkout:1.8.2": failed to resolve reference "us-central1-docker.pkg.dev/acme-shop/apps/checkout:1.8.2": pulling from host us-central1-docker.pkg.dev failed with status code [manifests 1.8.2]: 403 Forbidden\ndenied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/acme-shop/locations/us-central1/repositories/apps" (or it may not exist)',
  unauthenticated:
    'failed to pull and unpack image "europe-west4-docker.pkg.dev/acme-shop/apps/api:v3": failed to resolve image: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://europe-west4-docker.pkg.dev/v2/token?scope=repository%3Aacme-shop%2Fapps%2Fapi%3Apull&service=europe-west4-docker.pkg.dev: 401 Unauthorized',
  'access-scope':
    'Failed to pull image "us-docker.pkg.dev/acme-shop/apps/web:2": failed to fetch oauth token: unexpected status: 403 Forbidden: Request had insufficient authentication scopes. ACCESS_TOKEN_SCOPE_INSUFFICIENT',
  'not-found':
    'docker: Error response from daemon: manifest for us-east1-docker.pkg.dev/acme-shop/apps/gateway:1 not found: manifest unknown: Failed to fetch "1".',
  network:
    'Failed to pull image "us-east1-docker.pkg.dev/acme-shop/apps/userservice:4": rpc error: code = Unknown desc = failed to pull and unpack image "us-east1-docker.pkg.dev/acme-shop/apps/userservice:4": failed to resolve reference "us-east1-docker.pkg.dev/acme-shop/apps/userservice:4": failed to do request: Head "https://us-east1-docker.pkg.dev/v2/acme-shop/apps/userservice/manifests/4": dial tcp 173.194.205.82:443: i/o timeout',
  'slow-pull':
    'Failed to pull image "us-docker.pkg.dev/acme-shop/ml/trainer:3.1": rpc error: code = DeadlineExceeded desc = failed to pull and unpack image "us-docker.pkg.dev/acme-shop/ml/trainer:3.1": context deadline exceeded',
  'vpc-service-controls':
    'Failed to pull image "us-docker.pkg.dev/acme-shop/apps/web:2": denied: Request is prohibited by organization\'s policy. vpcServiceControlsUniqueIdentifier: 4bZ1kLq9xTqq',
  'platform-mismatch':
    'Failed to pull image "foundationdb/fdb-kubernetes-operator:v2.6.0": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/foundationdb/fdb-kubernetes-operator:v2.6.0": no match for platform in manifest: not found',
  'schema-unsupported':
    'Back-off pulling image "registry.k8s.io/busybox": ErrImagePull: failed to pull and unpack image "registry.k8s.io/busybox:latest": failed to get converter for "registry.k8s.io/busybox:latest": Pulling Schema 1 images have been deprecated and disabled by default since containerd v2.0.',
  'image-pull-secret':
    'Warning  FailedToRetrieveImagePullSecret  2m  kubelet  Unable to retrieve some image pull secrets (regcred); attempting to pull the image may not succeed.',
  'rate-limited':
    'Failed to pull image "redis:7": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/redis:7": unexpected status code https://registry-1.docker.io/v2/library/redis/manifests/7: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.',
  tls: 'Failed to pull image "registry.corp.example/app:1": failed to do request: Head "https://registry.corp.example/v2/app/manifests/1": tls: failed to verify certificate: x509: certificate signed by unknown authority',
  'registry-error':
    'failed to resolve reference "us-docker.pkg.dev/acme-shop/apps/app:1": unexpected status from HEAD request to https://us-docker.pkg.dev/v2/acme-shop/apps/app/manifests/1: 503 Service Unavailable',
  'invalid-reference':
    'Warning  InspectFailed  10s  kubelet  Failed to apply default image tag "US-docker.pkg.dev/acme-shop/apps/App:1": couldn\'t parse image reference "US-docker.pkg.dev/acme-shop/apps/App:1": invalid reference format: repository name must be lowercase',
  unknown: 'Warning  Failed  5s (x3 over 40s)  kubelet  Error: ImagePullBackOff',
};

export const SAMPLE_NODE = {
  name: 'gke-shop-pool-1-abcd',
  zone: 'us-central1-a',
  projectId: 'acme-shop',
} as const;
