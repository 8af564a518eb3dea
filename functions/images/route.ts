import { createRoute, z } from '@hono/zod-openapi';
import { matchingRule } from '../../shared/problems';
import { cacheHeaders, ConditionalRequestHeadersSchema, notModifiedResponse } from '../http/cache';
import { problemResponses, ProblemSchema } from '../http/schemas';

const EXAMPLE_REFERENCE = 'us-docker.pkg.dev/my-project/my-repo/team/app:1.4.2';

const PLATFORM_PATTERN = /^[a-z0-9]{1,32}\/[a-z0-9_]{1,32}(\/[a-z0-9]{1,32})?$/;

export const ImageWarningSchema = z
  .object({
    code: z
      .enum([
        'IMPLICIT_LATEST_TAG',
        'MUTABLE_TAG',
        'NOT_ARTIFACT_REGISTRY',
        'CONTAINER_REGISTRY_HOST',
        'DOCKER_HUB_RATE_LIMITS',
        'TAG_IGNORED_WITH_DIGEST',
        'LEGACY_REGISTRY_HOST',
      ])
      .openapi({ description: 'Stable warning code.' }),
    message: z.string(),
  })
  .openapi('ImageWarning');

export const ArtifactRegistryImageSchema = z
  .object({
    location: z.string().openapi({ example: 'us' }),
    projectId: z.string().openapi({
      description: 'API form: `example.com:my-project` for a domain-scoped project.',
      example: 'my-project',
    }),
    repository: z.string().openapi({
      description: 'Repository ID; for gcr.io hosts the host name (`gcr.io`, `eu.gcr.io`, …).',
      example: 'my-repo',
    }),
    image: z.string().openapi({
      description: 'Package name inside the repository; may contain `/`.',
      example: 'team/app',
    }),
    host: z.string().openapi({ example: 'us-docker.pkg.dev' }),
    containerRegistryHost: z.boolean().openapi({
      description:
        "True for gcr.io hosts, served by Artifact Registry since Container Registry's shutdown.",
    }),
  })
  .openapi('ArtifactRegistryImage');

export const PlatformManifestSchema = z
  .object({
    os: z.string(),
    architecture: z.string(),
    variant: z.string().optional(),
    osVersion: z.string().optional(),
    digest: z.string().openapi({
      description: "Digest of this platform's manifest: what a node of this platform runs.",
    }),
    mediaType: z.string(),
    platform: z.string().openapi({ example: 'linux/arm64/v8' }),
  })
  .openapi('PlatformManifest');

export const ResolvedImageSchema = z
  .object({
    reference: z.string().openapi({ description: 'The input, verbatim.' }),
    registry: z.string().openapi({
      description: 'Host, with port if any; Docker Hub is `docker.io`.',
      example: 'us-docker.pkg.dev',
    }),
    repositoryPath: z.string().openapi({ example: 'my-project/my-repo/team/app' }),
    repository: z.string().openapi({
      description: '`registry/repositoryPath`.',
      example: 'us-docker.pkg.dev/my-project/my-repo/team/app',
    }),
    tag: z.string().nullable().openapi({ example: '1.4.2' }),
    digest: z.string().nullable().openapi({
      description:
        'The digest the reference names or, with `resolveDigest`, the digest the registry answered for the tag. For a multi-platform image this is the INDEX digest (`digestKind: "index"`); see `platformDigest` for one platform.',
    }),
    normalized: z.string().openapi({
      description:
        '`registry/repositoryPath[:tag][@digest]`; `latest` when neither tag nor digest was given.',
      example: `${EXAMPLE_REFERENCE}`,
    }),
    artifactRegistry: ArtifactRegistryImageSchema.nullable(),
    resourceName: z.string().nullable().openapi({
      description: 'Artifact Registry REST name of the package, `/` in the image escaped as `%2F`.',
      example: 'projects/my-project/locations/us/repositories/my-repo/packages/team%2Fapp',
    }),
    commands: z.object({ kubectlRun: z.string(), crictlPull: z.string() }),
    warnings: z.array(ImageWarningSchema),
    resolved: z
      .boolean()
      .openapi({ description: 'True when the registry was asked (`resolveDigest: true`).' }),
    mediaType: z
      .string()
      .optional()
      .openapi({ description: 'Media type of what the reference names (live only).' }),
    digestKind: z
      .enum(['index', 'manifest'])
      .optional()
      .openapi({ description: '`index`: `digest` covers every platform; `manifest`: one image.' }),
    pinned: z.string().optional().openapi({
      description: '`registry/repositoryPath@digest` (live only): pin this to keep every platform.',
    }),
    platforms: z
      .array(PlatformManifestSchema)
      .optional()
      .openapi({ description: 'The runnable platforms of an index (live only).' }),
    platform: z.string().optional(),
    platformDigest: z.string().optional().openapi({
      description:
        "Digest of the requested platform's manifest. Pinning it forces that platform on every node.",
    }),
    platformPinned: z.string().optional(),
    identity: z
      .string()
      .nullable()
      .optional()
      .openapi({ description: 'Google identity the live look-up used; null when anonymous.' }),
  })
  .openapi('ResolvedImage');

const offlineExample = {
  reference: EXAMPLE_REFERENCE,
  registry: 'us-docker.pkg.dev',
  repositoryPath: 'my-project/my-repo/team/app',
  repository: 'us-docker.pkg.dev/my-project/my-repo/team/app',
  tag: '1.4.2',
  digest: null,
  normalized: EXAMPLE_REFERENCE,
  artifactRegistry: {
    location: 'us',
    projectId: 'my-project',
    repository: 'my-repo',
    image: 'team/app',
    host: 'us-docker.pkg.dev',
    containerRegistryHost: false,
  },
  resourceName: 'projects/my-project/locations/us/repositories/my-repo/packages/team%2Fapp',
  commands: {
    kubectlRun: `kubectl run app --image=${EXAMPLE_REFERENCE}`,
    crictlPull: `crictl pull ${EXAMPLE_REFERENCE}`,
  },
  warnings: [
    {
      code: 'MUTABLE_TAG',
      message:
        'Tag "1.4.2" can be moved to another image at any time, so nodes may run different images under the same name. Pin the image by digest (us-docker.pkg.dev/my-project/my-repo/team/app@sha256:…).',
    },
  ],
  resolved: false,
};

export const ResolveRequestSchema = z
  .object({
    reference: z.string().max(65536).openapi({
      description: 'Any image reference, as a Pod spec or `docker pull` takes it.',
      example: EXAMPLE_REFERENCE,
    }),
    resolveDigest: z
      .boolean()
      .default(false)
      .openapi({ description: 'Ask the registry for the digest the tag points to now.' }),
    platform: matchingRule(PLATFORM_PATTERN, 'rule.platform').optional().openapi({
      description: 'With `resolveDigest`: pick this platform from a multi-platform index.',
      example: 'linux/amd64',
    }),
  })
  .openapi('ResolveRequest');

export const ResolveQuerySchema = z.object({
  reference: z
    .string()
    .max(8192)
    .openapi({
      param: { name: 'reference', in: 'query', description: 'The image reference.' },
      example: EXAMPLE_REFERENCE,
    }),
  resolveDigest: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .openapi({
      param: {
        name: 'resolveDigest',
        in: 'query',
        description: 'Ask the registry for the current digest.',
      },
      example: 'false',
    }),
  platform: matchingRule(PLATFORM_PATTERN, 'rule.platform')
    .optional()
    .openapi({
      param: { name: 'platform', in: 'query', description: 'Platform to pick from an index.' },
      example: 'linux/amd64',
    }),
});

const resolveStatuses = [400, 403, 404, 502, 503, 504] as const;

const RESOLVE_DESCRIPTION =
  "Parses, validates and normalizes the reference exactly as kubelet, containerd and Docker do (distribution/reference with `ParseNormalizedNamed`), and places it in Artifact Registry (location, project in API form, repository, package, REST resource name). With `resolveDigest: true` the registry is asked for the digest (HEAD, falling back to GET, following the Bearer token challenge with the service's Google credentials for Artifact Registry and gcr.io hosts, anonymously elsewhere). Only allowlisted registry hosts are contacted.";

const resolveResponses = {
  200: {
    description: 'The resolved reference.',
    content: { 'application/json': { schema: ResolvedImageSchema, example: offlineExample } },
  },
  ...problemResponses([...resolveStatuses], { hasBody: true }),
};

export const resolveImagePostRoute = createRoute({
  method: 'post',
  path: '/v1/images/resolve',
  operationId: 'resolveImage',
  tags: ['Images'],
  summary: 'Resolve an image reference',
  description: RESOLVE_DESCRIPTION,
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: ResolveRequestSchema,
          example: { reference: EXAMPLE_REFERENCE, resolveDigest: false },
        },
      },
    },
  },
  responses: resolveResponses,
});

export const resolveImageGetRoute = createRoute({
  method: 'get',
  path: '/v1/images/resolve',
  operationId: 'resolveImageByQuery',
  tags: ['Images'],
  summary: 'Resolve an image reference (query form, for curl)',
  description: `${RESOLVE_DESCRIPTION}\n\nThe same as \`POST /v1/images/resolve\`, with the fields as query parameters. Without \`resolveDigest\` the answer depends on nothing but the request and the service's code, so it is cacheable (\`ETag\`, \`304\` to \`If-None-Match\`); a live look-up is never cached.`,
  request: { query: ResolveQuerySchema, headers: ConditionalRequestHeadersSchema },
  responses: {
    ...resolveResponses,
    200: {
      ...resolveResponses[200],
      headers: cacheHeaders({ vary: 'Accept-Language', onlyWhen: 'when `resolveDigest` is false' }),
    },
    ...notModifiedResponse({ vary: 'Accept-Language' }),
    ...problemResponses([...resolveStatuses]),
  },
});

export const BatchResultSchema = z
  .discriminatedUnion('ok', [
    z.object({ reference: z.string(), ok: z.literal(true), image: ResolvedImageSchema }),
    z.object({ reference: z.string(), ok: z.literal(false), problem: ProblemSchema }),
  ])
  .openapi('BatchResult');

export const MAX_BATCH_REFERENCES = 1000;

export const ResolveBatchRequestSchema = z
  .object({
    references: z
      .array(z.string().max(8192))
      .min(1)
      .max(MAX_BATCH_REFERENCES)
      .openapi({ description: `1 to ${MAX_BATCH_REFERENCES} references.` }),
    resolveDigest: z
      .boolean()
      .default(false)
      .openapi({ description: 'Ask the registry for each digest (at most 8 look-ups at a time).' }),
    platform: matchingRule(PLATFORM_PATTERN, 'rule.platform').optional(),
  })
  .openapi('ResolveBatchRequest');

export const resolveImageBatchRoute = createRoute({
  method: 'post',
  path: '/v1/images/resolve-batch',
  operationId: 'resolveImageBatch',
  tags: ['Images'],
  summary: 'Resolve up to 1000 image references',
  description:
    'Resolves each reference like `POST /v1/images/resolve` and answers in input order. One bad reference never fails the batch: its result carries `ok: false` and the problem document it would have received alone (its `pointer` names its index, e.g. `/references/3`).',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: ResolveBatchRequestSchema,
          example: { references: [EXAMPLE_REFERENCE, 'us-docker.pkg.dev/proj/image:v1'] },
        },
      },
    },
  },
  responses: {
    200: {
      description: 'One result per reference, in input order.',
      content: {
        'application/json': {
          schema: z.object({ results: z.array(BatchResultSchema) }).openapi('ResolveBatchResponse'),
          example: {
            results: [
              { reference: EXAMPLE_REFERENCE, ok: true, image: offlineExample },
              {
                reference: 'us-docker.pkg.dev/proj/image:v1',
                ok: false,
                problem: {
                  type: '/docs#problem-INCOMPLETE_ARTIFACT_REGISTRY_PATH',
                  title: 'The Artifact Registry path lacks a project, repository or image',
                  status: 400,
                  detail:
                    'us-docker.pkg.dev/proj/image:v1 has no repository: Artifact Registry images are LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE.',
                  instance: 'urn:uuid:0f6a3c52-1d8e-4c1b-9f5e-7f1f3c2b9a10',
                  code: 'INCOMPLETE_ARTIFACT_REGISTRY_PATH',
                  pointer: '/references/1',
                },
              },
            ],
          },
        },
      },
    },
    ...problemResponses([400], { hasBody: true }),
  },
});
