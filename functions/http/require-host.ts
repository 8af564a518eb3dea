import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { negotiateLanguage } from '../../shared/i18n';
import { AppError } from '../../shared/problems';
import { rawProblem } from './raw-problem';

/**
 * RFC 9112 §3.2: a request without a Host header is answered 400. Node answers it itself with a
 * bare status line unless told not to (`requireHostHeader: false`); this answers it with a
 * problem document like any other refusal, before the app (which builds URLs from Host) sees it.
 */
export function requireHost(listener: RequestListener): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    if (request.headers.host !== undefined && request.headers.host !== '')
      return listener(request, response);
    // The request's headers were read: its Accept-Language chooses the language, as in the app.
    const { status, headers, body } = rawProblem(
      new AppError('INVALID_REQUEST', { id: 'http.noHost' }),
      negotiateLanguage(headerValue(request.headers['accept-language'])),
    );
    response.shouldKeepAlive = false;
    response.writeHead(status, { ...headers, connection: 'close' });
    response.end(body);
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
