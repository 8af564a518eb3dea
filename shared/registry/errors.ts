import type { Message } from '../i18n';
import { AppError, type FieldPath } from '../problems';

/**
 * The registry client's problems, as catalogue messages (`registry.*`). Details name the host,
 * repository and reference, never an upstream body (a registry's message could echo a
 * credential); the original error is the cause.
 */

export const DOWNLOAD_PERMISSION = 'artifactregistry.repositories.downloadArtifacts';
const DEFAULT_RETRY_AFTER_SECONDS = 30;
const MAX_RETRY_AFTER_SECONDS = 3600;

/** Whom an operation works for: the registry as the input wrote it, and the input field it came from. */
export interface Subject {
  registry: string;
  /** `['reference']` for a look-up, `['repository']` for a token exchange. */
  path: FieldPath;
}

/** One manifest look-up. */
export interface LookupContext extends Subject {
  repositoryPath: string;
  /** A tag or a digest. */
  reference: string;
}

/** Why a host may not be contacted: a `registry.refusal.*` message. */
export type Refusal = Message;
/** What went wrong upstream: a `registry.reason.*` message. */
export type Reason = Message;

const nameOf = (lookup: LookupContext): string =>
  `${lookup.registry}/${lookup.repositoryPath}${lookup.reference.includes(':') ? '@' : ':'}${lookup.reference}`;

export type NotAllowedRole = 'registry' | 'realm' | 'redirect' | 'google-realm' | 'google-registry';

const NOT_ALLOWED_MESSAGES = {
  registry: 'registry.notAllowed.registry',
  realm: 'registry.notAllowed.realm',
  redirect: 'registry.notAllowed.redirect',
  'google-realm': 'registry.notAllowed.googleRealm',
  'google-registry': 'registry.notAllowed.googleRegistry',
} as const satisfies Record<NotAllowedRole, Message['id']>;

/** `reason` is left out of the roles whose text says why by itself. */
export function registryNotAllowed(
  host: string,
  role: NotAllowedRole,
  reason: Refusal | null,
  subject: Subject,
): AppError {
  return new AppError(
    'REGISTRY_NOT_ALLOWED',
    {
      id: NOT_ALLOWED_MESSAGES[role],
      params: {
        host,
        registry: subject.registry,
        ...(reason === null ? {} : { reason }),
        ...(role === 'google-registry' ? {} : { fix: { id: 'registry.notAllowed.fix' } }),
      },
    },
    { path: subject.path, extensions: { host, registry: subject.registry } },
  );
}

export function permissionDenied(
  lookup: LookupContext,
  details: {
    identity: string | null;
    google: boolean;
    status: number;
    by: 'registry' | 'token service';
    upstreamCode?: string;
  },
): AppError {
  const by: Message = {
    id:
      details.by === 'registry' ? 'registry.denied.by.registry' : 'registry.denied.by.tokenService',
  };
  const name = nameOf(lookup);
  const detail: Message = details.google
    ? {
        id: 'registry.denied.google',
        params: {
          by,
          identity: details.identity ?? { id: 'registry.serviceIdentity' },
          name,
          status: details.status,
          permission: DOWNLOAD_PERMISSION,
        },
      }
    : { id: 'registry.denied.anonymous', params: { by, name, status: details.status } };
  return new AppError('REGISTRY_PERMISSION_DENIED', detail, {
    path: lookup.path,
    extensions: {
      identity: details.identity,
      ...(details.google ? { permission: DOWNLOAD_PERMISSION } : {}),
      registry: lookup.registry,
      repositoryPath: lookup.repositoryPath,
      upstreamStatus: details.status,
      ...(details.upstreamCode === undefined ? {} : { upstreamCode: details.upstreamCode }),
    },
  });
}

/** The token service would not issue a token for the scope with the credential it was given. */
export function tokenExchangeDenied(
  subject: Subject,
  details: { repositoryPath: string; scope: string; status: number; upstreamCode?: string },
): AppError {
  return new AppError(
    'REGISTRY_PERMISSION_DENIED',
    {
      id: 'registry.tokenExchange.denied',
      params: { registry: subject.registry, scope: details.scope, status: details.status },
    },
    {
      path: subject.path,
      extensions: {
        registry: subject.registry,
        repositoryPath: details.repositoryPath,
        upstreamStatus: details.status,
        ...(details.upstreamCode === undefined ? {} : { upstreamCode: details.upstreamCode }),
      },
    },
  );
}

export function manifestUnknown(lookup: LookupContext): AppError {
  return new AppError(
    'MANIFEST_UNKNOWN',
    { id: 'registry.manifestUnknown', params: { registry: lookup.registry, name: nameOf(lookup) } },
    {
      path: lookup.path,
      extensions: {
        registry: lookup.registry,
        repositoryPath: lookup.repositoryPath,
        reference: lookup.reference,
      },
    },
  );
}

export function upstreamTimeout(host: string, timeoutMs: number, cause: unknown): AppError {
  return new AppError(
    'UPSTREAM_TIMEOUT',
    { id: 'registry.timeout', params: { host, timeoutMs } },
    { cause, extensions: { host, timeoutMs } },
  );
}

export function upstreamError(host: string, reason: Reason, cause?: unknown): AppError {
  return new AppError(
    'UPSTREAM_ERROR',
    { id: 'registry.upstreamError', params: { host, reason } },
    { cause, extensions: { host } },
  );
}

/** `Retry-After` as seconds (delta or HTTP date), clamped; the default when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: number): number {
  if (header !== null) {
    const trimmed = header.trim();
    let seconds = Number.NaN;
    if (/^\d+$/.test(trimmed)) seconds = Number(trimmed);
    else {
      const date = Date.parse(trimmed);
      if (!Number.isNaN(date)) seconds = Math.ceil((date - now) / 1000);
    }
    if (Number.isFinite(seconds)) return Math.min(Math.max(seconds, 1), MAX_RETRY_AFTER_SECONDS);
  }
  return DEFAULT_RETRY_AFTER_SECONDS;
}

export function upstreamRateLimited(host: string, retryAfter: number): AppError {
  return new AppError(
    'UPSTREAM_RATE_LIMITED',
    { id: 'registry.rateLimited', params: { host, retryAfter } },
    {
      headers: { 'Retry-After': String(retryAfter) },
      extensions: { host, retryAfterSeconds: retryAfter },
    },
  );
}

export function invalidRegistryHost(subject: Subject): AppError {
  return new AppError(
    'INVALID_REFERENCE',
    { id: 'registry.invalidHost', params: { registry: subject.registry.slice(0, 300) } },
    { path: subject.path },
  );
}

export function noCredentials(host: string, cause?: unknown): AppError {
  return new AppError(
    'NO_CREDENTIALS',
    { id: 'registry.noCredentials', params: { host } },
    cause === undefined ? {} : { cause },
  );
}
