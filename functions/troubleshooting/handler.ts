import { parseImageReference, type ImageReference } from '../../shared/image-ref';
import type { Language } from '../../shared/i18n';
import { evaluatePreconditions, type Check, type ClusterFacts } from '../../shared/preconditions';
import { AppError } from '../../shared/problems';
import {
  buildTroubleshootingPlan,
  classifyPullError,
  type Classification,
  type NodeContext,
  type TroubleshootingPlan,
  type Via,
} from '../../shared/troubleshooting';

export interface PlanRequest {
  error?: string | undefined;
  image?: string | undefined;
  node?: NodeContext | undefined;
  repository?: { public?: boolean | undefined } | undefined;
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
): { image: ImageReference | null; imageError: { code: string; detail: string } | null } {
  const text = request.image ?? classification?.extracted.image ?? null;
  if (!text) return { image: null, imageError: null };
  try {
    return { image: parseImageReference(text, { pointer: '/image' }), imageError: null };
  } catch (error) {
    if (error instanceof AppError && request.image !== undefined) {
      return { image: null, imageError: { code: error.code, detail: error.detail } };
    }
    if (error instanceof AppError) return { image: null, imageError: null };
    throw error;
  }
}

/** Diagnosis and plan; with `cluster`, the precondition checks feed the fix steps. */
export async function planFor(
  request: PlanRequest,
  language: Language,
): Promise<TroubleshootingPlan> {
  const classification = request.error === undefined ? undefined : classifyPullError(request.error);
  const { image, imageError } = imageOf(request, classification);
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
  return buildTroubleshootingPlan({
    ...(request.error === undefined ? {} : { error: request.error }),
    ...(classification ? { classification } : {}),
    image,
    ...(request.image === undefined ? {} : { imageText: request.image }),
    imageError,
    ...(request.node ? { node: request.node } : {}),
    ...(request.cluster ? { cluster: request.cluster } : {}),
    ...(request.repository ? { repository: request.repository } : {}),
    ...(request.via ? { via: request.via } : {}),
    checks,
    language,
  });
}
