import { createRoute, z } from '@hono/zod-openapi';
import { cacheHeaders, ConditionalRequestHeadersSchema, notModifiedResponse } from '../http/cache';
import { problemResponses } from '../http/schemas';
import { REFERENCE_ASSET_NAMES, REFERENCE_PAGE_PATH } from './reference-page';

const TAGS = ['Contract'];

const cacheable = { headers: cacheHeaders() };

const HTML_EXAMPLE = '<!doctype html>\n<html lang="en">…</html>\n';

/**
 * A document this service serves about itself: a cacheable GET (ETag, `If-None-Match`, 304)
 * with one representation.
 */
function documentRoute<const Path extends string, const MediaType extends string>(document: {
  path: Path;
  operationId: string;
  summary: string;
  description: string;
  answer: string;
  mediaType: MediaType;
  schema: z.ZodType;
  example: unknown;
}) {
  return createRoute({
    method: 'get',
    path: document.path,
    operationId: document.operationId,
    tags: TAGS,
    summary: document.summary,
    description: document.description,
    request: { headers: ConditionalRequestHeadersSchema },
    responses: {
      200: {
        description: document.answer,
        ...cacheable,
        content: {
          [document.mediaType]: { schema: document.schema, example: document.example },
        } as Record<MediaType, { schema: z.ZodType; example: unknown }>,
      },
      ...notModifiedResponse(),
      ...problemResponses([]),
    },
  });
}

export const getOpenApiYamlRoute = documentRoute({
  path: '/openapi.yaml',
  operationId: 'getOpenApiYaml',
  summary: 'This contract, as YAML',
  description:
    'The OpenAPI 3.1 document of this service, byte for byte the `openapi.yaml` committed with its source.',
  answer: 'The OpenAPI document.',
  mediaType: 'application/yaml',
  schema: z.string(),
  example: 'openapi: 3.1.0\ninfo:\n  title: gke-pull-assistant\n…',
});

export const getOpenApiJsonRoute = documentRoute({
  path: '/openapi.json',
  operationId: 'getOpenApiJson',
  summary: 'This contract, as JSON',
  description: 'The same OpenAPI 3.1 document as `/openapi.yaml`, in JSON.',
  answer: 'The OpenAPI document.',
  mediaType: 'application/json',
  schema: z.object({ openapi: z.string() }).catchall(z.unknown()),
  example: { openapi: '3.1.0', info: { title: 'gke-pull-assistant' } },
});

export const getDocsPageRoute = documentRoute({
  path: '/docs',
  operationId: 'getDocsPage',
  summary: 'Plain reference page',
  description:
    'A light HTML rendering of this contract, without scripts: every operation with its parameters, examples and statuses, and every problem code at `#problem-CODE`, where the `type` of each problem document points. It links to the interactive reference.',
  answer: 'The page.',
  mediaType: 'text/html',
  schema: z.string(),
  example: HTML_EXAMPLE,
});

export const getReferencePageRoute = documentRoute({
  path: REFERENCE_PAGE_PATH,
  operationId: 'getReferencePage',
  summary: 'Interactive reference page',
  description:
    'Swagger UI rendering `/openapi.yaml`, served from this service (no CDN); "Try it out" sends real requests to this same origin. Its Content-Security-Policy allows scripts, styles and connections to this origin only, and `data:` images.',
  answer: 'The page.',
  mediaType: 'text/html',
  schema: z.string(),
  example: HTML_EXAMPLE,
});

export const ReferenceAssetParamsSchema = z.object({
  asset: z.enum(REFERENCE_ASSET_NAMES).openapi({
    param: {
      name: 'asset',
      in: 'path',
      description:
        "One of the interactive reference page's files: Swagger UI's own, from its npm package, and the lines that start it.",
    },
    example: 'swagger-ui.css',
  }),
});

export const getReferenceAssetRoute = createRoute({
  method: 'get',
  path: `${REFERENCE_PAGE_PATH}/{asset}`,
  operationId: 'getReferenceAsset',
  tags: TAGS,
  summary: 'A file of the interactive reference page',
  description:
    'A script or stylesheet of `/docs/reference`, gzip-compressed when `Accept-Encoding` allows it. Any other name is `404 NOT_FOUND`.',
  request: { params: ReferenceAssetParamsSchema, headers: ConditionalRequestHeadersSchema },
  responses: {
    200: {
      description: 'The file.',
      headers: {
        ...cacheHeaders({ vary: 'Accept-Encoding' }),
        'Content-Encoding': {
          description: '`gzip` when the request accepts it; absent otherwise.',
          required: false,
          schema: { type: 'string' as const, enum: ['gzip'] },
        },
      },
      content: {
        'text/javascript': { schema: z.string(), example: 'window.ui = SwaggerUIBundle({…});\n' },
        'text/css': { schema: z.string(), example: '.swagger-ui{…}\n' },
      },
    },
    ...notModifiedResponse({ vary: 'Accept-Encoding' }),
    ...problemResponses([404]),
  },
});
