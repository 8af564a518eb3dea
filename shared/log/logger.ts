import { isSecretMemberName, redact, REDACTED, redactString } from './redact';
import { createBatchedStdoutWriter } from './stdout-writer';
import type { TraceContext } from './trace';

export const SEVERITIES = ['DEBUG', 'INFO', 'WARNING', 'ERROR'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Cloud Logging's `HttpRequest` (https://cloud.google.com/logging/docs/reference/v2/rest/v2/LogEntry#HttpRequest). */
export interface HttpRequestEntry {
  requestMethod: string;
  requestUrl: string;
  status: number;
  latency: string;
  userAgent?: string;
  remoteIp?: string;
  referer?: string;
  protocol?: string;
  requestSize?: string;
  responseSize?: string;
}

export interface LogFields {
  httpRequest?: HttpRequestEntry;
  trace?: TraceContext;
  [field: string]: unknown;
}

export interface Logger {
  /** Whether a line of this severity would be written (to skip building one that would not). */
  enabled(severity: Severity): boolean;
  log(severity: Severity, message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  level: Severity;
  /** Google Cloud project, to build `projects/P/traces/T`; without it the trace field is left out. */
  projectId?: string;
  /** Where one JSON line goes; stdout in production, a capture in tests. */
  write?: (line: string) => void;
  clock?: () => Date;
}

/**
 * Writes Cloud Logging structured entries (one JSON object per line on stdout), the format the
 * Cloud Run and Cloud Functions logging agents parse into LogEntry fields. Written directly rather
 * than through @google-cloud/logging's LogSync: the entry shape is the same (a test checks it
 * against LogSync's own output), and the library costs hundreds of milliseconds of cold start.
 */
export function createLogger(options: LoggerOptions): Logger {
  const threshold = SEVERITIES.indexOf(options.level);
  const write = options.write ?? createBatchedStdoutWriter();
  const clock = options.clock ?? (() => new Date());

  function log(severity: Severity, message: string, fields: LogFields = {}): void {
    if (SEVERITIES.indexOf(severity) < threshold) return;
    const entry: Record<string, unknown> = {
      severity,
      message: redactString(message),
      time: clock().toISOString(),
    };
    let trace: TraceContext | undefined;
    for (const key in fields) {
      const value = fields[key];
      if (key === 'trace') trace = value as TraceContext | undefined;
      else if (value === undefined || key in entry) continue;
      else if (isSecretMemberName(key)) entry[key] = REDACTED;
      else if (typeof value === 'string') entry[key] = redactString(value);
      else if (key === 'httpRequest') entry[key] = redactFlat(value as HttpRequestEntry);
      else entry[key] = redact(value);
    }
    if (trace) {
      if (options.projectId) {
        entry['logging.googleapis.com/trace'] =
          `projects/${options.projectId}/traces/${trace.traceId}`;
      }
      if (trace.spanId) entry['logging.googleapis.com/spanId'] = trace.spanId;
      if (trace.sampled !== undefined)
        entry['logging.googleapis.com/trace_sampled'] = trace.sampled;
    }
    let line: string;
    try {
      line = JSON.stringify(entry);
    } catch {
      line = JSON.stringify({ severity, message: entry.message, time: entry.time });
    }
    write(line);
  }

  return {
    enabled: (severity) => SEVERITIES.indexOf(severity) >= threshold,
    log,
    debug: (message, fields) => log('DEBUG', message, fields),
    info: (message, fields) => log('INFO', message, fields),
    warn: (message, fields) => log('WARNING', message, fields),
    error: (message, fields) => log('ERROR', message, fields),
  };
}

/** A flat record of our own making: only its string values can carry client input. */
function redactFlat(record: HttpRequestEntry): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key in record) {
    const value = record[key as keyof HttpRequestEntry];
    copy[key] = typeof value === 'string' ? redactString(value) : value;
  }
  return copy;
}

/** `0.012345678s`, the Duration JSON form Cloud Logging's `latency` expects. */
export function formatLatency(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(9).replace(/\.?0+$/, '')}s`;
}
