import { AppError } from '../problems';

/**
 * The registry client's problems. Details name the host, repository and reference, never an
 * upstream body (a registry's message could echo a credential); the original error is the cause.
 */

export const DOWNLOAD_PERMISSION = 'artifactregistry.repositories.downloadArtifacts';
const DEFAULT_RETRY_AFTER_SECONDS = 30;
const MAX_RETRY_AFTER_SECONDS = 3600;

export interface LookupContext {
  registry: string;
  repositoryPath: string;
  reference: string;
}

const nameOf = (lookup: LookupContext): string =>
  `${lookup.registry}/${lookup.repositoryPath}${lookup.reference.includes(':') ? '@' : ':'}${lookup.reference}`;

export type NotAllowedRole = 'registry' | 'realm' | 'redirect' | 'google-realm';

export function registryNotAllowed(
  host: string,
  role: NotAllowedRole,
  reason: string,
  lookup: LookupContext,
): AppError {
  const how =
    'Live look-ups only contact hosts on the allowlist in the server configuration ' +
    '(default: Artifact Registry Docker hosts of known locations, the gcr.io family and Docker Hub); ' +
    'an operator can add the host there.';
  const what: Record<NotAllowedRole, string> = {
    registry: `The registry host "${host}" may not be contacted for a live look-up (${reason}).`,
    realm: `The registry ${lookup.registry} sent us to the token service "${host}", which may not be contacted (${reason}).`,
    redirect: `The registry ${lookup.registry} redirected to "${host}", which may not be contacted (${reason}).`,
    'google-realm': `The registry ${lookup.registry} asked for the service's Google credentials to be sent to "${host}", which is not a Google registry host; they are never sent there.`,
  };
  return new AppError('REGISTRY_NOT_ALLOWED', `${what[role]} ${how}`, {
    path: ['reference'],
    extensions: { host, registry: lookup.registry },
  });
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
  const name = nameOf(lookup);
  const detail = details.google
    ? `The ${details.by} refused to let ${details.identity ?? "the service's Google identity"} pull ${name} (HTTP ${details.status}). ` +
      `That identity needs the permission ${DOWNLOAD_PERMISSION} on the repository (for example through roles/artifactregistry.reader), ` +
      'and the repository must exist.'
    : `The ${details.by} refused an anonymous pull of ${name} (HTTP ${details.status}). ` +
      'The image may be private or may not exist; this service sends credentials only to Artifact Registry and gcr.io hosts.';
  return new AppError('REGISTRY_PERMISSION_DENIED', detail, {
    path: ['reference'],
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

export function manifestUnknown(lookup: LookupContext): AppError {
  return new AppError(
    'MANIFEST_UNKNOWN',
    `The registry ${lookup.registry} has no manifest for ${nameOf(lookup)}. Check the tag or digest, and that the image was pushed to this repository.`,
    {
      path: ['reference'],
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
    `The registry look-up at ${host} did not finish within ${timeoutMs} ms. Retry later; if it persists, the registry or the network path to it is slow.`,
    { cause, extensions: { host, timeoutMs } },
  );
}

export function upstreamError(host: string, what: string, cause?: unknown): AppError {
  return new AppError(
    'UPSTREAM_ERROR',
    `The registry look-up at ${host} failed: ${what}. Retrying later may help.`,
    {
      cause,
      extensions: { host },
    },
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
    `The registry ${host} is rate limiting this service's requests. Retry after ${retryAfter} seconds.`,
    {
      headers: { 'Retry-After': String(retryAfter) },
      extensions: { host, retryAfterSeconds: retryAfter },
    },
  );
}

export function invalidTarget(detail: string): AppError {
  return new AppError('INVALID_REFERENCE', detail, { path: ['reference'] });
}
