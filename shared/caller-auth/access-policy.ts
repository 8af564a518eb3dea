import { z } from 'zod';
import type { Message } from '../i18n';
import { AppError } from '../problems';
import { toConfigError } from '../config';
import {
  compileRepositoryPattern,
  repositoryPatternProblem,
  type RepositoryPattern,
} from './repository-pattern';
import { normaliseIssuer } from './trusted-issuers';
import { ACCESS_VALUES, type Access, type Caller, type RepositoryLocator } from './types';

/** Bounds of a minted credential's lifetime, in seconds (IAM Credentials allows up to 3600 by default). */
export const MIN_LIFETIME_SECONDS = 300;
export const MAX_LIFETIME_SECONDS = 3600;

const SERVICE_ACCOUNT_EMAIL = /^[a-z0-9][a-z0-9._-]*@[a-z0-9][a-z0-9.:-]*\.gserviceaccount\.com$/;

const ClaimValueSchema = z.union([z.string(), z.number(), z.boolean()]);

export const CallerMatchSchema = z
  .strictObject({
    /** Exact issuer; `accounts.google.com` and `https://accounts.google.com` are the same. */
    issuer: z.string().min(1, 'must not be empty'),
    /** Exact `sub`. */
    subject: z.string().min(1, 'must not be empty').optional(),
    /** Exact verified `email`, compared case-insensitively. */
    email: z
      .string()
      .regex(/^[^@\s]+@[^@\s]+$/, 'must be an email address')
      .optional(),
    /** Each named top-level claim must equal the value (or, for an array claim, contain it). */
    claims: z.record(z.string().min(1), ClaimValueSchema).optional(),
  })
  .refine(
    (caller) =>
      caller.subject !== undefined ||
      caller.email !== undefined ||
      Object.keys(caller.claims ?? {}).length > 0,
    'must name a subject, an email or at least one claim: an issuer alone would admit every identity it issues tokens for',
  );

export const AccessRuleSchema = z.strictObject({
  name: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/,
      'must be 1-64 letters, digits, spaces, ".", "_" or "-"',
    ),
  callers: z.array(CallerMatchSchema).min(1, 'must list at least one caller'),
  repositories: z
    .array(
      z.string().superRefine((pattern, context) => {
        const problem = repositoryPatternProblem(pattern);
        if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
      }),
    )
    .min(1, 'must list at least one repository pattern'),
  /** Access the rule grants; `push` only when listed. */
  access: z.array(z.enum(ACCESS_VALUES)).min(1).default(['pull']),
  /** Service account to impersonate; holds only the reader (or writer) role on these repositories. */
  pullerServiceAccount: z
    .string()
    .regex(SERVICE_ACCOUNT_EMAIL, 'must be a service account email')
    .optional(),
  maxLifetimeSeconds: z
    .number()
    .int('must be a whole number of seconds')
    .min(MIN_LIFETIME_SECONDS)
    .max(MAX_LIFETIME_SECONDS)
    .default(MAX_LIFETIME_SECONDS),
});

export const AccessPolicySchema = z
  .strictObject({ rules: z.array(AccessRuleSchema) })
  .superRefine((policy, context) => {
    const names = new Set<string>();
    policy.rules.forEach((rule, index) => {
      if (names.has(rule.name)) {
        context.addIssue({
          code: 'custom',
          path: ['rules', index, 'name'],
          message: `"${rule.name}" is used twice`,
        });
      }
      names.add(rule.name);
    });
  });

export type AccessRule = z.output<typeof AccessRuleSchema>;
export type CallerMatch = z.output<typeof CallerMatchSchema>;

/** What a matching rule allows for one request. */
export interface Grant {
  ruleName: string;
  /** The service account to impersonate, or null: the service's own identity. */
  pullerServiceAccount: string | null;
  maxLifetimeSeconds: number;
  /** The access granted: exactly the access asked. */
  access: Access;
  /** `registry/repositoryPathPrefix` of the authorized repository, lower-case. */
  repository: string;
}

export interface AccessPolicy {
  readonly rules: readonly AccessRule[];
  /**
   * The first rule (in order) that matches the caller, the repository and the access wins.
   * Default deny: throws AppError PERMISSION_DENIED (403) naming the caller and the repository.
   */
  authorize(caller: Caller, repository: RepositoryLocator, access: Access): Grant;
}

/** Validates the policy (`ACCESS_POLICY`, already JSON-parsed) once, at start-up. Throws ConfigError. */
export function parseAccessPolicy(json: unknown): AccessPolicy {
  const result = AccessPolicySchema.safeParse(json);
  if (!result.success) throw toConfigError('ACCESS_POLICY', result.error);
  const rules = result.data.rules;
  const compiled = rules.map((rule) => ({
    rule,
    patterns: rule.repositories.map(compileRepositoryPattern),
  }));
  return {
    rules,
    authorize(caller, repository, access) {
      const target = `${repository.registry}/${repository.repositoryPathPrefix}`.toLowerCase();
      const match = compiled.find(
        ({ rule, patterns }) =>
          rule.access.includes(access) &&
          rule.callers.some((entry) => callerMatches(entry, caller)) &&
          patterns.some((pattern: RepositoryPattern) => pattern.matches(target)),
      );
      if (match === undefined) throw permissionDenied(caller, target, access);
      return {
        ruleName: match.rule.name,
        pullerServiceAccount: match.rule.pullerServiceAccount ?? null,
        maxLifetimeSeconds: match.rule.maxLifetimeSeconds,
        access,
        repository: target,
      };
    },
  };
}

export function callerMatches(entry: CallerMatch, caller: Caller): boolean {
  if (normaliseIssuer(entry.issuer) !== normaliseIssuer(caller.issuer)) return false;
  if (entry.subject !== undefined && entry.subject !== caller.subject) return false;
  if (entry.email !== undefined && entry.email.toLowerCase() !== caller.email?.toLowerCase())
    return false;
  for (const [name, expected] of Object.entries(entry.claims ?? {})) {
    const actual = Object.hasOwn(caller.claims, name) ? caller.claims[name] : undefined;
    const matched = Array.isArray(actual) ? actual.includes(expected) : actual === expected;
    if (!matched) return false;
  }
  return true;
}

function permissionDenied(caller: Caller, repository: string, access: Access): AppError {
  const subject = clip(caller.subject);
  const who: Message =
    caller.email === undefined
      ? { id: 'auth.caller.subject', params: { subject } }
      : { id: 'auth.caller.email', params: { email: clip(caller.email), subject } };
  return new AppError(
    'PERMISSION_DENIED',
    {
      id: access === 'push' ? 'auth.denied.push' : 'auth.denied.pull',
      params: { who, issuer: clip(caller.issuer), repository },
    },
    { extensions: { repository, access } },
  );
}

function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
