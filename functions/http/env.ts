import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Language } from '../../shared/i18n';
import type { Logger } from '../../shared/log';
import type { TraceContext } from '../../shared/log';

/** Per-request values set by the app's middleware. */
export interface AppEnv {
  Variables: {
    requestId: string;
    trace: TraceContext | undefined;
    language: Language;
    logger: Logger;
  };
}

export type ApiApp = OpenAPIHono<AppEnv>;
