/**
 * Component schemas of the preconditions answers, shared by every endpoint that reports checks
 * (`/v1/preconditions/evaluate`, `/v1/manifests/check`, `/v1/troubleshooting/plans`).
 */
import { z } from '@hono/zod-openapi';
import {
  ClusterFactsSchema,
  NodeImageTypeSchema,
  RepositoryFactsSchema,
} from '../../shared/cluster';
import type { CheckId, CheckStatus, Verdict } from '../../shared/preconditions';
import { ArtifactRegistryImageSchema } from '../images/route';

/* Every value of the domain's unions, checked by the compiler: adding an id there fails here. */
const CHECK_ID_SET = {
  'image-reference': true,
  'gke-version': true,
  'public-repository': true,
  'node-service-account': true,
  'cross-project': true,
  'access-scopes': true,
  'network-path': true,
  runtime: true,
  'registry-location': true,
  'gcr-transition': true,
} as const satisfies Record<CheckId, true>;
const CHECK_STATUS_SET = {
  pass: true,
  fail: true,
  warn: true,
  unknown: true,
  'not-applicable': true,
} as const satisfies Record<CheckStatus, true>;
const VERDICT_SET = {
  ready: true,
  'action-required': true,
  unknown: true,
} as const satisfies Record<Verdict, true>;

const keysOf = <K extends string>(set: Record<K, true>) => Object.keys(set) as [K, ...K[]];

export const CHECK_IDS = keysOf(CHECK_ID_SET);
export const VERDICTS = keysOf(VERDICT_SET);

export const EXAMPLE_IMAGE = `us-central1-docker.pkg.dev/my-project/my-repo/web@sha256:${'ab'.repeat(32)}`;
export const EXAMPLE_CLUSTER = {
  version: '1.30.5-gke.1014001',
  projectId: 'my-project',
  projectNumber: '123456789012',
  location: 'us-central1-a',
  nodeServiceAccount: 'default',
  nodeOauthScopes: ['https://www.googleapis.com/auth/devstorage.read_only'],
  nodeImageType: 'COS_CONTAINERD',
  privateNodes: false,
};

/** The cluster facts and repository facts, from the domain schema (its rules are the contract's). */
export const ClusterSchema = ClusterFactsSchema.meta({ id: 'Cluster' });
export const RepositorySchema = RepositoryFactsSchema.meta({ id: 'RepositoryFacts' });
export { NodeImageTypeSchema };

export const RemediationSchema = z
  .object({
    summary: z.string(),
    commands: z.array(z.string()).openapi({
      description:
        'Exact commands with the request values filled in; values not given are UPPER_SNAKE placeholders (`PROJECT_NUMBER`, `CLUSTER_NAME`).',
    }),
    docs: z.array(z.string()),
  })
  .openapi('Remediation');

export const CheckSchema = z
  .object({
    id: z.enum(CHECK_IDS).openapi({ description: 'Stable check id (contract).' }),
    status: z.enum(keysOf(CHECK_STATUS_SET)),
    message: z.string().openapi({ description: 'In the negotiated language.' }),
    evidence: z.record(z.string(), z.unknown()).openapi({
      description:
        'The facts the status rests on (machine fields, identical in every language). `source` is `request` or `live` (Google was asked; live checks name the `binding` that grants access, or null).',
    }),
    missing: z.array(z.string()).openapi({
      description:
        'JSON Pointers of the request fields whose absence made the check `unknown` or left a placeholder in its commands, e.g. `/cluster/projectNumber` (the default service account\'s address needs it). A field given but incomplete (`"version": "1.15"`) is not missing: the message and `evidence` say what it lacks.',
    }),
    remediation: RemediationSchema.nullable(),
  })
  .openapi('Check');

export const VerdictSchema = z.enum(VERDICTS).openapi('Verdict', {
  description:
    '`action-required` when a check fails; `unknown` when a decisive check (image-reference, gke-version, node-service-account, cross-project, access-scopes, network-path) is unknown; else `ready`.',
});

export const PreconditionsImageSchema = z
  .object({
    reference: z.string().openapi({ description: 'The input, verbatim.' }),
    normalized: z.string(),
    registry: z.string(),
    repository: z.string(),
    tag: z.string().nullable(),
    digest: z.string().nullable(),
    artifactRegistry: ArtifactRegistryImageSchema.nullable(),
  })
  .openapi('PreconditionsImage');

export const EvaluateRequestSchema = z
  .object({
    image: z.string().max(8192).openapi({
      description:
        'Image reference as the Pod spec names it. An invalid one is not a 400: the `image-reference` check fails and says why.',
      example: EXAMPLE_IMAGE,
    }),
    cluster: ClusterSchema,
    repository: RepositorySchema.optional(),
    live: z.boolean().default(false).openapi({
      description:
        "Ask Google with the service's own credentials (IAM Policy Troubleshooter for the node service account, the repository's IAM policy for `allUsers`) instead of inferring. A question the service may not ask is an `unknown` check naming the permission it needs.",
    }),
  })
  .openapi('PreconditionsRequest');

export const EvaluateResponseSchema = z
  .object({
    verdict: VerdictSchema,
    image: PreconditionsImageSchema.nullable().openapi({
      description: 'The parsed reference; null when it is not valid (see `image-reference`).',
    }),
    checks: z.array(CheckSchema).openapi({ description: 'Every check, always in the same order.' }),
  })
  .openapi('PreconditionsResult');
