import type { HTTPException } from 'hono/http-exception';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { messageList } from '../../shared/i18n';
import { AppError } from '../../shared/problems';
import type { AppEnv } from './env';
import {
  inJsonBody,
  jsonPointer,
  problemAnswer,
  type FieldLocator,
  type RequestPart,
} from './problem-document';

export function instanceFor(requestId: string): string {
  return `urn:uuid:${requestId}`;
}

/** Writes a problem document; the only way the HTTP layer answers an error. */
export function problemResponse(c: Context<AppEnv>, error: unknown): Response {
  const answer = problemAnswer(error, {
    instance: instanceFor(c.get('requestId')),
    language: c.get('language'),
    locate: c.get('fieldLocator') ?? inJsonBody,
  });
  return c.body(answer.body, answer.status as ContentfulStatusCode, answer.headers);
}

/** Translates Hono's own exceptions (body parsing, media type gate) into domain problems. */
export function appErrorFromHttpException(
  c: Context<AppEnv>,
  exception: HTTPException,
  acceptedMediaTypes: (method: string, path: string) => string[] = () => ['application/json'],
): AppError {
  if (exception.status === 415) {
    return unsupportedMediaType(
      c.req.header('content-type'),
      acceptedMediaTypes(c.req.method, c.req.path),
      exception,
    );
  }
  // The request-body middleware parses JSON first and names the position; this is only the net
  // under Hono's own validator.
  if (exception.status === 400 && /malformed json/i.test(exception.message)) {
    return new AppError('MALFORMED_JSON', { id: 'http.malformedJson' }, { cause: exception });
  }
  return new AppError('INTERNAL', { id: 'http.internal' }, { cause: exception });
}

/** 415: what was sent (or that nothing was), and every media type the operation takes. */
export function unsupportedMediaType(
  received: string | undefined,
  accepted: readonly string[],
  cause?: unknown,
): AppError {
  const wanted = messageList(accepted.length > 0 ? accepted : ['application/json'], 'or');
  return new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    received === undefined
      ? { id: 'http.unsupportedMediaType.none', params: { accepted: wanted } }
      : {
          id: 'http.unsupportedMediaType',
          params: { received: truncate(received), accepted: wanted },
        },
    { extensions: { accepted: [...accepted] }, ...(cause === undefined ? {} : { cause }) },
  );
}

function truncate(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The locator of fields a request validator refused: where they were sent, named explicitly. */
export function locatorIn(part: RequestPart): FieldLocator {
  return (path) => ({ pointer: jsonPointer(path), in: part });
}
