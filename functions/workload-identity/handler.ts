import type { Context } from 'hono';
import { messageList } from '../../shared/i18n';
import { AppError } from '../../shared/problems';
import {
  buildFederationPlan,
  renderFederationMarkdown,
  renderFederationScript,
  type FederationPlanInput,
} from '../../shared/workload-identity';
import type { AppEnv } from '../http/env';
import { negotiateMediaType } from '../http/negotiate';
import { FORMAT_MEDIA_TYPES, PLAN_MEDIA_TYPES, type PlanFormat } from '../troubleshooting/route';

/** The procedure in the representation asked for: `?format=` wins over `Accept`. */
export function answerFederationPlan(
  c: Context<AppEnv>,
  request: FederationPlanInput,
  format: PlanFormat | undefined,
): Response {
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
  const plan = buildFederationPlan(request, language);
  c.header('content-language', language);
  c.header('vary', 'Accept, Accept-Language');
  if (mediaType === FORMAT_MEDIA_TYPES.markdown) {
    return c.body(renderFederationMarkdown(plan), 200, {
      'content-type': 'text/markdown; charset=utf-8',
    });
  }
  if (mediaType === FORMAT_MEDIA_TYPES.shell) {
    return c.body(renderFederationScript(plan), 200, {
      'content-type': 'text/x-shellscript; charset=utf-8',
      'content-disposition': 'inline; filename="workload-identity-federation.sh"',
    });
  }
  return c.json(plan, 200);
}
