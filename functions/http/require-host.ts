import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
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
    const { status, headers, body } = rawProblem(
      new AppError(
        'INVALID_REQUEST',
        'The request has no Host header; every HTTP/1.1 request must name the host it is for (RFC 9112 §3.2).',
      ),
    );
    response.shouldKeepAlive = false;
    response.writeHead(status, { ...headers, connection: 'close' });
    response.end(body);
  };
}
