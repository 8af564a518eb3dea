import { describe, expect, it } from 'vitest';
import {
  describeGkeVersion,
  dockerNodeImagesFact,
  lastVersionWithDockerNodeImages,
  findNodeImageType,
  parseNodeImageType,
  NODE_IMAGE_TYPE_IDS,
} from '../../../shared/gke';

describe('describeGkeVersion: default pull permission boundaries', () => {
  it.each([
    { version: '1.13.12-gke.30', defaultPullPermission: false, minimumPatch: null },
    { version: '1.13', defaultPullPermission: false, minimumPatch: null },
    { version: '1.14.10-gke.21', defaultPullPermission: false, minimumPatch: '1.14.10-gke.22' },
    { version: '1.14.10-gke.22', defaultPullPermission: true, minimumPatch: '1.14.10-gke.22' },
    { version: '1.14.10-gke.100', defaultPullPermission: true, minimumPatch: '1.14.10-gke.22' },
    { version: '1.14.9-gke.99', defaultPullPermission: false, minimumPatch: '1.14.10-gke.22' },
    { version: '1.14.10', defaultPullPermission: null, minimumPatch: '1.14.10-gke.22' },
    { version: '1.15.9-gke.7', defaultPullPermission: false, minimumPatch: '1.15.9-gke.8' },
    { version: '1.15.9-gke.8', defaultPullPermission: true, minimumPatch: '1.15.9-gke.8' },
    { version: '1.15.8-gke.3', defaultPullPermission: false, minimumPatch: '1.15.9-gke.8' },
    { version: '1.15', defaultPullPermission: null, minimumPatch: '1.15.9-gke.8' },
    { version: '1.15.12', defaultPullPermission: true, minimumPatch: '1.15.9-gke.8' },
    { version: '1.16.0', defaultPullPermission: true, minimumPatch: null },
    { version: '1.16', defaultPullPermission: true, minimumPatch: null },
    { version: '1.30.5-gke.1014001', defaultPullPermission: true, minimumPatch: null },
  ])('$version: default permission $defaultPullPermission, minimum patch $minimumPatch', (row) => {
    const facts = describeGkeVersion(row.version);
    expect(facts.defaultPullPermission).toBe(row.defaultPullPermission);
    expect(facts.minimumPatch).toBe(row.minimumPatch);
  });
});

describe('describeGkeVersion: runtime boundaries', () => {
  it.each([
    {
      version: '1.18.20-gke.900',
      containerdDefault: false,
      dockerNodeImagesSupported: true,
      linux: false,
      windows: false,
    },
    {
      version: '1.19.0-gke.1',
      containerdDefault: true,
      dockerNodeImagesSupported: true,
      linux: false,
      windows: false,
    },
    {
      version: '1.23.17-gke.100',
      containerdDefault: true,
      dockerNodeImagesSupported: true,
      linux: false,
      windows: false,
    },
    {
      version: '1.24.0-gke.1',
      containerdDefault: true,
      dockerNodeImagesSupported: false,
      linux: false,
      windows: false,
    },
    {
      version: '1.32.9-gke.1',
      containerdDefault: true,
      dockerNodeImagesSupported: false,
      linux: false,
      windows: false,
    },
    {
      version: '1.33.0-gke.1',
      containerdDefault: true,
      dockerNodeImagesSupported: false,
      linux: true,
      windows: false,
    },
    {
      version: '1.34',
      containerdDefault: true,
      dockerNodeImagesSupported: false,
      linux: true,
      windows: false,
    },
    {
      version: '1.35.1-gke.5',
      containerdDefault: true,
      dockerNodeImagesSupported: false,
      linux: true,
      windows: true,
    },
  ])('$version', (row) => {
    const facts = describeGkeVersion(row.version);
    expect(facts.containerdDefault).toBe(row.containerdDefault);
    expect(facts.dockerNodeImagesSupported).toBe(row.dockerNodeImagesSupported);
    expect(facts.containerd2).toEqual({ linux: row.linux, windows: row.windows });
  });

  it('answers exactly the documented shape', () => {
    expect(describeGkeVersion('v1.15.8-gke.3')).toEqual({
      version: '1.15.8-gke.3',
      major: 1,
      minor: 15,
      patch: 8,
      gkePatch: 3,
      defaultPullPermission: false,
      minimumPatch: '1.15.9-gke.8',
      containerdDefault: false,
      dockerNodeImagesSupported: true,
      containerd2: { linux: false, windows: false },
    });
  });

  it('reports nulls for absent components', () => {
    expect(describeGkeVersion('1.15')).toMatchObject({
      patch: null,
      gkePatch: null,
      defaultPullPermission: null,
    });
  });

  it('throws INVALID_GKE_VERSION at the given pointer', () => {
    expect(() => describeGkeVersion('1.15.x', { path: ['cluster', 'version'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_GKE_VERSION', path: ['cluster', 'version'] }),
    );
  });
});

describe('node image types', () => {
  it.each([
    { input: 'COS_CONTAINERD', id: 'COS_CONTAINERD', os: 'linux', runtime: 'containerd' },
    { input: 'cos_containerd', id: 'COS_CONTAINERD', os: 'linux', runtime: 'containerd' },
    { input: 'Ubuntu_Containerd', id: 'UBUNTU_CONTAINERD', os: 'linux', runtime: 'containerd' },
    {
      input: 'windows_ltsc_containerd',
      id: 'WINDOWS_LTSC_CONTAINERD',
      os: 'windows',
      runtime: 'containerd',
    },
    {
      input: 'WINDOWS_SAC_CONTAINERD',
      id: 'WINDOWS_SAC_CONTAINERD',
      os: 'windows',
      runtime: 'containerd',
    },
    { input: 'cos', id: 'COS', os: 'linux', runtime: 'docker' },
    { input: 'UBUNTU', id: 'UBUNTU', os: 'linux', runtime: 'docker' },
    { input: 'windows_ltsc', id: 'WINDOWS_LTSC', os: 'windows', runtime: 'docker' },
    { input: 'WINDOWS_SAC', id: 'WINDOWS_SAC', os: 'windows', runtime: 'docker' },
  ])('recognises $input as $id ($os, $runtime)', ({ input, id, os, runtime }) => {
    expect(findNodeImageType(input)).toMatchObject({ id, os, runtime });
  });

  it('gives every Docker image type a containerd replacement', () => {
    for (const id of NODE_IMAGE_TYPE_IDS) {
      const type = findNodeImageType(id);
      if (type?.runtime === 'docker')
        expect(findNodeImageType(type.containerdReplacement ?? '')?.runtime).toBe('containerd');
    }
  });

  it('rejects an unknown image type with INVALID_REQUEST and lists the valid ones', () => {
    expect(findNodeImageType('COS_DOCKER')).toBeUndefined();
    expect(() => parseNodeImageType('COS_DOCKER', { path: ['cluster', 'nodeImageType'] })).toThrow(
      expect.objectContaining({
        code: 'INVALID_REQUEST',
        path: ['cluster', 'nodeImageType'],
        message: expect.stringContaining('COS_CONTAINERD'),
      }),
    );
  });
});

describe('the end of Docker node images, stated once', () => {
  it('names the last version with them and the first without, agreeing with the version table', () => {
    const last = lastVersionWithDockerNodeImages();
    expect(last).toBe('1.23');
    expect(describeGkeVersion(`${last}.17-gke.100`).dockerNodeImagesSupported).toBe(true);
    expect(
      describeGkeVersion(`${last.split('.')[0]}.${Number(last.split('.')[1]) + 1}.0-gke.1`)
        .dockerNodeImagesSupported,
    ).toBe(false);
    expect(dockerNodeImagesFact()).toEqual({
      id: 'gke.dockerNodeImages',
      params: { lastVersion: '1.23', unsupportedFrom: '1.24' },
    });
  });
});
