import type { MiddlewareHandler } from 'hono';
import { formatLatency, parseTraceContext, type Logger } from '../../shared/log';
import { negotiateLanguage } from '../../shared/i18n';
import type { AppEnv } from './env';

/**
 * Sets the per-request values (id, trace, language, logger) and writes exactly one request log
 * line when the answer is ready. The body, query string and credentials are never logged.
 */
export function requestContext(logger: Logger, idFactory: () => string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = idFactory();
    const trace = parseTraceContext({
      traceparent: c.req.header('traceparent'),
      cloudTraceContext: c.req.header('x-cloud-trace-context'),
    });
    c.set('requestId', requestId);
    c.set('trace', trace);
    c.set('language', negotiateLanguage(c.req.header('accept-language')));
    c.set('logger', logger);
    await next();
    c.res.headers.set('x-request-id', requestId);
    const status = c.res.status;
    const userAgent = c.req.header('user-agent');
    const requestSize = c.req.header('content-length');
    const responseSize = c.res.headers.get('content-length');
    logger.log(status >= 500 ? 'ERROR' : 'INFO', `${c.req.method} ${c.req.path} ${status}`, {
      trace,
      requestId,
      httpRequest: {
        requestMethod: c.req.method,
        requestUrl: c.req.path.slice(0, 512),
        status,
        latency: formatLatency(performance.now() - started),
        ...(userAgent ? { userAgent: userAgent.slice(0, 256) } : {}),
        ...(requestSize ? { requestSize } : {}),
        ...(responseSize ? { responseSize } : {}),
        protocol: 'HTTP/1.1',
      },
    });
  };
}

/** Headers every answer carries. */
export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const headers = c.res.headers;
  headers.set('x-content-type-options', 'nosniff');
  headers.set('referrer-policy', 'no-referrer');
  headers.set('x-frame-options', 'DENY');
  headers.delete('x-powered-by');
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
  if (!headers.has('content-security-policy')) {
    headers.set('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  }
};
