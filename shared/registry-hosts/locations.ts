/**
 * Artifact Registry locations that serve Docker images, as data. Sources: the union of
 * docker-credential-gcr `config/const.go` (DefaultARRegistries,
 * https://github.com/GoogleCloudPlatform/docker-credential-gcr/blob/master/config/const.go) and
 * the Google Cloud SDK `core/docker/constants.py` (REGIONAL_AR_REGISTRIES); the authoritative
 * list is `gcloud artifacts locations list`
 * (https://cloud.google.com/artifact-registry/docs/repositories/repo-locations).
 * Adding a region is one line.
 */
export const ARTIFACT_REGISTRY_MULTI_REGIONS = ['us', 'europe', 'asia'] as const;

export const ARTIFACT_REGISTRY_REGIONS = [
  'africa-south1',
  'asia-east1',
  'asia-east2',
  'asia-northeast1',
  'asia-northeast2',
  'asia-northeast3',
  'asia-south1',
  'asia-south2',
  'asia-southeast1',
  'asia-southeast2',
  'australia-southeast1',
  'australia-southeast2',
  'europe-central2',
  'europe-north1',
  'europe-north2',
  'europe-southwest1',
  'europe-west1',
  'europe-west2',
  'europe-west3',
  'europe-west4',
  'europe-west6',
  'europe-west8',
  'europe-west9',
  'europe-west10',
  'europe-west12',
  'me-central1',
  'me-central2',
  'me-west1',
  'northamerica-northeast1',
  'northamerica-northeast2',
  'northamerica-south1',
  'southamerica-east1',
  'southamerica-west1',
  'us-central1',
  'us-central2',
  'us-east1',
  'us-east4',
  'us-east5',
  'us-east7',
  'us-south1',
  'us-west1',
  'us-west2',
  'us-west3',
  'us-west4',
  'us-west8',
] as const;

export type ArtifactRegistryLocation =
  (typeof ARTIFACT_REGISTRY_MULTI_REGIONS)[number] | (typeof ARTIFACT_REGISTRY_REGIONS)[number];

/** Multi-regions first, then regions in alphabetical order. */
export const ARTIFACT_REGISTRY_LOCATIONS: readonly ArtifactRegistryLocation[] = [
  ...ARTIFACT_REGISTRY_MULTI_REGIONS,
  ...ARTIFACT_REGISTRY_REGIONS,
];
