import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, httpTargets } from '../../support/app';
import { call, type CallOptions } from '../../support/call';

const targets = httpTargets(createTestApp().app);
afterAll(() => targets.forEach((t) => t.server.close()));

const PATH = '/v1/manifests/check';
const STORAGE_RO = 'https://www.googleapis.com/auth/devstorage.read_only';
const WEB = 'us-central1-docker.pkg.dev/my-project/apps/web:2.4.1';
const PROXY = `us-central1-docker.pkg.dev/my-project/apps/proxy@sha256:${'ab'.repeat(32)}`;
const REPORT = 'europe-west4-docker.pkg.dev/shared-images/tools/report:1.0';

/** A real-shaped release: a Deployment (init + two containers), a CronJob and a Service. */
const RELEASE = `# Production web tier.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  labels:
    app: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      serviceAccountName: web
      initContainers:
        - name: migrate
          image: us-central1-docker.pkg.dev/my-project/apps/web:2.4.1
          args: ["migrate"]
      containers:
        - name: web
          image: us-central1-docker.pkg.dev/my-project/apps/web:2.4.1
          ports:
            - containerPort: 8080
        - name: proxy
          image: us-central1-docker.pkg.dev/my-project/apps/proxy@sha256:abababababababababababababababababababababababababababababababab
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
  namespace: shop
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          imagePullSecrets:
            - name: ar-pull
          containers:
            - name: report
              image: europe-west4-docker.pkg.dev/shared-images/tools/report:1.0
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
`;

const CLUSTER = {
  version: '1.30.5-gke.1014001',
  projectId: 'my-project',
  projectNumber: '123456789012',
  location: 'us-central1-a',
  nodeServiceAccount: 'default',
  nodeOauthScopes: [STORAGE_RO, 'https://www.googleapis.com/auth/logging.write'],
  nodeImageType: 'COS_CONTAINERD',
  privateNodes: false,
};

/** The same cluster as query parameters, for a raw YAML body. */
const CLUSTER_QUERY = {
  version: CLUSTER.version,
  projectId: CLUSTER.projectId,
  projectNumber: CLUSTER.projectNumber,
  location: CLUSTER.location,
  nodeServiceAccount: CLUSTER.nodeServiceAccount,
  nodeOauthScopes: CLUSTER.nodeOauthScopes.join(','),
  nodeImageType: 'cos_containerd',
  privateNodes: 'false',
};

const deployment = (name: string, image: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  template:
    spec:${extra}
      containers:
        - name: app
          image: ${image}
`;

interface ImageJson {
  image: string;
  objectPath: string;
  line: number;
  column: number;
  verdict: string;
  checks: { id: string; status: string }[];
  imagePullSecrets: Record<string, unknown>;
}
const statusOf = (image: ImageJson, id: string) =>
  image.checks.find((check) => check.id === id)?.status;

describe.each(targets)('POST /v1/manifests/check through the $name entry', (target) => {
  it('reports every image of a multi-document release with its object path and line', async () => {
    const response = await call(target, 'post', PATH, {
      json: { manifest: RELEASE, cluster: CLUSTER },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-language']).toBe('en');
    const images = response.body.images as ImageJson[];
    expect(
      images.map(({ image, objectPath, line, column, verdict }) => ({
        image,
        objectPath,
        line,
        column,
        verdict,
      })),
    ).toEqual([
      {
        image: WEB,
        objectPath: 'Deployment/web spec.template.spec.initContainers[0]',
        line: 22,
        column: 18,
        verdict: 'ready',
      },
      {
        image: WEB,
        objectPath: 'Deployment/web spec.template.spec.containers[0]',
        line: 26,
        column: 18,
        verdict: 'ready',
      },
      {
        image: PROXY,
        objectPath: 'Deployment/web spec.template.spec.containers[1]',
        line: 30,
        column: 18,
        verdict: 'ready',
      },
      {
        image: REPORT,
        objectPath: 'CronJob/nightly-report spec.jobTemplate.spec.template.spec.containers[0]',
        line: 48,
        column: 22,
        verdict: 'unknown',
      },
    ]);
    expect(images[0]).toMatchObject({
      kind: 'Deployment',
      name: 'web',
      namespace: 'shop',
      container: 'migrate',
      containerType: 'initContainers',
    });
    expect(statusOf(images[3] as ImageJson, 'cross-project')).toBe('unknown');
    expect(statusOf(images[3] as ImageJson, 'registry-location')).toBe('warn');
    expect(response.body).toMatchObject({
      verdict: 'unknown',
      summary: {
        images: 4,
        distinctImages: 3,
        ready: 3,
        actionRequired: 0,
        unknown: 1,
        imagePullSecretsMissing: 0,
        workloads: 2,
        errors: 0,
        warnings: 0,
      },
      hasWorkloads: true,
      note: null,
      findings: [],
      skippedObjects: 1,
    });
  });

  it.each(['application/yaml', 'application/x-yaml', 'text/yaml; charset=utf-8'])(
    'answers a raw %s body with the cluster in the query exactly as the JSON form',
    async (contentType) => {
      const json = await call(target, 'post', PATH, {
        json: { manifest: RELEASE, cluster: CLUSTER },
      });
      const yaml = await call(target, 'post', PATH, {
        raw: RELEASE,
        contentType,
        query: CLUSTER_QUERY,
      });
      expect(yaml.status).toBe(200);
      expect(yaml.headers['content-language']).toBe('en');
      expect(yaml.body).toEqual(json.body);
    },
  );

  it('reads the booleans and the repository of the query form', async () => {
    const response = await call(target, 'post', PATH, {
      raw: deployment('web', WEB),
      contentType: 'application/yaml',
      query: {
        ...CLUSTER_QUERY,
        privateNodes: 'true',
        privateGoogleAccess: 'false',
        cloudNat: 'false',
        subnetwork: 'gke-subnet',
        repositoryPublic: 'true',
      },
    });
    expect(response.status).toBe(200);
    const [image] = response.body.images as ImageJson[];
    expect(statusOf(image as ImageJson, 'network-path')).toBe('fail');
    expect(statusOf(image as ImageJson, 'public-repository')).toBe('pass');
    expect(response.body.verdict).toBe('action-required');
  });

  it('says where imagePullSecrets are needed and missing on a version without the default permission', async () => {
    const response = await call(target, 'post', PATH, {
      json: { manifest: RELEASE, cluster: { ...CLUSTER, version: '1.15.9-gke.7' } },
    });
    expect(response.status).toBe(200);
    const images = response.body.images as ImageJson[];
    expect(images.map((image) => image.imagePullSecrets)).toEqual([
      { present: false, names: [], needed: true, missing: true },
      { present: false, names: [], needed: true, missing: true },
      { present: false, names: [], needed: true, missing: true },
      { present: true, names: ['ar-pull'], needed: true, missing: false },
    ]);
    expect(images.every((image) => statusOf(image, 'gke-version') === 'fail')).toBe(true);
    expect(response.body.verdict).toBe('action-required');
    expect(response.body.summary).toMatchObject({ actionRequired: 4, imagePullSecretsMissing: 3 });
  });

  it('does not ask for imagePullSecrets where the nodes can pull', async () => {
    const response = await call(target, 'post', PATH, {
      json: {
        manifest: deployment('web', WEB, '\n      imagePullSecrets: [{name: regcred}]'),
        cluster: CLUSTER,
      },
    });
    expect(response.body.images[0].imagePullSecrets).toEqual({
      present: true,
      names: ['regcred'],
      needed: false,
      missing: false,
    });
  });

  it('evaluates an image repeated across a List once and reports every use', async () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: ['a', 'b', 'c'].map((name) => ({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name },
        spec: { containers: [{ name: 'app', image: PROXY }] },
      })),
    };
    const response = await call(target, 'post', PATH, {
      json: { manifest: JSON.stringify(list, null, 2), cluster: CLUSTER },
    });
    expect(response.status).toBe(200);
    expect(response.body.summary).toMatchObject({ images: 3, distinctImages: 1, ready: 3 });
    const images = response.body.images as (ImageJson & { itemIndex: number })[];
    expect(images.map((image) => [image.objectPath, image.itemIndex])).toEqual([
      ['Pod/a spec.containers[0]', 0],
      ['Pod/b spec.containers[0]', 1],
      ['Pod/c spec.containers[0]', 2],
    ]);
    expect(images[1]?.checks).toEqual(images[0]?.checks);
  });

  it('is ready with no image, and says so, for a manifest without workloads', async () => {
    const manifest =
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {a: "1"}\n';
    const english = await call(target, 'post', PATH, { json: { manifest, cluster: CLUSTER } });
    expect(english.status).toBe(200);
    expect(english.body).toMatchObject({
      verdict: 'ready',
      summary: { images: 0, distinctImages: 0, workloads: 0 },
      hasWorkloads: false,
      images: [],
      skippedObjects: 1,
    });
    expect(english.body.note).toContain('no workload');
    const spanish = await call(target, 'post', PATH, {
      json: { manifest, cluster: CLUSTER },
      headers: { 'accept-language': 'es' },
    });
    expect(spanish.headers['content-language']).toBe('es');
    expect(spanish.body.note).toContain('no tiene cargas de trabajo');
    expect({ ...spanish.body, note: null }).toEqual({ ...english.body, note: null });
  });

  it('needs action when Kubernetes would refuse a workload (a container without an image)', async () => {
    const manifest = `${deployment('web', WEB)}        - name: sidecar\n`;
    const response = await call(target, 'post', PATH, { json: { manifest, cluster: CLUSTER } });
    expect(response.status).toBe(200);
    expect(response.body.findings).toEqual([
      expect.objectContaining({ code: 'CONTAINER_WITHOUT_IMAGE', severity: 'error' }),
    ]);
    expect(response.body.summary).toMatchObject({ images: 1, ready: 1, errors: 1 });
    expect(response.body.verdict).toBe('action-required');
  });

  it('accepts a manifest above the default body limit (the large limit applies)', async () => {
    const comment = `# ${'x'.repeat(98)}\n`.repeat(1000);
    const response = await call(target, 'post', PATH, {
      raw: comment + deployment('web', WEB),
      contentType: 'application/yaml',
      query: CLUSTER_QUERY,
    });
    expect(response.status).toBe(200);
    expect(response.body.images[0].line).toBe(1010);
  });

  it.each([
    {
      name: 'as JSON',
      options: { json: { manifest: 'kind: Deployment\nspec: [unclosed\n', cluster: CLUSTER } },
    },
    {
      name: 'as YAML',
      options: {
        raw: 'kind: Deployment\nspec: [unclosed\n',
        contentType: 'application/yaml',
        query: CLUSTER_QUERY,
      },
    },
  ])(
    'refuses invalid YAML sent $name with INVALID_MANIFEST at its line and column',
    async ({ options }) => {
      const response = await call(target, 'post', PATH, options);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ code: 'INVALID_MANIFEST', pointer: '/manifest' });
      expect(response.body.line).toBeGreaterThanOrEqual(2);
      expect(typeof response.body.column).toBe('number');
      expect(response.body.detail).toContain(`line ${response.body.line}`);
    },
  );

  it.each<{ name: string; options: CallOptions; code: string; pointer: string }>([
    {
      name: 'a YAML body without the version',
      options: {
        raw: RELEASE,
        contentType: 'application/yaml',
        query: { projectId: 'my-project' },
      },
      code: 'INVALID_REQUEST',
      pointer: '/version',
    },
    {
      name: 'a YAML body with a version that is not a GKE version',
      options: { raw: RELEASE, contentType: 'application/yaml', query: { version: '1.30.x' } },
      code: 'INVALID_GKE_VERSION',
      pointer: '/version',
    },
    {
      name: 'a YAML body with a project ID that is not one',
      options: {
        raw: RELEASE,
        contentType: 'application/yaml',
        query: { ...CLUSTER_QUERY, projectId: 'My Project' },
      },
      code: 'INVALID_REQUEST',
      pointer: '/projectId',
    },
    {
      name: 'a YAML body with an unknown node image type',
      options: {
        raw: RELEASE,
        contentType: 'application/yaml',
        query: { ...CLUSTER_QUERY, nodeImageType: 'bottlerocket' },
      },
      code: 'INVALID_REQUEST',
      pointer: '/nodeImageType',
    },
    {
      name: 'a YAML body with a boolean that is not one',
      options: {
        raw: RELEASE,
        contentType: 'application/yaml',
        query: { ...CLUSTER_QUERY, privateNodes: 'yes' },
      },
      code: 'INVALID_REQUEST',
      pointer: '/privateNodes',
    },
    {
      name: 'a JSON body with query parameters too',
      options: {
        json: { manifest: RELEASE, cluster: CLUSTER },
        query: { version: '1.15.9-gke.7' },
      },
      code: 'INVALID_REQUEST',
      pointer: '/version',
    },
  ])('refuses $name, naming the query parameter', async ({ options, code, pointer }) => {
    const response = await call(target, 'post', PATH, options);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code, pointer, errors: [{ pointer, in: 'query' }] });
  });

  it.each([
    {
      name: 'a cluster version that is not a GKE version, even when the manifest has no image',
      body: { manifest: 'kind: Service\nmetadata: {name: web}\n', cluster: { version: 'latest' } },
      code: 'INVALID_GKE_VERSION',
      pointer: '/cluster/version',
    },
    {
      name: 'a cluster without a version',
      body: { manifest: RELEASE, cluster: { projectId: 'my-project' } },
      code: 'INVALID_REQUEST',
      pointer: '/cluster/version',
    },
    {
      name: 'a body without a manifest',
      body: { cluster: CLUSTER },
      code: 'INVALID_REQUEST',
      pointer: '/manifest',
    },
    {
      name: 'live mode for more distinct images than one request may ask Google about',
      body: {
        manifest: Array.from({ length: 101 }, (_, i) => deployment(`app-${i}`, `${WEB}-${i}`)).join(
          '---\n',
        ),
        cluster: CLUSTER,
        live: true,
      },
      code: 'TOO_MANY_LIVE_LOOKUPS',
      pointer: '/live',
    },
  ])('refuses $name', async ({ body, code, pointer }) => {
    const response = await call(target, 'post', PATH, { json: body });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code, pointer });
  });

  it('refuses a POST without a body, or with an empty JSON body', async () => {
    const bare = await call(target, 'post', PATH);
    expect(bare.status).toBe(415);
    expect(bare.body.detail).toContain('application/json or application/yaml');
    const empty = await call(target, 'post', PATH, { json: {} });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ code: 'INVALID_REQUEST', pointer: '/manifest' });
  });

  it('refuses a body of another media type with 415', async () => {
    const response = await call(target, 'post', PATH, { raw: RELEASE, contentType: 'text/plain' });
    expect(response.status).toBe(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(response.body.detail).toContain('application/yaml');
  });
});
