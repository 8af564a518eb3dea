/**
 * The reference grammar of grammar.ts as one regular expression, for schemas and the contract
 * (`pattern` in openapi.yaml), so generated clients can check a reference before sending it. It
 * is distribution/reference's `ReferenceRegexp`
 * (https://github.com/distribution/reference/blob/main/regexp.go) built from this module's named
 * constants. The parser stays the judge: it also applies the length limits, the Artifact Registry
 * rules and its clearer details; schemas pair this pattern with `parsedBy(parser)`.
 */
import { DIGEST_ALGORITHM_SEPARATOR, DIGEST_HEX_MIN_LENGTH, DIGEST_SEPARATOR } from './digest';
import { PORT_SEPARATOR } from './host';
import { PATH_COMPONENT_SEPARATOR } from './path';
import { TAG_MAX_LENGTH, TAG_SEPARATOR } from './tag';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6_ADDRESS = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = `(?:${DOMAIN_NAME}|${IPV6_ADDRESS})(?:${escape(PORT_SEPARATOR)}[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const REMOTE_NAME = `${PATH_COMPONENT}(?:${escape(PATH_COMPONENT_SEPARATOR)}${PATH_COMPONENT})*`;
const NAME = `(?:${DOMAIN}${escape(PATH_COMPONENT_SEPARATOR)})?${REMOTE_NAME}`;
const TAG = `[\\w][\\w.-]{0,${TAG_MAX_LENGTH - 1}}`;
const DIGEST =
  `[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*${escape(DIGEST_ALGORITHM_SEPARATOR)}` +
  `[0-9a-fA-F]{${DIGEST_HEX_MIN_LENGTH},}`;

export const REFERENCE_PATTERN = new RegExp(
  `^${NAME}(?:${escape(TAG_SEPARATOR)}${TAG})?(?:${escape(DIGEST_SEPARATOR)}${DIGEST})?$`,
);
