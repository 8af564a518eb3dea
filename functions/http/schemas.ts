import { z } from '@hono/zod-openapi';
import { PROBLEM_CATALOGUE, PROBLEM_CODES } from '../../shared/problems';
import { PROBLEM_MEDIA_TYPE, problemTypeFor } from './problem-document';

const codeTable = PROBLEM_CODES.map(
  (code) =>
    `| \`${code}\` | ${PROBLEM_CATALOGUE[code].status} | ${PROBLEM_CATALOGUE[code].title} |`,
).join('\n');

export const FieldErrorSchema = z
  .object({
    pointer: z.string().openapi({
      description: 'JSON Pointer (RFC 6901) to the offending field.',
      example: '/reference',
    }),
    detail: z.string().openapi({ example: 'Required' }),
    in: z
      .enum(['body', 'query', 'path', 'header'])
      .optional()
      .openapi({ description: 'Where the field was sent.' }),
  })
  .openapi('FieldError');

export const ProblemSchema = z
  .object({
    type: z.string().openapi({
      description: 'URI reference naming the problem type.',
      example: problemTypeFor('INVALID_REFERENCE'),
    }),
    title: z.string().openapi({ example: PROBLEM_CATALOGUE.INVALID_REFERENCE.title }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({
      description: 'What went wrong with this request, naming the bad input.',
      example:
        'repository name must be lowercase: "library/NGINX" has uppercase letters in its path',
    }),
    instance: z.string().openapi({
      description: 'Identifies this occurrence; also sent as `X-Request-Id`.',
      example: 'urn:uuid:0f6a3c52-1d8e-4c1b-9f5e-7f1f3c2b9a10',
    }),
    code: z.enum(PROBLEM_CODES as [string, ...string[]]).openapi({
      description: `Stable machine-readable code. A code never changes meaning.\n\n| code | status | title |\n|---|---|---|\n${codeTable}`,
      example: 'INVALID_REFERENCE',
    }),
    pointer: z.string().optional().openapi({
      description: 'JSON Pointer to the offending request field.',
      example: '/reference',
    }),
    errors: z
      .array(FieldErrorSchema)
      .optional()
      .openapi({ description: 'Every invalid field (INVALID_REQUEST).' }),
    limit: z.string().optional().openapi({
      description:
        'The name of the bound the request crossed; its value is in `maximum`. INVALID_MANIFEST: `documents`, `depth`, `aliases`, `keysPerMapping`, `nodes`, `objects`, `images`, `findings`, `pullSecretReferences`, `cpuMs`, `timeMs`, `heapMb`. TOO_MANY_LIVE_LOOKUPS: `liveLookups`.',
      example: 'keysPerMapping',
    }),
    maximum: z.number().int().optional().openapi({
      description: 'The value of the bound named in `limit`.',
      example: 10000,
    }),
    requested: z.number().int().optional().openapi({
      description: 'TOO_MANY_LIVE_LOOKUPS: how many live look-ups the request asked for.',
      example: 101,
    }),
    accepted: z
      .array(z.string())
      .optional()
      .openapi({
        description:
          'UNSUPPORTED_MEDIA_TYPE: the media types the operation takes (a body without Content-Type, or in a charset other than UTF-8, is refused too).',
        example: ['application/json'],
      }),
    tokenLifetimeSeconds: z.number().int().optional().openapi({
      description:
        'UNAUTHENTICATED (`reason: lifetimeTooLong`): the lifetime the caller token claims, `exp - iat`.',
      example: 7200,
    }),
    maxTokenLifetimeSeconds: z.number().int().optional().openapi({
      description:
        "UNAUTHENTICATED (`reason: lifetimeTooLong`): the longest lifetime the token's issuer grants (Google: 3600; others: their `maxTokenLifetimeSeconds` in `AUTH_TRUSTED_ISSUERS`).",
      example: 3600,
    }),
  })
  .catchall(z.unknown())
  .openapi('Problem', { description: 'RFC 9457 problem details with a stable `code`.' });

export type ProblemStatus = 400 | 401 | 403 | 404 | 405 | 406 | 413 | 415 | 502 | 503 | 504 | 500;

const STATUS_DESCRIPTIONS: Record<ProblemStatus, string> = {
  400: 'Invalid request (see `code`).',
  401: 'Missing or invalid caller identity token (`UNAUTHENTICATED`).',
  403: 'Not allowed (see `code`).',
  404: 'Not found (see `code`).',
  405: 'Method not allowed (`METHOD_NOT_ALLOWED`); the `Allow` header lists the methods.',
  406: 'No acceptable representation (`NOT_ACCEPTABLE`).',
  413: 'Body larger than the limit (`PAYLOAD_TOO_LARGE`).',
  415: 'Body is not of a supported media type (`UNSUPPORTED_MEDIA_TYPE`).',
  500: 'Unexpected failure (`INTERNAL`); the body reveals nothing internal.',
  502: 'An upstream answered with an error (`UPSTREAM_ERROR`).',
  503: "An upstream or the service's credentials are unavailable (see `code`).",
  504: 'An upstream did not answer in time (`UPSTREAM_TIMEOUT`).',
};

/** An example problem document for the OpenAPI document. */
export function problemExample(code: keyof typeof PROBLEM_CATALOGUE, detail: string) {
  return {
    type: problemTypeFor(code),
    title: PROBLEM_CATALOGUE[code].title,
    status: PROBLEM_CATALOGUE[code].status,
    detail,
    instance: 'urn:uuid:0f6a3c52-1d8e-4c1b-9f5e-7f1f3c2b9a10',
    code,
  };
}

const STATUS_EXAMPLES: Record<ProblemStatus, ReturnType<typeof problemExample>> = {
  400: problemExample('INVALID_REQUEST', 'The request has 1 invalid field: /reference: Required.'),
  401: problemExample(
    'UNAUTHENTICATED',
    'No Authorization header: send "Authorization: Bearer <OIDC ID token>".',
  ),
  403: problemExample('PERMISSION_DENIED', 'The caller is not allowed to do this.'),
  404: problemExample('NOT_FOUND', 'There is nothing at /v1/unknown.'),
  405: problemExample(
    'METHOD_NOT_ALLOWED',
    'DELETE is not allowed on /healthz; allowed: GET, HEAD.',
  ),
  406: problemExample('NOT_ACCEPTABLE', 'None of the media types in Accept can be produced.'),
  413: problemExample('PAYLOAD_TOO_LARGE', 'The body exceeds 65536 bytes.'),
  415: problemExample('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.'),
  500: problemExample(
    'INTERNAL',
    'The service failed to answer this request. It has been logged; retrying may help.',
  ),
  502: problemExample('UPSTREAM_ERROR', 'The registry answered 500 Internal Server Error.'),
  503: problemExample('NO_CREDENTIALS', 'The service has no Google credentials.'),
  504: problemExample('UPSTREAM_TIMEOUT', 'The registry did not answer within 5000 ms.'),
};

/** Problem responses for an operation: the given statuses plus those any operation can return. */
export function problemResponses(statuses: ProblemStatus[], options: { hasBody?: boolean } = {}) {
  const all = new Set<ProblemStatus>([...statuses, 405, 500]);
  if (options.hasBody) {
    all.add(400);
    all.add(413);
    all.add(415);
  }
  const responses: Record<
    string,
    {
      description: string;
      content: Record<string, { schema: typeof ProblemSchema; example: unknown }>;
      headers?: Record<string, unknown>;
    }
  > = {};
  for (const status of [...all].sort((a, b) => a - b)) {
    responses[String(status)] = {
      description: STATUS_DESCRIPTIONS[status],
      content: {
        [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema, example: STATUS_EXAMPLES[status] },
      },
    };
  }
  return responses;
}
