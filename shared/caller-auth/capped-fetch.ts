/** Largest key document read: a JWKS, a PEM certificate map or an OIDC discovery document. */
export const MAX_KEY_DOCUMENT_BYTES = 256 * 1024;

/** An answer larger than the cap; its body was not read past it. */
export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the answer is larger than ${maxBytes} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/** Statuses whose Response may carry no body (the Fetch standard's null body statuses). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * `fetch`, with the answer's body read up to `maxBytes` and no further: a larger declared
 * Content-Length is refused before reading, a body that grows past it is cancelled. The answer
 * is handed on as a complete Response (jose's JWKS fetching and the discovery read take it).
 */
export function cappedFetch(maxBytes: number): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel();
      throw new BodyTooLargeError(maxBytes);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel();
          throw new BodyTooLargeError(maxBytes);
        }
        chunks.push(value);
      }
    }
    const body = NULL_BODY_STATUSES.has(response.status) ? null : Buffer.concat(chunks, size);
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
