import type { HTTPException } from 'hono/http-exception';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type FieldIssue } from '../../shared/problems';
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
    return new AppError('MALFORMED_JSON', 'The body is not well-formed JSON.', {
      cause: exception,
    });
  }
  return new AppError('INTERNAL', 'The service failed to answer this request.', {
    cause: exception,
  });
}

/** 415: what was sent (or that nothing was), and every media type the operation takes. */
export function unsupportedMediaType(
  received: string | undefined,
  accepted: readonly string[],
  cause?: unknown,
): AppError {
  const sent = received === undefined ? 'without a Content-Type' : `as ${truncate(received)}`;
  return new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    `The body was sent ${sent}; send it as ${accepted.length > 0 ? accepted.join(' or ') : 'application/json'}.`,
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

/** One field issue per offending field; an unknown member is named by its own path. */
export function fieldIssuesFromZod(
  issues: ReadonlyArray<{
    path: ReadonlyArray<PropertyKey>;
    message: string;
    code?: string;
    keys?: readonly string[];
  }>,
): FieldIssue[] {
  const pathOf = (path: ReadonlyArray<PropertyKey>) =>
    path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
  return issues
    .flatMap((issue) =>
      issue.code === 'unrecognized_keys' && issue.keys
        ? issue.keys.map((key) => ({
            path: [...pathOf(issue.path), key],
            detail: `Unknown field "${key.slice(0, 100)}".`,
          }))
        : [{ path: pathOf(issue.path), detail: issue.message }],
    )
    .slice(0, 50);
}
