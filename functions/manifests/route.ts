import { createRoute, z } from '@hono/zod-openapi';
import { MANIFEST_LIMITS, type ManifestFindingCode } from '../../shared/manifests';
import { problemResponses } from '../http/schemas';
import { ClusterFactsSchema, refineAutopilotFacts, type ClusterFacts } from '../../shared/cluster';
import {
  CheckSchema,
  ClusterSchema,
  EXAMPLE_CLUSTER,
  RepositorySchema,
  VerdictSchema,
} from '../preconditions/schemas';

/** Media types of a raw manifest body (`curl --data-binary @deploy.yaml`). */
export const YAML_MEDIA_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'] as const;

const FINDING_CODE_SET = {
  POD_SPEC_MISSING: true,
  NO_CONTAINERS: true,
  CONTAINER_WITHOUT_IMAGE: true,
  WRONG_TYPE: true,
  INVALID_IMAGE_PULL_POLICY: true,
  IMAGE_PULL_SECRET_WITHOUT_NAME: true,
  EPHEMERAL_CONTAINERS_NOT_ALLOWED: true,
} as const satisfies Record<ManifestFindingCode, true>;

const EXAMPLE_MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: us-central1-docker.pkg.dev/my-project/my-repo/web@sha256:${'ab'.repeat(32)}
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports: [{port: 80}]
`;

export const ManifestCheckRequestSchema = z
  .object({
    manifest: z.string().openapi({
      description:
        'Kubernetes YAML or JSON: one or many documents (`---`), `List` and `*List` kinds. Images are read from Pods, Deployments, StatefulSets, DaemonSets, ReplicaSets, ReplicationControllers, Jobs, CronJobs and PodTemplates (containers, initContainers, ephemeralContainers).',
      example: EXAMPLE_MANIFEST,
    }),
    cluster: ClusterSchema,
    repository: RepositorySchema.optional().openapi({
      description: 'Applies to every Artifact Registry image of the manifest.',
    }),
    live: z.boolean().default(false).openapi({
      description:
        'As in `POST /v1/preconditions/evaluate`. Each distinct image is one live look-up; more than the server allows (`MAX_LIVE_LOOKUPS`, default 100) is refused with `TOO_MANY_LIVE_LOOKUPS`.',
    }),
  })
  .openapi('ManifestCheckRequest');

const booleanQuery = (description: string) =>
  z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true'))
    .openapi({ description, example: 'false' });

const splitList = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/**
 * A cluster field as a query parameter: the same rules as in the JSON body (the domain schema's),
 * spelled as query strings: booleans `true`/`false`, lists comma-separated.
 */
function queryFormOf(name: string, field: z.ZodType): z.ZodType {
  const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
  const list = inner instanceof z.ZodArray;
  const meta = (field.meta() ?? {}) as { description?: string; example?: unknown };
  const required = field instanceof z.ZodOptional ? '' : ' Required with a YAML body.';
  const description =
    `\`cluster.${name}\`${list ? ', comma-separated' : ''}.${required} ${meta.description ?? ''}`.trim();
  const example = Array.isArray(meta.example) ? meta.example.join(',') : meta.example;
  // `.meta` (plain zod) rather than `.openapi`: a schema built by the domain before the OpenAPI
  // extension was loaded has no `.openapi` method; the generator reads both.
  const documented = <T extends z.ZodType>(schema: T) =>
    schema.meta(example === undefined ? { description } : { description, example });
  if (inner instanceof z.ZodBoolean) return booleanQuery(description);
  if (list) {
    const items = inner as z.ZodType<string[], string[]>;
    return documented(z.string().transform(splitList).pipe(items).optional());
  }
  return documented(inner.optional());
}

type ClusterShape = typeof ClusterFactsSchema.shape;

/** Every cluster field, as a query parameter of the same name. */
function clusterQueryShape(): {
  [K in keyof ClusterShape]-?: z.ZodType<ClusterFacts[K] | undefined>;
} {
  return Object.fromEntries(
    Object.entries(ClusterFactsSchema.shape).map(([name, field]) => [
      name,
      queryFormOf(name, field as z.ZodType),
    ]),
  ) as { [K in keyof ClusterShape]-?: z.ZodType<ClusterFacts[K] | undefined> };
}

/**
 * The cluster (and repository, live) fields, for a raw YAML body; derived from the cluster
 * schema, so every field and rule of `cluster` is here too, the rules between fields included
 * (what Autopilot fixes). With a YAML body `version` is
 * required (not a GKE version → 400 `INVALID_GKE_VERSION`); with a JSON body none is accepted.
 */
export const ManifestCheckQuerySchema = z
  .object({
    ...clusterQueryShape(),
    repositoryPublic: booleanQuery('`repository.public`.'),
    live: booleanQuery('`live` (default false).'),
  })
  .superRefine(refineAutopilotFacts);

export type ManifestCheckQuery = z.output<typeof ManifestCheckQuerySchema>;

export const ImagePullSecretsStateSchema = z
  .object({
    present: z
      .boolean()
      .openapi({ description: 'The Pod (or its ServiceAccount in this manifest) has any.' }),
    names: z.array(z.string()),
    needed: z.boolean().openapi({
      description:
        "A check says the nodes' own credentials cannot pull this image (a GKE version without the default pull permission).",
    }),
    missing: z.boolean().openapi({ description: '`needed` and not `present`.' }),
  })
  .openapi('ImagePullSecretsState');

export const ManifestImageCheckSchema = z
  .object({
    image: z.string().openapi({ description: 'The `image` field, verbatim.' }),
    objectPath: z.string().openapi({ example: 'Deployment/web spec.template.spec.containers[0]' }),
    fieldPath: z.string().openapi({ example: 'spec.template.spec.containers[0]' }),
    kind: z.string(),
    name: z.string().nullable(),
    namespace: z.string().nullable(),
    documentIndex: z.number().int().openapi({ description: '0-based YAML document.' }),
    itemIndex: z.number().int().nullable().openapi({ description: '0-based List item.' }),
    container: z.string().nullable(),
    containerType: z.enum(['initContainers', 'containers', 'ephemeralContainers']),
    containerIndex: z.number().int(),
    line: z.number().int().openapi({ description: '1-based line of the image value.' }),
    column: z.number().int(),
    verdict: VerdictSchema,
    checks: z.array(CheckSchema),
    imagePullSecrets: ImagePullSecretsStateSchema,
  })
  .openapi('ManifestImageCheck');

export const ManifestFindingSchema = z
  .object({
    code: z.enum(Object.keys(FINDING_CODE_SET) as [ManifestFindingCode, ...ManifestFindingCode[]]),
    severity: z.enum(['error', 'warning']).openapi({
      description: '`error`: Kubernetes refuses the object; `warning`: it ignores the value.',
    }),
    objectPath: z.string(),
    documentIndex: z.number().int(),
    itemIndex: z.number().int().nullable(),
    line: z.number().int(),
    column: z.number().int(),
    message: z.string(),
  })
  .openapi('ManifestFinding');

export const ManifestCheckSummarySchema = z
  .object({
    images: z.number().int().openapi({ description: 'Containers with an image.' }),
    distinctImages: z
      .number()
      .int()
      .openapi({ description: 'Distinct image strings; each is evaluated once.' }),
    ready: z.number().int(),
    actionRequired: z.number().int(),
    unknown: z.number().int(),
    imagePullSecretsMissing: z.number().int(),
    workloads: z.number().int(),
    errors: z.number().int().openapi({ description: 'Findings of severity `error`.' }),
    warnings: z.number().int().openapi({ description: 'Findings of severity `warning`.' }),
  })
  .openapi('ManifestCheckSummary');

export const ManifestCheckResponseSchema = z
  .object({
    verdict: VerdictSchema.openapi({
      description:
        'The worst of every image (`action-required` > `unknown` > `ready`); `action-required` too when a finding is an `error` (Kubernetes would refuse the object). `ready` when there is no image at all.',
    }),
    summary: ManifestCheckSummarySchema,
    hasWorkloads: z.boolean(),
    note: z.string().nullable().openapi({
      description: 'Says so when the manifest has no workload, in the negotiated language.',
    }),
    images: z.array(ManifestImageCheckSchema).openapi({ description: 'In document order.' }),
    findings: z.array(ManifestFindingSchema),
    skippedObjects: z
      .number()
      .int()
      .openapi({ description: 'Objects that are not workloads (Services, ConfigMaps, …).' }),
  })
  .openapi('ManifestCheckResult');

const yamlContent = Object.fromEntries(
  YAML_MEDIA_TYPES.map((type) => [
    type,
    {
      schema: z.string().openapi({
        description:
          'The raw manifest; the cluster fields go in the query parameters (`version` required).',
      }),
      example: EXAMPLE_MANIFEST,
    },
  ]),
);

const exampleCheck = {
  id: 'gke-version',
  status: 'pass',
  message:
    'GKE 1.30.5-gke.1014001 grants nodes the default permission to pull from Artifact Registry.',
  evidence: { source: 'request', version: '1.30.5-gke.1014001', defaultPullPermission: true },
  missing: [],
  remediation: null,
};

export const checkManifestRoute = createRoute({
  method: 'post',
  path: '/v1/manifests/check',
  operationId: 'checkManifest',
  tags: ['Preconditions'],
  summary: 'Check every image of a Kubernetes manifest before `kubectl apply`',
  description: `Finds every container image in the manifest and evaluates its preconditions as \`POST /v1/preconditions/evaluate\` does (each distinct image once), reporting per image its object path and source line, its verdict and checks, and whether \`imagePullSecrets\` are present where a check says they are needed.

Send either JSON (\`{"manifest", "cluster", "repository", "live"}\`) or the raw manifest as \`application/yaml\` with the cluster fields as query parameters:

    curl --data-binary @deploy.yaml -H 'content-type: application/yaml' \\
      '…/v1/manifests/check?version=1.30.5-gke.1014001&projectId=my-project&nodeServiceAccount=default'

With a JSON body, query parameters are refused (400) so the two forms never mix. With a YAML body, a bad query parameter is a 400 whose pointer names it (\`/projectId\`, in \`query\`); the checks' \`missing\` pointers keep the \`cluster\` form (\`/cluster/projectNumber\` is the \`projectNumber\` parameter). Invalid YAML → 400 \`INVALID_MANIFEST\` with \`line\` and \`column\` (pointer \`/manifest\`, for both forms). A manifest without workloads (only Services, ConfigMaps, …) is not an error: the answer is \`ready\` with \`summary.images: 0\`, \`hasWorkloads: false\` and a \`note\`, so a pipeline that must see images checks \`summary.images\`. The body limit is the larger one of this service (\`MAX_LARGE_BODY_BYTES\`).

Work is bounded whatever the text. Before the manifest is composed, its tokens are counted: documents (default ${MANIFEST_LIMITS.documents}), nesting depth (${MANIFEST_LIMITS.depth}), aliases (${MANIFEST_LIMITS.aliases}), keys in one mapping (${MANIFEST_LIMITS.keysPerMapping}) and nodes (${MANIFEST_LIMITS.nodes}, counted again with aliases expanded), each configurable (\`MANIFEST_MAX_*\`); while it is read, objects (${MANIFEST_LIMITS.objects}), images (${MANIFEST_LIMITS.images}), findings (${MANIFEST_LIMITS.findings}) and image pull secret names over all images (${MANIFEST_LIMITS.pullSecretReferences}). Reading the manifest and writing the answer run off the event loop, within \`MANIFEST_CHECK_BUDGET_MS\` of CPU time. Crossing any bound → 400 \`INVALID_MANIFEST\` whose \`limit\` names it (\`documents\`, \`depth\`, \`aliases\`, \`keysPerMapping\`, \`nodes\`, \`objects\`, \`images\`, \`findings\`, \`pullSecretReferences\`, \`cpuMs\`, \`timeMs\`, \`heapMb\`) and \`maximum\` gives, with \`line\`, \`column\` and \`documentIndex\` where it was crossed when that is known.`,
  request: {
    query: ManifestCheckQuerySchema,
    body: {
      // Not `required` for the validator's sake only: with `required`, @hono/zod-openapi
      // validates a YAML body as JSON. The handler refuses a request without a manifest.
      required: false,
      description: 'Required: the manifest as JSON or as raw YAML.',
      content: {
        'application/json': {
          schema: ManifestCheckRequestSchema,
          example: { manifest: EXAMPLE_MANIFEST, cluster: EXAMPLE_CLUSTER },
        },
        ...yamlContent,
      },
    },
  },
  responses: {
    200: {
      description: 'Every image with its verdict, plus the worst verdict.',
      headers: z.object({
        'content-language': z
          .enum(['en', 'es'])
          .openapi({ description: 'Language of the messages.' }),
      }),
      content: {
        'application/json': {
          schema: ManifestCheckResponseSchema,
          example: {
            verdict: 'ready',
            summary: {
              images: 1,
              distinctImages: 1,
              ready: 1,
              actionRequired: 0,
              unknown: 0,
              imagePullSecretsMissing: 0,
              workloads: 1,
              errors: 0,
              warnings: 0,
            },
            hasWorkloads: true,
            note: null,
            images: [
              {
                image: `us-central1-docker.pkg.dev/my-project/my-repo/web@sha256:${'ab'.repeat(32)}`,
                objectPath: 'Deployment/web spec.template.spec.containers[0]',
                fieldPath: 'spec.template.spec.containers[0]',
                kind: 'Deployment',
                name: 'web',
                namespace: null,
                documentIndex: 0,
                itemIndex: null,
                container: 'web',
                containerType: 'containers',
                containerIndex: 0,
                line: 14,
                column: 18,
                verdict: 'ready',
                checks: [exampleCheck],
                imagePullSecrets: { present: false, names: [], needed: false, missing: false },
              },
            ],
            findings: [],
            skippedObjects: 1,
          },
        },
      },
    },
    ...problemResponses([400], { hasBody: true }),
  },
});
