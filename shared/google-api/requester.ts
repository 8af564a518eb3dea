/**
 * What every caller of a Google REST API needs from the outside: something that sends an
 * authenticated request (the service's own credentials). google-auth-library's `AuthClient.request` has this shape, so production
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
