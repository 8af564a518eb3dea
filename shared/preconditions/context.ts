import type { Language } from '../i18n';
import {
  factsOfGkeVersion,
  parseGkeVersion,
  parseNodeImageType,
  type GkeVersion,
  type GkeVersionFacts,
  type NodeImageType,
} from '../gke';
import type { ArtifactRegistryImage, ImageReference } from '../image-ref';
import { isAppError, type AppError } from '../problems';
import { DEFAULT_COMPUTE_SA_DOMAIN, DEFAULT_COMPUTE_SA_PATTERN } from './roles';
import type { ClusterFacts, RepositoryFacts } from './types';

/** What the evaluator needs: the image already parsed (or the parser's error), plus the request's facts. */
export interface PreconditionsInput {
  /** The parsed reference, or the AppError `parseImageReference` threw for it. */
  image: ImageReference | AppError;
  cluster: ClusterFacts;
  repository?: RepositoryFacts;
  live?: boolean;
  language: Language;
}

/** Who the nodes pull as. */
export interface NodeIdentity {
  /** `default`: the Compute Engine default service account of the cluster's project. */
  kind: 'default' | 'custom';
  /** The email, or `PROJECT_NUMBER-compute@…` when the project number is not known. */
  email: string;
  emailKnown: boolean;
}

/** Everything the checks read: validated, parsed, and never guessed. */
export interface EvaluationContext {
  image: ImageReference | null;
  imageError: AppError | null;
  ar: ArtifactRegistryImage | null;
  cluster: ClusterFacts;
  version: GkeVersion;
  versionFacts: GkeVersionFacts;
  nodeImage: NodeImageType | null;
  /** null when `nodeServiceAccount` was not given. */
  node: NodeIdentity | null;
  repositoryPublic: boolean | undefined;
}

export const PROJECT_NUMBER_PLACEHOLDER = 'PROJECT_NUMBER';

function nodeIdentityOf(cluster: ClusterFacts): NodeIdentity | null {
  const given = cluster.nodeServiceAccount;
  if (given === undefined) return null;
  if (given === 'default') {
    const number = cluster.projectNumber;
    return {
      kind: 'default',
      email: `${number ?? PROJECT_NUMBER_PLACEHOLDER}-${DEFAULT_COMPUTE_SA_DOMAIN}`,
      emailKnown: number !== undefined,
    };
  }
  // The default account spelled out is still the default account, when it is the cluster project's.
  const defaultNumber = DEFAULT_COMPUTE_SA_PATTERN.exec(given)?.[1];
  const isClusterDefault =
    defaultNumber !== undefined &&
    (cluster.projectNumber === undefined || cluster.projectNumber === defaultNumber);
  return { kind: isClusterDefault ? 'default' : 'custom', email: given, emailKnown: true };
}

/**
 * Derives the facts the checks read. The cluster facts arrive validated by `ClusterFactsSchema`;
 * the version and node image are parsed here into what they mean.
 */
export function buildContext(input: PreconditionsInput): EvaluationContext {
  const { cluster } = input;
  const version = parseGkeVersion(cluster.version, { path: ['cluster', 'version'] });
  const nodeImage =
    cluster.nodeImageType === undefined
      ? null
      : parseNodeImageType(cluster.nodeImageType, { path: ['cluster', 'nodeImageType'] });
  const imageError = isAppError(input.image) ? input.image : null;
  const image = isAppError(input.image) ? null : input.image;
  return {
    image,
    imageError,
    ar: image?.artifactRegistry ?? null,
    cluster,
    version,
    versionFacts: factsOfGkeVersion(version),
    nodeImage,
    node: nodeIdentityOf(cluster),
    repositoryPublic: input.repository?.public,
  };
}
