import { DEFAULT_LANGUAGE, renderMessage, type Language, type Message } from '../i18n';
import { PROBLEM_CATALOGUE, type ProblemCode } from './catalogue';

/**
 * Where a value sits in the input of the domain function that refused it: `['cluster', 'version']`,
 * `['references', 3]`. Only the HTTP layer turns it into a JSON Pointer or a query-parameter name,
 * because only it knows how the request carried the value.
 */
export type FieldPath = ReadonlyArray<string | number>;

/** One offending field of an input. */
export interface FieldIssue {
  path: FieldPath;
  detail: Message;
}

export interface AppErrorOptions {
  /** The offending field of the domain input. */
  path?: FieldPath;
  /** Every offending field, when there are several (INVALID_REQUEST). */
  errors?: FieldIssue[];
  /** Extra members for the problem document (RFC 9457 extension members). */
  extensions?: Record<string, unknown>;
  /** Response headers the answer must carry (`Allow`, `Retry-After`, `WWW-Authenticate`). */
  headers?: Record<string, string>;
  cause?: unknown;
}

/**
 * The one error type of the domain. `detail` is shown to the client, so it names the bad input
 * and never contains a secret; the original error travels in `cause` for the logs only. A detail
 * given as a catalogue `Message` is rendered in the caller's language.
 */
export class AppError extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly detail: Message;
  readonly path: FieldPath | undefined;
  readonly errors: FieldIssue[] | undefined;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(code: ProblemCode, detail: Message, options: AppErrorOptions = {}) {
    // Every detail is a catalogue message, so every answer can be in the caller's language; a
    // plain string (from JavaScript, or a cast) would be English in every language.
    if (typeof detail !== 'object' || detail === null) {
      throw new TypeError(`AppError ${code}: the detail must be a catalogue message`);
    }
    // An AppError is an expected answer, logged by code and detail (its cause keeps its own stack):
    // capturing a stack trace for each would be most of its cost (1 000 bad references in a batch).
    // No message is passed: `message` is rendered from the detail only when something reads it.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(undefined, options.cause === undefined ? undefined : { cause: options.cause });
    Error.stackTraceLimit = stackTraceLimit;
    this.name = 'AppError';
    this.code = code;
    this.status = PROBLEM_CATALOGUE[code].status;
    this.detail = detail;
    this.path = options.path;
    this.errors = options.errors;
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }

  /** The detail as the client reads it in `language`. */
  detailIn(language: Language): string {
    return renderMessage(this.detail, language);
  }

  /**
   * The same error, its paths moved from under `from` to under `to`: a reference's problem
   * (`['reference']`) becomes the batch item's (`['references', 3]`). Paths elsewhere stay.
   */
  movedTo(from: FieldPath, to: FieldPath): AppError {
    const move = (path: FieldPath): FieldPath =>
      from.every((segment, index) => path[index] === segment)
        ? [...to, ...path.slice(from.length)]
        : path;
    return new AppError(this.code, this.detail, {
      ...(this.path === undefined ? {} : { path: move(this.path) }),
      ...(this.errors === undefined
        ? {}
        : { errors: this.errors.map((issue) => ({ ...issue, path: move(issue.path) })) }),
      extensions: this.extensions,
      headers: this.headers,
      cause: this.cause ?? this,
    });
  }
}

/**
 * `message` is the detail in the default language (what logs and `String(error)` show), rendered
 * when read: most AppErrors become a problem document in the caller's language and are never
 * logged, so rendering the English for each (1 000 in a batch) would be wasted.
 */
Object.defineProperty(AppError.prototype, 'message', {
  configurable: true,
  enumerable: false,
  get(this: AppError): string {
    return this.detailIn(DEFAULT_LANGUAGE);
  },
});

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
