import { AppError, type FieldError } from './app-error';
import { PROBLEM_CATALOGUE, type ProblemCode } from './catalogue';

/** RFC 9457 problem details, with this API's stable `code` extension. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ProblemCode;
  pointer?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** The `type` URI of a code: a relative reference to the code's entry in the reference page. */
export function problemTypeFor(code: ProblemCode): string {
  return `/docs#problem-${code}`;
}

/**
 * The only place an error becomes a problem document. Anything that is not an AppError is an
 * internal failure, and its message never reaches the client.
 */
export function toProblemDocument(error: unknown, instance: string): ProblemDocument {
  const appError = error instanceof AppError ? error : internalError(error);
  const document: ProblemDocument = {
    ...appError.extensions,
    type: problemTypeFor(appError.code),
    title: appError.title,
    status: appError.status,
    detail: appError.detail,
    instance,
    code: appError.code,
  };
  if (appError.pointer !== undefined) document.pointer = appError.pointer;
  if (appError.errors !== undefined) document.errors = appError.errors;
  return document;
}

function internalError(cause: unknown): AppError {
  return new AppError(
    'INTERNAL',
    'The service failed to answer this request. It has been logged; retrying may help.',
    { cause },
  );
}

export function statusOf(code: ProblemCode): number {
  return PROBLEM_CATALOGUE[code].status;
}
