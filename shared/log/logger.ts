import { redact } from './redact';
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
  const write = options.write ?? ((line: string) => void process.stdout.write(line + '\n'));
  const clock = options.clock ?? (() => new Date());

  function log(severity: Severity, message: string, fields: LogFields = {}): void {
    if (SEVERITIES.indexOf(severity) < threshold) return;
    const { trace, httpRequest, ...rest } = fields;
    const entry: Record<string, unknown> = {
      severity,
      message,
      time: clock().toISOString(),
      ...(redact(rest) as Record<string, unknown>),
    };
    if (httpRequest) entry.httpRequest = redact(httpRequest);
    if (trace) {
      if (options.projectId) {
        entry['logging.googleapis.com/trace'] =
          `projects/${options.projectId}/traces/${trace.traceId}`;
      }
      if (trace.spanId) entry['logging.googleapis.com/spanId'] = trace.spanId;
      if (trace.sampled !== undefined)
        entry['logging.googleapis.com/trace_sampled'] = trace.sampled;
    }
    entry.message = redact(message);
    let line: string;
    try {
      line = JSON.stringify(entry);
    } catch {
      line = JSON.stringify({ severity, message: entry.message, time: entry.time });
    }
    write(line);
  }

  return {
    log,
    debug: (message, fields) => log('DEBUG', message, fields),
    info: (message, fields) => log('INFO', message, fields),
    warn: (message, fields) => log('WARNING', message, fields),
    error: (message, fields) => log('ERROR', message, fields),
  };
}

/** `0.012345678s`, the Duration JSON form Cloud Logging's `latency` expects. */
export function formatLatency(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(9).replace(/\.?0+$/, '')}s`;
}
