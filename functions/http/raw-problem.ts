import { randomUUID } from 'node:crypto';
import { PROBLEM_MEDIA_TYPE, toProblemDocument, type AppError } from '../../shared/problems';

/**
 * A problem answer for errors raised below the app (Node's HTTP parser, functions-framework's
 * body parser), where no request context exists: its own occurrence id, the standard headers.
 */
export function rawProblem(error: AppError): {
  status: number;
  title: string;
  headers: Record<string, string>;
  body: string;
} {
  const document = toProblemDocument(error, `urn:uuid:${randomUUID()}`);
  const body = JSON.stringify(document);
  return {
    status: document.status,
    title: document.title,
    headers: {
      'content-type': PROBLEM_MEDIA_TYPE,
      'content-length': String(Buffer.byteLength(body)),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
    body,
  };
}

/** The same as a complete HTTP/1.1 response, for writing straight to a socket. */
export function rawProblemResponse(error: AppError): string {
  const { status, title, headers, body } = rawProblem(error);
  return [
    `HTTP/1.1 ${status} ${title}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    'connection: close',
    '',
    body,
  ].join('\r\n');
}
