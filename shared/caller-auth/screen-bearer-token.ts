import { extractBearerToken } from './challenge';
import { decodeUnverified } from './jwt-parts';

/**
 * Refuses (401 UNAUTHENTICATED with its challenge) what no configuration could ever accept: no
 * `Authorization` header, a foreign scheme, a value that is not a compact JWS, an unsigned token.
 * Verifies nothing. It lets an endpoint answer "not authenticated" before "not configured", so a
 * server without an audience says 503 only to callers that did present a plausible token.
 */
export function screenBearerToken(authorization: string | undefined): void {
  decodeUnverified(extractBearerToken(authorization));
}
