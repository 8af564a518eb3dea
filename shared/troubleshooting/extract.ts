import { findImageReference, type ImageReference } from '../image-ref';
import type { Extracted } from './types';
import { STATUS_PATTERNS, REGISTRY_CONTEXT } from './patterns';

/**
 * Pulls the facts a plan needs out of (already redacted) lines: the image, the registry host,
 * the HTTP status, the IAM permission and the Artifact Registry repository resource. Ordered
 * lists: the first expression that matches wins, kubelet/containerd shapes before loose ones.
 */

// Quotes may arrive escaped (`\"` or `\\\"`) when the message is nested in a structured log line.
const IMAGE_PATTERNS: readonly RegExp[] = [
  /Failed to pull image \\{0,3}"([^"\s\\]{1,512})/,
  /failed to pull and unpack image \\{0,3}"([^"\s\\]{1,512})/,
  /Back-off pulling image \\{0,3}"([^"\s\\]{1,512})/i,
  /(?:[Pp]ulling image|PullImage) \\{0,3}"([^"\s\\]{1,512})/,
  /failed to resolve reference \\{0,3}"([^"\s\\]{1,512})/,
  /pull access denied for ([^\s,]{1,512})/,
  /manifest for ([^\s]{1,512}) not found/,
  /couldn'?t parse image (?:reference|name) \\{0,3}"([^"\s\\]{1,512})/,
  /(?:^|[\s"'])([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}(?::\d{1,5})?\/[a-z0-9._/-]{1,400}(?::[\w][\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?): /,
];

const REGISTRY_PATTERNS: readonly RegExp[] = [
  /pulling from host ([a-z0-9.-]{1,253}(?::\d{1,5})?)/i,
  /https?:\/\/([a-z0-9.-]{1,253}(?::\d{1,5})?)\/v2\//i,
  /[?&]service=([a-z0-9.-]{1,253})/i,
];

const PERMISSION_PATTERNS: readonly RegExp[] = [
  /[Pp]ermission ["']([a-z]{2,40}\.[A-Za-z]{2,40}\.[A-Za-z]{2,60})["']/,
  /\b((?:artifactregistry|storage)\.[a-z]{2,20}\.[A-Za-z]{2,40})\b/,
];

const RESOURCE =
  /projects\/[^/\s"']{1,100}\/locations\/[^/\s"']{1,63}\/repositories\/[^/\s"')]{1,100}/;

const SECRET_PATTERNS: readonly RegExp[] = [
  /image pull secrets \(([^)\n]{1,300})\)/i,
  /"[a-z0-9.-]{1,253}\/([a-z0-9.-]{1,253})" secret/,
  /secrets? "([a-z0-9.-]{1,253})" not found/,
];

const POD_PATTERNS: readonly RegExp[] = [
  /\bpod="([a-z0-9.-]{1,253})\/([a-z0-9.-]{1,253})"/,
  /\bpod\/([a-z0-9.-]{1,253})\b/,
];

/**
 * The failing container: events name it in their field path (`spec.containers{web}`), kubelet
 * logs in `failed to "StartContainer" for "web" with ErrImagePull`.
 */
const CONTAINER_PATTERNS: readonly RegExp[] = [
  /\bspec\.(?:initContainers|containers|ephemeralContainers)\{([a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?)\}/,
  /"StartContainer\\{0,3}" for \\{0,3}"([a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?)\\{0,3}" with (?:ErrImagePull|ImagePullBackOff)/,
];

const SECRET_NAMESPACE = /"([a-z0-9.-]{1,253})\/[a-z0-9.-]{1,253}" secret/;
const VPCSC_ID =
  /vpcServiceControlsUniqueIdentifier["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([A-Za-z0-9_-]{3,200})/;

const MANIFEST_URL =
  /https?:\/\/([a-z0-9.-]{1,253}(?::\d{1,5})?)\/v2\/([a-z0-9._/-]{1,400}?)\/manifests\/([\w.:-]{1,200})/;

const TOKEN_SCOPE =
  /https?:\/\/([a-z0-9.-]{1,253})\/v2\/token\?scope=repository(?:%3A|:)([A-Za-z0-9._%-]{1,400}?)(?:%3A|:)pull/i;

/** `GET https://host/v2/token?scope=repository%3Ap%2Fr%2Fapp%3Apull` names the image `host/p/r/app`. */
function imageFromTokenScope(line: string): string | null {
  const m = TOKEN_SCOPE.exec(line);
  if (!m) return null;
  return `${m[1]}/${(m[2] ?? '').replace(/%2F/gi, '/')}`;
}

/** `Head "https://gcr.io/v2/p/app/manifests/1.0"` names the image `gcr.io/p/app:1.0`. */
function imageFromManifestUrl(line: string): string | null {
  const m = MANIFEST_URL.exec(line);
  if (!m) return null;
  const [, host, path, ref = ''] = m;
  return `${host}/${path}${ref.startsWith('sha256:') ? '@' : ':'}${ref}`;
}

function firstGroup(patterns: readonly RegExp[], line: string): string | null {
  for (const re of patterns) {
    const m = re.exec(line);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** The parse of each classification's found image, made once when the classifier completed it. */
const FOUND_IMAGES = new WeakMap<Extracted, { text: string; image: ImageReference | null }>();

/**
 * The image a classification found, parsed (`findImageReference`): the parse the classifier made
 * for the image's registry, so a plan does not parse the same name again.
 */
export function foundImageOf(extracted: Extracted): ImageReference | null {
  if (extracted.image === null) return null;
  const known = FOUND_IMAGES.get(extracted);
  if (known?.text === extracted.image) return known.image;
  return findImageReference(extracted.image);
}

export function emptyExtracted(): Extracted {
  return {
    image: null,
    registry: null,
    httpStatus: null,
    permission: null,
    resource: null,
    secret: null,
    pod: null,
    container: null,
    namespace: null,
    vpcServiceControlsId: null,
  };
}

/** Accumulates facts over lines; the first value seen for a field is kept. */
export function extractFrom(
  line: string,
  into: Extracted,
  statusSeen: { onRegistryLine: boolean },
): void {
  into.image ??= firstGroup(IMAGE_PATTERNS, line);
  into.registry ??= firstGroup(REGISTRY_PATTERNS, line);
  into.image ??= imageFromManifestUrl(line) ?? imageFromTokenScope(line);
  into.permission ??= firstGroup(PERMISSION_PATTERNS, line);
  into.resource ??= RESOURCE.exec(line)?.[0] ?? null;
  into.vpcServiceControlsId ??= VPCSC_ID.exec(line)?.[1] ?? null;
  into.container ??= firstGroup(CONTAINER_PATTERNS, line);
  if (into.secret === null) {
    const secret = firstGroup(SECRET_PATTERNS, line);
    if (secret !== null) {
      into.secret = secret.replace(/[<>\s]/g, '') || null;
      into.namespace ??= SECRET_NAMESPACE.exec(line)?.[1] ?? null;
    }
  }
  if (into.pod === null) {
    for (const re of POD_PATTERNS) {
      const m = re.exec(line);
      if (!m) continue;
      if (m[2] !== undefined) {
        into.namespace ??= m[1] ?? null;
        into.pod = m[2];
      } else {
        into.pod = m[1] ?? null;
      }
      break;
    }
  }
  if (into.httpStatus === null || !statusSeen.onRegistryLine) {
    // A status on a line that also names the registry beats a stray one seen earlier.
    const onRegistryLine = REGISTRY_CONTEXT.test(line);
    if (into.httpStatus === null || onRegistryLine) {
      const status = firstGroup(STATUS_PATTERNS, line);
      if (status !== null) {
        into.httpStatus = Number(status);
        statusSeen.onRegistryLine = onRegistryLine;
      }
    }
  }
}

/** Fills fields that only follow from others (the registry of the image, as Docker normalizes it). */
export function completeExtracted(into: Extracted): Extracted {
  if (into.image !== null) {
    const image = findImageReference(into.image);
    FOUND_IMAGES.set(into, { text: into.image, image });
    if (into.registry === null) into.registry = image?.registry ?? null;
  }
  return into;
}
