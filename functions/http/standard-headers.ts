/**
 * Headers every answer carries, the app's and those written below it (raw socket answers,
 * functions-framework's body-parser errors) alike: no sniffing, no referrer, no framing, no
 * caching unless a route says otherwise, and a content security policy that allows nothing.
 */
export const STANDARD_HEADERS: ReadonlyArray<[string, string]> = [
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'no-referrer'],
  ['x-frame-options', 'DENY'],
  ['cache-control', 'no-store'],
  ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
];
