import { createRoute, z } from '@hono/zod-openapi';
import { cacheHeaders, ConditionalRequestHeadersSchema, notModifiedResponse } from '../http/cache';
import { problemResponses } from '../http/schemas';
import { REFERENCE_ASSET_NAMES, REFERENCE_PAGE_PATH } from './reference-page';

const TAGS = ['Contract'];

const cacheable = { headers: cacheHeaders() };

const HTML_EXAMPLE = '<!doctype html>\n<html lang="en">…</html>\n';

export const getOpenApiYamlRoute = createRoute({
  method: 'get',
  path: '/openapi.yaml',
  operationId: 'getOpenApiYaml',
  tags: TAGS,
  summary: 'This contract, as YAML',
  description:
    'The OpenAPI 3.1 document of this service, byte for byte the `openapi.yaml` committed with its source.',
  request: { headers: ConditionalRequestHeadersSchema },
  responses: {
    200: {
      description: 'The OpenAPI document.',
      ...cacheable,
      content: {
        'application/yaml': {
          schema: z.string(),
          example: 'openapi: 3.1.0\ninfo:\n  title: gke-pull-assistant\n…',
        },
      },
    },
    ...notModifiedResponse(),
    ...problemResponses([]),
  },
});

export const getOpenApiJsonRoute = createRoute({
  method: 'get',
  path: '/openapi.json',
  operationId: 'getOpenApiJson',
  tags: TAGS,
  summary: 'This contract, as JSON',
  description: 'The same OpenAPI 3.1 document as `/openapi.yaml`, in JSON.',
  request: { headers: ConditionalRequestHeadersSchema },
  responses: {
    200: {
      description: 'The OpenAPI document.',
      ...cacheable,
      content: {
        'application/json': {
          schema: z.object({ openapi: z.string() }).catchall(z.unknown()),
          example: { openapi: '3.1.0', info: { title: 'gke-pull-assistant' } },
        },
      },
    },
    ...notModifiedResponse(),
    ...problemResponses([]),
  },
});

export const getDocsPageRoute = createRoute({
  method: 'get',
  path: '/docs',
  operationId: 'getDocsPage',
  tags: TAGS,
  summary: 'Plain reference page',
  description:
    'A light HTML rendering of this contract, without scripts: every operation with its parameters, examples and statuses, and every problem code at `#problem-CODE`, where the `type` of each problem document points. It links to the interactive reference.',
  request: { headers: ConditionalRequestHeadersSchema },
  responses: {
    200: {
      description: 'The page.',
      ...cacheable,
      content: { 'text/html': { schema: z.string(), example: HTML_EXAMPLE } },
    },
    ...notModifiedResponse(),
    ...problemResponses([]),
  },
});

export const getReferencePageRoute = createRoute({
  method: 'get',
  path: REFERENCE_PAGE_PATH,
  operationId: 'getReferencePage',
  tags: TAGS,
  summary: 'Interactive reference page',
  description:
    'Swagger UI rendering `/openapi.yaml`, served from this service (no CDN); "Try it out" sends real requests to this same origin. Its Content-Security-Policy allows scripts, styles and connections to this origin only, and `data:` images.',
  request: { headers: ConditionalRequestHeadersSchema },
  responses: {
    200: {
      description: 'The page.',
      ...cacheable,
      content: { 'text/html': { schema: z.string(), example: HTML_EXAMPLE } },
    },
    ...notModifiedResponse(),
    ...problemResponses([]),
  },
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
