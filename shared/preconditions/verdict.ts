import type { Check, CheckId, DecisiveCheckId, PreconditionsResult, Verdict } from './types';

/**
 * Checks whose `unknown` keeps the verdict from `ready`: each answers a question a pull cannot
 * succeed without (a valid reference, the version's permission, the identity and its grants, the
 * token's scopes, a network path). Not decisive:
 * - `public-repository`: when unknown, the IAM checks are evaluated as for a private repository,
 *   which is the stricter case, so the verdict already covers both answers;
 * - `runtime`: Docker and containerd pull Artifact Registry images the same way; its failures
 *   (an impossible node image type) still count;
 * - `registry-location`: distance costs time and egress, never a failed pull;
 * - `gcr-transition`: offline it cannot know, and live only a missing repository is a certain
 *   failure (then it fails, which counts); redirection off or partial is a warning.
 */
export const DECISIVE_CHECKS: readonly DecisiveCheckId[] = [
  'image-reference',
  'gke-version',
  'node-service-account',
  'cross-project',
  'access-scopes',
  'network-path',
];

export function isDecisive(id: CheckId): boolean {
  return (DECISIVE_CHECKS as readonly CheckId[]).includes(id);
}

/** `action-required` when anything fails; `unknown` when a decisive check is unknown; else `ready`. */
export function decideVerdict(checks: readonly Pick<Check, 'id' | 'status'>[]): Verdict {
  if (checks.some((check) => check.status === 'fail')) return 'action-required';
  if (checks.some((check) => check.status === 'unknown' && isDecisive(check.id))) return 'unknown';
  return 'ready';
}

/**
 * Whether the Pods need `imagePullSecrets` for this image: the nodes' own credentials cannot pull
 * it because the GKE version predates the default Artifact Registry pull permission. A manifest
 * check reports this next to whether the workload carries imagePullSecrets.
 */
export function needsImagePullSecrets(result: Pick<PreconditionsResult, 'checks'>): boolean {
  return result.checks.some((check) => check.id === 'gke-version' && check.status === 'fail');
}
