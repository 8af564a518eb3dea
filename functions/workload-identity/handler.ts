import type { Context } from 'hono';
import {
  buildFederationPlan,
  renderFederationMarkdown,
  renderFederationScript,
  type FederationPlanInput,
} from '../../shared/workload-identity';
import type { AppEnv } from '../http/env';
import { answerRunbook, type PlanFormat } from '../http/runbook-answer';

/** The procedure in the representation asked for. */
export function answerFederationPlan(
  c: Context<AppEnv>,
  request: FederationPlanInput,
  format: PlanFormat | undefined,
): Response {
  const plan = buildFederationPlan(request, c.get('language'));
  return answerRunbook(c, format, {
    json: () => plan,
    markdown: () => renderFederationMarkdown(plan),
    shell: () => renderFederationScript(plan),
    scriptName: 'workload-identity-federation.sh',
  });
}
