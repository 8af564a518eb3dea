import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * Pushing images over the registry HTTP API in the order distribution 2.8 requires: blobs
 * (HEAD, POST an upload, PUT its absolute Location with `&digest=`), then manifests, platform
 * manifests by digest before the index that names them. Digests are real sha256 of the bytes sent.
 */

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
} as const;

export interface PlatformSpec {
  os: string;
  architecture: string;
  variant?: string;
}

export interface PushTarget {
  /** `http://127.0.0.1:PORT` */
  baseUrl: string;
  repository: string;
  /** A bearer token with `pull,push` on the repository. */
  token: string;
}

export const sha256 = (bytes: Uint8Array): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** A one-file ustar archive: enough for a layer a runtime could unpack. */
export function tarWithFile(name: string, content: string): Buffer {
  const data = Buffer.from(content, 'utf8');
  const header = Buffer.alloc(512, 0);
  const field = (offset: number, length: number, value: string): void => {
    header.write(value, offset, length, 'ascii');
  };
  field(0, 100, name);
  field(100, 8, '0000644\0');
  field(108, 8, '0000000\0');
  field(116, 8, '0000000\0');
  field(124, 12, `${data.length.toString(8).padStart(11, '0')}\0`);
  field(136, 12, '00000000000\0');
  field(148, 8, '        ');
  field(156, 1, '0');
  field(257, 6, 'ustar\0');
  field(263, 2, '00');
  let checksum = 0;
  for (const byte of header) checksum += byte;
  field(148, 8, `${checksum.toString(8).padStart(6, '0')}\0 `);
  const padding = Buffer.alloc((512 - (data.length % 512)) % 512, 0);
  return Buffer.concat([header, data, padding, Buffer.alloc(1024, 0)]);
}

async function expectStatus(response: Response, expected: number, what: string): Promise<Response> {
  if (response.status !== expected) {
    throw new Error(
      `${what}: expected HTTP ${expected}, got ${response.status}: ${(await response.text()).slice(0, 500)}`,
    );
  }
  return response;
}

export async function pushBlob(target: PushTarget, bytes: Uint8Array): Promise<string> {
  const digest = sha256(bytes);
  const auth = { Authorization: `Bearer ${target.token}` };
  const head = await fetch(`${target.baseUrl}/v2/${target.repository}/blobs/${digest}`, {
    method: 'HEAD',
    headers: auth,
  });
  if (head.status === 200) return digest;
  const started = await expectStatus(
    await fetch(`${target.baseUrl}/v2/${target.repository}/blobs/uploads/`, {
      method: 'POST',
      headers: auth,
    }),
    202,
    `start upload to ${target.repository}`,
  );
  await started.arrayBuffer();
  const location = new URL(started.headers.get('location') ?? '', target.baseUrl);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: {
      ...auth,
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(bytes.byteLength),
    },
    body: bytes,
  });
  await expectStatus(put, 201, `upload blob ${digest}`);
  await put.arrayBuffer();
  return digest;
}

export async function pushManifest(
  target: PushTarget,
  reference: string,
  mediaType: string,
  body: Uint8Array,
): Promise<string> {
  const response = await fetch(`${target.baseUrl}/v2/${target.repository}/manifests/${reference}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${target.token}`, 'Content-Type': mediaType },
    body,
  });
  await expectStatus(response, 201, `push manifest ${target.repository}:${reference}`);
  await response.arrayBuffer();
  const digest = sha256(body);
  const reported = response.headers.get('docker-content-digest');
  if (reported !== digest) throw new Error(`registry reported ${reported} for manifest ${digest}`);
  return digest;
}

export interface PushedManifest {
  digest: string;
  mediaType: string;
  size: number;
}

/** Pushes config and layer blobs and an image manifest (OCI or Docker v2); `reference` is a tag or omitted (by digest). */
export async function pushImage(
  target: PushTarget,
  options: { format: 'oci' | 'docker'; platform: PlatformSpec; reference?: string; label: string },
): Promise<PushedManifest> {
  const oci = options.format === 'oci';
  const tar = tarWithFile(
    'hello.txt',
    `hello from ${options.label} (${options.platform.os}/${options.platform.architecture})\n`,
  );
  const layer = gzipSync(tar);
  const config = Buffer.from(
    JSON.stringify({
      architecture: options.platform.architecture,
      os: options.platform.os,
      ...(options.platform.variant === undefined ? {} : { variant: options.platform.variant }),
      config: { Cmd: ['/hello.txt'], Labels: { 'test.image': options.label } },
      rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
    }),
  );
  const configDigest = await pushBlob(target, config);
  const layerDigest = await pushBlob(target, layer);
  const mediaType = oci ? MEDIA_TYPES.ociManifest : MEDIA_TYPES.dockerManifest;
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType,
      config: {
        mediaType: oci ? MEDIA_TYPES.ociConfig : MEDIA_TYPES.dockerConfig,
        digest: configDigest,
        size: config.length,
      },
      layers: [
        {
          mediaType: oci ? MEDIA_TYPES.ociLayer : MEDIA_TYPES.dockerLayer,
          digest: layerDigest,
          size: layer.length,
        },
      ],
    }),
  );
  const digest = await pushManifest(
    target,
    options.reference ?? sha256(manifest),
    mediaType,
    manifest,
  );
  return { digest, mediaType, size: manifest.length };
}

export interface PushedIndex extends PushedManifest {
  platforms: Array<PlatformSpec & { digest: string; mediaType: string }>;
}

/** Pushes one OCI image per platform by digest, then the OCI index under `tag`. */
export async function pushIndex(
  target: PushTarget,
  tag: string,
  platforms: PlatformSpec[],
  label: string,
): Promise<PushedIndex> {
  const pushed = [];
  for (const platform of platforms) {
    const manifest = await pushImage(target, { format: 'oci', platform, label });
    pushed.push({ ...platform, ...manifest });
  }
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: pushed.map((entry) => ({
        mediaType: entry.mediaType,
        digest: entry.digest,
        size: entry.size,
        platform: {
          architecture: entry.architecture,
          os: entry.os,
          ...(entry.variant === undefined ? {} : { variant: entry.variant }),
        },
      })),
    }),
  );
  const digest = await pushManifest(target, tag, MEDIA_TYPES.ociIndex, index);
  return {
    digest,
    mediaType: MEDIA_TYPES.ociIndex,
    size: index.length,
    platforms: pushed.map(({ size: _size, ...entry }) => entry),
  };
}
