import type { Language } from '../../shared/i18n';
import { isAppError, type AppError } from '../../shared/problems';
import type { ImageReference } from '../../shared/image-ref';
import {
  evaluatePreconditions,
  parseImageOrError,
  type ClusterFacts,
  type PreconditionsResult,
  type RepositoryFacts,
} from '../../shared/preconditions';
import type { Services } from '../services';

export interface EvaluateInput {
  image: string;
  cluster: ClusterFacts;
  repository?: RepositoryFacts | undefined;
  live: boolean;
}

export interface PreconditionsImage {
  reference: string;
  normalized: string;
  registry: string;
  repository: string;
  tag: string | null;
  digest: string | null;
  artifactRegistry: ImageReference['artifactRegistry'];
}

export type EvaluateAnswer = PreconditionsResult & { image: PreconditionsImage | null };

/** What the answer says about the image it evaluated; null when the reference is invalid. */
export function imageSummaryOf(image: ImageReference | AppError): PreconditionsImage | null {
  if (isAppError(image)) return null;
  return {
    reference: image.reference,
    normalized: image.normalized,
    registry: image.registry,
    repository: image.repository,
    tag: image.tag,
    digest: image.digest,
    artifactRegistry: image.artifactRegistry,
  };
}

/** Removes absent members, so the domain sees exactly the fields the caller sent. */
export function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, member]) => member !== undefined),
  ) as T;
}

/**
 * One image against one cluster. Google is reached (and its client constructed) only in live
 * mode; offline, the domain answers from the request alone.
 */
export async function evaluate(
  input: EvaluateInput,
  language: Language,
  services: Services,
): Promise<EvaluateAnswer> {
  const image = parseImageOrError(input.image, '/image');
  const result = await evaluatePreconditions(
    {
      image,
      cluster: definedOnly(input.cluster),
      ...(input.repository ? { repository: definedOnly(input.repository) } : {}),
      live: input.live,
      language,
    },
    input.live ? services.preconditions() : {},
  );
  return { verdict: result.verdict, image: imageSummaryOf(image), checks: result.checks };
}
