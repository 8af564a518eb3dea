/**
 * The values of a Workload Identity Federation procedure, each held to the rule Google (or
 * Kubernetes) applies to it, so that every command the plan writes names a valid resource:
 *
 * - pool and provider IDs: "4-32 characters, and may contain the characters [a-z0-9-]. The prefix
 *   `gcp-` is reserved for use by Google, and may not be specified."
 *   (https://cloud.google.com/iam/docs/reference/rest/v1/projects.locations.workloadIdentityPools/create,
 *   https://cloud.google.com/iam/docs/reference/rest/v1/projects.locations.workloadIdentityPools.providers/create);
 * - `google.subject`, mapped from the token's `sub` (`system:serviceaccount:NS:NAME`), is at most
 *   127 bytes (https://cloud.google.com/iam/docs/workload-identity-federation#mapping);
 * - the project number is digits, the project ID Resource Manager's rule (shared/image-ref);
 * - the namespace a DNS-1123 label, the service account name a DNS-1123 subdomain (Kubernetes).
 */
import { z } from 'zod';
import {
  DNS1123_LABEL,
  DNS1123_LABEL_MAX,
  DNS1123_SUBDOMAIN,
  DNS1123_SUBDOMAIN_MAX,
} from '../credentials';
import type { MessageId } from '../i18n';
import { PROJECT_ID_PATTERN, PROJECT_NUMBER_PATTERN } from '../image-ref';
import { AppError } from '../problems';

export const POOL_ID_MIN_LENGTH = 4;
export const POOL_ID_MAX_LENGTH = 32;
export const RESERVED_ID_PREFIX = 'gcp-';
/** Pool and provider IDs: 4-32 of [a-z0-9-], not starting with the reserved `gcp-`. */
export const POOL_ID_PATTERN = new RegExp(
  `^(?!${RESERVED_ID_PREFIX})[a-z0-9-]{${POOL_ID_MIN_LENGTH},${POOL_ID_MAX_LENGTH}}$`,
);
export const GOOGLE_SUBJECT_MAX_BYTES = 127;
/** At most this many keys in a JWKS given for a private issuer (a cluster has one or two). */
export const MAX_JWKS_KEYS = 16;

export const POOL_RULE_SOURCE =
  'https://cloud.google.com/iam/docs/reference/rest/v1/projects.locations.workloadIdentityPools/create';
export const PROVIDER_RULE_SOURCE =
  'https://cloud.google.com/iam/docs/reference/rest/v1/projects.locations.workloadIdentityPools.providers/create';
const SUBJECT_RULE_SOURCE =
  'https://cloud.google.com/iam/docs/workload-identity-federation#mapping';
const PROJECT_RULE_SOURCE =
  'https://cloud.google.com/resource-manager/docs/creating-managing-projects';
const KUBERNETES_NAMES_SOURCE =
  'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/';
const ISSUER_RULE_SOURCE =
  'https://cloud.google.com/iam/docs/workload-identity-federation-with-kubernetes';

interface Rule {
  what: MessageId;
  rule: MessageId;
  source: string;
  params?: Record<string, string | number>;
}

function invalid(field: string, value: string, { what, rule, source, params }: Rule): AppError {
  return new AppError(
    'INVALID_REQUEST',
    {
      id: 'wif.id.invalid',
      params: {
        field,
        value: JSON.stringify(value.slice(0, 200)),
        what: { id: what },
        rule: { id: rule, params: params ?? {} },
        source,
      },
    },
    { path: [field] },
  );
}

function check(field: string, value: string, valid: boolean, rule: Rule): string {
  if (!valid) throw invalid(field, value, rule);
  return value;
}

export const parsePoolId = (value: string, field = 'poolId') =>
  check(field, value, POOL_ID_PATTERN.test(value), {
    what: 'wif.what.pool-id',
    rule: 'wif.rule.pool-id',
    source: POOL_RULE_SOURCE,
  });

export const parseProviderId = (value: string, field = 'providerId') =>
  check(field, value, POOL_ID_PATTERN.test(value), {
    what: 'wif.what.provider-id',
    rule: 'wif.rule.pool-id',
    source: PROVIDER_RULE_SOURCE,
  });

export const parseProjectNumber = (value: string, field = 'projectNumber') =>
  check(field, value, PROJECT_NUMBER_PATTERN.test(value), {
    what: 'wif.what.project-number',
    rule: 'wif.rule.project-number',
    source: PROJECT_RULE_SOURCE,
  });

export const parseProjectId = (value: string, field = 'projectId') =>
  check(field, value, PROJECT_ID_PATTERN.test(value), {
    what: 'wif.what.project-id',
    rule: 'wif.rule.project-id',
    source: PROJECT_RULE_SOURCE,
  });

export const parseNamespace = (value: string, field = 'namespace') =>
  check(field, value, value.length <= DNS1123_LABEL_MAX && DNS1123_LABEL.test(value), {
    what: 'wif.what.namespace',
    rule: 'wif.rule.namespace',
    source: KUBERNETES_NAMES_SOURCE,
  });

export const parseServiceAccountName = (value: string, field = 'serviceAccount') =>
  check(field, value, value.length <= DNS1123_SUBDOMAIN_MAX && DNS1123_SUBDOMAIN.test(value), {
    what: 'wif.what.service-account',
    rule: 'wif.rule.service-account',
    source: KUBERNETES_NAMES_SOURCE,
  });

/** `system:serviceaccount:NS:NAME`, the `sub` of the service account's tokens. */
export function serviceAccountSubject(namespace: string, serviceAccount: string): string {
  return `system:serviceaccount:${namespace}:${serviceAccount}`;
}

/** The subject must fit `google.subject`; named at the service account, its longer part. */
export function checkSubjectLength(namespace: string, serviceAccount: string): string {
  const subject = serviceAccountSubject(namespace, serviceAccount);
  const bytes = Buffer.byteLength(subject, 'utf8');
  return check('serviceAccount', serviceAccount, bytes <= GOOGLE_SUBJECT_MAX_BYTES, {
    what: 'wif.what.service-account',
    rule: 'wif.rule.subject-length',
    source: SUBJECT_RULE_SOURCE,
    params: { subject, bytes },
  });
}

/** The cluster's issuer: an https URL Google can compare with the token's `iss`. */
export function parseIssuerUri(value: string, field = 'issuerUri'): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  const valid =
    url !== undefined &&
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    url.hash === '' &&
    !/[\s?#]/.test(value) &&
    value.length <= 2048;
  return check(field, value, valid, {
    what: 'wif.what.issuer',
    rule: 'wif.rule.issuer',
    source: ISSUER_RULE_SOURCE,
  });
}

export const JwksSchema = z
  .object({
    keys: z
      .array(z.looseObject({ kty: z.string().min(1) }))
      .min(1)
      .max(MAX_JWKS_KEYS),
  })
  .loose()
  .meta({
    description:
      "The cluster's JSON Web Key Set (`kubectl get --raw /openid/v1/jwks`), when its issuer is not reachable from Google: the provider is then created with `--jwk-json-path`.",
  });

export type Jwks = z.output<typeof JwksSchema>;

export function parseJwks(value: unknown, field = 'jwks'): Jwks {
  const result = JwksSchema.safeParse(value);
  if (!result.success) {
    throw invalid(field, JSON.stringify(value) ?? '', {
      what: 'wif.what.jwks',
      rule: 'wif.rule.jwks',
      source: ISSUER_RULE_SOURCE,
      params: { max: MAX_JWKS_KEYS },
    });
  }
  return result.data;
}
