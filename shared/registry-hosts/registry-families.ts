import {
  DOCKER_HUB_API_HOST,
  DOCKER_HUB_DOMAIN,
  LEGACY_DOCKER_HUB_DOMAIN,
  REGISTRY_API_HOSTS,
} from './docker-hub';
import { hostPatternMatcher, isNodeCredentialHost } from './node-credential-hosts';

/**
 * Which registry family a host belongs to, as data: Google's (the hosts GKE nodes send their own
 * credentials to), Docker Hub, quay.io, GitHub, ECR, ACR, or any other. For a troubleshooting
 * plan the family decides three things and nothing else:
 * whether the node's own Google credentials may appear at all (only for `google`, the hosts GKE
 * nodes send them to: https://github.com/kubernetes/cloud-provider-gcp/blob/master/pkg/gcpcredential/gcpcredential.go),
 * which plan variant and text variant a cause gets (plans.ts, the catalogue's `registry.<id>.*`
 * texts: the registry's name, how it issues pull credentials, how it grants read access), and
 * the values a command can take from the host itself (ECR's region, ACR's registry name).
 *
 * A new registry family is one entry here plus its `registry.<id>.*` texts in en and es.
 */
export const REGISTRY_FAMILY_IDS = [
  'google',
  'docker-hub',
  'quay',
  'ghcr',
  'ecr',
  'acr',
  'other',
] as const;
export type RegistryFamilyId = (typeof REGISTRY_FAMILY_IDS)[number];

/** A family, or `unknown` when neither the request nor the pasted text names the registry. */
export const REGISTRY_KINDS = [...REGISTRY_FAMILY_IDS, 'unknown'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

/**
 * `google`: the node sends its token; `foreign`: any other registry, which never gets it;
 * `unknown`: the registry is not known, so no step may send the node's token anywhere.
 */
export type RegistryGroup = 'google' | 'foreign' | 'unknown';

/** Every kind that is a registry other than Google's. */
export const FOREIGN_KINDS: readonly RegistryKind[] = REGISTRY_FAMILY_IDS.filter(
  (id) => id !== 'google',
);

export interface RegistryFamily {
  id: RegistryFamilyId;
  /** True when a registry (`host[:port]` as written in a reference) belongs to the family. */
  matches: (registry: string) => boolean;
  /** The registry's own page on pull credentials and limits, shown in the plan's texts. */
  docs: string;
  /** The `--docker-server` of a pull Secret, when it is not the host itself. */
  dockerServer?: string;
  /** The host the runtime connects to, when it is not the one references name. */
  endpoint?: string;
  /** Values the host names: `{awsRegion}` in `123.dkr.ecr.eu-west-1.amazonaws.com`. */
  valuesFromHost?: (host: string) => Record<string, string>;
}

const byPatterns = (...patterns: string[]) => hostPatternMatcher(patterns);

const label = (index: number) => (host: string) => host.toLowerCase().split('.')[index] ?? '';

/** In match order: the first family whose hosts match wins; `other` matches every host. */
export const REGISTRY_FAMILIES: readonly RegistryFamily[] = [
  {
    id: 'google',
    matches: isNodeCredentialHost,
    docs: 'https://cloud.google.com/artifact-registry/docs/integrate-gke',
  },
  {
    id: 'docker-hub',
    matches: byPatterns(
      DOCKER_HUB_DOMAIN,
      LEGACY_DOCKER_HUB_DOMAIN,
      ...Object.keys(REGISTRY_API_HOSTS),
      DOCKER_HUB_API_HOST,
    ),
    docs: 'https://docs.docker.com/docker-hub/usage/',
    // Kubernetes looks Docker Hub credentials up under this key
    // (https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/).
    dockerServer: 'https://index.docker.io/v1/',
    // References say docker.io; containerd talks to this host (after GKE's mirror.gcr.io).
    endpoint: DOCKER_HUB_API_HOST,
  },
  {
    id: 'quay',
    matches: byPatterns('quay.io'),
    docs: 'https://docs.quay.io/glossary/robot-accounts.html',
  },
  {
    id: 'ghcr',
    matches: byPatterns('ghcr.io'),
    docs: 'https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry',
  },
  {
    id: 'ecr',
    matches: byPatterns(
      '*.dkr.ecr.*.amazonaws.com',
      '*.dkr.ecr-fips.*.amazonaws.com',
      '*.dkr.ecr.*.amazonaws.com.cn',
    ),
    docs: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry_auth.html',
    valuesFromHost: (host) => ({ awsRegion: label(3)(host) }),
  },
  {
    id: 'acr',
    matches: byPatterns('*.azurecr.io', '*.azurecr.cn', '*.azurecr.us'),
    docs: 'https://learn.microsoft.com/azure/container-registry/container-registry-auth-kubernetes',
    valuesFromHost: (host) => ({ acrName: label(0)(host) }),
  },
  {
    id: 'other',
    matches: () => true,
    docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/',
  },
];

/** The family of a registry host. */
export function registryFamilyOf(registry: string): RegistryFamily {
  const family = REGISTRY_FAMILIES.find((f) => f.matches(registry));
  // `other` matches everything, so there always is one.
  return family ?? (REGISTRY_FAMILIES.at(-1) as RegistryFamily);
}

export function registryFamilyById(id: RegistryFamilyId): RegistryFamily {
  return REGISTRY_FAMILIES.find((f) => f.id === id) as RegistryFamily;
}

export function groupOf(kind: RegistryKind): RegistryGroup {
  if (kind === 'google' || kind === 'unknown') return kind;
  return 'foreign';
}
