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
export async function appErrorFromHttpException(
  c: Context<AppEnv>,
  exception: HTTPException,
  acceptedMediaTypes: (method: string, path: string) => string[] = () => ['application/json'],
): Promise<AppError> {
  if (exception.status === 415) {
    const received = c.req.header('content-type') ?? 'no Content-Type';
    const accepted = acceptedMediaTypes(c.req.method, c.req.path);
    return new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `The body was sent as ${truncate(received)}; send it as ${accepted.length > 0 ? accepted.join(' or ') : 'application/json'}.`,
      { cause: exception },
    );
  }
  if (exception.status === 400 && /malformed json/i.test(exception.message)) {
    return new AppError('MALFORMED_JSON', await describeJsonFailure(c), { cause: exception });
  }
  if (exception.status === 413) {
    return new AppError('PAYLOAD_TOO_LARGE', 'The body is larger than this service accepts.', {
      cause: exception,
    });
  }
  return new AppError('INTERNAL', 'The service failed to answer this request.', {
    cause: exception,
  });
}

async function describeJsonFailure(c: Context<AppEnv>): Promise<string> {
  let text: string;
  try {
    text = await c.req.text();
  } catch {
    return 'The body is not well-formed JSON.';
  }
  if (text.trim() === '') return 'The body is empty; send a JSON object.';
  try {
    JSON.parse(text);
    return 'The body is not well-formed JSON.';
  } catch (error) {
    // V8's messages name the position, never more than a short excerpt of the input.
    return `The body is not well-formed JSON: ${truncate((error as Error).message)}.`;
  }
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
