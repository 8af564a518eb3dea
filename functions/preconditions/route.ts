import { createRoute, z } from '@hono/zod-openapi';
import { problemResponses } from '../http/schemas';
import {
  EXAMPLE_CLUSTER,
  EXAMPLE_IMAGE,
  EvaluateRequestSchema,
  EvaluateResponseSchema,
} from './schemas';

export {
  CheckSchema,
  ClusterSchema,
  NodeImageTypeSchema,
  RepositorySchema,
  VerdictSchema,
} from './schemas';

const evaluateExample = {
  verdict: 'action-required',
  image: {
    reference: 'us-central1-docker.pkg.dev/my-project/my-repo/web:1.0',
    normalized: 'us-central1-docker.pkg.dev/my-project/my-repo/web:1.0',
    registry: 'us-central1-docker.pkg.dev',
    repository: 'us-central1-docker.pkg.dev/my-project/my-repo/web',
    tag: '1.0',
    digest: null,
    artifactRegistry: {
      location: 'us-central1',
      projectId: 'my-project',
      repository: 'my-repo',
      image: 'web',
      host: 'us-central1-docker.pkg.dev',
      containerRegistryHost: false,
    },
  },
  checks: [
    {
      id: 'gke-version',
      status: 'fail',
      message:
        'GKE 1.15.9-gke.7 predates the default pull permission (it needs 1.15.9-gke.8 or later): nodes cannot pull from Artifact Registry without imagePullSecrets.',
      evidence: {
        source: 'request',
        version: '1.15.9-gke.7',
        defaultPullPermission: false,
        minimumPatch: '1.15.9-gke.8',
        upgradeTarget: '1.15.9-gke.8',
        imagePullSecretsNeeded: true,
      },
      missing: [],
      remediation: {
        summary:
          'Give the Pods an imagePullSecret for us-central1-docker.pkg.dev, or upgrade the control plane and the node pools to 1.15.9-gke.8 or later.',
        commands: [
          'gcloud container clusters upgrade CLUSTER_NAME --master --cluster-version=1.15.9-gke.8 --location=CLUSTER_LOCATION --project=my-project',
        ],
        docs: ['https://cloud.google.com/artifact-registry/docs/integrate-gke'],
      },
    },
    {
      id: 'cross-project',
      status: 'pass',
      message:
        "The repository is in the cluster's project my-project: no cross-project grant is needed.",
      evidence: {
        source: 'request',
        repositoryProject: 'my-project',
        clusterProject: 'my-project',
        sameProject: true,
      },
      missing: [],
      remediation: null,
    },
    {
      id: 'registry-location',
      status: 'unknown',
      message: "The cluster's location is not known, so it cannot be compared with us-central1.",
      evidence: { source: 'request', repositoryLocation: 'us-central1' },
      missing: ['/cluster/location'],
      remediation: null,
    },
  ],
};

export const evaluatePreconditionsRoute = createRoute({
  method: 'post',
  path: '/v1/preconditions/evaluate',
  operationId: 'evaluatePreconditions',
  tags: ['Preconditions'],
  summary: 'Will GKE pull this image? Every precondition, with the exact fix',
  description:
    'Evaluates nine checks with stable ids (`image-reference`, `gke-version`, `public-repository`, `node-service-account`, `cross-project`, `access-scopes`, `network-path`, `runtime`, `registry-location`) from the cluster facts given, each `pass`, `fail`, `warn`, `unknown` or `not-applicable`, with its evidence and, where something must change, the exact commands. A check whose inputs are missing is `unknown` and lists them in `missing`; nothing is guessed. `Accept-Language: es` answers every message in Spanish (`Content-Language` says which); machine fields never change with the language.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: EvaluateRequestSchema,
          example: {
            image: EXAMPLE_IMAGE,
            cluster: EXAMPLE_CLUSTER,
            repository: { public: false },
          },
        },
      },
    },
  },
  responses: {
    200: {
      description: 'The verdict and every check.',
      headers: z.object({
        'content-language': z
          .enum(['en', 'es'])
          .openapi({ description: 'Language of the messages.' }),
      }),
      content: { 'application/json': { schema: EvaluateResponseSchema, example: evaluateExample } },
    },
    ...problemResponses([400], { hasBody: true }),
  },
});
