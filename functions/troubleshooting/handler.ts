import type { Context } from 'hono';
import {
  planForRequest,
  planJson,
  renderPlanMarkdown,
  renderPlanShellScript,
  type PlanRequest,
} from '../../shared/troubleshooting';
import type { AppEnv } from '../http/env';
import { presentChecks } from '../http/present-checks';
import { answerRunbook, type PlanFormat } from '../http/runbook-answer';

/** The plan in the representation asked for. */
export async function answerPlan(
  c: Context<AppEnv>,
  request: PlanRequest,
  format: PlanFormat | undefined,
): Promise<Response> {
  const plan = await planForRequest(request, c.get('language'));
  return answerRunbook(c, format, {
    jsonText: () => planJson(plan, presentChecks(plan.checks)),
    markdown: () => renderPlanMarkdown(plan),
    shell: () => renderPlanShellScript(plan),
    scriptName: 'troubleshoot-image-pull.sh',
  });
}
