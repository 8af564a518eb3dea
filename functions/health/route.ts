import { createRoute, z } from '@hono/zod-openapi';
import { problemResponses } from '../http/schemas';

export const HealthSchema = z
  .object({ status: z.literal('ok') })
  .openapi('Health', { example: { status: 'ok' } });

export const getHealthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'getHealth',
  tags: ['Service'],
  summary: 'Liveness check',
  description:
    'Answers 200 while the process can serve requests. It touches no upstream, so it stays cheap enough for frequent probes.',
  responses: {
    200: {
      description: 'The service is up.',
      content: { 'application/json': { schema: HealthSchema, example: { status: 'ok' } } },
    },
    ...problemResponses([]),
  },
});
