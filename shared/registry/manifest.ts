import { createHash } from 'node:crypto';
import { z } from 'zod';
import { formatPlatform } from './platform';
import type { PlatformManifest } from './types';

/**
 * Manifest bodies: digest computation and the parts of an image index (OCI image-spec
 * `image-index.md`, Docker manifest list v2.2) the client reads.
 */

/** Digests whose content the client can verify. */
export const VERIFIABLE_DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

/** buildkit marks provenance/SBOM manifests this way; they are not something a node runs. */
const REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type';

export function digestOf(body: Uint8Array, algorithm: 'sha256' | 'sha512' = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(body).digest('hex')}`;
}

export function algorithmOf(digest: string): 'sha256' | 'sha512' {
  return digest.startsWith('sha512:') ? 'sha512' : 'sha256';
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

export class ManifestFormatError extends Error {
  override readonly name = 'ManifestFormatError';
}

export function parseJsonObject(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) as unknown;
  } catch (error) {
    throw new ManifestFormatError('the manifest is not valid JSON', { cause: error });
  }
}

/** Checks a manifest body against the media type the registry declared for it. */
export function checkManifestEnvelope(body: Uint8Array, mediaType: string): unknown {
  const json = parseJsonObject(body);
  const envelope = ManifestEnvelopeSchema.safeParse(json);
  if (!envelope.success)
    throw new ManifestFormatError('the manifest is not a manifest object', {
      cause: envelope.error,
    });
  if (envelope.data.mediaType !== undefined && envelope.data.mediaType !== mediaType) {
    throw new ManifestFormatError(
      `the manifest body declares another media type than the ${mediaType} it was served as`,
    );
  }
  return json;
}

/** The runnable platforms an index lists, in index order. */
export function platformsOfIndex(json: unknown): PlatformManifest[] {
  const index = ImageIndexSchema.safeParse(json);
  if (!index.success)
    throw new ManifestFormatError('the image index is malformed', { cause: index.error });
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
