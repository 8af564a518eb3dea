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
import { AppError, isAppError, type FieldError } from '../problems';
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

/** Input limits: values end up in shell commands, so they must be plain names. */
const FIELD_RULES: { field: keyof ClusterFacts; pattern: RegExp; expected: string }[] = [
  {
    field: 'projectId',
    pattern: /^(?:[a-z0-9][a-z0-9.-]{0,62}:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/,
    expected: 'a project ID such as my-project-123',
  },
  { field: 'projectNumber', pattern: /^[0-9]{1,20}$/, expected: 'a project number (digits only)' },
  {
    field: 'location',
    pattern: /^[a-z]+(?:-[a-z]+[0-9]+)?(?:-[a-z])?$/,
    expected: 'a region or zone such as us-central1 or us-central1-a',
  },
  {
    field: 'name',
    pattern: /^[a-z](?:[-a-z0-9]{0,38}[a-z0-9])?$/,
    expected: 'a cluster name (lowercase letters, digits, hyphens)',
  },
  {
    field: 'subnetwork',
    pattern: /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/,
    expected: 'a subnet name (lowercase letters, digits, hyphens)',
  },
];
const SERVICE_ACCOUNT_PATTERN =
  /^[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?@[a-z0-9](?:[a-z0-9.-]{0,98}[a-z0-9])?\.[a-z]{2,}$/;
const SCOPE_PATTERN = /^[A-Za-z0-9._:/-]{1,200}$/;
const MAX_SCOPES = 64;

function validateCluster(cluster: ClusterFacts): void {
  const errors: FieldError[] = [];
  for (const rule of FIELD_RULES) {
    const value = cluster[rule.field];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !rule.pattern.test(value)) {
      errors.push({
        pointer: `/cluster/${rule.field}`,
        detail: `${JSON.stringify(value)} is not ${rule.expected}.`,
      });
    }
  }
  const sa = cluster.nodeServiceAccount;
  if (sa !== undefined && sa !== 'default' && !SERVICE_ACCOUNT_PATTERN.test(sa)) {
    errors.push({
      pointer: '/cluster/nodeServiceAccount',
      detail: `${JSON.stringify(sa.slice(0, 120))} is neither "default" nor a service account email.`,
    });
  }
  if (cluster.nodeOauthScopes !== undefined) {
    if (cluster.nodeOauthScopes.length > MAX_SCOPES) {
      errors.push({
        pointer: '/cluster/nodeOauthScopes',
        detail: `At most ${MAX_SCOPES} scopes are accepted.`,
      });
    }
    cluster.nodeOauthScopes.forEach((scope, index) => {
      if (!SCOPE_PATTERN.test(scope)) {
        errors.push({
          pointer: `/cluster/nodeOauthScopes/${index}`,
          detail: `${JSON.stringify(scope.slice(0, 120))} is not an OAuth scope URL or gcloud scope alias.`,
        });
      }
    });
  }
  const first = errors[0];
  if (first) {
    throw new AppError(
      'INVALID_REQUEST',
      `The cluster facts are not valid: ${errors.map((e) => `${e.pointer}: ${e.detail}`).join(' ')}`,
      {
        pointer: first.pointer,
        errors,
      },
    );
  }
}

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
 * Validates and derives the facts. Throws AppError: INVALID_GKE_VERSION (`/cluster/version`),
 * INVALID_REQUEST (`/cluster/nodeImageType`, or the first bad field with every one in `errors`).
 */
export function buildContext(input: PreconditionsInput): EvaluationContext {
  const { cluster } = input;
  const version = parseGkeVersion(cluster.version, { pointer: '/cluster/version' });
  validateCluster(cluster);
  const nodeImage =
    cluster.nodeImageType === undefined
      ? null
      : parseNodeImageType(cluster.nodeImageType, { pointer: '/cluster/nodeImageType' });
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
