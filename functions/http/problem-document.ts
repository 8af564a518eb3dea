import { translate, renderMessage, type Language } from '../../shared/i18n';
import {
  AppError,
  PROBLEM_CATALOGUE,
  type FieldPath,
  type ProblemCode,
} from '../../shared/problems';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** Where a request carried a field. */
export type RequestPart = 'body' | 'query' | 'path' | 'header';

/** One offending field of the request, as the client sent it. */
export interface FieldError {
  /** JSON Pointer (RFC 6901) to the offending field of the request, e.g. `/reference`. */
  pointer: string;
  detail: string;
  /** Where the field was sent. */
  in?: RequestPart;
}

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

/** How an operation carried the field at a domain path: its pointer and, off the body, where. */
export type FieldLocator = (path: FieldPath) => { pointer: string; in?: RequestPart };

/** RFC 6901: `['references', 3]` → `/references/3`, `~` and `/` escaped. */
export function jsonPointer(path: FieldPath): string {
  let pointer = '';
  for (const segment of path) {
    pointer += '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
  }
  return pointer;
}

/** The default: the field is where the domain path says, in the JSON body. */
export const inJsonBody: FieldLocator = (path) => ({ pointer: jsonPointer(path) });

/** The `type` URI of a code: a relative reference to the code's entry in the reference page. */
export function problemTypeFor(code: ProblemCode): string {
  return `/docs#problem-${code}`;
}

export interface ProblemContext {
  /** This occurrence (`urn:uuid:<request id>`). */
  instance: string;
  language: Language;
  locate?: FieldLocator;
}

/**
 * The only place an error becomes a problem document. Anything that is not an AppError is an
 * internal failure, and its message never reaches the client.
 */
export function toProblemDocument(error: unknown, context: ProblemContext): ProblemDocument {
  const appError = error instanceof AppError ? error : internalError(error);
  const locate = context.locate ?? inJsonBody;
  const document: ProblemDocument = {
    ...appError.extensions,
    type: problemTypeFor(appError.code),
    title: translate(context.language, `problem.${appError.code}`),
    status: appError.status,
    detail: appError.detailIn(context.language),
    instance: context.instance,
    code: appError.code,
  };
  if (appError.path !== undefined) document.pointer = locate(appError.path).pointer;
  if (appError.errors !== undefined) {
    document.errors = appError.errors.map((issue) => {
      const where = locate(issue.path);
      return {
        pointer: where.pointer,
        detail: renderMessage(issue.detail, context.language),
        ...(where.in === undefined ? {} : { in: where.in }),
      };
    });
  }
  return document;
}

function internalError(cause: unknown): AppError {
  return new AppError('INTERNAL', { id: 'http.internal.logged' }, { cause });
}

/** The status, headers and body of a problem answer, for the app and for raw sockets alike. */
export function problemAnswer(
  error: unknown,
  context: ProblemContext,
): { status: number; title: string; headers: Record<string, string>; body: string } {
  const document = toProblemDocument(error, context);
  const body = JSON.stringify(document);
  return {
    status: document.status,
    title: PROBLEM_CATALOGUE[document.code].title,
    headers: {
      'content-type': PROBLEM_MEDIA_TYPE,
      'cache-control': 'no-store',
      'content-language': context.language,
      vary: 'Accept-Language',
      ...(error instanceof AppError ? error.headers : {}),
    },
    body,
  };
}
