import type { Context } from 'hono';
import type { AppEnv } from './env';

/** Response header names (lower-case) and values. */
export type HeaderRecord = Record<string, string>;

type ResponseBody = ConstructorParameters<typeof Response>[0];
type HeadersArgument = Record<string, string | string[]> | undefined;
type ResponseArgument = number | ResponseInit | undefined;

/**
 * Makes a request's answers carry their headers as one plain record instead of a Fetch `Headers`
 * object. Hono keeps the headers set before the handler (`c.header`) in a `Headers` object, every
 * later change to an answer's headers is a `Headers` call, and @hono/node-server copies and sorts
 * them once more to write the answer; with a plain record, @hono/node-server hands the record to
 * Node's `writeHead` as it is.
 *
 * `c.header`, `c.status`, `c.body`, `c.json`, `c.text` and `c.newResponse` keep Hono's meaning
 * (https://hono.dev/docs/api/context): a later value replaces an earlier one, `append` joins with
 * `, `, the `headers` argument of an answer overrides what `c.header` set, `c.json` and `c.text`
 * default the content type. Names are lower-case and the record is sorted by name, as `Headers`
 * iterates, so every answer keeps its bytes. `finish` completes the record of each answer with
 * the headers every answer carries whatever the handler set. Returns a test for whether an
 * answer was built here (any other gets `finish`'s headers through its `Headers` object).
 */
export function answerWithHeaderRecord(
  c: Context<AppEnv>,
  record: HeaderRecord,
  finish: (headers: HeaderRecord) => void,
): (response: Response) => boolean {
  let status: number | undefined;
  let built: Response | undefined;
  c.header = ((name: string, value: string | undefined, options?: { append?: boolean }) => {
    const key = name.toLowerCase();
    if (value === undefined) delete record[key];
    else if (options?.append && record[key] !== undefined) record[key] = `${record[key]}, ${value}`;
    else record[key] = value;
  }) as typeof c.header;
  c.status = (code) => {
    status = code;
  };
  const answerWithRecord = (
    data: ResponseBody,
    argument: ResponseArgument,
    headers: HeadersArgument,
    defaultType?: string,
  ): Response => {
    // Not a spread copy, to which Node 20's V8 adds keys ~0.5 µs slower (see request-log.ts).
    const merged: HeaderRecord = Object.assign({}, record);
    if (typeof argument === 'object' && argument.headers !== undefined) {
      new Headers(argument.headers).forEach((value, key) => {
        merged[key] = value;
      });
    }
    if (defaultType !== undefined) merged['content-type'] = defaultType;
    for (const name in headers) {
      const value = headers[name] as string | string[];
      merged[name.toLowerCase()] = typeof value === 'string' ? value : value.join(', ');
    }
    finish(merged);
    const code = typeof argument === 'number' ? argument : (argument?.status ?? status ?? 200);
    const sorted = sortedByName(merged);
    let body = data;
    // On Node's server @hono/node-server wrote `Content-Length` after the answer's own headers;
    // given here, in the same place, it leaves every answer's bytes as they were.
    if ((c.env as { incoming?: unknown } | undefined)?.incoming !== undefined) {
      const length = contentLength(data);
      if (length !== undefined && sorted['content-length'] === undefined)
        sorted['Content-Length'] = String(length);
      if (typeof data === 'string' && length !== undefined) body = utf8Once(data, length);
    }
    built = new Response(body, { status: code, headers: sorted });
    return built;
  };
  const body = ((data: ResponseBody, argument?: ResponseArgument, headers?: HeadersArgument) =>
    answerWithRecord(data, argument, headers)) as typeof c.body;
  c.body = body;
  c.newResponse = body;
  c.json = ((object: unknown, argument?: ResponseArgument, headers?: HeadersArgument) =>
    answerWithRecord(
      JSON.stringify(object),
      argument,
      headers,
      'application/json',
    )) as typeof c.json;
  c.text = ((text: string, argument?: ResponseArgument, headers?: HeadersArgument) =>
    answerWithRecord(text, argument, headers, 'text/plain; charset=UTF-8')) as typeof c.text;
  return (response) => response === built;
}

/**
 * From this size a text answer beyond ASCII is written as bytes: measured on the Cloud Run entry,
 * a 10 KiB plan costs less so, a 1 KiB resolved image does not (Node then writes its headers and
 * the bytes as two buffers, where it sends headers and a string in one).
 */
const ENCODE_FROM_BYTES = 4096;

/**
 * A large text answer with characters beyond ASCII (a plan's `…`, Spanish accents), encoded to
 * its bytes here, where its length is known. Given the string, Node would measure it again and
 * encode it while writing, each pass a slow one over every character of a string that holds
 * one beyond Latin-1; an ASCII answer stays a string, which Node writes as fast as bytes.
 */
function utf8Once(text: string, byteLength: number): string | Uint8Array {
  if (byteLength === text.length || byteLength < ENCODE_FROM_BYTES) return text;
  const bytes = Buffer.allocUnsafe(byteLength);
  bytes.write(text, 'utf8');
  return bytes;
}

function contentLength(data: ResponseBody): number | undefined {
  if (typeof data === 'string') return Buffer.byteLength(data);
  if (data instanceof Uint8Array) return data.byteLength;
  return undefined;
}

/**
 * The record with its names in order. An answer has about ten headers, most of them already in
 * order: an insertion sort of so few names costs a third less than `Array.prototype.sort`, which
 * every answer pays.
 */
function sortedByName(headers: HeaderRecord): HeaderRecord {
  const names = Object.keys(headers);
  for (let i = 1; i < names.length; i++) {
    const name = names[i] as string;
    let j = i - 1;
    for (; j >= 0 && (names[j] as string) > name; j--) names[j + 1] = names[j] as string;
    names[j + 1] = name;
  }
  const sorted: HeaderRecord = {};
  for (const name of names) sorted[name] = headers[name] as string;
  return sorted;
}
