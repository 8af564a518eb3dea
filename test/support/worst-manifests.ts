import type { ManifestLimit } from '../../shared/manifests';

/**
 * The worst manifests within the body limit: those issue 13's attack sent (50 000 keys in one
 * mapping, its JSON and flow forms, 100 000 documents, 100 000-deep flow collections, 60 000
 * aliases, 30 000 merge keys), the bombs aliases and merge keys allow, and the heaviest accepted
 * ones. Used by test/functions/worst-inputs.test.ts (answers and event-loop CPU) and by
 * `npm run bench` (`/healthz` latency while they arrive).
 */
export interface WorstManifest {
  name: string;
  text: string;
  status: 200 | 400;
  /** The limit a 400 names. */
  limit?: ManifestLimit;
  /** Images of an accepted manifest. */
  images?: number;
}

export const keyLines = (count: number, indent = '') =>
  Array.from({ length: count }, (_, i) => `${indent}k${i}: v`).join('\n');

const pod = (spec: string, metadata = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n${metadata}spec:\n${spec}`;

export const POD_WITH_10K_LABELS = pod(
  '  containers: [{name: a, image: nginx}]\n',
  `  labels:\n${keyLines(10_000, '    ')}\n`,
);

export const THOUSAND_DEPLOYMENTS = Array.from(
  { length: 1000 },
  (_, i) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web-${i}, namespace: shop, labels: {app: web}}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: us-central1-docker.pkg.dev/my-project/apps/web:2.4.${i % 7}
          ports: [{containerPort: 8080}]
`,
).join('---\n');

export const WORST_MANIFESTS: readonly WorstManifest[] = [
  {
    name: 'a mapping of 50 000 keys (489 KB)',
    text: keyLines(50_000),
    status: 400,
    limit: 'keysPerMapping',
  },
  {
    name: 'a JSON object of 35 000 keys',
    text: `{${Array.from({ length: 35_000 }, (_, i) => `"k${i}":"v"`).join(',')}}`,
    status: 400,
    limit: 'keysPerMapping',
  },
  {
    name: 'a flow mapping of 45 000 keys',
    text: `{${Array.from({ length: 45_000 }, (_, i) => `k${i}: v`).join(', ')}}`,
    status: 400,
    limit: 'keysPerMapping',
  },
  {
    name: '100 000 documents',
    text: Array(100_000).fill('---').join('\n'),
    status: 400,
    limit: 'documents',
  },
  {
    name: 'flow sequences 100 000 deep',
    text: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    status: 400,
    limit: 'depth',
  },
  {
    name: 'flow mappings 100 000 deep',
    text: `${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}`,
    status: 400,
    limit: 'depth',
  },
  {
    name: '60 000 aliases',
    text: `a: &a x\nb: [${Array(60_000).fill('*a').join(',')}]`,
    status: 400,
    limit: 'aliases',
  },
  {
    name: '30 000 merge keys of one anchor',
    text: `x: &a {p: 1}\ny:\n${Array(30_000).fill('  <<: *a').join('\n')}`,
    status: 400,
    limit: 'aliases',
  },
  {
    name: '30 000 merge keys of inline mappings',
    text: `y:\n${Array.from({ length: 30_000 }, (_, i) => `  <<: {${i}: 1}`).join('\n')}`,
    status: 400,
    limit: 'keysPerMapping',
  },
  {
    name: 'a billion laughs',
    text: `a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n${[...'bcdefghi']
      .map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)
      .join('\n')}`,
    status: 400,
    limit: 'nodes',
  },
  {
    name: 'merge keys copying a 10 000-key mapping 999 times',
    text: `big: &big\n${keyLines(9_999, '  ')}\nitems:\n${Array(999).fill('- {<<: *big}').join('\n')}`,
    status: 400,
    limit: 'nodes',
  },
  {
    name: 'a flow sequence of 200 000 scalars',
    text: `[${Array(200_000).fill('1').join(',')}]`,
    status: 400,
    limit: 'nodes',
  },
  {
    name: 'a Pod with 10 000 labels (accepted)',
    text: POD_WITH_10K_LABELS,
    status: 200,
    images: 1,
  },
  {
    name: 'a Pod whose 1 000 containers share a 10 000-key node selector (accepted)',
    text: pod(
      `  nodeSelector:\n${keyLines(9_999, '    ')}\n  containers:\n${Array(1000).fill('  - {image: nginx}').join('\n')}\n`,
    ),
    status: 200,
    images: 1000,
  },
  { name: '1 000 Deployments (accepted)', text: THOUSAND_DEPLOYMENTS, status: 200, images: 1000 },
];
