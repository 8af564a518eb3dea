/** Troubleshooting: a pasted image-pull error in, a diagnosis and runnable plan out (JSON, Markdown, bash). */
import { renderPlanMarkdown, renderPlanShellScript } from '../../shared/troubleshooting';
import { AppError } from '../../shared/problems';
import type { AppDependencies } from '../dependencies';
import type { ApiApp } from '../http/env';
import { negotiateMediaType } from '../http/negotiate';
import { planFor } from './handler';
import { createPlanRoute, FORMAT_MEDIA_TYPES, PLAN_MEDIA_TYPES } from './route';

export function registerTroubleshootingRoutes(app: ApiApp, _deps: AppDependencies): void {
  app.openapi(createPlanRoute, async (c) => {
    const { format } = c.req.valid('query');
    const mediaType = format
      ? FORMAT_MEDIA_TYPES[format]
      : negotiateMediaType(c.req.header('accept'), PLAN_MEDIA_TYPES);
    if (!mediaType) {
      throw new AppError(
        'NOT_ACCEPTABLE',
        `This answer is available as ${PLAN_MEDIA_TYPES.join(', ')}; set Accept to one of them or use ?format=json|markdown|shell.`,
        {
          pointer: '/format',
        },
      );
    }
    const language = c.get('language');
    const plan = await planFor(c.req.valid('json'), language);
    c.header('content-language', language);
    c.header('vary', 'Accept, Accept-Language');
    if (mediaType === 'text/markdown')
      return c.body(renderPlanMarkdown(plan), 200, {
        'content-type': 'text/markdown; charset=utf-8',
      });
    if (mediaType === 'text/x-shellscript') {
      return c.body(renderPlanShellScript(plan), 200, {
        'content-type': 'text/x-shellscript; charset=utf-8',
        'content-disposition': 'inline; filename="troubleshoot-image-pull.sh"',
      });
    }
    return c.json(plan, 200);
  });
}
