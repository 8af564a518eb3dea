import { invalidTokenError } from './challenge';

/**
 * Reads a compact JWS's header and payload WITHOUT verifying anything. Used only to choose the
 * verifier (by `iss`) and to refuse `alg: none` early; every claim is re-read from the verified
 * result afterwards.
 */
export interface UnverifiedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function decodeSegment(segment: string): Record<string, unknown> {
  if (segment === '' || !BASE64URL.test(segment)) throw invalidTokenError('malformed');
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    throw invalidTokenError('malformed');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalidTokenError('malformed');
  return value as Record<string, unknown>;
}

export function decodeUnverified(token: string): UnverifiedJwt {
  const segments = token.split('.');
  if (segments.length !== 3) throw invalidTokenError('malformed');
  const [header, payload, signature] = segments as [string, string, string];
  const decoded = { header: decodeSegment(header), payload: decodeSegment(payload) };
  const alg = decoded.header.alg;
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none' || signature === '') {
    throw invalidTokenError('unsigned');
  }
  if (!BASE64URL.test(signature)) throw invalidTokenError('malformed');
  return decoded;
}
