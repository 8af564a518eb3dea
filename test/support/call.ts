import request from 'supertest';
import type { Response } from 'supertest';
import { assertMatchesContract } from './contract';
import type { HttpTarget } from './app';

export interface CallOptions {
  /** A JSON body (sent as application/json unless `contentType` says otherwise). */
  json?: unknown;
  /** A raw body, sent as is. */
  raw?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** Parsed JSON for JSON and problem answers, else the text. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * One HTTP call through a real server, its answer checked against openapi.yaml: every response
 * the HTTP suites see is a contract test too.
 */
export async function call(
  target: HttpTarget,
  method: 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head' | 'options',
  path: string,
  options: CallOptions = {},
): Promise<ApiResponse> {
  const agent = request(target.server);
  let pending = agent[method](path)
    .buffer(true)
    .parse((res, done) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (data += chunk));
      res.on('end', () => done(null, data));
    });
  if (options.query) pending = pending.query(options.query);
  for (const [name, value] of Object.entries(options.headers ?? {}))
    pending = pending.set(name, value);
  if (options.json !== undefined) {
    pending = pending
      .set('content-type', options.contentType ?? 'application/json')
      .send(JSON.stringify(options.json));
  } else if (options.raw !== undefined) {
    if (options.contentType) pending = pending.set('content-type', options.contentType);
    pending = pending.send(options.raw);
  }
  const response: Response = await pending;
  const text = typeof response.body === 'string' ? response.body : '';
  const contentType = response.headers['content-type'] as string | undefined;
  const isJson = /[/+]json\b/.test(contentType ?? '');
  const body = isJson && text !== '' ? JSON.parse(text) : text;
  const fullPath =
    path + (options.query ? `?${new URLSearchParams(options.query).toString()}` : '');
  assertMatchesContract({
    method,
    path: fullPath,
    status: response.status,
    contentType,
    body: method === 'head' ? undefined : body,
    headers: response.headers as Record<string, string>,
  });
  return {
    status: response.status,
    headers: response.headers as Record<string, string>,
    text,
    body,
  };
}
