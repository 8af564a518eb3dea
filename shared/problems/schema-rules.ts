import type { z } from 'zod';
import { isAppError, type AppError } from './app-error';

/**
 * A schema rule decided by a domain parser: the value is checked by the same function the domain
 * uses, and a refusal travels in the zod issue as the parser's own AppError, so a request
 * validator answers with the domain's code and detail (`INVALID_GKE_VERSION`, …), not a generic
 * one. Patterns declared on the same schema document the rule in the contract.
 */
export function parsedBy<T>(parse: (value: T) => unknown) {
  return (value: T, context: z.RefinementCtx): void => {
    try {
      parse(value);
    } catch (error) {
      if (!isAppError(error)) throw error;
      context.addIssue({
        code: 'custom',
        message: typeof error.detail === 'string' ? error.detail : error.detail.id,
        params: { appError: error },
      });
    }
  };
}

/** The domain error a schema issue carries, if a `parsedBy` rule raised it. */
export function appErrorOfIssue(issue: { code?: string; params?: unknown }): AppError | undefined {
  if (issue.code !== 'custom') return undefined;
  const candidate = (issue.params as { appError?: unknown } | undefined)?.appError;
  return isAppError(candidate) ? candidate : undefined;
}
