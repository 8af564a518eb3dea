/**
 * Problem details the HTTP layer writes itself: the body, its media type and size, the method
 * and path, the representation asked for. Socket-level answers (no request, so no language) use
 * the default language.
 */
export const HTTP_MESSAGES = {
  'http.unsupportedMediaType': 'The body was sent as {received}; send it as {accepted}.',
  'http.unsupportedMediaType.none':
    'The body was sent without a Content-Type; send it as {accepted}.',
  'http.malformedJson': 'The body is not well-formed JSON.',
  'http.malformedJson.reason': 'The body is not well-formed JSON (the parser says: "{reason}").',
  'http.malformedJson.at':
    'The body is not well-formed JSON at line {line}, column {column} (the parser says: "{reason}").',
  'http.tooDeep':
    'The body nests arrays and objects more than {maxDepth} levels deep; no operation of this API takes a body nested that deeply.',
  'http.notUtf8': 'The body is not valid UTF-8; send it encoded as UTF-8 (RFC 8259 §8.1 for JSON).',
  'http.emptyBody': 'The body is empty; send a JSON object.',
  'http.unreadableBody': 'The request body could not be read.',
  'http.payloadTooLarge':
    'The body exceeds {maxBytes} bytes; send a smaller request (split a batch).',
  'http.payloadTooLarge.unknownLimit': 'The body is larger than this service accepts.',
  'http.headersTooLarge': 'The request headers exceed {limit}.',
  'http.noHost':
    'The request has no Host header; every HTTP/1.1 request must name the host it is for (RFC 9112 §3.2).',
  'http.invalidHttp': 'The request is not valid HTTP/1.1.',
  'http.notFound': 'There is nothing at {path}.',
  'http.notFound.here': 'There is nothing here.',
  'http.methodNotAllowed': '{method} is not allowed on {path}; allowed: {allowed}.',
  'http.internal': 'The service failed to answer this request.',
  'http.internal.logged':
    'The service failed to answer this request. It has been logged; retrying may help.',
  'http.notAcceptable.credential':
    'The credential is available as {mediaTypes} (the Secret manifest alone); set Accept to one of them.',
  'http.notAcceptable.plan':
    'This answer is available as {mediaTypes}; set Accept to one of them or use ?format=json|markdown|shell.',
  'serviceIdentity.noCredentials':
    'The service has no Google Application Default Credentials. Locally, run `gcloud auth application-default login` (or set GOOGLE_APPLICATION_CREDENTIALS); on Google Cloud, attach a service account to the Cloud Run service or function. Offline answers work without credentials.',
  'http.notAcceptable.only':
    'This answer is available as {mediaType} only; set Accept to it (or leave Accept out).',
  'http.mintingNotConfigured':
    'Credential minting is not configured on this server: set AUTH_AUDIENCE (and ACCESS_POLICY) in its configuration.',
} as const satisfies Record<string, string>;
