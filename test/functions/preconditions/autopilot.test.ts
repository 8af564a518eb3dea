import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, httpTargets } from '../../support/app';
import { call } from '../../support/call';

/*
 * `cluster.autopilot` through every endpoint that takes cluster facts: what Autopilot fixes
 * (Linux nodes, containerd, Container-Optimized OS, a regional cluster) cannot be contradicted,
 * and the answer names both fields, in the caller's language.
 */
const targets = httpTargets(createTestApp().app);
afterAll(() => targets.forEach((t) => t.server.close()));

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const PINNED = `us-central1-docker.pkg.dev/my-project/my-repo/web@${DIGEST}`;
const AUTOPILOT = {
  version: '1.30.5-gke.1014001',
  projectId: 'my-project',
  projectNumber: '123456789012',
  location: 'us-central1',
  autopilot: true,
};
const MANIFEST = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
    - name: web
      image: ${PINNED}
`;

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
const STORAGE_RO = 'https://www.googleapis.com/auth/devstorage.read_only';
const NODES_SA = 'gke-nodes@my-project.iam.gserviceaccount.com';

interface ProblemError {
  pointer: string;
  detail: string;
  in?: string;
}
const pointersOf = (body: { errors?: ProblemError[] }) =>
  (body.errors ?? []).map((error) => error.pointer).sort();

describe.each(targets)('Autopilot contradictions through the $name entry', (target) => {
  it.each([
    {
      name: 'a Windows Server node image',
      field: 'nodeImageType',
      value: 'WINDOWS_LTSC_CONTAINERD',
      says: /Linux nodes only/,
    },
    {
      name: 'a Docker node image',
      field: 'nodeImageType',
      value: 'cos',
      says: /containerd only/,
    },
    {
      name: 'an Ubuntu node image',
      field: 'nodeImageType',
      value: 'UBUNTU_CONTAINERD',
      says: /Container-Optimized OS with containerd/,
    },
    {
      name: 'a zonal location',
      field: 'location',
      value: 'us-central1-a',
      says: /every Autopilot cluster is regional/,
    },
  ])('refuses $name on POST /v1/preconditions/evaluate, naming both fields', async (row) => {
    const response = await call(target, 'post', '/v1/preconditions/evaluate', {
      json: { image: PINNED, cluster: { ...AUTOPILOT, [row.field]: row.value } },
    });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('INVALID_REQUEST');
    expect(pointersOf(response.body)).toEqual(['/cluster/autopilot', `/cluster/${row.field}`]);
    expect(response.body.detail).toMatch(row.says);
    expect(response.body.detail).toContain('"autopilot": true');
    expect(response.body.detail).toContain(`"${row.field}"`);
  });

  it('says it in Spanish when asked', async () => {
    const response = await call(target, 'post', '/v1/preconditions/evaluate', {
      json: { image: PINNED, cluster: { ...AUTOPILOT, nodeImageType: 'WINDOWS_LTSC' } },
      headers: { 'accept-language': 'es' },
    });
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain('solo ejecuta nodos Linux');
    expect(pointersOf(response.body)).toEqual(['/cluster/autopilot', '/cluster/nodeImageType']);
  });

  it('lists every contradiction at once', async () => {
    const response = await call(target, 'post', '/v1/preconditions/evaluate', {
      json: {
        image: PINNED,
        cluster: { ...AUTOPILOT, nodeImageType: 'UBUNTU', location: 'europe-west4-b' },
      },
    });
    expect(response.status).toBe(400);
    expect(pointersOf(response.body)).toEqual([
      '/cluster/autopilot',
      '/cluster/autopilot',
      '/cluster/location',
      '/cluster/nodeImageType',
    ]);
  });

  it.each([
    {
      name: 'the Autopilot node image',
      cluster: { ...AUTOPILOT, nodeImageType: 'cos_containerd' },
    },
    {
      name: 'a Windows node image on a Standard cluster',
      cluster: { ...AUTOPILOT, autopilot: false, nodeImageType: 'WINDOWS_LTSC_CONTAINERD' },
    },
    {
      name: 'a zone on a Standard cluster',
      cluster: { ...AUTOPILOT, autopilot: false, location: 'us-central1-a' },
    },
  ])('accepts $name', async ({ cluster }) => {
    const response = await call(target, 'post', '/v1/preconditions/evaluate', {
      json: { image: PINNED, cluster },
    });
    expect(response.status).toBe(200);
  });

  it('refuses the contradiction in the JSON form of POST /v1/manifests/check', async () => {
    const response = await call(target, 'post', '/v1/manifests/check', {
      json: { manifest: MANIFEST, cluster: { ...AUTOPILOT, nodeImageType: 'WINDOWS_LTSC' } },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_REQUEST');
    expect(pointersOf(response.body)).toEqual(['/cluster/autopilot', '/cluster/nodeImageType']);
  });

  it('refuses the contradiction in the query of the YAML form, naming both query parameters', async () => {
    const response = await call(target, 'post', '/v1/manifests/check', {
      raw: MANIFEST,
      contentType: 'application/yaml',
      query: { version: AUTOPILOT.version, autopilot: 'true', location: 'us-central1-c' },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_REQUEST');
    expect(response.body.errors).toEqual([
      expect.objectContaining({ pointer: '/autopilot', in: 'query' }),
      expect.objectContaining({ pointer: '/location', in: 'query' }),
    ]);
  });

  it('accepts autopilot=true in the query of the YAML form', async () => {
    const response = await call(target, 'post', '/v1/manifests/check', {
      raw: MANIFEST,
      contentType: 'application/yaml',
      query: { version: AUTOPILOT.version, autopilot: 'true', location: 'us-central1' },
    });
    expect(response.status).toBe(200);
  });

  it('refuses the contradiction on POST /v1/troubleshooting/plans, which takes the same cluster', async () => {
    const response = await call(target, 'post', '/v1/troubleshooting/plans', {
      json: { image: PINNED, cluster: { ...AUTOPILOT, nodeImageType: 'COS' } },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_REQUEST');
    expect(pointersOf(response.body)).toEqual(['/cluster/autopilot', '/cluster/nodeImageType']);
  });
});

describe.each(targets)('Autopilot preconditions through the $name entry', (target) => {
  const evaluate = (cluster: Record<string, unknown>, image = PINNED) =>
    call(target, 'post', '/v1/preconditions/evaluate', {
      json: { image, cluster: { ...AUTOPILOT, name: 'auto', ...cluster } },
    });

  it('reads the node service account from the cluster, not from a node pool', async () => {
    const response = await evaluate({});
    expect(response.status).toBe(200);
    const check = checkOf(response.body, 'node-service-account');
    expect(check.status).toBe('unknown');
    expect(check.missing).toEqual(['/cluster/nodeServiceAccount']);
    expect(check.remediation?.commands).toEqual([
      'gcloud container clusters describe auto --location=us-central1 --project=my-project --format="value(autoscaling.autoprovisioningNodePoolDefaults.serviceAccount)"',
    ]);
  });

  it('reads the access scopes from the cluster and says what Autopilot gives by default', async () => {
    const response = await evaluate({ nodeServiceAccount: NODES_SA });
    const check = checkOf(response.body, 'access-scopes');
    expect(check.status).toBe('unknown');
    expect(check.message).toContain("Autopilot's default scopes allow pulls");
    expect(check.remediation?.commands).toEqual([
      'gcloud container clusters describe auto --location=us-central1 --project=my-project --format="value(autoscaling.autoprovisioningNodePoolDefaults.oauthScopes)"',
    ]);
  });

  it('fixes scopes without a node pool: a new Autopilot cluster, or an imagePullSecret', async () => {
    const response = await evaluate({
      nodeServiceAccount: NODES_SA,
      nodeOauthScopes: ['logging-write'],
    });
    const check = checkOf(response.body, 'access-scopes');
    expect(check.status).toBe('fail');
    expect(check.remediation?.commands).toEqual([
      `gcloud container clusters create-auto NEW_CLUSTER_NAME --location=us-central1 --project=my-project --service-account=${NODES_SA} --scopes=logging-write,${STORAGE_RO}`,
      'kubectl create secret docker-registry artifact-registry-pull --namespace=NAMESPACE --docker-server=https://us-central1-docker.pkg.dev --docker-username=_json_key --docker-password="$(cat SERVICE_ACCOUNT_KEY_FILE)"',
      `kubectl patch serviceaccount default --namespace=NAMESPACE -p '{"imagePullSecrets":[{"name":"artifact-registry-pull"}]}'`,
    ]);
    expect(check.remediation?.docs).toContain(
      'https://cloud.google.com/kubernetes-engine/docs/how-to/access-scopes',
    );
  });

  it('runs containerd always, even on a version that still allowed Docker node images', async () => {
    const standard = await evaluate({ autopilot: false, version: '1.23.17-gke.100' });
    expect(checkOf(standard.body, 'runtime').status).toBe('unknown');
    const response = await evaluate({ version: '1.23.17-gke.100' });
    const check = checkOf(response.body, 'runtime');
    expect(check.status).toBe('pass');
    expect(check.missing).toEqual([]);
    expect(check.evidence).toMatchObject({
      autopilot: true,
      runtime: 'containerd',
      nodeImageType: 'COS_CONTAINERD',
      os: 'linux',
      debugTool: 'kubectl',
    });
    expect(check.message).toContain('no SSH');
  });

  it('warns about containerd 2 on Autopilot from the version its Linux nodes run it', async () => {
    const response = await evaluate({ version: '1.33.2-gke.1111000' });
    const check = checkOf(response.body, 'runtime');
    expect(check.status).toBe('warn');
    expect(check.message).toContain('containerd 2');
    expect(check.evidence).toMatchObject({ debugTool: 'kubectl' });
  });

  it('upgrades only the control plane: GKE upgrades Autopilot nodes itself', async () => {
    const response = await evaluate({ version: '1.15.9-gke.7' });
    const check = checkOf(response.body, 'gke-version');
    expect(check.status).toBe('fail');
    const upgrades = (check.remediation?.commands ?? []).filter((c) => c.includes(' upgrade '));
    expect(upgrades).toEqual([
      'gcloud container clusters upgrade auto --master --cluster-version=1.15.9-gke.8 --location=us-central1 --project=my-project',
    ]);
  });

  it.each([
    {
      name: 'a ready cluster',
      cluster: { nodeServiceAccount: 'default', nodeOauthScopes: [STORAGE_RO] },
    },
    { name: 'unknown node facts', cluster: {} },
    {
      name: 'scopes without storage',
      cluster: { nodeServiceAccount: NODES_SA, nodeOauthScopes: ['logging-write'] },
    },
    { name: 'a version without the default permission', cluster: { version: '1.14.9-gke.2' } },
    { name: 'containerd 2', cluster: { version: '1.33.2-gke.1111000' } },
    {
      name: 'private nodes without a path',
      cluster: { privateNodes: true, privateGoogleAccess: false, cloudNat: false },
    },
  ])('offers no command Autopilot refuses, for $name', async ({ cluster }) => {
    for (const image of [PINNED, 'nginx:1.27', `gcr.io/my-project/web@${DIGEST}`]) {
      const response = await evaluate(cluster, image);
      expect(response.status).toBe(200);
      const commands = (response.body.checks as CheckJson[]).flatMap(
        (check) => check.remediation?.commands ?? [],
      );
      for (const command of commands) {
        expect(command).not.toMatch(
          /node-pools (create|describe)|--node-pool=|compute ssh|crictl|--image-type/,
        );
      }
    }
  });

  it('takes autopilot=true from the query of a YAML manifest', async () => {
    const response = await call(target, 'post', '/v1/manifests/check', {
      raw: MANIFEST,
      contentType: 'application/yaml',
      query: { version: '1.23.17-gke.100', autopilot: 'true', location: 'us-central1' },
    });
    expect(response.status).toBe(200);
    const [image] = response.body.images as { checks: CheckJson[] }[];
    expect(checkOf(image as { checks: CheckJson[] }, 'runtime').evidence).toMatchObject({
      autopilot: true,
      runtime: 'containerd',
    });
  });
});
