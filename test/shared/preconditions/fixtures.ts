import type { Language } from '../../../shared/i18n';
import type { ImageReference } from '../../../shared/image-ref';
import {
  evaluatePreconditions,
  evaluatePreconditionsRequest,
  type Check,
  type CheckId,
  type ClusterFacts,
  type PreconditionsDeps,
  type PreconditionsResult,
  type RepositoryFacts,
} from '../../../shared/preconditions';

export const DIGEST = `sha256:${'ab'.repeat(32)}`;
export const PINNED_IMAGE = `us-central1-docker.pkg.dev/my-project/my-repo/web@${DIGEST}`;
export const PROJECT_NUMBER = '123456789012';
export const DEFAULT_SA = `${PROJECT_NUMBER}-compute@developer.gserviceaccount.com`;
export const STORAGE_RO = 'https://www.googleapis.com/auth/devstorage.read_only';

/** A cluster that can pull PINNED_IMAGE: the seed's `ready` case. */
export const READY_CLUSTER: ClusterFacts = {
  version: '1.30.5-gke.1014001',
  projectId: 'my-project',
  projectNumber: PROJECT_NUMBER,
  location: 'us-central1-a',
  nodeServiceAccount: 'default',
  nodeOauthScopes: [STORAGE_RO],
  nodeImageType: 'COS_CONTAINERD',
  privateNodes: false,
};

export interface Situation {
  image?: string;
  cluster?: Partial<ClusterFacts>;
  /** Cluster fields to leave out of READY_CLUSTER. */
  without?: (keyof ClusterFacts)[];
  repository?: RepositoryFacts;
  language?: Language;
  live?: boolean;
}

export function clusterOf(situation: Situation): ClusterFacts {
  const cluster: ClusterFacts = { ...READY_CLUSTER, ...situation.cluster };
  for (const field of situation.without ?? []) delete cluster[field];
  return cluster;
}

export function evaluate(
  situation: Situation,
  deps: PreconditionsDeps = {},
): Promise<PreconditionsResult> {
  return evaluatePreconditionsRequest(
    {
      image: situation.image ?? PINNED_IMAGE,
      cluster: clusterOf(situation),
      repository: situation.repository ?? { public: false },
      live: situation.live ?? false,
      language: situation.language ?? 'en',
    },
    deps,
  );
}

export function checkOf(result: PreconditionsResult, id: CheckId): Check {
  const check = result.checks.find((c) => c.id === id);
  if (!check) throw new Error(`no ${id} check in the answer`);
  return check;
}

export function statusesOf(result: PreconditionsResult): Record<CheckId, string> {
  return Object.fromEntries(result.checks.map((c) => [c.id, c.status])) as Record<CheckId, string>;
}

/** An Artifact Registry ImageReference built by hand, for tests independent of the parser. */
export function handBuiltImage(overrides: Partial<ImageReference> = {}): ImageReference {
  const registry = 'europe-west4-docker.pkg.dev';
  const repositoryPath = 'team-project/team-repo/api';
  return {
    reference: `${registry}/${repositoryPath}:v2`,
    registry,
    repositoryPath,
    tag: 'v2',
    digest: null,
    normalized: `${registry}/${repositoryPath}:v2`,
    repository: `${registry}/${repositoryPath}`,
    artifactRegistry: {
      location: 'europe-west4',
      projectId: 'team-project',
      repository: 'team-repo',
      image: 'api',
      host: registry,
      containerRegistryHost: false,
    },
    resourceName:
      'projects/team-project/locations/europe-west4/repositories/team-repo/packages/api',
    commands: { kubectlRun: '', crictlPull: '' },
    warnings: [],
    ...overrides,
  };
}

export { evaluatePreconditions };
