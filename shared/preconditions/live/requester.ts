/**
 * The one thing live checks need from the outside: something that sends an authenticated request
 * to a Google API. google-auth-library's `AuthClient.request` has this shape, so production
 * passes a real auth client (the service's own credentials); tests pass a fetch-based requester
 * pointed at fake Google servers. Google clients are never constructed in here.
 */
export interface GoogleApiRequestOptions {
  url: string;
  method: 'GET' | 'POST';
  data?: unknown;
  /** Milliseconds; gaxios honours it. The caller also enforces it independently. */
  timeout?: number;
  signal?: AbortSignal;
  /** Most bytes of answer to read; gaxios honours it (node-fetch `size`) and fails past it. */
  maxContentLength?: number;
}

export interface GoogleApiResponse<T> {
  data: T;
  status: number;
}

export interface GoogleApiRequester {
  /**
   * Resolves with the response, or rejects (gaxios does for non-2xx, with `response.status` and
   * `response.data` on the error). A resolved non-2xx status is treated the same way.
   */
  request<T>(options: GoogleApiRequestOptions): Promise<GoogleApiResponse<T>>;
}

/** Production endpoints; a server passes them (or a test double's address) in `LiveCheckOptions`. */
export const GOOGLE_API_BASE_URLS = {
  policyTroubleshooter: 'https://policytroubleshooter.googleapis.com',
  artifactRegistry: 'https://artifactregistry.googleapis.com',
} as const;

export const DEFAULT_LIVE_TIMEOUT_MS = 5_000;

/** Server configuration for live mode. Base URLs never come from the request. */
export interface LiveCheckOptions {
  requester: GoogleApiRequester;
  /** e.g. `https://policytroubleshooter.googleapis.com` (no trailing path). */
  policyTroubleshooterUrl: string;
  /** e.g. `https://artifactregistry.googleapis.com`. */
  artifactRegistryUrl: string;
  /** Bound on each Google call (default 5000 ms). */
  timeoutMs?: number;
}
