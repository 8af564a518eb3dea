import type { z } from 'zod';

/**
 * A start-up configuration document (trusted issuers, access policy) is invalid. The message
 * lists every problem with the path of the bad field (`rules[0].callers[1].issuer: …`), so the
 * operator can fix the JSON without guessing; the process should not start.
 */
export class AuthConfigError extends Error {
  constructor(
    readonly document: string,
    readonly problems: string[],
  ) {
    super(`Invalid ${document}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'AuthConfigError';
  }
}

export function pathOf(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text === '' ? '(root)' : text;
}

export function toConfigError(document: string, error: z.ZodError): AuthConfigError {
  return new AuthConfigError(
    document,
    error.issues.map((issue) => `${pathOf(issue.path)}: ${issue.message}`),
  );
}
