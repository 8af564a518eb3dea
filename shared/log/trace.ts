/** Trace correlation from `traceparent` (W3C) or `X-Cloud-Trace-Context` (Google). */
export interface TraceContext {
  traceId: string;
  spanId?: string;
  sampled?: boolean;
}

const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const CLOUD_TRACE_CONTEXT = /^([0-9a-fA-F]{32})(?:\/(\d{1,20}))?(?:;o=([01]))?$/;
const ZERO_TRACE = /^0+$/;

export function parseTraceContext(headers: {
  traceparent?: string | null;
  cloudTraceContext?: string | null;
}): TraceContext | undefined {
  const traceparent = headers.traceparent?.trim().slice(0, 128);
  const w3c = traceparent ? TRACEPARENT.exec(traceparent) : null;
  if (w3c && !ZERO_TRACE.test(w3c[1] as string)) {
    return {
      traceId: w3c[1] as string,
      spanId: w3c[2] as string,
      sampled: (Number.parseInt(w3c[3] as string, 16) & 1) === 1,
    };
  }
  const cloud = headers.cloudTraceContext?.trim().slice(0, 128);
  const google = cloud ? CLOUD_TRACE_CONTEXT.exec(cloud) : null;
  if (google && !ZERO_TRACE.test(google[1] as string)) {
    const context: TraceContext = { traceId: (google[1] as string).toLowerCase() };
    // Cloud Logging expects the span as 16 hex characters; X-Cloud-Trace-Context carries decimal.
    if (google[2] !== undefined)
      context.spanId = BigInt(google[2]).toString(16).padStart(16, '0').slice(-16);
    if (google[3] !== undefined) context.sampled = google[3] === '1';
    return context;
  }
  return undefined;
}
