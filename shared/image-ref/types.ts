/** Where an image lives in Artifact Registry (also for gcr.io hosts, which AR serves). */
export interface ArtifactRegistryImage {
  /** `us-central1`, or a multi-region `us` / `europe` / `asia`. */
  location: string;
  /** API form: `example.com:my-project` for a domain-scoped project. */
  projectId: string;
  /** Repository ID; for gcr.io hosts the host name itself (`gcr.io`, `eu.gcr.io`, …). */
  repository: string;
  /** Package (image) name inside the repository; may contain `/`. */
  image: string;
  /** The Docker host the image is pulled from. */
  host: string;
  /** True for the gcr.io family (served by Artifact Registry since Container Registry's shutdown). */
  containerRegistryHost: boolean;
}

export type ImageWarningCode =
  | 'IMPLICIT_LATEST_TAG'
  | 'MUTABLE_TAG'
  | 'NOT_ARTIFACT_REGISTRY'
  | 'CONTAINER_REGISTRY_HOST'
  | 'DOCKER_HUB_RATE_LIMITS'
  | 'TAG_IGNORED_WITH_DIGEST'
  | 'LEGACY_REGISTRY_HOST';

/** A warning before it has a language: its code and the values its text is filled with. */
export interface ImageWarning {
  code: ImageWarningCode;
  params: Record<string, string>;
}

/** The offline answer for one reference: every field derives from the text alone. */
export interface ImageReference {
  /** The input, verbatim. */
  reference: string;
  /** Host with port if any; Docker Hub is `docker.io`. */
  registry: string;
  /** Path after the host: `library/nginx`, `my-proj/my-repo/team/app`. */
  repositoryPath: string;
  /** `latest` when neither tag nor digest was given. */
  tag: string | null;
  digest: string | null;
  /** `registry/repositoryPath[:tag][@digest]`. */
  normalized: string;
  /** `registry/repositoryPath` (the name without tag or digest). */
  repository: string;
  artifactRegistry: ArtifactRegistryImage | null;
  /** `projects/P/locations/L/repositories/R/packages/IMAGE` with `/` in IMAGE as `%2F`. */
  resourceName: string | null;
  commands: { kubectlRun: string; crictlPull: string };
  warnings: ImageWarning[];
}
