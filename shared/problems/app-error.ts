import { PROBLEM_CATALOGUE, type ProblemCode } from './catalogue';

export interface FieldError {
  /** JSON Pointer (RFC 6901) to the offending field of the request, e.g. `/reference`. */
  pointer: string;
  detail: string;
  /** Where the field was sent, when not the JSON body. */
  in?: 'body' | 'query' | 'path' | 'header';
}

export interface AppErrorOptions {
  /** The offending field, as a JSON Pointer into the request. */
  pointer?: string;
  errors?: FieldError[];
  /** Extra members for the problem document (RFC 9457 extension members). */
  extensions?: Record<string, unknown>;
  /** Response headers the answer must carry (`Allow`, `Retry-After`, `WWW-Authenticate`). */
  headers?: Record<string, string>;
  cause?: unknown;
}

/**
 * The one error type of the domain. `detail` is shown to the client, so it names the bad input
 * and never contains a secret; the original error travels in `cause` for the logs only.
 */
export class AppError extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly pointer: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(code: ProblemCode, detail: string, options: AppErrorOptions = {}) {
    // An AppError is an expected answer, logged by code and detail (its cause keeps its own stack):
    // capturing a stack trace for each would be most of its cost (1 000 bad references in a batch).
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    Error.stackTraceLimit = stackTraceLimit;
    this.name = 'AppError';
    this.code = code;
    this.status = PROBLEM_CATALOGUE[code].status;
    this.title = PROBLEM_CATALOGUE[code].title;
    this.detail = detail;
    this.pointer = options.pointer;
    this.errors = options.errors;
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
