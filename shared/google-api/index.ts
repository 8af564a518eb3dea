/**
 * Google API answers, read once for every caller (the token minter, the live precondition
 * checks): the JSON error model every Google REST API uses (`{"error": google.rpc.Status}`, with
 * `google.rpc.ErrorInfo` among its `details`; https://cloud.google.com/apis/design/errors,
 * https://google.aip.dev/193), what a refusal means by its ErrorInfo `reason`, and the bound on
 * how much of any Google answer this service reads. Pure: no I/O.
 */
export {
  GOOGLE_API_MAX_BODY_BYTES,
  GOOGLE_ERROR_MESSAGE_MAX_LENGTH,
  parseGoogleApiError,
  type GoogleApiError,
} from './error-body';
export {
  classifyGoogleRefusal,
  MAY_NOT_EXIST_MARKER,
  projectOfConsumer,
  type GoogleRefusal,
} from './refusal';
export type { GoogleApiRequestOptions, GoogleApiRequester, GoogleApiResponse } from './requester';
