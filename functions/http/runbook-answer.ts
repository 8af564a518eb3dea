import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { messageList } from '../../shared/i18n';
import { AppError } from '../../shared/problems';
import type { AppEnv } from './env';
import { negotiateMediaType } from './negotiate';

/** What a runbook answer can be, JSON first (the default for a missing Accept or `*\/*`). */
export const PLAN_MEDIA_TYPES = [
  'application/json',
  'text/markdown',
  'text/x-shellscript',
] as const;
/** `?format=` names for the same media types; it wins over `Accept`. */
export const FORMAT_MEDIA_TYPES = {
  json: 'application/json',
  markdown: 'text/markdown',
  shell: 'text/x-shellscript',
} as const;
export type PlanFormat = keyof typeof FORMAT_MEDIA_TYPES;

/** The `?format=` query of a runbook operation. */
export const RunbookFormatQuerySchema = z.object({
  format: z
    .enum(Object.keys(FORMAT_MEDIA_TYPES) as [PlanFormat, ...PlanFormat[]])
    .optional()
    .openapi({
      param: { name: 'format', in: 'query', description: 'Overrides `Accept`.' },
      example: 'markdown',
    }),
});

/**
 * One runbook in its three representations, each built only when asked for. The JSON one is a
 * value to serialize (`json`) or its serialization already written (`jsonText`).
 */
export type RunbookRepresentations = ({ json: () => unknown } | { jsonText: () => string }) & {
  markdown: () => string;
  shell: () => string;
  /** The file name a shell script is offered under. */
  scriptName: string;
};

/**
 * A runbook (a troubleshooting plan, a federation procedure) in the representation asked for:
 * `?format=` wins over `Accept`; 406 NOT_ACCEPTABLE when nothing offered is acceptable.
 */
export function answerRunbook(
  c: Context<AppEnv>,
  format: PlanFormat | undefined,
  runbook: RunbookRepresentations,
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
  c.header('content-language', c.get('language'));
  c.header('vary', 'Accept, Accept-Language');
  if (mediaType === FORMAT_MEDIA_TYPES.markdown) {
    return c.body(runbook.markdown(), 200, { 'content-type': 'text/markdown; charset=utf-8' });
  }
  if (mediaType === FORMAT_MEDIA_TYPES.shell) {
    return c.body(runbook.shell(), 200, {
      'content-type': 'text/x-shellscript; charset=utf-8',
      'content-disposition': `inline; filename="${runbook.scriptName}"`,
    });
  }
  if ('jsonText' in runbook) {
    return c.body(runbook.jsonText(), 200, { 'content-type': 'application/json' });
  }
  return c.json(runbook.json(), 200);
}
