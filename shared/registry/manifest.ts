import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Message } from '../i18n';
import { SUPPORTED_DIGEST_ALGORITHMS } from '../image-ref';
import { formatPlatform } from './platform';
import type { PlatformManifest } from './types';

/**
 * Manifest bodies: digest computation and the parts of an image index (OCI image-spec
 * `image-index.md`, Docker manifest list v2.2) the client reads.
 */

/**
 * Digests whose content the client can verify: every algorithm the reference grammar accepts
 * (image-ref's table), each with its exact number of lowercase hex digits.
 */
export const VERIFIABLE_DIGEST = new RegExp(
  `^(?:${Object.entries(SUPPORTED_DIGEST_ALGORITHMS)
    .map(([algorithm, length]) => `${algorithm}:[a-f0-9]{${length}}`)
    .join('|')})$`,
);

/** buildkit marks provenance/SBOM manifests this way; they are not something a node runs. */
const REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type';

/** `algorithm` is one of the verifiable ones (node:crypto names them the same way). */
export function digestOf(body: Uint8Array, algorithm = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(body).digest('hex')}`;
}

/** The algorithm of a digest that matched VERIFIABLE_DIGEST. */
export function algorithmOf(digest: string): string {
  return digest.slice(0, digest.indexOf(':'));
}

const PlatformSchema = z.object({
  architecture: z.string().min(1).max(64),
  os: z.string().min(1).max(64),
  variant: z.string().max(64).optional(),
  'os.version': z.string().max(128).optional(),
});

const DescriptorSchema = z.object({
  mediaType: z.string().min(1).max(256),
  digest: z.string().regex(VERIFIABLE_DIGEST),
  size: z.number().int().nonnegative(),
  platform: PlatformSchema.optional(),
  annotations: z.record(z.string(), z.string()).optional(),
});

export const ImageIndexSchema = z.object({
  schemaVersion: z.literal(2),
  mediaType: z.string().optional(),
  manifests: z.array(DescriptorSchema).max(10_000),
});

/** Any manifest: a JSON object with a schema version; its `mediaType`, when present, is a string. */
export const ManifestEnvelopeSchema = z.object({
  schemaVersion: z.number().int(),
  mediaType: z.string().optional(),
});

/** A manifest that is not what it claims; `reason` is a `registry.reason.*` message. */
export class ManifestFormatError extends Error {
  override readonly name = 'ManifestFormatError';

  constructor(
    readonly reason: Message,
    options?: ErrorOptions,
  ) {
    super(reason.id, options);
  }
}

export function parseJsonObject(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) as unknown;
  } catch (error) {
    throw new ManifestFormatError({ id: 'registry.reason.manifestNotJson' }, { cause: error });
  }
}

/** Checks a manifest body against the media type the registry declared for it. */
export function checkManifestEnvelope(body: Uint8Array, mediaType: string): unknown {
  const json = parseJsonObject(body);
  const envelope = ManifestEnvelopeSchema.safeParse(json);
  if (!envelope.success)
    throw new ManifestFormatError(
      { id: 'registry.reason.notManifestObject' },
      { cause: envelope.error },
    );
  if (envelope.data.mediaType !== undefined && envelope.data.mediaType !== mediaType) {
    throw new ManifestFormatError({
      id: 'registry.reason.mediaTypeMismatch',
      params: { mediaType },
    });
  }
  return json;
}

/** The runnable platforms an index lists, in index order. */
export function platformsOfIndex(json: unknown): PlatformManifest[] {
  const index = ImageIndexSchema.safeParse(json);
  if (!index.success)
    throw new ManifestFormatError({ id: 'registry.reason.malformedIndex' }, { cause: index.error });
  const platforms: PlatformManifest[] = [];
  for (const entry of index.data.manifests) {
    const platform = entry.platform;
    if (platform === undefined) continue;
    if (entry.annotations?.[REFERENCE_TYPE_ANNOTATION] !== undefined) continue;
    if (platform.os === 'unknown' && platform.architecture === 'unknown') continue;
    const variant = platform.variant === '' ? undefined : platform.variant;
    platforms.push({
      os: platform.os,
      architecture: platform.architecture,
      ...(variant === undefined ? {} : { variant }),
      ...(platform['os.version'] === undefined ? {} : { osVersion: platform['os.version'] }),
      digest: entry.digest,
      mediaType: entry.mediaType,
      platform: formatPlatform({
        os: platform.os,
        architecture: platform.architecture,
        ...(variant === undefined ? {} : { variant }),
      }),
    });
  }
  return platforms;
}
