/**
 * Troubleshooting: from a pasted image-pull error to an ordered, runnable fix.
 *
 * `classifyPullError` scores structural signals (status codes, Artifact Registry body phrases,
 * containerd/kubelet shapes; patterns.ts) into one of CAUSES with a confidence and alternatives,
 * and extracts the image, registry, status, permission and repository. It reads at most 64 KiB in
 * linear time, never throws, and redacts tokens from every excerpt.
 *
 * `buildTroubleshootingPlan` turns that diagnosis plus the request context into ordered steps
 * (plans.ts, steps.ts) whose commands carry the request's values or UPPER_SNAKE placeholders,
 * never invented ones; failing precondition checks become fix steps. The plan is about one
 * registry (registry-families.ts): the node's Google token appears only in steps for the hosts
 * GKE nodes send it to (`isNodeCredentialHost`), any other registry gets steps with its own
 * credentials, and Autopilot gets no node pools and no SSH. Text comes from the en/es
 * catalogues. The renderers give the same plan as a Markdown runbook or a safe bash script
 * (read-only unless `--apply`). Follows the GKE "Troubleshoot image pulls" guide.
 */
export { classifyPullError, MAX_INPUT_CHARS } from './classify';
export { buildTroubleshootingPlan, renderSummary } from './build-plan';
export { planForRequest, type PlanRequest } from './plan-request';
export { planJson } from './plan-json';
export { renderPlanMarkdown } from './render-markdown';
export { renderPlanShellScript } from './render-shell';
export { redactSecrets } from './redact';
export {
  REGISTRY_FAMILIES,
  REGISTRY_KINDS,
  type RegistryFamilyId,
  type RegistryKind,
} from '../registry-hosts';

export {
  CAUSES,
  type Alternative,
  type Cause,
  type Classification,
  type Diagnosis,
  type Evidence,
  type Extracted,
  type KnownCause,
  type MessageRef,
  type NodeContext,
  type NodeOs,
  type PlanCommand,
  type PlanContext,
  type PlanInput,
  type PlanStep,
  type Shell,
  type TroubleshootingPlan,
  type Via,
} from './types';
