import { checkAccessScopes } from './checks/access-scopes';
import type { PreconditionCheck } from './checks/common';
import { checkCrossProject } from './checks/cross-project';
import { checkGcrTransition } from './checks/gcr-transition';
import { checkGkeVersion } from './checks/gke-version';
import { checkImageReference } from './checks/image-reference';
import { checkNetworkPath } from './checks/network-path';
import { checkNodeServiceAccount } from './checks/node-service-account';
import { checkPublicRepository } from './checks/public-repository';
import { checkRegistryLocation } from './checks/registry-location';
import { checkRuntime } from './checks/runtime';
import { buildContext, type PreconditionsInput } from './context';
import { localizeCheck } from './draft';
import { askGoogle } from './live/ask';
import type { LiveCheckOptions } from './live/requester';
import { parseImageReference, type ImageReference } from '../image-ref';
import { isAppError, type AppError, type FieldPath } from '../problems';
import type { PreconditionsRequest, PreconditionsResult } from './types';
import { decideVerdict } from './verdict';

/** Every check, in the order answers list them. */
export const PRECONDITION_CHECKS: readonly PreconditionCheck[] = [
  checkImageReference,
  checkGkeVersion,
  checkPublicRepository,
  checkNodeServiceAccount,
  checkCrossProject,
  checkAccessScopes,
  checkNetworkPath,
  checkRuntime,
  checkRegistryLocation,
  checkGcrTransition,
];

export interface PreconditionsDeps {
  /** Live mode's Google access (server configuration). Without it, live checks answer `unknown`. */
  live?: LiveCheckOptions;
}

/**
 * Evaluates every precondition for one image and cluster. Throws AppError only for a bad request:
 * none in practice: the cluster facts arrive validated by `ClusterFactsSchema`. Live mode never throws: a Google failure
 * is an `unknown` check that names the permission the service needs.
 */
export async function evaluatePreconditions(
  input: PreconditionsInput,
  deps: PreconditionsDeps = {},
): Promise<PreconditionsResult> {
  const context = buildContext(input);
  const live = input.live ? await askGoogle(context, deps.live) : null;
  const checks = PRECONDITION_CHECKS.map((check) =>
    localizeCheck(check(context, live), input.language),
  );
  return { verdict: decideVerdict(checks), checks };
}

/**
 * The request as the API receives it: parses `image` (path `['image']`) and evaluates. An image
 * the parser refuses is not an error of the request but the `image-reference` check's `fail`, so
 * a manifest with one bad image still gets answers for the others.
 */
export async function evaluatePreconditionsRequest(
  request: PreconditionsRequest,
  deps: PreconditionsDeps = {},
): Promise<PreconditionsResult> {
  return evaluatePreconditions(
    { ...request, image: parseImageOrError(request.image, ['image']) },
    deps,
  );
}

/** `parseImageReference`, with an AppError returned instead of thrown (any other error still throws). */
export function parseImageOrError(
  image: string,
  path: FieldPath = ['image'],
): ImageReference | AppError {
  try {
    return parseImageReference(image, { path });
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
}
