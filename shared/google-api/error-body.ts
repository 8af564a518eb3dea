import { z } from 'zod';

/**
 * The most of one Google API answer this service reads, in bytes. The largest answer it expects
 * is a Policy Troubleshooter explanation that quotes every allow policy from the repository to
 * the organisation (each at most 64 KiB); anything larger is not an answer it can use.
 */
export const GOOGLE_API_MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Google's `message` is kept for logs and evidence at this length at most. */
export const GOOGLE_ERROR_MESSAGE_MAX_LENGTH = 512;

const ERROR_INFO_TYPE = 'type.googleapis.com/google.rpc.ErrorInfo';

/** `{"error": {"code", "message", "status", "details": [...]}}`, each field optional on the wire. */
const ErrorBodySchema = z.object({
  error: z
    .object({
      code: z.number().int().optional(),
      message: z.string().optional(),
      status: z.string().optional(),
      details: z.array(z.unknown()).optional(),
    })
    .loose(),
});

const ErrorInfoSchema = z
  .object({
    '@type': z.literal(ERROR_INFO_TYPE),
    reason: z.string().optional(),
    domain: z.string().optional(),
    metadata: z.record(z.string(), z.string()).optional(),
  })
  .loose();

/** A Google API error, as much of it as the body carried. */
export interface GoogleApiError {
  /** The HTTP status Google put in the body (`error.code`). */
  code: number | null;
  /** The canonical status name: `PERMISSION_DENIED`, `NOT_FOUND`, `UNAUTHENTICATED`, … */
  status: string | null;
  /** Google's human text, cut at GOOGLE_ERROR_MESSAGE_MAX_LENGTH. */
  message: string | null;
  /** `google.rpc.ErrorInfo.reason`: `IAM_PERMISSION_DENIED`, `SERVICE_DISABLED`, … */
  reason: string | null;
  /** `google.rpc.ErrorInfo.domain`: `googleapis.com`, `iam.googleapis.com`, … */
  domain: string | null;
  /** `google.rpc.ErrorInfo.metadata`: `service`, `consumer`, `permission`, … */
  metadata: Readonly<Record<string, string>>;
}

function jsonOf(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  if (body.length > GOOGLE_API_MAX_BODY_BYTES) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Reads Google's error body (parsed JSON, or its text), or null when it is not one. The first
 * `google.rpc.ErrorInfo` among the details gives the reason; other detail types (`Help`,
 * `LocalizedMessage`, …) are skipped.
 */
export function parseGoogleApiError(body: unknown): GoogleApiError | null {
  const parsed = ErrorBodySchema.safeParse(jsonOf(body));
  if (!parsed.success) return null;
  const { code, message, status, details } = parsed.data.error;
  let info: z.infer<typeof ErrorInfoSchema> | undefined;
  for (const detail of details ?? []) {
    const candidate = ErrorInfoSchema.safeParse(detail);
    if (candidate.success) {
      info = candidate.data;
      break;
    }
  }
  return {
    code: code ?? null,
    status: status ?? null,
    message: message === undefined ? null : message.slice(0, GOOGLE_ERROR_MESSAGE_MAX_LENGTH),
    reason: info?.reason ?? null,
    domain: info?.domain ?? null,
    metadata: info?.metadata ?? {},
  };
}
