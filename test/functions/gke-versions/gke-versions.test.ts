import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, httpTargets } from '../../support/app';
import { call } from '../../support/call';

const targets = httpTargets(createTestApp().app);
afterAll(() => targets.forEach((t) => t.server.close()));

const NOTHING_NEW = {
  containerdDefault: false,
  dockerNodeImagesSupported: true,
  containerd2: { linux: false, windows: false },
};

describe.each(targets)('GET /v1/gke/versions/{version} through the $name entry', (target) => {
  it.each([
    {
      name: 'a 1.13 version has no default pull permission and no patch that adds it',
      version: '1.13.12-gke.30',
      facts: { defaultPullPermission: false, minimumPatch: null, ...NOTHING_NEW },
    },
    {
      name: '1.14.10-gke.21 is one patch short of the default permission',
      version: '1.14.10-gke.21',
      facts: {
        major: 1,
        minor: 14,
        patch: 10,
        gkePatch: 21,
        defaultPullPermission: false,
        minimumPatch: '1.14.10-gke.22',
      },
    },
    {
      name: '1.14.10-gke.22 has the default permission',
      version: '1.14.10-gke.22',
      facts: { defaultPullPermission: true, minimumPatch: '1.14.10-gke.22' },
    },
    {
      name: 'gke.100 is newer than gke.22 (numeric, not text, comparison)',
      version: '1.14.10-gke.100',
      facts: { gkePatch: 100, defaultPullPermission: true },
    },
    {
      name: '1.15.9-gke.7 lacks the default permission',
      version: '1.15.9-gke.7',
      facts: { defaultPullPermission: false, minimumPatch: '1.15.9-gke.8' },
    },
    {
      name: '1.15.9-gke.8 has it',
      version: '1.15.9-gke.8',
      facts: {
        version: '1.15.9-gke.8',
        major: 1,
        minor: 15,
        patch: 9,
        gkePatch: 8,
        defaultPullPermission: true,
        minimumPatch: '1.15.9-gke.8',
        ...NOTHING_NEW,
      },
    },
    {
      name: '1.15 without a patch cannot tell',
      version: '1.15',
      facts: {
        patch: null,
        gkePatch: null,
        defaultPullPermission: null,
        minimumPatch: '1.15.9-gke.8',
      },
    },
    {
      name: 'every 1.16 patch has the permission',
      version: '1.16.0',
      facts: { defaultPullPermission: true, minimumPatch: null, gkePatch: null },
    },
    {
      name: 'containerd is the default from 1.19',
      version: '1.19.0',
      facts: { containerdDefault: true, dockerNodeImagesSupported: true },
    },
    {
      name: 'Docker node images stop at 1.24',
      version: '1.24.0',
      facts: { containerdDefault: true, dockerNodeImagesSupported: false },
    },
    {
      name: 'containerd 2 on Linux from 1.33',
      version: '1.33.0',
      facts: { containerd2: { linux: true, windows: false } },
    },
    {
      name: 'containerd 2 on Windows from 1.35',
      version: '1.35.0',
      facts: { containerd2: { linux: true, windows: true } },
    },
    {
      name: 'a current release with a long gke patch, leading v tolerated',
      version: 'v1.30.5-gke.1014001',
      facts: {
        version: '1.30.5-gke.1014001',
        gkePatch: 1014001,
        defaultPullPermission: true,
        containerdDefault: true,
        dockerNodeImagesSupported: false,
        containerd2: { linux: false, windows: false },
      },
    },
  ])('describes $version: $name', async ({ version, facts }) => {
    const response = await call(target, 'get', `/v1/gke/versions/${version}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toMatchObject(facts);
  });

  it('reads a percent-encoded path the same as a plain one', async () => {
    const response = await call(target, 'get', '/v1/gke/versions/1.15.9%2Dgke.8');
    expect(response.status).toBe(200);
    expect(response.body.version).toBe('1.15.9-gke.8');
  });

  it.each([
    { name: 'a word', version: 'banana' },
    { name: 'a gke suffix without its number', version: '1.15.9-gke' },
    { name: 'an upper-case suffix', version: '1.15.9-GKE.8' },
    { name: 'a leading zero', version: '01.15' },
    { name: 'a major version alone', version: '1' },
    { name: 'a trailing space', version: '1.15.9-gke.8%20' },
    { name: 'a build-metadata suffix', version: '1.15.9%2Bgke.8' },
    { name: 'a version far longer than any GKE version', version: `1.${'1'.repeat(80)}` },
  ])('refuses $name with INVALID_GKE_VERSION at /version in the path', async ({ version }) => {
    const response = await call(target, 'get', `/v1/gke/versions/${version}`);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      code: 'INVALID_GKE_VERSION',
      pointer: '/version',
      errors: [{ pointer: '/version', in: 'path' }],
    });
    expect(response.body.detail).toContain('is not a GKE version');
  });

  it('answers 405 for a POST', async () => {
    const response = await call(target, 'post', '/v1/gke/versions/1.30.5-gke.1014001', {
      json: {},
    });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toContain('GET');
  });
});
