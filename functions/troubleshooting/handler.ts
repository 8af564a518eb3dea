import type { Context } from 'hono';
import {
  planForRequest,
  renderPlanMarkdown,
  renderPlanShellScript,
  type PlanRequest,
} from '../../shared/troubleshooting';
import { messageList } from '../../shared/i18n';
import { AppError } from '../../shared/problems';
import type { AppEnv } from '../http/env';
import { negotiateMediaType } from '../http/negotiate';
import { presentChecks } from '../http/present-checks';
import { FORMAT_MEDIA_TYPES, PLAN_MEDIA_TYPES, type PlanFormat } from './route';

/** The plan in the representation asked for: `?format=` wins over `Accept`. */
export async function answerPlan(
  c: Context<AppEnv>,
  request: PlanRequest,
  format: PlanFormat | undefined,
): Promise<Response> {
  const mediaType = format
    ? FORMAT_MEDIA_TYPES[format]
    : negotiateMediaType(c.req.header('accept'), PLAN_MEDIA_TYPES);
  if (!mediaType) {
    throw new AppError(
      'NOT_ACCEPTABLE',
      {
        id: 'http.notAcceptable.plan',
        params: { mediaTypes: messageList(PLAN_MEDIA_TYPES, ', ') },
      },
      { path: ['format'] },
    );
  }
  const language = c.get('language');
  const plan = await planForRequest(request, language);
  c.header('content-language', language);
  c.header('vary', 'Accept, Accept-Language');
  if (mediaType === 'text/markdown') {
    return c.body(renderPlanMarkdown(plan), 200, {
      'content-type': 'text/markdown; charset=utf-8',
    });
  }
  if (mediaType === 'text/x-shellscript') {
    return c.body(renderPlanShellScript(plan), 200, {
      'content-type': 'text/x-shellscript; charset=utf-8',
      'content-disposition': 'inline; filename="troubleshoot-image-pull.sh"',
    });
  }
  return c.json({ ...plan, checks: presentChecks(plan.checks) }, 200);
}
