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

const PERIMETER_NETWORK =
  'https://www.googleapis.com/compute/v1/projects/my-project/global/networks/NETWORK_NAME';
const RESTRICTED_VIP = '199.36.153.4,199.36.153.5,199.36.153.6,199.36.153.7';

/** Private nodes in a VPC Service Controls perimeter without the restricted VIP zones. */
const perimeterExample = {
  verdict: 'action-required',
  image: {
    reference: `gcr.io/my-project/web@sha256:${'ab'.repeat(32)}`,
    normalized: `gcr.io/my-project/web@sha256:${'ab'.repeat(32)}`,
    registry: 'gcr.io',
    repository: 'gcr.io/my-project/web',
    tag: null,
    digest: `sha256:${'ab'.repeat(32)}`,
    artifactRegistry: {
      location: 'us',
      projectId: 'my-project',
      repository: 'gcr.io',
      image: 'web',
      host: 'gcr.io',
      containerRegistryHost: true,
    },
  },
  checks: [
    {
      id: 'network-path',
      status: 'fail',
      message:
        'Inside a VPC Service Controls perimeter, private nodes reach gcr.io only through the restricted VIP (restricted.googleapis.com, 199.36.153.4/30), and no private DNS zones send pkg.dev and gcr.io there: the names resolve to public addresses, and the pulls fail (Cloud NAT does not help: the perimeter covers only private hosts that reach Google APIs through Private Google Access).',
      evidence: {
        source: 'request',
        host: 'gcr.io',
        googleHost: true,
        hostKind: 'google',
        privateNodes: true,
        privateGoogleAccess: true,
        cloudNat: null,
        vpcServiceControls: true,
        restrictedVipDns: false,
        way: null,
      },
      missing: [],
      remediation: {
        summary:
          "Create private Cloud DNS zones for pkg.dev and gcr.io in the nodes' VPC network (in a Shared VPC, in the host project) that answer with the restricted VIP 199.36.153.4 to 199.36.153.7, turn on Private Google Access on the subnet, and allow egress to 199.36.153.4/30 on TCP port 443 if a firewall rule denies it.",
        commands: ['pkg.dev', 'gcr.io'].flatMap((domain) => {
          const zone = domain.replace('.', '-');
          return [
            `gcloud dns managed-zones create ${zone} --visibility=private --networks=${PERIMETER_NETWORK} --description="${domain} through restricted.googleapis.com" --dns-name=${domain}. --project=my-project`,
            `gcloud dns record-sets create ${domain}. --zone=${zone} --type=A --ttl=300 --rrdatas=${RESTRICTED_VIP} --project=my-project`,
            `gcloud dns record-sets create '*.${domain}.' --zone=${zone} --type=CNAME --ttl=300 --rrdatas=${domain}. --project=my-project`,
          ];
        }),
        docs: [
          'https://cloud.google.com/vpc-service-controls/docs/set-up-gke',
          'https://cloud.google.com/vpc-service-controls/docs/set-up-private-connectivity',
          'https://cloud.google.com/vpc/docs/configure-private-google-access#config-domain',
        ],
      },
    },
    {
      id: 'gcr-transition',
      status: 'warn',
      message:
        'The gcr.io repository exists in us, but redirection from Container Registry is off (REDIRECTION_FROM_GCR_IO_DISABLED): requests to gcr.io/my-project do not reach it.',
      evidence: {
        host: 'gcr.io',
        repository: 'projects/my-project/locations/us/repositories/gcr.io',
        location: 'us',
        projectId: 'my-project',
        source: 'live',
        repositoryExists: true,
        redirection: 'REDIRECTION_FROM_GCR_IO_DISABLED',
        pullPercent: null,
      },
      missing: [],
      remediation: {
        summary:
          "Check that the Artifact Registry roles on gcr.io match the old Cloud Storage ones (print-iam-policy prints them; the nodes' service account needs roles/artifactregistry.reader), then turn redirection on for project my-project.",
        commands: [
          'gcloud beta artifacts docker upgrade print-iam-policy gcr.io --project=my-project',
          'gcloud artifacts settings enable-upgrade-redirection --project=my-project',
        ],
        docs: [
          'https://cloud.google.com/artifact-registry/docs/transition/gcr-repositories',
          'https://cloud.google.com/artifact-registry/docs/transition/map-roles',
          'https://cloud.google.com/artifact-registry/docs/transition/auto-migrate-gcr-ar',
        ],
      },
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
    'Evaluates ten checks with stable ids (`image-reference`, `gke-version`, `public-repository`, `node-service-account`, `cross-project`, `access-scopes`, `network-path`, `runtime`, `registry-location`, `gcr-transition`) from the cluster facts given, each `pass`, `fail`, `warn`, `unknown` or `not-applicable`, with its evidence and, where something must change, the exact commands. A check whose inputs are missing is `unknown` and lists them in `missing`; nothing is guessed. `Accept-Language: es` answers every message in Spanish (`Content-Language` says which); machine fields never change with the language.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: EvaluateRequestSchema,
          examples: {
            standard: {
              summary: 'A Standard cluster with public nodes',
              value: {
                image: EXAMPLE_IMAGE,
                cluster: EXAMPLE_CLUSTER,
                repository: { public: false },
              },
            },
            autopilot: {
              summary: 'An Autopilot cluster (no node pools, containerd on Linux, regional)',
              value: {
                image: EXAMPLE_IMAGE,
                cluster: {
                  version: '1.31.6-gke.1020000',
                  projectId: 'my-project',
                  projectNumber: '123456789012',
                  location: 'us-central1',
                  name: 'auto-cluster',
                  autopilot: true,
                  nodeServiceAccount: 'default',
                },
              },
            },
            vpcServiceControls: {
              summary: 'Private nodes inside a VPC Service Controls perimeter',
              value: {
                image: `gcr.io/my-project/web@sha256:${'ab'.repeat(32)}`,
                cluster: {
                  ...EXAMPLE_CLUSTER,
                  privateNodes: true,
                  privateGoogleAccess: true,
                  vpcServiceControls: true,
                  restrictedVipDns: false,
                },
                live: true,
              },
            },
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
      content: {
        'application/json': {
          schema: EvaluateResponseSchema,
          examples: {
            versionTooOld: {
              summary: 'A GKE version without the default pull permission',
              value: evaluateExample,
            },
            perimeter: {
              summary: 'Private nodes in a VPC Service Controls perimeter, gcr.io asked live',
              value: perimeterExample,
            },
          },
        },
      },
    },
    ...problemResponses([400], { hasBody: true }),
  },
});
