import { randomUUID } from 'node:crypto';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n';
import type { AppError } from '../../shared/problems';
import { problemAnswer } from './problem-document';
import { STANDARD_HEADERS } from './standard-headers';

/**
 * A problem answer for errors raised below the app (Node's HTTP parser, functions-framework's
 * body parser), where no request context exists: its own occurrence id, the same security headers
 * as every answer of the app, and the language of the request when its headers were read (the
 * framework's body parser), else the default language (Node's HTTP parser refused the request
 * before any header could be trusted).
 */
export function rawProblem(
  error: AppError,
  language: Language = DEFAULT_LANGUAGE,
): {
  status: number;
  title: string;
  headers: Record<string, string>;
  body: string;
} {
  const answer = problemAnswer(error, {
    instance: `urn:uuid:${randomUUID()}`,
    language,
  });
  return {
    ...answer,
    headers: {
      ...Object.fromEntries(STANDARD_HEADERS),
      ...answer.headers,
      'content-length': String(Buffer.byteLength(answer.body)),
    },
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
