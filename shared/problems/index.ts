/**
 * Problems: the API's single error model. Domain modules throw `AppError` with a stable
 * UPPER_SNAKE `code` (see catalogue.ts), a detail, and the domain path of the offending field;
 * the HTTP layer (functions/http) turns it into an RFC 9457 `application/problem+json` document.
 */
export {
  AppError,
  isAppError,
  type AppErrorOptions,
  type FieldIssue,
  type FieldPath,
} from './app-error';
export { PROBLEM_CATALOGUE, PROBLEM_CODES, type ProblemCode } from './catalogue';
export { withDeadline } from './deadline';
export {
  appErrorOfIssue,
  matchingRule,
  messageOfIssue,
  parsedBy,
  refusedWith,
  ruleOfPattern,
  shownValue,
} from './schema-rules';
