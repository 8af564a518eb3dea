import type { ClusterFacts, RepositoryFacts } from '../cluster';
import type { Language } from '../i18n';
import { parseImageReference, type ImageReference } from '../image-ref';
import { evaluatePreconditions, type Check } from '../preconditions';
import { isAppError } from '../problems';
import { buildTroubleshootingPlan } from './build-plan';
import { classifyPullError } from './classify';
import { foundImageOf } from './extract';
import type { Classification, NodeContext, PlanInput, TroubleshootingPlan, Via } from './types';

export interface PlanRequest {
  error?: string | undefined;
  image?: string | undefined;
  node?: NodeContext | undefined;
  repository?: RepositoryFacts | undefined;
  via?: Via | undefined;
  cluster?: ClusterFacts | undefined;
}

/**
 * The image the plan is about: the request's, or else the one the pasted error names. Only the
 * request's own image can be "invalid" (that is a diagnosis); an unparsable name inside the
 * pasted text is simply not used.
 */
function imageOf(
  request: PlanRequest,
  classification: Classification | undefined,
  language: Language,
): { image: ImageReference | null; imageError: { code: string; detail: string } | null } {
  if (request.image === undefined) {
    const found = classification ? foundImageOf(classification.extracted) : null;
    return { image: found, imageError: null };
  }
  if (!request.image) return { image: null, imageError: null };
  try {
    return { image: parseImageReference(request.image, { path: ['image'] }), imageError: null };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { image: null, imageError: { code: error.code, detail: error.detailIn(language) } };
  }
}

/** Diagnosis and plan for a request; with `cluster`, the precondition checks feed the fix steps. */
export async function planForRequest(
  request: PlanRequest,
  language: Language,
): Promise<TroubleshootingPlan> {
  const classification = request.error === undefined ? undefined : classifyPullError(request.error);
  const { image, imageError } = imageOf(request, classification, language);
  let checks: Check[] = [];
  if (request.cluster && image) {
    const result = await evaluatePreconditions(
      {
        image,
        cluster: request.cluster,
        repository: request.repository ?? {},
        live: false,
        language,
      },
      {},
    );
    checks = result.checks;
  }
  const input: PlanInput = { image, imageError, checks, language };
  if (request.error !== undefined) input.error = request.error;
  if (classification) input.classification = classification;
  if (request.node) input.node = request.node;
  if (request.cluster) input.cluster = request.cluster;
  if (request.repository) input.repository = request.repository;
  if (request.via) input.via = request.via;
  // Without an image in the request, `image` is the pasted error's, parsed above (or null).
  if (request.image === undefined) input.foundImage = image;
  else input.imageText = request.image;
  return buildTroubleshootingPlan(input);
}
