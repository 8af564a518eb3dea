import { describe, expect, it } from 'vitest';
import {
  extractImagesFromManifest,
  type ManifestImage,
  type ManifestImages,
} from '../../../shared/manifests';

const DIGEST = 'sha256:3b7d1c2a7f5e4b9d8c6a1e0f2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4';

/** Line 1 of each fixture is the line right after the backtick. */
const DEPLOYMENT_WITH_INIT = `# Web frontend: an init container runs migrations before the app starts.
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
      imagePullSecrets:
        - name: ar-pull
        - name: mirror-pull
      initContainers:
        - name: migrate
          image: us-central1-docker.pkg.dev/shop-prod/apps/migrate:1.4.0
      containers:
        - name: app
          image: us-central1-docker.pkg.dev/shop-prod/apps/web@${DIGEST}
          imagePullPolicy: IfNotPresent
          ports:
            - containerPort: 8080
        - name: proxy
          image: "gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0"
`;

const CRONJOB = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: europe-west1-docker.pkg.dev/acme-data/jobs/report:2024.06
`;

const STATEFULSET_AND_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  clusterIP: None
  selector:
    app: db
  ports:
    - port: 5432
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: postgres
          image: postgres:16.3
`;

const DAEMONSET = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-agent
  namespace: kube-system
spec:
  selector:
    matchLabels: {app: node-agent}
  template:
    metadata:
      labels: {app: node-agent}
    spec:
      containers:
      - name: agent
        image: asia-docker.pkg.dev/ops-tools/agents/node-agent:3
`;

const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  generateName: pi-
spec:
  backoffLimit: 2
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: pi
          image: perl:5.34.0
          command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
`;

const POD_WITH_EPHEMERAL = `apiVersion: v1
kind: Pod
metadata:
  name: debug-me
spec:
  containers:
    - name: app
      image: us-docker.pkg.dev/acme/apps/app:1
  ephemeralContainers:
    - name: debugger
      image: busybox:1.36
      targetContainerName: app
`;

const LIST_OF_DEPLOYMENTS = `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: api
    spec:
      template:
        spec:
          containers:
            - name: api
              image: us-docker.pkg.dev/acme/apps/api:7
  - apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        spec:
          containers:
            - name: web
              image: us-docker.pkg.dev/acme/apps/web:7
`;

/** What `kubectl get deployment web -o json` prints (trimmed), four-space indented. */
const KUBECTL_JSON = `{
    "apiVersion": "v1",
    "items": [
        {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": {
                "name": "web",
                "namespace": "default",
                "resourceVersion": "123456"
            },
            "spec": {
                "replicas": 1,
                "template": {
                    "spec": {
                        "containers": [
                            {
                                "image": "us-docker.pkg.dev/acme/apps/web:7",
                                "imagePullPolicy": "Always",
                                "name": "web"
                            }
                        ],
                        "dnsPolicy": "ClusterFirst"
                    }
                }
            }
        }
    ],
    "kind": "List",
    "metadata": {
        "resourceVersion": ""
    }
}
`;

/** Every reported position must point at the image text itself. */
function expectPositionsPointAtImages(text: string, result: ManifestImages): void {
  const lines = text.split('\n');
  for (const image of result.images) {
    const rest = (lines[image.line - 1] ?? '').slice(image.column - 1);
    expect(rest.replace(/^"/, '')).toMatch(
      new RegExp(`^${image.image.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  }
}

describe('extractImagesFromManifest: workload kinds', () => {
  it('reports init and main containers of a Deployment with their pod facts', () => {
    const result = extractImagesFromManifest(DEPLOYMENT_WITH_INIT);
    const pod = {
      kind: 'Deployment',
      name: 'web',
      namespace: 'shop',
      documentIndex: 0,
      itemIndex: null,
      os: null,
      nodeSelector: {},
      serviceAccountName: 'default',
      serviceAccountInManifest: false,
      imagePullSecrets: [
        { name: 'ar-pull', source: 'pod' as const },
        { name: 'mirror-pull', source: 'pod' as const },
      ],
    };
    expect(result.images).toEqual<ManifestImage[]>([
      {
        ...pod,
        image: 'us-central1-docker.pkg.dev/shop-prod/apps/migrate:1.4.0',
        objectPath: 'Deployment/web spec.template.spec.initContainers[0]',
        fieldPath: 'spec.template.spec.initContainers[0]',
        container: 'migrate',
        containerType: 'initContainers',
        containerIndex: 0,
        line: 24,
        column: 18,
        imagePullPolicy: null,
      },
      {
        ...pod,
        image: `us-central1-docker.pkg.dev/shop-prod/apps/web@${DIGEST}`,
        objectPath: 'Deployment/web spec.template.spec.containers[0]',
        fieldPath: 'spec.template.spec.containers[0]',
        container: 'app',
        containerType: 'containers',
        containerIndex: 0,
        line: 27,
        column: 18,
        imagePullPolicy: 'IfNotPresent',
      },
      {
        ...pod,
        image: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0',
        objectPath: 'Deployment/web spec.template.spec.containers[1]',
        fieldPath: 'spec.template.spec.containers[1]',
        container: 'proxy',
        containerType: 'containers',
        containerIndex: 1,
        line: 32,
        column: 18,
        imagePullPolicy: null,
      },
    ]);
    expect(result.objects).toEqual([
      {
        kind: 'Deployment',
        apiVersion: 'apps/v1',
        name: 'web',
        namespace: 'shop',
        documentIndex: 0,
        itemIndex: null,
        line: 2,
        column: 1,
        workload: true,
      },
    ]);
    expect(result).toMatchObject({ skippedObjects: 0, hasWorkloads: true, findings: [] });
  });

  it.each([
    {
      name: 'a CronJob through its job template',
      text: CRONJOB,
      expected: [
        {
          objectPath: 'CronJob/nightly-report spec.jobTemplate.spec.template.spec.containers[0]',
          image: 'europe-west1-docker.pkg.dev/acme-data/jobs/report:2024.06',
          documentIndex: 0,
          line: 14,
          column: 22,
        },
      ],
    },
    {
      name: 'a StatefulSet after a Service in a multi-document file',
      text: STATEFULSET_AND_SERVICE,
      expected: [
        {
          objectPath: 'StatefulSet/db spec.template.spec.containers[0]',
          image: 'postgres:16.3',
          documentIndex: 1,
          line: 28,
          column: 18,
        },
      ],
    },
    {
      name: 'a DaemonSet written with flow mappings and unindented sequences',
      text: DAEMONSET,
      expected: [
        {
          objectPath: 'DaemonSet/node-agent spec.template.spec.containers[0]',
          image: 'asia-docker.pkg.dev/ops-tools/agents/node-agent:3',
          documentIndex: 0,
          line: 15,
          column: 16,
        },
      ],
    },
    {
      name: 'a Job named by generateName',
      text: JOB,
      expected: [
        {
          objectPath: 'Job/pi- spec.template.spec.containers[0]',
          image: 'perl:5.34.0',
          documentIndex: 0,
          line: 12,
          column: 18,
        },
      ],
    },
    {
      name: 'a bare Pod with an ephemeral container',
      text: POD_WITH_EPHEMERAL,
      expected: [
        {
          objectPath: 'Pod/debug-me spec.containers[0]',
          image: 'us-docker.pkg.dev/acme/apps/app:1',
          documentIndex: 0,
          line: 8,
          column: 14,
        },
        {
          objectPath: 'Pod/debug-me spec.ephemeralContainers[0]',
          image: 'busybox:1.36',
          documentIndex: 0,
          line: 11,
          column: 14,
        },
      ],
    },
  ])('finds the images of $name', ({ text, expected }) => {
    const result = extractImagesFromManifest(text);
    expect(
      result.images.map(({ objectPath, image, documentIndex, line, column }) => ({
        objectPath,
        image,
        documentIndex,
        line,
        column,
      })),
    ).toEqual(expected);
    expectPositionsPointAtImages(text, result);
  });

  it('counts the Service it skipped and lists both objects', () => {
    const result = extractImagesFromManifest(STATEFULSET_AND_SERVICE);
    expect(result.skippedObjects).toBe(1);
    expect(
      result.objects.map(({ kind, name, documentIndex, line, workload }) => ({
        kind,
        name,
        documentIndex,
        line,
        workload,
      })),
    ).toEqual([
      { kind: 'Service', name: 'db', documentIndex: 0, line: 1, workload: false },
      { kind: 'StatefulSet', name: 'db', documentIndex: 1, line: 12, workload: true },
    ]);
  });

  it('flags ephemeral containers, which Kubernetes refuses on create, but still reports their image', () => {
    const result = extractImagesFromManifest(POD_WITH_EPHEMERAL);
    expect(result.images[1]).toMatchObject({
      containerType: 'ephemeralContainers',
      container: 'debugger',
    });
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'EPHEMERAL_CONTAINERS_NOT_ALLOWED',
        severity: 'error',
        objectPath: 'Pod/debug-me spec.ephemeralContainers',
        line: 10,
        column: 5,
      }),
    ]);
  });

  it.each([
    { kind: 'ReplicaSet', path: 'spec.template.spec' },
    { kind: 'ReplicationController', path: 'spec.template.spec' },
    { kind: 'PodTemplate', path: 'template.spec' },
  ])('reads a $kind at $path', ({ kind, path }) => {
    const keys = path.split('.');
    const nested = keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), {
      containers: [{ name: 'c', image: 'nginx:1.27' }],
    });
    const text = JSON.stringify({
      apiVersion: 'v1',
      kind,
      metadata: { name: 'x' },
      ...(nested as object),
    });
    expect(extractImagesFromManifest(text).images.map((image) => image.objectPath)).toEqual([
      `${kind}/x ${path}.containers[0]`,
    ]);
  });

  it('accepts any apiVersion for a known kind, including old beta groups', () => {
    const text = CRONJOB.replace('batch/v1', 'batch/v1beta1');
    expect(extractImagesFromManifest(text).images).toHaveLength(1);
  });
});

describe('extractImagesFromManifest: lists and JSON', () => {
  it('reads a kind: List of Deployments, keeping object paths and giving the item index', () => {
    const result = extractImagesFromManifest(LIST_OF_DEPLOYMENTS);
    expect(
      result.images.map(({ objectPath, documentIndex, itemIndex, line, column }) => ({
        objectPath,
        documentIndex,
        itemIndex,
        line,
        column,
      })),
    ).toEqual([
      {
        objectPath: 'Deployment/api spec.template.spec.containers[0]',
        documentIndex: 0,
        itemIndex: 0,
        line: 13,
        column: 22,
      },
      {
        objectPath: 'Deployment/web spec.template.spec.containers[0]',
        documentIndex: 0,
        itemIndex: 1,
        line: 23,
        column: 22,
      },
    ]);
    expect(
      result.objects.map((object) => [object.kind, object.itemIndex, object.line, object.column]),
    ).toEqual([
      ['Deployment', 0, 4, 5],
      ['Deployment', 1, 14, 5],
    ]);
  });

  it('reads a typed DeploymentList whose items omit their kind', () => {
    const text = `apiVersion: apps/v1
kind: DeploymentList
items:
  - metadata: {name: api}
    spec: {template: {spec: {containers: [{name: api, image: "nginx:1.27"}]}}}
`;
    expect(extractImagesFromManifest(text).images).toMatchObject([
      {
        kind: 'Deployment',
        objectPath: 'Deployment/api spec.template.spec.containers[0]',
        itemIndex: 0,
        line: 5,
        column: 62,
      },
    ]);
  });

  it('reads kubectl get -o json output, with positions in the JSON text', () => {
    const result = extractImagesFromManifest(KUBECTL_JSON);
    expect(result.images).toMatchObject([
      {
        image: 'us-docker.pkg.dev/acme/apps/web:7',
        objectPath: 'Deployment/web spec.template.spec.containers[0]',
        namespace: 'default',
        itemIndex: 0,
        container: 'web',
        imagePullPolicy: 'Always',
        line: 18,
        column: 42,
      },
    ]);
    expectPositionsPointAtImages(KUBECTL_JSON, result);
  });

  it('reads a single-line JSON Pod', () => {
    const text =
      '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"nginx"}]}}';
    expect(extractImagesFromManifest(text).images).toMatchObject([
      { image: 'nginx', objectPath: 'Pod/p spec.containers[0]', line: 1, column: 99 },
    ]);
  });
});

describe('extractImagesFromManifest: imagePullSecrets from a ServiceAccount', () => {
  const withServiceAccount = (
    deploymentExtras: string,
    namespace = 'shop',
  ): string => `apiVersion: v1
kind: ServiceAccount
metadata:
  name: puller
  namespace: shop
imagePullSecrets:
  - name: ar-json-key
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: ${namespace}
spec:
  template:
    spec:
${deploymentExtras}      containers:
        - name: web
          image: us-docker.pkg.dev/acme/apps/web:7
`;

  it.each([
    {
      name: 'adds the secrets of the named ServiceAccount in the same namespace',
      text: withServiceAccount('      serviceAccountName: puller\n'),
      secrets: [{ name: 'ar-json-key', source: 'serviceAccount' }],
      account: 'puller',
      inManifest: true,
    },
    {
      name: 'honours the deprecated serviceAccount field',
      text: withServiceAccount('      serviceAccount: puller\n'),
      secrets: [{ name: 'ar-json-key', source: 'serviceAccount' }],
      account: 'puller',
      inManifest: true,
    },
    {
      name: 'adds nothing when the pod lists its own secrets (the admission controller then keeps them alone)',
      text: withServiceAccount(
        '      serviceAccountName: puller\n      imagePullSecrets: [{name: own}]\n',
      ),
      secrets: [{ name: 'own', source: 'pod' }],
      account: 'puller',
      inManifest: true,
    },
    {
      name: 'adds nothing from a ServiceAccount of another namespace',
      text: withServiceAccount('      serviceAccountName: puller\n', 'other'),
      secrets: [],
      account: 'puller',
      inManifest: false,
    },
    {
      name: 'uses the default ServiceAccount when the pod names none',
      text: withServiceAccount('').replace('name: puller', 'name: default'),
      secrets: [{ name: 'ar-json-key', source: 'serviceAccount' }],
      account: 'default',
      inManifest: true,
    },
    {
      name: 'does not apply a ServiceAccount the pod does not run as',
      text: withServiceAccount(''),
      secrets: [],
      account: 'default',
      inManifest: false,
    },
  ])('$name', ({ text, secrets, account, inManifest }) => {
    const [image] = extractImagesFromManifest(text).images;
    expect(image).toMatchObject({
      serviceAccountName: account,
      serviceAccountInManifest: inManifest,
    });
    expect(image?.imagePullSecrets).toEqual(secrets);
  });

  it('finds a ServiceAccount defined after the workload', () => {
    const text = withServiceAccount('      serviceAccountName: puller\n');
    const [first, second] = text.split('---\n');
    const [image] = extractImagesFromManifest(`${second}---\n${first}`).images;
    expect(image?.imagePullSecrets).toEqual([{ name: 'ar-json-key', source: 'serviceAccount' }]);
  });
});

describe('extractImagesFromManifest: node OS', () => {
  const pod = (specExtras: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${specExtras}  containers:
    - name: c
      image: mcr.microsoft.com/windows/servercore:ltsc2022
`;

  it.each([
    {
      name: 'a kubernetes.io/os: windows node selector',
      extras: '  nodeSelector:\n    kubernetes.io/os: windows\n',
      os: 'windows',
    },
    {
      name: 'the legacy beta.kubernetes.io/os label',
      extras: '  nodeSelector:\n    beta.kubernetes.io/os: windows\n',
      os: 'windows',
    },
    {
      name: 'spec.os.name, which wins over the node selector',
      extras: '  os: {name: linux}\n  nodeSelector: {kubernetes.io/os: windows}\n',
      os: 'linux',
    },
    { name: 'no hint at all', extras: '', os: null },
    {
      name: 'an unknown OS value',
      extras: '  nodeSelector: {kubernetes.io/os: Windows}\n',
      os: null,
    },
  ])('reads $name', ({ extras, os }) => {
    expect(extractImagesFromManifest(pod(extras)).images[0]?.os).toBe(os);
  });

  it('reports the whole node selector, so a node pool pin is visible', () => {
    const text = pod(
      '  nodeSelector:\n    kubernetes.io/os: windows\n    cloud.google.com/gke-nodepool: win-pool\n',
    );
    expect(extractImagesFromManifest(text).images[0]?.nodeSelector).toEqual({
      'kubernetes.io/os': 'windows',
      'cloud.google.com/gke-nodepool': 'win-pool',
    });
  });
});

describe('extractImagesFromManifest: comments, anchors and merge keys', () => {
  const text = `# shared settings
x-defaults: &defaults
  imagePullPolicy: Always # always re-pull in staging
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web # the public site
spec:
  template:
    spec:
      containers:
        - name: web
          image: &webImage us-docker.pkg.dev/acme/apps/web:7
          <<: *defaults
        - <<: *defaults
          name: web-canary
          image: *webImage
          imagePullPolicy: IfNotPresent
`;

  it('resolves aliases and merge keys, own keys winning, and points at the anchored value', () => {
    expect(
      extractImagesFromManifest(text).images.map(
        ({ container, image, imagePullPolicy, line, column }) => ({
          container,
          image,
          imagePullPolicy,
          line,
          column,
        }),
      ),
    ).toEqual([
      {
        container: 'web',
        image: 'us-docker.pkg.dev/acme/apps/web:7',
        imagePullPolicy: 'Always',
        line: 13,
        column: 28,
      },
      {
        container: 'web-canary',
        image: 'us-docker.pkg.dev/acme/apps/web:7',
        imagePullPolicy: 'IfNotPresent',
        line: 13,
        column: 28,
      },
    ]);
  });

  it('accepts an anchor reused by hundreds of List items', () => {
    const items = Array.from({ length: 300 }, () => '  - *pod').join('\n');
    const list = `apiVersion: v1
kind: List
x-pod: &pod {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: c, image: nginx}]}}
items:
${items}
`;
    const result = extractImagesFromManifest(list);
    expect(result.images).toHaveLength(300);
    expect(result.images[299]).toMatchObject({ itemIndex: 299, line: 3, column: 99 });
  });
});

describe('extractImagesFromManifest: manifests without workloads', () => {
  it.each([
    {
      name: 'a ConfigMap and a Service',
      text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: s}\n',
      skipped: 2,
    },
    { name: 'an empty text', text: '', skipped: 0 },
    { name: 'only comments', text: '# nothing to deploy yet\n', skipped: 0 },
    { name: 'only document separators', text: '---\n---\n', skipped: 0 },
    { name: 'an empty List', text: 'apiVersion: v1\nkind: List\nitems: []\n', skipped: 0 },
  ])('answers an empty image list for $name', ({ text, skipped }) => {
    expect(extractImagesFromManifest(text)).toMatchObject({
      images: [],
      skippedObjects: skipped,
      hasWorkloads: false,
      findings: [],
    });
  });

  it('skips empty documents but keeps counting them in document indexes', () => {
    const text = `---\n# empty\n---\n${JOB}`;
    expect(extractImagesFromManifest(text).images[0]).toMatchObject({ documentIndex: 1, line: 15 });
  });
});

describe('extractImagesFromManifest: findings inside workloads', () => {
  const deployment = (podSpec: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
${podSpec}`;

  it.each([
    {
      name: 'a container without an image',
      text: deployment('      containers:\n        - name: app\n'),
      code: 'CONTAINER_WITHOUT_IMAGE',
      objectPath: 'Deployment/web spec.template.spec.containers[0]',
      line: 9,
      column: 11,
    },
    {
      name: 'an empty image',
      text: deployment('      containers:\n        - name: app\n          image: ""\n'),
      code: 'CONTAINER_WITHOUT_IMAGE',
      objectPath: 'Deployment/web spec.template.spec.containers[0]',
      line: 10,
      column: 18,
    },
    {
      name: 'an image that is a number',
      text: deployment('      containers:\n        - name: app\n          image: 1.5\n'),
      code: 'WRONG_TYPE',
      objectPath: 'Deployment/web spec.template.spec.containers[0].image',
      line: 10,
      column: 18,
    },
    {
      name: 'containers that are a mapping instead of a list',
      text: deployment('      containers:\n        name: app\n        image: nginx\n'),
      code: 'WRONG_TYPE',
      objectPath: 'Deployment/web spec.template.spec.containers',
      line: 9,
      column: 9,
    },
    {
      name: 'a container that is a string',
      text: deployment('      containers:\n        - nginx:1.27\n'),
      code: 'WRONG_TYPE',
      objectPath: 'Deployment/web spec.template.spec.containers[0]',
      line: 9,
      column: 11,
    },
    {
      name: 'an empty containers list',
      text: deployment('      containers: []\n'),
      code: 'NO_CONTAINERS',
      objectPath: 'Deployment/web spec.template.spec.containers',
      line: 8,
      column: 19,
    },
    {
      name: 'a pod spec without containers',
      text: deployment('      restartPolicy: Always\n'),
      code: 'NO_CONTAINERS',
      objectPath: 'Deployment/web spec.template.spec.containers',
      line: 8,
      column: 7,
    },
    {
      name: 'a Deployment without a pod template',
      text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n',
      code: 'POD_SPEC_MISSING',
      objectPath: 'Deployment/web spec.template',
      line: 6,
      column: 3,
    },
    {
      name: 'a template that is a string',
      text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template: web\n',
      code: 'WRONG_TYPE',
      objectPath: 'Deployment/web spec.template',
      line: 6,
      column: 13,
    },
    {
      name: 'an unknown imagePullPolicy',
      text: deployment(
        '      containers:\n        - image: nginx\n          imagePullPolicy: Sometimes\n',
      ),
      code: 'INVALID_IMAGE_PULL_POLICY',
      objectPath: 'Deployment/web spec.template.spec.containers[0].imagePullPolicy',
      line: 10,
      column: 28,
    },
    {
      name: 'an imagePullSecrets entry without a name',
      text: deployment(
        '      imagePullSecrets:\n        - {}\n      containers:\n        - image: nginx\n',
      ),
      code: 'IMAGE_PULL_SECRET_WITHOUT_NAME',
      objectPath: 'Deployment/web spec.template.spec.imagePullSecrets[0]',
      line: 9,
      column: 11,
    },
    {
      name: 'imagePullSecrets written as a list of strings',
      text: deployment(
        '      imagePullSecrets: [regcred]\n      containers:\n        - image: nginx\n',
      ),
      code: 'WRONG_TYPE',
      objectPath: 'Deployment/web spec.template.spec.imagePullSecrets[0]',
      line: 8,
      column: 26,
    },
  ])(
    'reports $name as $code at its exact path and position',
    ({ text, code, objectPath, line, column }) => {
      const result = extractImagesFromManifest(text);
      expect(result.findings).toEqual([
        expect.objectContaining({
          code,
          objectPath,
          line,
          column,
          documentIndex: 0,
          itemIndex: null,
        }),
      ]);
      expect(result.findings[0]?.message).toContain(objectPath);
    },
  );

  it('still reports the valid images of a workload that has findings', () => {
    const text = deployment(
      '      containers:\n        - name: broken\n        - name: ok\n          image: nginx:1.27\n',
    );
    const result = extractImagesFromManifest(text);
    expect(result.images.map((image) => [image.container, image.containerIndex])).toEqual([
      ['ok', 1],
    ]);
    expect(result.findings.map((finding) => finding.code)).toEqual(['CONTAINER_WITHOUT_IMAGE']);
  });

  it('names the expected and found types in a WRONG_TYPE message', () => {
    const text = deployment('      containers:\n        - image: 42\n');
    expect(extractImagesFromManifest(text).findings[0]?.message).toBe(
      'Deployment/web spec.template.spec.containers[0].image must be a string, but it is a number; Kubernetes rejects the object.',
    );
  });

  it('writes finding messages in Spanish when asked, machine fields unchanged', () => {
    const text = deployment('      containers:\n        - image: 42\n');
    const english = extractImagesFromManifest(text).findings[0];
    const spanish = extractImagesFromManifest(text, { language: 'es' }).findings[0];
    expect(spanish?.message).toBe(
      'Deployment/web spec.template.spec.containers[0].image debe ser una cadena, pero es un número; Kubernetes rechaza el objeto.',
    );
    expect({ ...spanish, message: '' }).toEqual({ ...english, message: '' });
  });

  it('quotes node selector keys that are not identifiers in paths', () => {
    const text = deployment(
      '      nodeSelector:\n        kubernetes.io/os: [windows]\n      containers:\n        - image: nginx\n',
    );
    expect(extractImagesFromManifest(text).findings[0]?.objectPath).toBe(
      'Deployment/web spec.template.spec.nodeSelector["kubernetes.io/os"]',
    );
  });
});
