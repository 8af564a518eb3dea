/**
 * HTTP caching of the answers that are pure functions of the request and the deployed code: the
 * offline resolve, the GKE version facts, the contract and its reference pages. Every other
 * answer (errors, credentials, live look-ups, anything that depends on the caller) keeps the
 * `Cache-Control: no-store` the request context sets.
 *
 * - `Cache-Control: public, max-age=3600` (RFC 9111 §5.2.2): nothing in these answers belongs to
 *   a caller, so shared caches may keep them. They change only when a new revision is deployed
 *   (the GKE version table, a parser fix, a new contract); an hour bounds how long a cache can
 *   serve the previous revision's answer, and past it the `ETag` makes the refresh a bodiless 304.
 * - A strong `ETag` (RFC 9110 §8.8.3): a SHA-256 of the body bytes, so it changes exactly when the
 *   bytes do, also across deploys that keep the API version.
 * - `If-None-Match` (RFC 9110 §13.1.2, weak comparison) is answered `304 Not Modified` with the
 *   same `ETag`, `Cache-Control` and `Vary` and no body (RFC 9110 §15.4.5).
 */
import { createHash } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from './env';
import { mergeVary } from './vary';

export const CACHE_MAX_AGE_SECONDS = 3600;
export const CACHE_CONTROL = `public, max-age=${CACHE_MAX_AGE_SECONDS}`;

/** A strong entity tag for these exact bytes: 128 bits of their SHA-256, base64url. */
export function entityTagFor(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/**
 * Whether `If-None-Match` names the current representation (RFC 9110 §13.1.2): `*`, or any
 * listed tag equal to `etag` under weak comparison (a `W/` prefix is ignored).
 */
export function matchesIfNoneMatch(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const wanted = etag.replace(/^W\//, '');
  return ifNoneMatch
    .slice(0, 4096)
    .split(',')
    .some((candidate) => {
      const tag = candidate.trim();
      return tag === '*' || tag.replace(/^W\//, '') === wanted;
    });
}

export interface CacheableAnswer {
  body: string | Uint8Array;
  contentType: string;
  /** Request headers the representation depends on (sent as `Vary`). */
  vary?: string;
  /** Precomputed `entityTagFor(body)`, for bodies that are served many times. */
  etag?: string;
  /**
   * Further headers of the representation, sent with the 304 too: a cache updates the stored
   * answer's headers from a 304 (RFC 9111 §4.3.4), so a page's own Content-Security-Policy
   * must be on both or a revalidated page would get the service's default policy.
   */
  headers?: Record<string, string>;
  /** `Content-Encoding` of `body` (200 only). */
  contentEncoding?: string;
}

/** A 200 with the caching headers, or a 304 when the client already holds these bytes. */
export function cacheableResponse(c: Context<AppEnv>, answer: CacheableAnswer): Response {
  const etag = answer.etag ?? entityTagFor(answer.body);
  const headers: Record<string, string> = {
    ...answer.headers,
    etag,
    'cache-control': CACHE_CONTROL,
  };
  if (answer.vary) headers.vary = answer.vary;
  if (matchesIfNoneMatch(c.req.header('if-none-match'), etag)) {
    return c.body(null, 304, headers);
  }
  if (answer.contentEncoding) headers['content-encoding'] = answer.contentEncoding;
  return c.body(answer.body as string, 200, { ...headers, 'content-type': answer.contentType });
}

/** A cacheable JSON answer (`c.json` with validators). */
export function cacheableJson(c: Context<AppEnv>, value: unknown, vary?: string): Response {
  return cacheableResponse(c, {
    body: JSON.stringify(value),
    contentType: 'application/json',
    ...(vary ? { vary } : {}),
  });
}

// The contract's side: the headers and the 304 every cacheable operation declares.

const ETAG_PATTERN = '^"[A-Za-z0-9_-]{22}"$';

export interface CacheHeadersOptions {
  /** Request headers the answer may vary by. */
  vary?: string;
  /**
   * When only some 200 answers are cacheable (the others stay `no-store`): the condition, as a
   * phrase ("when `resolveDigest` is false"). `ETag` and `Vary` are then sent only under it.
   */
  onlyWhen?: string;
}

/** Response headers of a cacheable 200 (and of its 304), for `createRoute`'s `headers`. */
export function cacheHeaders(options: CacheHeadersOptions = {}) {
  const { vary, onlyWhen } = options;
  const required = onlyWhen === undefined;
  const when = onlyWhen === undefined ? '' : ` Sent only ${onlyWhen}.`;
  return {
    'Cache-Control': {
      description: required
        ? `\`${CACHE_CONTROL}\`: the answer is the same for every caller and changes only with a new deployment of the service, so any cache may keep it ${CACHE_MAX_AGE_SECONDS} s and then revalidate it with \`If-None-Match\`.`
        : `\`${CACHE_CONTROL}\` ${onlyWhen} (the same for every caller, it changes only with a new deployment; revalidate with \`If-None-Match\`), otherwise \`no-store\`.`,
      required: true,
      schema: {
        type: 'string' as const,
        enum: required ? [CACHE_CONTROL] : [CACHE_CONTROL, 'no-store'],
        example: CACHE_CONTROL,
      },
    },
    ETag: {
      description: `Strong entity tag of the body bytes; send it back as \`If-None-Match\` to get a bodiless \`304\` while it still matches.${when}`,
      required,
      schema: {
        type: 'string' as const,
        pattern: ETAG_PATTERN,
        example: '"Vb7fRk3xUe0CwXn9Q2mJ1a"',
      },
    },
    ...(vary
      ? {
          Vary: {
            description: `Caches key the answer on \`${vary}\` too (and on \`Accept-Language\`, which every answer names).${when}`,
            required,
            schema: {
              type: 'string' as const,
              enum: [mergeVary(vary, 'Accept-Language')],
              example: mergeVary(vary, 'Accept-Language'),
            },
          },
        }
      : {}),
  };
}

/** The `304` a cacheable operation answers to a matching `If-None-Match`. */
export function notModifiedResponse(options: CacheHeadersOptions = {}) {
  const { vary } = options;
  return {
    304: {
      description: `Not Modified: \`If-None-Match\` names the current \`ETag\`. No body; the same ${vary ? '`ETag`, `Cache-Control` and `Vary`' : '`ETag` and `Cache-Control`'} as the 200.`,
      headers: cacheHeaders(vary ? { vary } : {}),
    },
  };
}

/** The conditional request header of a cacheable operation, for `createRoute`'s `request.headers`. */
export const ConditionalRequestHeadersSchema = z.object({
  'if-none-match': z
    .string()
    .optional()
    .openapi({
      param: {
        name: 'if-none-match',
        in: 'header',
        description:
          'The `ETag` of an answer already held (or `*`); when it matches, the answer is `304` with no body.',
      },
      // No example: the interactive reference would fill it in and send it with every call.
    }),
});
