import { createRoute, z } from '@hono/zod-openapi';
import {
  buildFederationPlan,
  FederationPlanRequestSchema,
  renderFederationMarkdown,
  renderFederationScript,
} from '../../shared/workload-identity';
import { problemResponses } from '../http/schemas';
import { FORMAT_MEDIA_TYPES, RunbookFormatQuerySchema } from '../http/runbook-answer';
import { PlanStepSchema } from '../troubleshooting/route';

const EXAMPLE_REQUEST = {
  issuerUri: 'https://k8s.example.internal',
  projectNumber: '123456789012',
  projectId: 'platform-prod',
  poolId: 'on-prem-clusters',
  providerId: 'cluster-a',
  namespace: 'apps',
  serviceAccount: 'web',
  repository: 'us-docker.pkg.dev/registry-project/team-images',
  serviceUrl: 'https://gke-pull-assistant-abc123-uc.a.run.app',
};

const POOL = 'projects/123456789012/locations/global/workloadIdentityPools/on-prem-clusters';
const PRINCIPAL = `principal://iam.googleapis.com/${POOL}/subject/system:serviceaccount:apps:web`;

// The examples are the service's own answers to the example request: they cannot drift. They are
// built when the OpenAPI document is (the getters below), not when the service starts: building
// the procedure and its two renderings cost ~1.5 ms of every cold start.
let examplePlan: ReturnType<typeof buildFederationPlan> | undefined;
const planExample = () => (examplePlan ??= buildFederationPlan(EXAMPLE_REQUEST, 'en'));

export const FederationPlanSchema = z
  .object({
    language: z.enum(['en', 'es']),
    summary: z.string(),
    values: z
      .object({
        issuer: z.string(),
        subject: z.string().openapi({ example: 'system:serviceaccount:apps:web' }),
        principal: z.string().openapi({ example: PRINCIPAL }),
        pool: z.string().openapi({ example: POOL }),
        provider: z.string().openapi({ example: `${POOL}/providers/cluster-a` }),
        audience: z.string().openapi({
          description: "The audience of the workload's projected service-account token.",
          example: `https://iam.googleapis.com/${POOL}/providers/cluster-a`,
        }),
        repository: z.string(),
        repositoryResource: z.string(),
        privateIssuer: z.boolean().openapi({
          description: 'True when the provider is created from the given JWKS (`--jwk-json-path`).',
        }),
      })
      .openapi({ description: 'The names the procedure creates and grants.' }),
    steps: z.array(PlanStepSchema),
  })
  .openapi('FederationPlan');

export const createFederationPlanRoute = createRoute({
  method: 'post',
  path: '/v1/workload-identity/plans',
  operationId: 'createWorkloadIdentityFederationPlan',
  tags: ['Workload Identity'],
  summary: 'The Workload Identity Federation procedure for a cluster outside Google Cloud',
  description: `The ordered procedure that lets one Kubernetes service account of a cluster outside Google Cloud pull from one Artifact Registry repository (https://cloud.google.com/iam/docs/workload-identity-federation-with-kubernetes): enable the APIs, create the workload identity pool and the OIDC provider (\`--issuer-uri\`, \`--attribute-mapping=google.subject=assertion.sub\`, and \`--jwk-json-path\` from \`jwks\` when the issuer is not public), grant \`roles/artifactregistry.reader\` on the repository to \`principal://iam.googleapis.com/projects/NUMBER/locations/global/workloadIdentityPools/POOL/subject/system:serviceaccount:NS:KSA\`, check it, \`create-cred-config\` for workloads, and for the kubelet's own pulls this service's credential provider (\`/v1/credential-provider\`) — or, where the kubelet cannot pass service-account tokens, a refreshed imagePullSecret from \`/v1/tokens\` (a branch step).

Every id is checked against Google's rules first: pool and provider IDs (4–32 of \`[a-z0-9-]\`, no \`gcp-\` prefix), \`google.subject\` (\`system:serviceaccount:NS:KSA\`, at most 127 bytes), the project number and ID, the namespace and service account names; a refusal is 400 \`INVALID_REQUEST\` with the field's \`pointer\` and the rule, with its source, in \`detail\`. \`Accept\` (or \`?format=json|markdown|shell\`) picks JSON, a Markdown runbook, or a bash script that only reads unless run with \`--apply\`; \`Accept-Language: es\` answers in Spanish.`,
  request: {
    query: RunbookFormatQuerySchema,
    body: {
      required: true,
      content: {
        'application/json': { schema: FederationPlanRequestSchema, example: EXAMPLE_REQUEST },
      },
    },
  },
  responses: {
    200: {
      description: 'The procedure, in the representation asked for.',
      content: {
        [FORMAT_MEDIA_TYPES.json]: {
          schema: FederationPlanSchema,
          get example() {
            return planExample();
          },
        },
        [FORMAT_MEDIA_TYPES.markdown]: {
          schema: z.string().openapi({ description: 'A Markdown runbook.' }),
          get example() {
            return renderFederationMarkdown(planExample());
          },
        },
        [FORMAT_MEDIA_TYPES.shell]: {
          schema: z.string().openapi({
            description: 'A bash script: read-only unless run with `--apply`.',
          }),
          get example() {
            return renderFederationScript(planExample());
          },
        },
      },
    },
    ...problemResponses([400, 406], { hasBody: true }),
  },
});
