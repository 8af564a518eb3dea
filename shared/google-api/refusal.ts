import { parseGoogleApiError, type GoogleApiError } from './error-body';

/**
 * What Google's refusal means, told apart by the ErrorInfo `reason` rather than by the HTTP
 * status alone: a 403 is a missing IAM permission, an API switched off in the caller's project,
 * or an access token without the scope the API needs, and each has a different fix.
 *
 * - `permission-denied` (reason `IAM_PERMISSION_DENIED`, or a 403 without a reason): the caller
 *   lacks `permission`. Google says "(or it may not exist)" when it will not tell a caller
 *   without permission whether the resource exists: then both are possible (`mayNotExist`).
 * - `api-disabled` (`SERVICE_DISABLED`): `service` is not enabled in the `consumer` project.
 * - `scope-insufficient` (`ACCESS_TOKEN_SCOPE_INSUFFICIENT`): the token lacks the OAuth scope.
 * - `not-found` (404), `unauthenticated` (401), `other` (anything else).
 */
export type GoogleRefusal =
  | { kind: 'permission-denied'; permission: string | null; mayNotExist: boolean }
  | { kind: 'api-disabled'; service: string | null; consumer: string | null }
  | { kind: 'scope-insufficient'; service: string | null }
  | { kind: 'not-found' }
  | { kind: 'unauthenticated' }
  | { kind: 'other' };

/** Google's own words when it does not reveal whether the resource exists. */
export const MAY_NOT_EXIST_MARKER = '(or it may not exist)';

export function classifyGoogleRefusal(
  httpStatus: number,
  body: unknown,
): { refusal: GoogleRefusal; error: GoogleApiError | null } {
  const error = parseGoogleApiError(body);
  return { refusal: refusalOf(httpStatus, error), error };
}

function refusalOf(httpStatus: number, error: GoogleApiError | null): GoogleRefusal {
  const metadata = error?.metadata ?? {};
  switch (error?.reason) {
    case 'SERVICE_DISABLED':
      return {
        kind: 'api-disabled',
        service: metadata.service ?? null,
        consumer: metadata.consumer ?? null,
      };
    case 'ACCESS_TOKEN_SCOPE_INSUFFICIENT':
      return { kind: 'scope-insufficient', service: metadata.service ?? null };
    case 'IAM_PERMISSION_DENIED':
      return permissionDenied(error);
  }
  if (httpStatus === 401) return { kind: 'unauthenticated' };
  if (httpStatus === 403) return permissionDenied(error);
  if (httpStatus === 404) return { kind: 'not-found' };
  return { kind: 'other' };
}

function permissionDenied(error: GoogleApiError | null): GoogleRefusal {
  return {
    kind: 'permission-denied',
    permission: error?.metadata.permission ?? null,
    mayNotExist: error?.message?.includes(MAY_NOT_EXIST_MARKER) ?? false,
  };
}

/** `projects/123456789012` (ErrorInfo `consumer`) → `123456789012`; anything else → null. */
export function projectOfConsumer(consumer: string | null): string | null {
  const match = /^projects\/([a-z0-9.:-]{1,100})$/.exec(consumer ?? '');
  return match?.[1] ?? null;
}
