import {
  classifyGoogleRefusal,
  GOOGLE_API_MAX_BODY_BYTES,
  type GoogleRefusal,
} from '../../google-api';
import { isAppError } from '../../problems';
import type { GoogleApiRequestOptions, GoogleApiRequester } from './requester';

/** Why a live question got no usable answer. */
export type LiveFailureReason =
  | 'not-configured'
  | 'permission-denied'
  | 'api-disabled'
  | 'scope-insufficient'
  | 'unauthenticated'
  | 'not-found'
  | 'timeout'
  | 'unreachable'
  | 'unexpected';

export type CallOutcome<T> =
  | { ok: true; status: number; data: T }
  | {
      ok: false;
      reason: LiveFailureReason;
      status: number | null;
      errorCode?: string;
      /** What Google's error body said, when it answered with one. */
      refusal?: GoogleRefusal;
    };

/** `errorCode` of an answer longer than GOOGLE_API_MAX_BODY_BYTES. */
export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

interface ErrorLike {
  status?: unknown;
  code?: unknown;
  name?: unknown;
  cause?: { type?: unknown };
  response?: { status?: unknown; data?: unknown };
}

const REASON_OF: Record<GoogleRefusal['kind'], LiveFailureReason> = {
  'permission-denied': 'permission-denied',
  'api-disabled': 'api-disabled',
  'scope-insufficient': 'scope-insufficient',
  'not-found': 'not-found',
  unauthenticated: 'unauthenticated',
  other: 'unexpected',
};

function classifyStatus(status: number, body: unknown): CallOutcome<never> {
  const { refusal } = classifyGoogleRefusal(status, body);
  return { ok: false, reason: REASON_OF[refusal.kind], status, refusal };
}

function classifyError(error: unknown, aborted: boolean): CallOutcome<never> {
  // The service's own credential source failing is not an answer from Google.
  if (isAppError(error) && error.code === 'NO_CREDENTIALS') {
    return { ok: false, reason: 'not-configured', status: null };
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  // gaxios (node-fetch `size`) stops reading past maxContentLength.
  if (e.cause?.type === 'max-size') {
    return { ok: false, reason: 'unexpected', status: null, errorCode: RESPONSE_TOO_LARGE };
  }
  const status =
    typeof e.response?.status === 'number'
      ? e.response.status
      : typeof e.status === 'number'
        ? e.status
        : null;
  if (status !== null) return classifyStatus(status, e.response?.data);
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (
    aborted ||
    e.name === 'AbortError' ||
    e.name === 'TimeoutError' ||
    code === 'ETIMEDOUT' ||
    code === 'ECONNABORTED'
  ) {
    return { ok: false, reason: 'timeout', status: null };
  }
  return { ok: false, reason: 'unreachable', status: null, ...(code ? { errorCode: code } : {}) };
}

/**
 * Sends one request, bounded by `timeoutMs` whether or not the requester honours `timeout` and
 * `signal`, and by GOOGLE_API_MAX_BODY_BYTES of answer, and never throws: every failure becomes
 * a reason the checks can report, Google's refusals told apart by their ErrorInfo reason.
 */
export async function callGoogle<T>(
  requester: GoogleApiRequester,
  options: Omit<GoogleApiRequestOptions, 'timeout' | 'signal' | 'maxContentLength'>,
  timeoutMs: number,
): Promise<CallOutcome<T>> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<{ kind: 'timeout' }>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ kind: 'timeout' });
    }, timeoutMs);
  });
  try {
    const attempt = (async () =>
      requester.request<T>({
        ...options,
        timeout: timeoutMs,
        signal: controller.signal,
        maxContentLength: GOOGLE_API_MAX_BODY_BYTES,
      }))().then(
      (response) => ({ kind: 'response' as const, response }),
      (error: unknown) => ({ kind: 'error' as const, error }),
    );
    const result = await Promise.race([attempt, expired]);
    if (result.kind === 'timeout') return { ok: false, reason: 'timeout', status: null };
    if (result.kind === 'error') return classifyError(result.error, controller.signal.aborted);
    const { status, data } = result.response;
    if (typeof status !== 'number' || status >= 400 || status < 200) {
      return classifyStatus(typeof status === 'number' ? status : 0, data);
    }
    return { ok: true, status, data };
  } finally {
    clearTimeout(timer);
  }
}
