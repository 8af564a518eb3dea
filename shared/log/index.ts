/**
 * Structured logging in Cloud Logging's JSON-line format, with trace correlation and redaction.
 * Invariant: nothing that looks like a credential is ever written (see redact.ts).
 */
export {
  createLogger,
  formatLatency,
  SEVERITIES,
  type HttpRequestEntry,
  type LogFields,
  type Logger,
  type LoggerOptions,
  type Severity,
} from './logger';
export {
  redact,
  redactString,
  isSecretMemberName,
  jwtStartIn,
  REDACTED,
  SECRET_MEMBER_NAMES,
} from './redact';
export { parseTraceContext, type TraceContext } from './trace';
export { createBatchedStdoutWriter } from './stdout-writer';
