/**
 * Problems: the API's single error model. Domain modules throw `AppError` with a stable
 * UPPER_SNAKE `code` (see catalogue.ts); the HTTP layer turns it into an RFC 9457
 * `application/problem+json` document with `toProblemDocument`, and nowhere else.
 */
export { AppError, isAppError, type AppErrorOptions, type FieldError } from './app-error';
export { PROBLEM_CATALOGUE, PROBLEM_CODES, type ProblemCode } from './catalogue';
export {
  PROBLEM_MEDIA_TYPE,
  problemTypeFor,
  statusOf,
  toProblemDocument,
  type ProblemDocument,
} from './problem-document';
export { withDeadline } from './deadline';
