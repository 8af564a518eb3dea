import { redactString, REDACTED } from '../log';

/**
 * An upstream failure reduced to what is safe to keep as an AppError `cause`: a name, a message
 * scrubbed of every known secret and of anything shaped like a credential, and the HTTP status
 * or error code. The original object is dropped on purpose: gaxios errors carry the request
 * (with its `Authorization` header) and google-auth-library puts whole JWTs in messages.
 */
export class SanitizedUpstreamError extends Error {
  readonly status: number | undefined;
  readonly code: string | undefined;

  constructor(name: string, message: string, status: number | undefined, code: string | undefined) {
    super(message);
    this.name = name;
    this.status = status;
    this.code = code;
  }
}

/** Replaces each exact secret, then any credential-shaped text, in `text`. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let result = text;
  for (const secret of secrets) {
    // Short values could be ordinary words; real tokens are long.
    if (secret !== undefined && secret.length >= 8) result = result.split(secret).join(REDACTED);
  }
  return redactString(result);
}

export function sanitizeError(
  error: unknown,
  secrets: readonly (string | undefined)[] = [],
): SanitizedUpstreamError {
  if (!(error instanceof Error)) {
    return new SanitizedUpstreamError(
      'Error',
      redactSecrets(String(error), secrets),
      undefined,
      undefined,
    );
  }
  const record = error as Error & {
    status?: unknown;
    code?: unknown;
    response?: { status?: unknown };
  };
  const status =
    typeof record.status === 'number'
      ? record.status
      : typeof record.response?.status === 'number'
        ? record.response.status
        : undefined;
  const code =
    typeof record.code === 'string' || typeof record.code === 'number'
      ? String(record.code)
      : undefined;
  return new SanitizedUpstreamError(
    redactSecrets(error.name, secrets),
    redactSecrets(error.message, secrets),
    status,
    code === undefined ? undefined : redactSecrets(code, secrets),
  );
}
