import type { z } from 'zod';

/**
 * The service's configuration is invalid: an environment variable, or a start-up document read
 * from one (trusted issuers, access policy). The message lists every problem with the path of
 * the bad field (`ACCESS_POLICY: rules[0].callers[1].issuer: …`), so the operator can fix it
 * without guessing; the process does not start.
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** A field path as an operator writes it: `rules[0].callers[1].issuer`. */
export function pathOf(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text === '' ? '(root)' : text;
}

/** A start-up document's validation failure, each issue prefixed with the document's name. */
export function toConfigError(document: string, error: z.ZodError): ConfigError {
  return new ConfigError(
    error.issues.map((issue) => `${document}: ${pathOf(issue.path)}: ${issue.message}`),
  );
}
