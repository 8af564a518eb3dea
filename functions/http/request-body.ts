import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../../shared/problems';
import type { AppEnv } from './env';

const METHODS_WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS', 'DELETE']);
const JSON_MEDIA_TYPE = /^application\/(?:[a-z0-9.+-]+\+)?json\s*(?:;|$)/i;

type BodyCache = Record<string, Promise<unknown> | undefined>;

/**
 * Reads the request body once, with the size limit, and hands it to Hono's body cache so the
 * validators never convert Node's stream into a Fetch `Request` (the slowest step of a POST on
 * @hono/node-server). JSON bodies are parsed here, so a malformed one is MALFORMED_JSON with the
 * parser's position, identically on both entries. Under functions-framework the body was already
 * read by the framework and is taken from `req.rawBody`.
 */
/**
 * `maxBytesFor` gives the limit for a method and path, or null when no operation takes that
 * request (its body is then never read).
 */
export function requestBody(
  maxBytesFor: (method: string, path: string) => number | null,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (METHODS_WITHOUT_BODY.has(c.req.method)) return next();
    const maxBytes = maxBytesFor(c.req.method, c.req.path);
    if (maxBytes === null) return next();
    const text = await readBody(c, maxBytes);
    const cache = c.req.bodyCache as BodyCache;
    cache.text = Promise.resolve(text);
    const contentType = c.req.header('content-type');
    if (contentType !== undefined && JSON_MEDIA_TYPE.test(contentType)) {
      cache.json = Promise.resolve(parseJson(text));
    }
    return next();
  };
}

function tooLarge(maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', { id: 'http.payloadTooLarge', params: { maxBytes } });
}

async function readBody(c: Context<AppEnv>, maxBytes: number): Promise<string> {
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const incoming = (c.env as { incoming?: IncomingMessage & { rawBody?: unknown } } | undefined)
    ?.incoming;
  if (incoming?.rawBody instanceof Buffer) {
    if (incoming.rawBody.length > maxBytes) throw tooLarge(maxBytes);
    return incoming.rawBody.toString('utf8');
  }
  if (incoming) return readStream(incoming, maxBytes);
  const buffer = Buffer.from(await c.req.arrayBuffer());
  if (buffer.length > maxBytes) throw tooLarge(maxBytes);
  return buffer.toString('utf8');
}

function readStream(incoming: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        cleanup();
        // Stop reading; the rest of the body is drained by @hono/node-server after the answer.
        incoming.pause();
        reject(tooLarge(maxBytes));
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size).toString('utf8'));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(new AppError('INVALID_REQUEST', { id: 'http.unreadableBody' }, { cause: error }));
    };
    const cleanup = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
  });
}

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') throw new AppError('MALFORMED_JSON', { id: 'http.emptyBody' });
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const reason = message.length > 120 ? `${message.slice(0, 120)}…` : message;
    // The parser's own words stay as they are (they are V8's, in English); where it stopped is
    // said in the caller's language, as a line and column of the body.
    const at = /at position (\d+)/.exec(message)?.[1];
    const offset =
      at === undefined ? (/end of JSON/.test(message) ? text.length : undefined) : Number(at);
    throw new AppError(
      'MALFORMED_JSON',
      offset === undefined
        ? { id: 'http.malformedJson.reason', params: { reason } }
        : { id: 'http.malformedJson.at', params: { ...lineAndColumn(text, offset), reason } },
      { cause: error },
    );
  }
}
