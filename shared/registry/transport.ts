import { isAppError } from '../problems';
import type { HostPolicy, HostRole } from './allowlist';
import { registryNotAllowed, upstreamError, upstreamTimeout, type Subject } from './errors';

/**
 * One operation's HTTP: every hop is checked against the host policy before it is made,
 * redirects are followed by hand (never automatically) and lose their credentials when they
 * leave the origin, idempotent failures get one retry per operation while the deadline allows,
 * and bodies are read with a size cap.
 */

export interface Operation {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  /** Whom the operation works for, for error details. */
  readonly subject: Subject;
  retriesLeft: number;
}

export interface TransportDeps {
  fetch: typeof fetch;
  policy: HostPolicy;
}

export interface OutboundRequest {
  url: URL;
  method: 'GET' | 'HEAD';
  headers: Record<string, string>;
  role: HostRole;
}

const MAX_REDIRECTS = 3;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Statuses a GET/HEAD may be retried on: the registry or a proxy in front of it hiccupped. */
const RETRYABLE_STATUSES = new Set([500, 502, 503, 504]);

export function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

function canRetry(operation: Operation): boolean {
  return operation.retriesLeft > 0 && !operation.signal.aborted;
}

async function fetchWithRetry(
  deps: TransportDeps,
  operation: Operation,
  url: URL,
  method: string,
  headers: Record<string, string>,
): Promise<Response> {
  for (;;) {
    let response: Response;
    try {
      response = await deps.fetch(url, {
        method,
        headers,
        redirect: 'manual',
        signal: operation.signal,
      });
    } catch (error) {
      if (operation.signal.aborted) throw upstreamTimeout(url.host, operation.timeoutMs, error);
      if (canRetry(operation)) {
        operation.retriesLeft -= 1;
        continue;
      }
      throw upstreamError(url.host, { id: 'registry.reason.connectionFailed' }, error);
    }
    if (RETRYABLE_STATUSES.has(response.status) && canRetry(operation)) {
      discard(response);
      operation.retriesLeft -= 1;
      continue;
    }
    return response;
  }
}

/** Sends a request, following up to three allowlisted redirects; credentials stay on their origin. */
export async function send(
  deps: TransportDeps,
  operation: Operation,
  request: OutboundRequest,
): Promise<Response> {
  let url = request.url;
  let method = request.method;
  const headers = { ...request.headers };
  const origin = url.origin;
  for (let hop = 0; ; hop += 1) {
    const refusal = deps.policy.refusalOf(url, request.role);
    if (refusal !== null) {
      throw registryNotAllowed(
        url.host,
        hop === 0 ? request.role : 'redirect',
        refusal,
        operation.subject,
      );
    }
    if (url.origin !== origin) delete headers.Authorization;
    const response = await fetchWithRetry(deps, operation, url, method, headers);
    if (!REDIRECT_STATUSES.has(response.status)) return response;
    discard(response);
    const location = response.headers.get('location');
    if (location === null) {
      throw upstreamError(url.host, {
        id: 'registry.reason.redirectWithoutLocation',
        params: { status: response.status },
      });
    }
    if (hop >= MAX_REDIRECTS) {
      throw upstreamError(url.host, {
        id: 'registry.reason.tooManyRedirects',
        params: { count: MAX_REDIRECTS },
      });
    }
    try {
      url = new URL(location, url);
    } catch (error) {
      throw upstreamError(url.host, { id: 'registry.reason.invalidRedirect' }, error);
    }
    if (response.status === 303 && method !== 'HEAD') method = 'GET';
  }
}

/** Reads the whole body, refusing more than `maxBytes`; a deadline hit while reading is a timeout. */
export async function readBody(
  operation: Operation,
  response: Response,
  host: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    discard(response);
    throw upstreamError(host, { id: 'registry.reason.tooLarge', params: { maxBytes } });
  }
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw upstreamError(host, { id: 'registry.reason.tooLarge', params: { maxBytes } });
      }
      chunks.push(value);
    }
  } catch (error) {
    if (operation.signal.aborted) throw upstreamTimeout(host, operation.timeoutMs, error);
    if (isAppError(error)) throw error;
    throw upstreamError(host, { id: 'registry.reason.connectionBroke' }, error);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** Waits for `promise`, giving up with UPSTREAM_TIMEOUT when the operation's deadline passes. */
export function withinDeadline<T>(
  operation: Operation,
  host: string,
  promise: Promise<T>,
): Promise<T> {
  if (operation.signal.aborted)
    return Promise.reject(upstreamTimeout(host, operation.timeoutMs, operation.signal.reason));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void =>
      reject(upstreamTimeout(host, operation.timeoutMs, operation.signal.reason));
    operation.signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        operation.signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        operation.signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
