import type { HTTPException } from 'hono/http-exception';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  AppError,
  PROBLEM_MEDIA_TYPE,
  toProblemDocument,
  type FieldError,
} from '../../shared/problems';
import type { AppEnv } from './env';

export function instanceFor(requestId: string): string {
  return `urn:uuid:${requestId}`;
}

/** Writes a problem document; the only way the HTTP layer answers an error. */
export function problemResponse(c: Context<AppEnv>, error: unknown): Response {
  const document = toProblemDocument(error, instanceFor(c.get('requestId')));
  const headers: Record<string, string> = {
    'content-type': PROBLEM_MEDIA_TYPE,
    'cache-control': 'no-store',
  };
  if (error instanceof AppError) Object.assign(headers, error.headers);
  return c.body(JSON.stringify(document), document.status as ContentfulStatusCode, headers);
}

/** Translates Hono's own exceptions (body parsing, media type gate) into domain problems. */
export function appErrorFromHttpException(
  c: Context<AppEnv>,
  exception: HTTPException,
  acceptedMediaTypes: (method: string, path: string) => string[] = () => ['application/json'],
): AppError {
  if (exception.status === 415) {
    const received = c.req.header('content-type') ?? 'no Content-Type';
    const accepted = acceptedMediaTypes(c.req.method, c.req.path);
    return new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `The body was sent as ${truncate(received)}; send it as ${accepted.length > 0 ? accepted.join(' or ') : 'application/json'}.`,
      { cause: exception },
    );
  }
  // The request-body middleware parses JSON first and names the position; this is only the net
  // under Hono's own validator.
  if (exception.status === 400 && /malformed json/i.test(exception.message)) {
    return new AppError('MALFORMED_JSON', 'The body is not well-formed JSON.', {
      cause: exception,
    });
  }
  return new AppError('INTERNAL', 'The service failed to answer this request.', {
    cause: exception,
  });
}

function truncate(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function pointerOf(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part) => '/' + String(part).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** One field error per offending field; an unknown member is named by its own pointer. */
export function fieldErrorsFromZod(
  issues: ReadonlyArray<{
    path: ReadonlyArray<PropertyKey>;
    message: string;
    code?: string;
    keys?: readonly string[];
  }>,
  location: FieldError['in'],
): FieldError[] {
  return issues
    .flatMap((issue) =>
      issue.code === 'unrecognized_keys' && issue.keys
        ? issue.keys.map((key) => ({
            pointer: pointerOf([...issue.path, key]),
            detail: `Unknown field "${key.slice(0, 100)}".`,
            in: location,
          }))
        : [{ pointer: pointerOf(issue.path), detail: issue.message, in: location }],
    )
    .slice(0, 50);
}
