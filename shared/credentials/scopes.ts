/**
 * The OAuth scope requested for each access, the narrowest Artifact Registry's Docker endpoint
 * honours. AR accepts `cloud-platform`, `cloud-platform.read-only` and the Cloud Storage scopes
 * (the ones GKE nodes carry: `devstorage.read_only` to pull; `read_write`, `cloud-platform` or
 * `full_control` to push — cloud.google.com/artifact-registry/docs/integrate-gke).
 *
 * `devstorage.*` is chosen over `cloud-platform.read-only`: a read-only cloud-platform token may
 * call the read methods of EVERY Google API the account has roles on, while a devstorage token
 * reaches only Cloud Storage and registry pulls/pushes. Together with a puller account that holds
 * only `roles/artifactregistry.reader`, a leaked pull token reads images and nothing else.
 */
export const ACCESS_SCOPES = {
  pull: ['https://www.googleapis.com/auth/devstorage.read_only'],
  push: ['https://www.googleapis.com/auth/devstorage.read_write'],
} as const satisfies Record<'pull' | 'push', readonly string[]>;

/**
 * The scope the service's own credential is created with (production: `new GoogleAuth({ scopes:
 * SOURCE_SCOPES })`). Impersonation through IAM Credentials requires it, and it is what an
 * own-identity token carries — one more reason to name a puller account in the policy.
 */
export const SOURCE_SCOPES: readonly string[] = ['https://www.googleapis.com/auth/cloud-platform'];
