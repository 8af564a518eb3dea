import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../../shared/problems';
import type { AppEnv } from './env';
import { unsupportedMediaType } from './problem-response';

/**
 * The methods whose requests this service reads a body of (every operation that takes one is a
 * POST); the middleware is registered for these only, so other requests skip it altogether.
 */
export const METHODS_WITH_BODY = ['POST', 'PUT', 'PATCH'];
/**
 * Deepest JSON nesting accepted: no operation's body nests beyond a few levels, and a 512 KiB body
 * of `[[[[…` would otherwise cost a parse, a validation and a collection of 250 000 arrays.
 */
export const MAX_JSON_DEPTH = 64;
const JSON_MEDIA_TYPE = /^application\/(?:[a-z0-9.+-]+\+)?json\s*(?:;|$)/i;
/** `charset=…` of a Content-Type, quoted or not (RFC 9110 §8.3.2). */
const CHARSET_PARAMETER = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;
const UTF8_NAMES = new Set(['utf-8', 'utf8']);

type BodyCache = Record<string, Promise<unknown> | undefined>;

/**
 * Reads the request body once, with the size limit, and hands it to Hono's body cache so the
 * validators never convert Node's stream into a Fetch `Request` (the slowest step of a POST on
 * @hono/node-server). The body must say what it is: no Content-Type, or a charset other than
 * UTF-8, is 415 naming the accepted types; bytes that are not UTF-8 are refused (never replaced
 * with U+FFFD): MALFORMED_JSON for a JSON body. JSON bodies are parsed here, so a malformed one
 * is MALFORMED_JSON with the parser's position, identically on both entries. Under
 * functions-framework the body was already read by the framework and is taken from `req.rawBody`.
 *
 * `maxBytesFor` gives the limit for a method and path, or null when no operation takes that
 * request (its body is then never read); `acceptedTypesFor` the media types it takes.
 */
export function requestBody(
  maxBytesFor: (method: string, path: string) => number | null,
  acceptedTypesFor: (method: string, path: string) => string[],
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const maxBytes = maxBytesFor(c.req.method, c.req.path);
    if (maxBytes === null) return next();
    const contentType = c.req.header('content-type');
    const charset =
      contentType === undefined ? undefined : CHARSET_PARAMETER.exec(contentType)?.[1];
    if (
      contentType === undefined ||
      contentType.trim() === '' ||
      (charset !== undefined && !UTF8_NAMES.has(charset.toLowerCase()))
    ) {
      throw unsupportedMediaType(contentType, acceptedTypesFor(c.req.method, c.req.path));
    }
    const isJson = JSON_MEDIA_TYPE.test(contentType);
    const text = decodeUtf8(await readBody(c, maxBytes), isJson);
    const cache = c.req.bodyCache as BodyCache;
    cache.text = Promise.resolve(text);
    if (isJson) {
      const json = Promise.resolve(parseJson(text));
      cache.json = json;
      // Hono's `c.req.json()` parses the cached text again; the validators get this parse instead.
      Object.defineProperty(c.req, 'json', { value: () => json });
    }
    return next();
  };
}

function tooLarge(maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', { id: 'http.payloadTooLarge', params: { maxBytes } });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The body as text; bytes that are not UTF-8 are refused, never replaced with U+FFFD. */
function decodeUtf8(bytes: Uint8Array, isJson: boolean): string {
  try {
    return UTF8.decode(bytes);
  } catch (error) {
    throw new AppError(
      isJson ? 'MALFORMED_JSON' : 'INVALID_REQUEST',
      { id: 'http.notUtf8' },
      { cause: error },
    );
  }
}

async function readBody(c: Context<AppEnv>, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const incoming = (c.env as { incoming?: IncomingMessage & { rawBody?: unknown } } | undefined)
    ?.incoming;
  if (incoming?.rawBody instanceof Buffer) {
    if (incoming.rawBody.length > maxBytes) throw tooLarge(maxBytes);
    return incoming.rawBody;
  }
  if (incoming) return readStream(incoming, maxBytes);
  const buffer = Buffer.from(await c.req.arrayBuffer());
  if (buffer.length > maxBytes) throw tooLarge(maxBytes);
  return buffer;
}

function readStream(incoming: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
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
      // Most bodies arrive in one chunk: used as it is, without a copy.
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
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

/** One pass over the text, strings skipped: does `[`/`{` nesting exceed `max` anywhere? */
function nestsDeeperThan(text: string, max: number): boolean {
  // Fewer openings than `max` cannot nest deeper (most bodies: a few); counted with indexOf.
  let openings = 0;
  for (const bracket of ['[', '{']) {
    for (
      let at = text.indexOf(bracket);
      at !== -1 && openings <= max;
      at = text.indexOf(bracket, at + 1)
    )
      openings += 1;
  }
  if (openings <= max) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c /* \ */) i += 1;
      else if (code === 0x22 /* " */) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      if ((depth += 1) > max) return true;
    } else if (code === 0x5d /* ] */ || code === 0x7d /* } */) {
      depth -= 1;
    }
  }
  return false;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') throw new AppError('MALFORMED_JSON', { id: 'http.emptyBody' });
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new AppError('INVALID_REQUEST', {
      id: 'http.tooDeep',
      params: { maxDepth: MAX_JSON_DEPTH },
    });
  }
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
