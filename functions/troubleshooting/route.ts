import { createRoute, z } from '@hono/zod-openapi';
import { refusedWith } from '../../shared/problems';
import { CAUSES, REGISTRY_KINDS } from '../../shared/troubleshooting';
import { RunbookFormatQuerySchema } from '../http/runbook-answer';
import { problemResponses } from '../http/schemas';
import { CheckSchema, ClusterSchema, RepositorySchema } from '../preconditions/schemas';

const EXAMPLE_ERROR =
  'Failed to pull image "us-central1-docker.pkg.dev/acme-prod/services/checkout:1.8.2": rpc error: code = Unknown desc = failed to pull and unpack image "us-central1-docker.pkg.dev/acme-prod/services/checkout:1.8.2": failed to resolve reference "us-central1-docker.pkg.dev/acme-prod/services/checkout:1.8.2": pulling from host us-central1-docker.pkg.dev failed with status code [manifests 1.8.2]: 403 Forbidden';

const CauseSchema = z.enum(CAUSES).openapi('Cause', {
  description: 'What most likely stops the pull. A cause never changes meaning.',
});

const PlanCommandSchema = z
  .object({
    shell: z.enum(['bash', 'powershell']),
    run: z.string().openapi({
      description:
        'The exact command; unknown values are UPPER_SNAKE placeholders listed in `placeholders`.',
    }),
    runOn: z.enum(['workstation', 'node']),
    mutates: z.boolean().openapi({
      description:
        'True when the command changes the cluster, IAM, the registry or local configuration.',
    }),
    placeholders: z.array(z.string()),
  })
  .openapi('PlanCommand');

export const PlanStepSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    detail: z.string(),
    commands: z.array(PlanCommandSchema),
    expect: z.string().openapi({ description: 'What success looks like.' }),
    onFailure: z
      .string()
      .nullable()
      .openapi({ description: 'The id of the step to follow when this one fails.' }),
    kind: z.enum(['diagnose', 'fix', 'verify', 'info']),
    branch: z
      .boolean()
      .openapi({ description: "Reached only through another step's `onFailure`." }),
    checkId: z
      .string()
      .optional()
      .openapi({ description: 'The precondition check whose remediation this step runs.' }),
  })
  .openapi('PlanStep');

export const TroubleshootingPlanSchema = z
  .object({
    language: z.enum(['en', 'es']),
    diagnosis: z.object({
      cause: CauseSchema,
      confidence: z.number().min(0).max(1),
      summary: z.string(),
      evidence: z.array(z.object({ pattern: z.string(), excerpt: z.string() })),
      extracted: z.object({
        image: z.string().nullable(),
        registry: z.string().nullable(),
        httpStatus: z.number().int().nullable(),
        permission: z.string().nullable(),
        resource: z.string().nullable(),
        secret: z.string().nullable(),
        pod: z.string().nullable(),
        container: z.string().nullable().openapi({
          description: 'The container whose image failed, when the text names it.',
        }),
        namespace: z.string().nullable(),
        vpcServiceControlsId: z.string().nullable(),
      }),
    }),
    alternatives: z.array(z.object({ cause: CauseSchema, confidence: z.number().min(0).max(1) })),
    steps: z.array(PlanStepSchema),
    checks: z.array(CheckSchema),
    context: z.object({
      os: z.enum(['linux', 'windows']),
      via: z.enum(['gcloud', 'console']),
      repositoryPublic: z.boolean().nullable(),
      projectId: z.string().nullable(),
      zone: z.string().nullable(),
      nodeName: z.string().nullable(),
      image: z.string().nullable(),
      registry: z.string().nullable().openapi({
        description: 'The registry host the plan is about (`docker.io` for Docker Hub).',
      }),
      registryFamily: z.enum(REGISTRY_KINDS).openapi({
        description:
          "Which registry that is. Only `google` (`*.pkg.dev`, `gcr.io`, `*.gcr.io`, `container.cloud.google.com`: the hosts GKE nodes send their credentials to) gets steps with the node's Google token; any other registry gets its own credentials; `unknown` gets none.",
      }),
      autopilot: z.boolean().openapi({
        description: '`cluster.autopilot`: no node pools, no SSH to nodes; Pods test the pull.',
      }),
    }),
  })
  .openapi('TroubleshootingPlan');

export const PlanRequestSchema = z
  .object({
    error: z.string().max(65536).optional().openapi({
      description: 'The verbatim event or command output (up to 64 KiB).',
      example: EXAMPLE_ERROR,
    }),
    image: z
      .string()
      .max(4096)
      .optional()
      .openapi({ example: 'us-central1-docker.pkg.dev/acme-prod/services/checkout:1.8.2' }),
    node: z
      .object({
        name: z.string().max(253).optional(),
        zone: z.string().max(63).optional(),
        projectId: z.string().max(100).optional(),
        os: z.enum(['linux', 'windows']).optional(),
      })
      .optional(),
    repository: RepositorySchema.optional(),
    via: z.enum(['gcloud', 'console']).optional().openapi({
      description: "How you reach the node: `gcloud compute ssh` or the console's SSH button.",
    }),
    cluster: ClusterSchema.optional(),
  })
  .refine((body) => body.error !== undefined || body.image !== undefined, {
    ...refusedWith('validation.errorOrImage'),
    path: ['error'],
  })
  .openapi('TroubleshootingRequest');

const planExample = {
  language: 'en',
  diagnosis: {
    cause: 'permission-denied',
    confidence: 0.9,
    summary: "The node's identity is not allowed to download from the repository.",
    evidence: [
      {
        pattern: 'http-403-registry',
        excerpt: 'failed with status code [manifests 1.8.2]: 403 Forbidden',
      },
    ],
    extracted: {
      image: 'us-central1-docker.pkg.dev/acme-prod/services/checkout:1.8.2',
      registry: 'us-central1-docker.pkg.dev',
      httpStatus: 403,
      permission: null,
      resource: null,
      secret: null,
      pod: null,
      container: null,
      namespace: null,
      vpcServiceControlsId: null,
    },
  },
  alternatives: [],
  steps: [
    {
      id: 'connect-node',
      title: 'Connect to the node',
      detail: 'Open a shell on the node that failed to pull.',
      commands: [
        {
          shell: 'bash',
          run: 'gcloud compute ssh --project=PROJECT_ID --zone=ZONE NODE_NAME',
          runOn: 'workstation',
          mutates: true,
          placeholders: ['PROJECT_ID', 'ZONE', 'NODE_NAME'],
        },
      ],
      expect: 'A shell prompt on the node.',
      onFailure: null,
      kind: 'diagnose',
      branch: false,
    },
  ],
  checks: [],
  context: {
    os: 'linux',
    via: 'gcloud',
    repositoryPublic: null,
    projectId: null,
    zone: null,
    nodeName: null,
    image: 'us-central1-docker.pkg.dev/acme-prod/services/checkout:1.8.2',
    registry: 'us-central1-docker.pkg.dev',
    registryFamily: 'google',
    autopilot: false,
  },
};

export const createPlanRoute = createRoute({
  method: 'post',
  path: '/v1/troubleshooting/plans',
  operationId: 'createTroubleshootingPlan',
  tags: ['Troubleshooting'],
  summary: 'Diagnose an image-pull error and plan the fix',
  description:
    "Classifies a pasted `ErrImagePull` / `ImagePullBackOff` event (or crictl, containerd or docker output) by its structure — status codes, Artifact Registry denials, containerd error shapes — and answers an ordered plan for that cause and that registry: the fix, reusing the precondition checks when `cluster` is given, then the pull as the kubelet would do it (`crictl pull` on the node, with the node's token from the metadata server only for Google's registries and that registry's own credentials for any other; a test Pod on Autopilot, `cluster.autopilot: true`). Values come from the request; unknown ones stay UPPER_SNAKE placeholders. `Accept` (or `?format=json|markdown|shell`) picks JSON, a Markdown runbook, or a safe bash script that only reads unless run with `--apply` (which also covers `gcloud compute ssh`). `Accept-Language: es` answers in Spanish.",
  request: {
    query: RunbookFormatQuerySchema,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: PlanRequestSchema,
          example: {
            error: EXAMPLE_ERROR,
            node: { name: 'gke-prod-pool-1-abcd', zone: 'us-central1-a', projectId: 'acme-prod' },
            via: 'gcloud',
          },
        },
      },
    },
  },
  responses: {
    200: {
      description:
        'The diagnosis and the plan, as JSON, Markdown or a bash script. `Content-Language` says the language.',
      headers: {
        'Content-Language': {
          schema: { type: 'string', enum: ['en', 'es'] },
          description: 'Language of the human-readable text.',
        },
      },
      content: {
        'application/json': { schema: TroubleshootingPlanSchema, example: planExample },
        'text/markdown': {
          schema: z.string(),
          example:
            '# Image pull troubleshooting\n\n**Cause:** permission-denied (confidence 0.9)\n\n## 1. Connect to the node\n\n```bash\ngcloud compute ssh --project=PROJECT_ID --zone=ZONE NODE_NAME\n```\n',
        },
        'text/x-shellscript': {
          schema: z.string(),
          example:
            '#!/usr/bin/env bash\n# Image pull troubleshooting: permission-denied\nset -eu\n',
        },
      },
    },
    ...problemResponses([400, 406], { hasBody: true }),
  },
});
