import { createRoute, z } from '@hono/zod-openapi';
import { cacheHeaders, ConditionalRequestHeadersSchema, notModifiedResponse } from '../http/cache';
import { problemResponses } from '../http/schemas';

export const GkeVersionParamsSchema = z.object({
  version: z.string().openapi({
    param: {
      name: 'version',
      in: 'path',
      description:
        '`MAJOR.MINOR.PATCH-gke.N` (`1.15.9-gke.8`); a leading `v` is tolerated; `1.15` and `1.15.9` are answered as incomplete.',
    },
    example: '1.30.5-gke.1014001',
  }),
});

export const GkeVersionFactsSchema = z
  .object({
    version: z.string().openapi({ description: 'Canonical form, without a leading `v`.' }),
    major: z.number().int(),
    minor: z.number().int(),
    patch: z.number().int().nullable().openapi({ description: 'null when not given.' }),
    gkePatch: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'The N of `-gke.N`; null when not given.' }),
    defaultPullPermission: z.boolean().nullable().openapi({
      description:
        'Nodes pull same-project Artifact Registry images without imagePullSecrets (≥ 1.14.10-gke.22 on 1.14, ≥ 1.15.9-gke.8 on 1.15, any 1.16+). null when the version is too incomplete to tell (`1.15`).',
    }),
    minimumPatch: z.string().nullable().openapi({
      description:
        'The first patch of this release line with the default pull permission, when the line has one (1.14, 1.15); null otherwise.',
      example: '1.15.9-gke.8',
    }),
    containerdDefault: z
      .boolean()
      .openapi({ description: 'Linux node pools default to `cos_containerd` (1.19+).' }),
    dockerNodeImagesSupported: z.boolean().openapi({
      description:
        'Docker-based node image types still run: GKE up to 1.23 (unsupported from 1.24).',
    }),
    containerd2: z.object({ linux: z.boolean(), windows: z.boolean() }).openapi({
      description:
        'Node pools of that OS run containerd 2 (Linux 1.33+, Windows 1.35+), which refuses Docker schema 1 images.',
    }),
  })
  .openapi('GkeVersionFacts');

export const describeGkeVersionRoute = createRoute({
  method: 'get',
  path: '/v1/gke/versions/{version}',
  operationId: 'describeGkeVersion',
  tags: ['Preconditions'],
  summary: 'What a GKE version means for image pulls',
  description:
    'Parses a GKE version and answers the facts the preconditions rest on, from one version table: the default Artifact Registry pull permission (and the minimum patch of its release line), containerd as the default runtime, Docker node image support and containerd 2. Versions compare numerically (`gke.100` is newer than `gke.22`). 400 `INVALID_GKE_VERSION` (pointer `/version`, in the path) for anything that is not a GKE version.',
  request: { params: GkeVersionParamsSchema, headers: ConditionalRequestHeadersSchema },
  responses: {
    200: {
      description:
        'The parsed version and its facts. A pure function of the version and the service code: cacheable.',
      headers: cacheHeaders({ vary: 'Accept-Language' }),
      content: {
        'application/json': {
          schema: GkeVersionFactsSchema,
          example: {
            version: '1.15.9-gke.8',
            major: 1,
            minor: 15,
            patch: 9,
            gkePatch: 8,
            defaultPullPermission: true,
            minimumPatch: '1.15.9-gke.8',
            containerdDefault: false,
            dockerNodeImagesSupported: true,
            containerd2: { linux: false, windows: false },
          },
        },
      },
    },
    ...notModifiedResponse({ vary: 'Accept-Language' }),
    ...problemResponses([400]),
  },
});
