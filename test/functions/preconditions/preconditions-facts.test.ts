// Facts the offline checks state, through POST /v1/preconditions/evaluate on both entries: when
// Docker node images ended, what an incomplete version or an unknown project number leaves open,
// and how registries outside Artifact Registry are told apart.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, httpTargets } from '../../support/app';
import { call } from '../../support/call';

const targets = httpTargets(createTestApp().app);
afterAll(() => targets.forEach((t) => t.server.close()));

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const PINNED = `us-central1-docker.pkg.dev/my-project/my-repo/web@${DIGEST}`;
const CLUSTER = {
  version: '1.30.5-gke.1014001',
  projectId: 'my-project',
  projectNumber: '123456789012',
  location: 'us-central1-a',
  nodeServiceAccount: 'default',
  nodeOauthScopes: ['https://www.googleapis.com/auth/devstorage.read_only'],
  nodeImageType: 'COS_CONTAINERD',
  privateNodes: false,
};

interface CheckJson {
  id: string;
  status: string;
  message: string;
  evidence: Record<string, unknown>;
  missing: string[];
  remediation: { summary: string; commands: string[]; docs: string[] } | null;
}
const checkOf = (body: { checks: CheckJson[] }, id: string) =>
  body.checks.find((check) => check.id === id) as CheckJson;

/** The one sentence every answer uses for the end of Docker node images, per language. */
const DOCKER_NODE_IMAGES = {
  en: 'GKE runs Docker-based node images up to version 1.23; from 1.24 on, nodes run containerd only.',
  es: 'GKE ejecuta imágenes de nodo basadas en Docker hasta la versión 1.23; a partir de la 1.24, los nodos solo usan containerd.',
} as const;

describe.each(targets)('preconditions facts through the $name entry', (target) => {
  const evaluate = (body: unknown, language: 'en' | 'es' = 'en') =>
    call(target, 'post', '/v1/preconditions/evaluate', {
      json: body,
      headers: { 'accept-language': language },
    });

  describe.each(['en', 'es'] as const)('Docker node images, in %s', (language) => {
    it.each([
      {
        name: 'a Docker node pool on 1.23 (still runs, must move)',
        version: '1.23.17-gke.100',
        status: 'warn',
      },
      {
        name: 'a Docker node pool on 1.24 (cannot exist)',
        version: '1.24.0-gke.1',
        status: 'fail',
      },
      {
        name: 'a Docker node pool on 1.30 (cannot exist)',
        version: '1.30.5-gke.1014001',
        status: 'fail',
      },
    ])('states the same fact for $name', async ({ version, status }) => {
      const response = await evaluate(
        { image: PINNED, cluster: { ...CLUSTER, version, nodeImageType: 'COS' } },
        language,
      );
      expect(response.status).toBe(200);
      const runtime = checkOf(response.body, 'runtime');
      expect(runtime.status).toBe(status);
      expect(runtime.message).toContain(DOCKER_NODE_IMAGES[language]);
      // No text of the check names 1.24 as a version that still has Docker node images.
      const texts = `${runtime.message} ${runtime.remediation?.summary ?? ''}`;
      expect(texts).not.toMatch(
        /(?:end|terminan?) (?:at|en) 1\.24|stops supporting at version 1\.24/,
      );
      if (status === 'warn') expect(runtime.remediation?.summary).toContain('1.23');
    });
  });
});
