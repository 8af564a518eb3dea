import type { ClusterFacts, RepositoryFacts } from '../cluster';
import type { Language } from '../i18n';
import type { ImageReference } from '../image-ref';
import { isAppError, type AppError } from '../problems';
import { evaluatePreconditions, parseImageOrError, type PreconditionsDeps } from './evaluate';
import type { PreconditionsResult } from './types';

export interface EvaluateImageInput {
  image: string;
  cluster: ClusterFacts;
  repository?: RepositoryFacts | undefined;
  live: boolean;
}

/** What the answer says about the image it evaluated. */
export interface EvaluatedImage {
  reference: string;
  normalized: string;
  registry: string;
  repository: string;
  tag: string | null;
  digest: string | null;
  artifactRegistry: ImageReference['artifactRegistry'];
}

export type EvaluateImageResult = PreconditionsResult & { image: EvaluatedImage | null };

export interface EvaluateImageDeps {
  /** Live mode's Google access; a factory, so offline answers never construct it. */
  preconditions: () => PreconditionsDeps;
  language: Language;
}

/** What an answer says about the image; null when the reference is invalid. */
export function summarizeImage(image: ImageReference | AppError): EvaluatedImage | null {
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

/**
 * Removes absent members, so the checks see exactly the fields the caller sent. A record without
 * any (what a validated request gives) is returned as it is: the checks only read it.
 */
export function definedOnly<T extends object>(value: T): T {
  const names = Object.keys(value) as Array<keyof T>;
  if (names.every((name) => value[name] !== undefined)) return value;
  const defined: Partial<T> = {};
  for (const name of names) if (value[name] !== undefined) defined[name] = value[name];
  return defined as T;
}

/**
 * One image against one cluster. An invalid image is not an error: the `image-reference` check
 * fails and says why. Google is asked only in live mode.
 */
export async function evaluateImage(
  input: EvaluateImageInput,
  deps: EvaluateImageDeps,
): Promise<EvaluateImageResult> {
  const image = parseImageOrError(input.image, ['image']);
  const result = await evaluatePreconditions(
    {
      image,
      cluster: definedOnly(input.cluster),
      ...(input.repository ? { repository: definedOnly(input.repository) } : {}),
      live: input.live,
      language: deps.language,
    },
    input.live ? deps.preconditions() : {},
  );
  return { verdict: result.verdict, image: summarizeImage(image), checks: result.checks };
}
