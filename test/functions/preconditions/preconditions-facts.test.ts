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

  describe('registries outside Artifact Registry', () => {
    it('tells a Google registry (marketplace.gcr.io) apart: the nodes send it their credentials', async () => {
      const image = `marketplace.gcr.io/google/ubuntu2004@${DIGEST}`;
      const response = await evaluate({ image, cluster: CLUSTER });
      expect(response.status).toBe(200);
      expect(response.body.image).toMatchObject({
        registry: 'marketplace.gcr.io',
        artifactRegistry: null,
      });
      const reference = checkOf(response.body, 'image-reference');
      expect(reference).toMatchObject({
        status: 'pass',
        evidence: { googleRunRegistry: true, warnings: [] },
      });
      expect(reference.message).toContain('the nodes send it their Google credentials');
      expect(reference.message).not.toContain('imagePullSecrets');
      const version = checkOf(response.body, 'gke-version');
      expect(version).toMatchObject({
        status: 'not-applicable',
        evidence: { googleRunRegistry: true },
      });
      expect(version.message).toBe(
        'Not applicable: marketplace.gcr.io is a Google registry outside Artifact Registry; the nodes send it their Google credentials, but the Artifact Registry checks do not apply to it.',
      );
    });

    it('keeps saying a registry outside Google gets no node credentials', async () => {
      const response = await evaluate({ image: `quay.io/team/app@${DIGEST}`, cluster: CLUSTER });
      expect(checkOf(response.body, 'image-reference')).toMatchObject({
        status: 'warn',
        evidence: { googleRunRegistry: false, warnings: ['NOT_ARTIFACT_REGISTRY'] },
      });
      expect(checkOf(response.body, 'gke-version').message).toContain(
        'so the nodes do not send their Google credentials to it',
      );
    });

    it.each([
      {
        language: 'en' as const,
        message:
          'k8s.gcr.io/pause:3.9 is on k8s.gcr.io, which is frozen: it receives no new images or tags, and registry.k8s.io serves its images under the same names.',
        summary: 'Pull registry.k8s.io/pause:3.9 instead: change the image of the workload.',
      },
      {
        language: 'es' as const,
        message:
          'k8s.gcr.io/pause:3.9 está en k8s.gcr.io, que está congelado: ya no recibe imágenes ni etiquetas nuevas, y registry.k8s.io sirve sus imágenes con los mismos nombres.',
        summary:
          'Extrae registry.k8s.io/pause:3.9 en su lugar: cambia la imagen de la carga de trabajo.',
      },
    ])(
      'warns about the frozen k8s.gcr.io and names registry.k8s.io, in $language',
      async ({ language, message, summary }) => {
        const response = await evaluate(
          { image: 'k8s.gcr.io/pause:3.9', cluster: CLUSTER },
          language,
        );
        expect(checkOf(response.body, 'image-reference')).toMatchObject({
          status: 'warn',
          message,
          evidence: {
            googleRunRegistry: true,
            successor: 'registry.k8s.io',
            replacement: 'registry.k8s.io/pause:3.9',
            warnings: ['MUTABLE_TAG', 'LEGACY_REGISTRY_HOST'],
          },
          remediation: { summary },
        });
      },
    );
  });

  describe('what the request left open', () => {
    it.each(['1.15', '1.15.9', 'v1.14.10'])(
      'calls version %s incomplete, not missing',
      async (version) => {
        const response = await evaluate({ image: PINNED, cluster: { ...CLUSTER, version } });
        expect(response.status).toBe(200);
        const check = checkOf(response.body, 'gke-version');
        expect(check).toMatchObject({
          status: 'unknown',
          missing: [],
          evidence: { version: version.replace(/^v/, ''), versionComplete: false },
        });
        expect(check.message).toContain('has no complete patch number');
        expect(check.remediation?.summary).toContain('MAJOR.MINOR.PATCH-gke.N');
      },
    );

    it('names /cluster/projectNumber wherever a command holds the default account placeholder', async () => {
      const { projectNumber: _dropped, ...cluster } = CLUSTER;
      const same = await evaluate({ image: PINNED, cluster });
      const nodeAccount = checkOf(same.body, 'node-service-account');
      expect(nodeAccount).toMatchObject({ status: 'warn', missing: ['/cluster/projectNumber'] });
      expect(nodeAccount.remediation?.commands.join(' ')).toContain(
        '--member=serviceAccount:PROJECT_NUMBER-compute@developer.gserviceaccount.com',
      );
      const other = await evaluate({
        image: `europe-west4-docker.pkg.dev/shared-images/base/web@${DIGEST}`,
        cluster,
      });
      expect(checkOf(other.body, 'cross-project')).toMatchObject({
        status: 'unknown',
        missing: ['/cluster/projectNumber'],
      });
    });

    it('lists nothing when the project number is given', async () => {
      const response = await evaluate({ image: PINNED, cluster: CLUSTER });
      expect(checkOf(response.body, 'node-service-account').missing).toEqual([]);
    });
  });
});
