/**
 * Manifest media types a registry may answer with, and the Accept header that asks for all of
 * them. distribution answers 404 for OCI content (and 400 for Docker v2 content) when the
 * Accept header does not list its type, so every manifest request sends the full list.
 */
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const DOCKER_MANIFEST_V2 = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_MANIFEST_V1_SIGNED =
  'application/vnd.docker.distribution.manifest.v1+prettyjws';
export const DOCKER_MANIFEST_V1 = 'application/vnd.docker.distribution.manifest.v1+json';

/** Multi-platform manifests: their digest names every platform at once. */
export const INDEX_MEDIA_TYPES: readonly string[] = [OCI_INDEX, DOCKER_MANIFEST_LIST];

/** Single-platform manifests. Schema 1 is deprecated (containerd 2 refuses it) but still answered. */
export const IMAGE_MANIFEST_MEDIA_TYPES: readonly string[] = [
  OCI_MANIFEST,
  DOCKER_MANIFEST_V2,
  DOCKER_MANIFEST_V1_SIGNED,
  DOCKER_MANIFEST_V1,
];

/** Schema 1 digests are computed over the payload without its JWS signatures, not the body. */
export const SCHEMA1_MEDIA_TYPES: readonly string[] = [
  DOCKER_MANIFEST_V1_SIGNED,
  DOCKER_MANIFEST_V1,
];

/** The four current types first, schema 1 (signed) last, with a lower preference. */
export const MANIFEST_ACCEPT = [
  OCI_INDEX,
  OCI_MANIFEST,
  DOCKER_MANIFEST_LIST,
  DOCKER_MANIFEST_V2,
  `${DOCKER_MANIFEST_V1_SIGNED};q=0.5`,
].join(', ');

/** The media type of a `Content-Type` value, without parameters, lower case. */
export function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

export function isIndexMediaType(mediaType: string): boolean {
  return INDEX_MEDIA_TYPES.includes(mediaType);
}

export function isManifestMediaType(mediaType: string): boolean {
  return isIndexMediaType(mediaType) || IMAGE_MANIFEST_MEDIA_TYPES.includes(mediaType);
}
