/**
 * The image reference grammar that Docker, containerd and kubelet share (distribution/reference),
 * with the normalization of `ParseNormalizedNamed`. In prose:
 *
 *   reference := name [ ":" tag ] [ "@" digest ]
 *   name      := [ domain "/" ] path
 *
 * - domain: a host name, IPv4 address or bracketed IPv6 address, with an optional numeric port
 *   (host.ts). The first `/`-separated component is the domain only if it is `localhost`,
 *   contains `.` or `:`, or contains an uppercase letter; otherwise the name is on Docker Hub.
 * - Docker Hub is `docker.io`; `index.docker.io` is rewritten to it, and a single-component
 *   Docker Hub path gets the `library/` namespace (`nginx` → `docker.io/library/nginx`).
 * - path: lowercase components joined by `/` (path.ts), at most 255 characters in all.
 * - tag: 1–128 word characters, `.` and `-`, not starting with `.` or `-` (tag.ts).
 * - digest: `algorithm:hex`, validated as go-digest does (digest.ts).
 * - A tag and a digest may both be given; both are kept.
 * - A bare 64-hex string is an image ID, not a reference, and is refused.
 *
 * Departures, all toward clearer answers and none changing what is accepted: the input is bounded
 * in length before any scanning, whitespace and URL schemes get their own details, and every check
 * is a linear hand-written scan instead of one large regular expression.
 *
 * One quirk is kept on purpose: when the first component has a `.` and an `_`
 * (`my_registry.example.com/app`) it is no valid host, yet distribution accepts the whole text as
 * a path with no domain, and containerd then contacts that first component as the host. We accept
 * it too and report that first component as the registry.
 */
import { hasUpperAlpha, isDigit, isLowerAlpha } from './chars';
import { checkDigest, DIGEST_SEPARATOR } from './digest';
import { defect, invalidReference, type ParseContext } from './errors';
import { DOCKER_HUB_DOMAIN, LEGACY_DOCKER_HUB_DOMAIN } from '../registry-hosts';
import { checkHost, isDomainCandidate } from './host';
import {
  checkPathComponent,
  checkRepositoryPath,
  OFFICIAL_REPOSITORY_PREFIX,
  PATH_COMPONENT_SEPARATOR,
  REPOSITORY_PATH_MAX_LENGTH,
} from './path';
import { checkTag, TAG_SEPARATOR } from './tag';

/** Longer inputs are refused before any scanning; no valid reference comes near it. */
export const MAX_REFERENCE_LENGTH = 4096;
/** `docker image ls` IDs: a reference made only of this many lowercase hex digits is refused. */
export const IMAGE_ID_HEX_LENGTH = 64;

/** A reference split into its parts, with the registry normalized but no tag implied. */
export interface ReferenceParts {
  /** As written (case kept), `docker.io` for Docker Hub; includes the port if any. */
  registry: string;
  /** Including the implied `library/` for single-component Docker Hub names. */
  path: string;
  /** The tag as written, or null. */
  tag: string | null;
  digest: string | null;
}

export function parseReferenceParts(context: ParseContext): ReferenceParts {
  const { input } = context;
  const fail = (...args: Parameters<typeof defect>) => invalidReference(context, defect(...args));

  if (typeof input !== 'string') throw fail('reference.notString');
  if (input.length > MAX_REFERENCE_LENGTH) {
    throw fail(
      'reference.tooLong',
      { length: input.length, limit: MAX_REFERENCE_LENGTH },
      'reference.tooLong.hint',
    );
  }
  if (input.trim() === '') {
    throw fail('reference.empty', undefined, 'reference.empty.hint');
  }
  const whitespace = firstWhitespace(input);
  if (whitespace >= 0) {
    throw fail('reference.whitespace', { position: whitespace }, 'reference.whitespace.hint');
  }
  const scheme = urlSchemeOf(input);
  if (scheme !== undefined) {
    throw fail(
      'reference.urlScheme',
      { scheme },
      {
        id: 'reference.urlScheme.hint',
        params: { withoutScheme: JSON.stringify(input.slice(scheme.length)) },
      },
    );
  }
  if (isImageId(input)) {
    throw fail('reference.imageId', { length: IMAGE_ID_HEX_LENGTH }, 'reference.imageId.hint');
  }

  const slash = input.indexOf(PATH_COMPONENT_SEPARATOR);
  const first = slash < 0 ? '' : input.slice(0, slash);
  const explicitDomain = slash >= 0 && isDomainCandidate(first);
  let registry = explicitDomain ? first : DOCKER_HUB_DOMAIN;
  const remainder = explicitDomain ? input.slice(slash + 1) : input;
  if (registry === LEGACY_DOCKER_HUB_DOMAIN) registry = DOCKER_HUB_DOMAIN;

  const at = remainder.indexOf(DIGEST_SEPARATOR);
  const nameAndTag = at < 0 ? remainder : remainder.slice(0, at);
  const digest = at < 0 ? null : remainder.slice(at + 1);
  const colon = nameAndTag.indexOf(TAG_SEPARATOR);
  const writtenPath = colon < 0 ? nameAndTag : nameAndTag.slice(0, colon);
  const tag = colon < 0 ? null : nameAndTag.slice(colon + 1);

  let domainless = false;
  if (explicitDomain && registry !== DOCKER_HUB_DOMAIN) {
    const hostDefect = checkHost(registry);
    if (hostDefect !== undefined) {
      // distribution's fallback: a first component that is no host but a valid path component
      if (hasUpperAlpha(registry) || checkPathComponent(registry) !== undefined) {
        throw invalidReference(context, hostDefect);
      }
      domainless = true;
    }
  }
  if (explicitDomain && writtenPath === '' && tag === null && digest === null) {
    throw fail(
      'reference.pathMissingAfterHost',
      { host: JSON.stringify(first) },
      {
        id: 'reference.pathMissingAfterHost.hint',
        params: { example: JSON.stringify(`${first}/my-image:v1`) },
      },
    );
  }
  const pathDefect = checkRepositoryPath(writtenPath);
  if (pathDefect !== undefined) throw invalidReference(context, pathDefect);

  const path =
    registry === DOCKER_HUB_DOMAIN && !writtenPath.includes(PATH_COMPONENT_SEPARATOR)
      ? OFFICIAL_REPOSITORY_PREFIX + writtenPath
      : writtenPath;
  // distribution counts the first component too when it had to read it as a path
  const counted = domainless ? `${registry}/${path}` : path;
  if (counted.length > REPOSITORY_PATH_MAX_LENGTH) {
    throw fail('reference.pathTooLong', {
      limit: REPOSITORY_PATH_MAX_LENGTH,
      start: JSON.stringify(counted.slice(0, 40)),
      length: counted.length,
    });
  }
  if (tag !== null) {
    const tagDefect = checkTag(tag);
    if (tagDefect !== undefined) throw invalidReference(context, tagDefect);
  }
  if (digest !== null) {
    const digestDefect = checkDigest(digest);
    if (digestDefect !== undefined) throw invalidReference(context, digestDefect);
  }
  return { registry, path, tag, digest };
}

function firstWhitespace(input: string): number {
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    // ASCII controls and space, DEL, and the Unicode spaces a copy-paste brings along
    if (
      code <= 0x20 ||
      code === 0x7f ||
      code === 0xa0 ||
      code === 0xfeff ||
      (code >= 0x2000 && code <= 0x200b) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0x3000
    ) {
      return i;
    }
  }
  return -1;
}

/** `scheme "://"` at the very start (RFC 3986 scheme characters), scanned without a regex. */
function urlSchemeOf(input: string): string | undefined {
  if (input.length === 0 || !isLowerAlpha((input[0] as string).toLowerCase())) return undefined;
  let i = 1;
  while (i < input.length) {
    const c = (input[i] as string).toLowerCase();
    if (isLowerAlpha(c) || isDigit(c) || c === '+' || c === '.' || c === '-') i++;
    else break;
  }
  return input.startsWith('://', i) ? input.slice(0, i + 3) : undefined;
}

function isImageId(input: string): boolean {
  if (input.length !== IMAGE_ID_HEX_LENGTH) return false;
  for (const c of input) if (!(isDigit(c) || (c >= 'a' && c <= 'f'))) return false;
  return true;
}
