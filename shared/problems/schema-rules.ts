import { z } from 'zod';
import { DEFAULT_LANGUAGE, translate, type Message, type MessageId } from '../i18n';
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
      context.addIssue({ code: 'custom', message: error.message, params: { appError: error } });
    }
  };
}

/** The domain error a schema issue carries, if a `parsedBy` rule raised it. */
export function appErrorOfIssue(issue: { code?: string; params?: unknown }): AppError | undefined {
  if (issue.code !== 'custom') return undefined;
  const candidate = (issue.params as { appError?: unknown } | undefined)?.appError;
  return isAppError(candidate) ? candidate : undefined;
}

/** A refused value as a detail shows it: JSON-quoted, a string cut at 120 characters. */
export function shownValue(value: unknown): string {
  return JSON.stringify(typeof value === 'string' ? value.slice(0, 120) : value) ?? 'undefined';
}

/** The rule in words of each pattern a schema declared with `matchingRule`, by `String(pattern)`. */
const RULE_OF_PATTERN = new Map<string, MessageId>();

/**
 * A string held to `pattern`, whose refusal says the rule in words (`rule.projectId`: "a project
 * ID such as my-project-123"). The zod issue keeps only the pattern, so the rule is found again by
 * it (`ruleOfPattern`) and rendered in the caller's language; zod's own message is the English.
 */
export function matchingRule(pattern: RegExp, rule: MessageId) {
  RULE_OF_PATTERN.set(String(pattern), rule);
  return z.string().regex(pattern, {
    error: (issue) =>
      translate(DEFAULT_LANGUAGE, 'validation.format.rule', {
        value: shownValue(issue.input),
        rule: { id: rule },
      }),
  });
}

export function ruleOfPattern(pattern: string | undefined): MessageId | undefined {
  return pattern === undefined ? undefined : RULE_OF_PATTERN.get(pattern);
}

/**
 * The options of a `.refine()` whose refusal is a catalogue message: zod's message is the
 * English, the issue carries the message for the caller's language (`messageOfIssue`).
 */
export function refusedWith(id: MessageId): { message: string; params: { message: Message } } {
  return { message: translate(DEFAULT_LANGUAGE, id), params: { message: { id } } };
}

/** The catalogue message a `refusedWith` refinement put in its issue. */
export function messageOfIssue(issue: { code?: string; params?: unknown }): Message | undefined {
  if (issue.code !== 'custom') return undefined;
  const candidate = (issue.params as { message?: Message } | undefined)?.message;
  return candidate !== undefined && typeof candidate.id === 'string' ? candidate : undefined;
}
