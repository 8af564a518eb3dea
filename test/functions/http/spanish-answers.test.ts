import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES, glossaryViolations, type MessageId } from '../../../shared/i18n';
import { SAMPLE_ERRORS, SAMPLE_NODE } from '../../shared/troubleshooting/fixtures';
import { createTestApp, httpTargets } from '../../support/app';
import { call, type ApiResponse, type CallOptions } from '../../support/call';

/**
 * Every endpoint asked in Spanish: no answer may carry a sentence of the English catalogue (a
 * text left untranslated, or an English detail that never went through the catalogue), and the
 * Spanish prose of every answer follows the glossary. Texts that read the same in both
 * languages (tool output such as "Image is up to date for sha256:…") are not English prose.
 */
const [target, ...others] = httpTargets(createTestApp().app);
afterAll(() => [target, ...others].forEach((t) => t?.server.close()));

const QUOTED = /`[^`]*`|"[^"]*"|\{[a-zA-Z][a-zA-Z0-9]*\}/g;
/** Words every English sentence has and no Spanish one: a fragment needs two to be prose. */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the a an is are was be been to of in on at and or not with for by from this that it its has have no only must can cannot does do if then when which who your'.split(
    ' ',
  ),
);

/** What a tool prints ("Image is up to date for sha256:…") reads the same in every language. */
const TOOL_OUTPUT = /^step\.[a-z-]+\.expect(?:\.|$)/;

/** Runs of at least four English words, two of them function words, from every translated text. */
function englishFragments(): string[] {
  const fragments = new Set<string>();
  for (const id of Object.keys(CATALOGUES.en) as MessageId[]) {
    const english = CATALOGUES.en[id];
    if (english === CATALOGUES.es[id] && TOOL_OUTPUT.test(id)) continue;
    for (const piece of english.replace(QUOTED, '\n').split(/\n|(?<=[.;:!?])\s+|[()]/)) {
      const fragment = piece.trim().replace(/[.,;:!?]+$/, '');
      const words = fragment.match(/[A-Za-z]+(?:'[a-z]+)?/g) ?? [];
      const functionWords = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word.toLowerCase()));
      if (words.length >= 4 && functionWords.length >= 2) fragments.add(fragment);
    }
  }
  return [...fragments];
}

const ENGLISH = englishFragments();
const SPANISH_WORD = /(?:^|\s)(?:el|la|los|las|de|del|que|un|una|con|en|no|se)\s/i;

/** The human strings of an answer: JSON string values and prose lines of Markdown or shell. */
function proseOf(response: ApiResponse): string[] {
  if (typeof response.body !== 'string') {
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(response.body);
    return strings.filter((text) => SPANISH_WORD.test(text));
  }
  const withoutFences = response.text.replace(/```[\s\S]*?```/g, '');
  return withoutFences.split('\n').filter((line) => SPANISH_WORD.test(line));
}

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
const PINNED = `us-central1-docker.pkg.dev/my-project/my-repo/web@sha256:${'ab'.repeat(32)}`;
const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      imagePullSecrets: [{}]
      containers:
        - name: web
          image: us-central1-docker.pkg.dev/my-project/my-repo/web:1
          imagePullPolicy: Sometimes
        - name: side
---
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: []
`;

type Ask = [method: 'get' | 'post' | 'delete' | 'put', path: string, options?: CallOptions];

const plan = (json: Record<string, unknown>, accept: string): Ask => [
  'post',
  '/v1/troubleshooting/plans',
  { json, headers: { accept } },
];

const ASKS: ReadonlyArray<[string, Ask]> = [
  ['a Docker Hub image', ['get', '/v1/images/resolve', { query: { reference: 'nginx' } }]],
  [
    'a gcr.io image',
    ['get', '/v1/images/resolve', { query: { reference: 'gcr.io/my-project/app:1' } }],
  ],
  ...[
    'NGINX',
    'https://nginx',
    'nginx@sha256:abc',
    'us-centrall-docker.pkg.dev/p/r/i:1',
    'us-docker.pkg.dev/proj/image:v1',
    'us-docker.pkg.dev/my_project/r/i',
    'us-npm.pkg.dev/proj/repo/i',
    'host:port/x',
    'nginx:-bad',
    'a'.repeat(300),
    ' nginx',
    'x//y',
  ].map((reference): [string, Ask] => [
    `the refused reference ${reference.slice(0, 40)}`,
    ['get', '/v1/images/resolve', { query: { reference } }],
  ]),
  [
    'a mixed batch',
    [
      'post',
      '/v1/images/resolve-batch',
      { json: { references: ['nginx', 'UPPER/x', 'us-docker.pkg.dev/p/i'] } },
    ],
  ],
  [
    'a request that breaks the schema',
    ['post', '/v1/images/resolve', { json: { reference: 1, platform: 'x' } }],
  ],
  [
    'a body that is not JSON',
    ['post', '/v1/images/resolve', { raw: 'x', contentType: 'text/plain' }],
  ],
  ['malformed JSON', ['post', '/v1/images/resolve', { raw: '{', contentType: 'application/json' }]],
  ['an unknown path', ['get', '/v1/nothing']],
  ['a wrong method', ['put', '/v1/images/resolve']],
  ['an unauthenticated credential request', ['post', '/v1/tokens', { json: { repository: 'x' } }]],
  ['a GKE version', ['get', '/v1/gke/versions/1.30.5-gke.1014001']],
  ['a bad GKE version', ['get', '/v1/gke/versions/latest']],
  [
    'ready preconditions',
    ['post', '/v1/preconditions/evaluate', { json: { image: PINNED, cluster: CLUSTER } }],
  ],
  [
    'failing preconditions',
    [
      'post',
      '/v1/preconditions/evaluate',
      {
        json: {
          image: 'europe-west4-docker.pkg.dev/shared-images/base/web:1',
          cluster: {
            ...CLUSTER,
            version: '1.14.10-gke.21',
            nodeServiceAccount: 'nodes@my-project.iam.gserviceaccount.com',
            nodeOauthScopes: ['https://www.googleapis.com/auth/logging.write'],
            nodeImageType: 'COS',
            privateNodes: true,
            privateGoogleAccess: false,
          },
        },
      },
    ],
  ],
  [
    'preconditions of a public repository',
    [
      'post',
      '/v1/preconditions/evaluate',
      { json: { image: PINNED, cluster: CLUSTER, repository: { public: true } } },
    ],
  ],
  [
    'preconditions with nothing known',
    [
      'post',
      '/v1/preconditions/evaluate',
      { json: { image: 'nginx', cluster: { version: '1.30' } } },
    ],
  ],
  [
    'a manifest with findings',
    [
      'post',
      '/v1/manifests/check',
      { raw: MANIFEST, contentType: 'application/yaml', query: { version: '1.30.5-gke.1014001' } },
    ],
  ],
  [
    'a manifest without workloads',
    [
      'post',
      '/v1/manifests/check',
      {
        json: {
          manifest: 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n',
          cluster: CLUSTER,
        },
      },
    ],
  ],
  [
    'an invalid manifest',
    ['post', '/v1/manifests/check', { json: { manifest: 'a: [', cluster: CLUSTER } }],
  ],
  [
    'a manifest with a duplicate key',
    [
      'post',
      '/v1/manifests/check',
      { json: { manifest: 'kind: Pod\nkind: Pod\n', cluster: CLUSTER } },
    ],
  ],
  [
    'a manifest whose document is a list',
    ['post', '/v1/manifests/check', { json: { manifest: '- a\n- b\n', cluster: CLUSTER } }],
  ],
  [
    'a YAML manifest without a version',
    ['post', '/v1/manifests/check', { raw: 'kind: Pod\n', contentType: 'application/yaml' }],
  ],
  ...Object.entries(SAMPLE_ERRORS).flatMap(([cause, error]) =>
    (['application/json', 'text/markdown', 'text/x-shellscript'] as const).map(
      (accept): [string, Ask] => [
        `a ${cause} plan as ${accept}`,
        plan({ error, node: SAMPLE_NODE, via: cause === 'tls' ? 'console' : 'gcloud' }, accept),
      ],
    ),
  ),
  [
    'a Windows plan with preconditions',
    plan(
      {
        error: SAMPLE_ERRORS.network,
        node: { ...SAMPLE_NODE, os: 'windows' },
        via: 'console',
        image: PINNED,
        cluster: { ...CLUSTER, privateNodes: true, privateGoogleAccess: false },
      },
      'text/markdown',
    ),
  ],
  ['a plan without error', plan({ image: 'US/App' }, 'text/x-shellscript')],
  ...(['application/json', 'text/markdown', 'text/x-shellscript'] as const).map(
    (accept): [string, Ask] => [
      `a Workload Identity Federation plan as ${accept}`,
      [
        'post',
        '/v1/workload-identity/plans',
        {
          json: {
            issuerUri: 'https://k8s.example.internal',
            projectNumber: '123456789012',
            projectId: 'platform-prod',
            poolId: 'on-prem-clusters',
            providerId: 'cluster-a',
            namespace: 'apps',
            serviceAccount: 'web',
            repository: 'us-docker.pkg.dev/registry-project/team-images',
            serviceUrl: 'https://gke-pull-assistant-abc123-uc.a.run.app',
          },
          headers: { accept },
        },
      ],
    ],
  ),
  [
    'a Workload Identity Federation plan with a bad project ID',
    ['post', '/v1/workload-identity/plans', { json: { issuerUri: 'x', projectId: 'P' } }],
  ],
  [
    "the kubelet's credential provider configuration",
    [
      'get',
      '/v1/credential-provider/config',
      { query: { serviceUrl: 'https://pull.example.com' } },
    ],
  ],
  [
    'the credential provider asked for JSON',
    [
      'get',
      '/v1/credential-provider/config',
      {
        query: { serviceUrl: 'https://pull.example.com' },
        headers: { accept: 'application/json' },
      },
    ],
  ],
];

/** Answers that are data only: nothing in them is written for a person. */
const WITHOUT_PROSE = new Set(['a GKE version']);

describe('every answer in Spanish', () => {
  const answers: Array<{ name: string; response: ApiResponse }> = [];

  beforeAll(async () => {
    if (target === undefined) throw new Error('no HTTP target');
    for (const [name, [method, path, options = {}]] of ASKS) {
      const response = await call(target, method, path, {
        ...options,
        headers: { ...options.headers, 'accept-language': 'es-ES' },
      });
      answers.push({ name, response });
    }
  }, 60_000);

  it('has English fragments to look for', () => {
    expect(ENGLISH.length).toBeGreaterThan(300);
  });

  it.each(ASKS.map(([name]) => name))('%s: in Spanish, without English prose', (name) => {
    const answer = answers.find((candidate) => candidate.name === name);
    expect(answer).toBeDefined();
    const { response } = answer as { response: ApiResponse };
    expect(response.headers['content-language']).toBe('es');
    const leaked = ENGLISH.filter((fragment) => response.text.includes(fragment));
    expect(leaked).toEqual([]);
    const prose = proseOf(response);
    if (!WITHOUT_PROSE.has(name)) expect(prose.length).toBeGreaterThan(0);
    const departures = prose.flatMap((text) =>
      glossaryViolations(text).map((problem) => `${problem} in: ${text.slice(0, 160)}`),
    );
    expect(departures).toEqual([]);
  });
});
