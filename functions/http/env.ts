import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Language } from '../../shared/i18n';
import type { Logger } from '../../shared/log';
import type { TraceContext } from '../../shared/log';
import type { FieldLocator } from './problem-document';

/** Per-request values set by the app's middleware. */
export interface AppEnv {
  Variables: {
    requestId: string;
    trace: TraceContext | undefined;
    language: Language;
    logger: Logger;
    /** Where this request carried the fields a problem names; the JSON body unless a route says otherwise. */
    fieldLocator?: FieldLocator;
  };
}

export type ApiApp = OpenAPIHono<AppEnv>;
