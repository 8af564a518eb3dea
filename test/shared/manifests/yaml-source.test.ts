import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MANIFEST_LIMITS, extractImagesFromManifest } from '../../../shared/manifests';
import { AppError } from '../../../shared/problems';

function problemOf(text: string): AppError {
  try {
    extractImagesFromManifest(text);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected INVALID_MANIFEST, but the manifest was accepted');
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
`;

describe('extractImagesFromManifest: text that is not YAML', () => {
  it.each([
    {
      name: 'a key indented one space too little on line 7',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
 selector:
    matchLabels:
      app: web
`,
      line: 7,
      column: 1,
      reason: 'All mapping items must start at the same column',
    },
    {
      name: 'a container key out of line with its siblings',
      text: POD.replace('      image:', '    image:'),
      line: 8,
      column: 1,
      reason: 'All mapping items must start at the same column',
    },
    {
      name: 'a tab used as indentation',
      text: POD.replace('    - name: web', '\t- name: web'),
      line: 7,
      column: 1,
      reason: 'Tabs are not allowed as indentation',
    },
    {
      name: 'a duplicated key',
      text: POD.replace('kind: Pod\n', 'kind: Pod\nkind: Pod\n'),
      line: 3,
      column: 1,
      reason: 'Map keys must be unique',
    },
    {
      name: 'an alias with no anchor before it',
      text: POD.replace('image: nginx:1.27', 'image: *web'),
      line: 8,
      column: 14,
      reason: 'the alias *web refers to no anchor &web defined before it',
    },
    {
      name: 'truncated JSON',
      text: '{"apiVersion": "v1", "kind": "Pod", "spec": {"containers": [',
      line: 1,
      column: 61,
      reason: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
    },
  ])('rejects $name with its line and column', ({ text, line, column, reason }) => {
    const problem = problemOf(text);
    expect(problem).toMatchObject({ code: 'INVALID_MANIFEST', status: 400, path: ['manifest'] });
    expect(problem.extensions).toEqual({ line, column, documentIndex: 0 });
    expect(problem.message).toBe(
      `The manifest is not valid YAML at line ${line}, column ${column} (document 0): ${reason}. Check the indentation (spaces, not tabs), quoting and anchors near that line.`,
    );
  });

  it('gives the index of the broken document in a stream', () => {
    const problem = problemOf(`${POD}---\n${POD}---\nkind: Pod\n  bad: indent\n`);
    expect(problem.extensions).toEqual({ line: 19, column: 7, documentIndex: 2 });
  });

  it('counts lines and columns as an editor does with CRLF line ends and a byte order mark', () => {
    const text = `\uFEFF${POD}`.replace(/\n/g, '\r\n');
    expect(extractImagesFromManifest(text).images[0]).toMatchObject({ line: 8, column: 14 });
    const broken = `\uFEFFkind: Pod\r\nkind: Pod\r\n`;
    expect(problemOf(broken).extensions).toMatchObject({ line: 2, column: 1 });
  });
});

describe('extractImagesFromManifest: documents that are not Kubernetes objects', () => {
  it.each([
    {
      name: 'a document that is a bare string',
      text: `${POD}---\njust some text\n`,
      extensions: { line: 10, column: 1, documentIndex: 1 },
      detail:
        'Document 1 of the manifest (line 10, column 1) is a string, not a Kubernetes object.',
    },
    {
      name: 'a document that is a number',
      text: '42\n',
      extensions: { line: 1, column: 1, documentIndex: 0 },
      detail: 'Document 0 of the manifest (line 1, column 1) is a number, not a Kubernetes object.',
    },
    {
      name: 'a document that is a list of objects',
      text: '- kind: Pod\n- kind: Pod\n',
      extensions: { line: 1, column: 1, documentIndex: 0 },
      detail: 'Document 0 of the manifest (line 1, column 1) is a list, not a Kubernetes object.',
    },
    {
      name: 'a mapping without kind (a Helm values file)',
      text: 'replicaCount: 2\nimage:\n  repository: nginx\n',
      extensions: { line: 1, column: 1, documentIndex: 0 },
      detail:
        'Document 0 of the manifest (line 1, column 1) has no kind, so it is not a Kubernetes object.',
    },
    {
      name: 'a List item that is a string',
      text: 'apiVersion: v1\nkind: List\nitems:\n  - nginx\n',
      extensions: { line: 4, column: 5, documentIndex: 0, itemIndex: 0 },
      detail:
        'Item 0 of the List in document 0 of the manifest (line 4, column 5) is a string, not a Kubernetes object.',
    },
    {
      name: 'an item of a plain List without kind',
      text: 'apiVersion: v1\nkind: List\nitems:\n  - metadata: {name: a}\n',
      extensions: { line: 4, column: 5, documentIndex: 0, itemIndex: 0 },
      detail:
        'Item 0 of the List in document 0 of the manifest (line 4, column 5) has no kind, so it is not a Kubernetes object.',
    },
    {
      name: 'a List whose items are a mapping',
      text: 'apiVersion: v1\nkind: List\nitems:\n  a: b\n',
      extensions: { line: 4, column: 3, documentIndex: 0 },
      detail:
        'Document 0 of the manifest (line 4, column 3) has items that are an object, not a list.',
    },
  ])('rejects $name, naming the document', ({ text, extensions, detail }) => {
    const problem = problemOf(text);
    expect(problem).toMatchObject({ code: 'INVALID_MANIFEST', path: ['manifest'], extensions });
    expect(problem.message).toBe(
      `${detail} Every document must be a mapping with apiVersion, kind and metadata, or a List of them.`,
    );
  });
});

describe('extractImagesFromManifest: bounded work', () => {
  it('rejects a billion-laughs alias bomb by the nodes its aliases expand to', () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (const [previous, name] of [...'abcdefgh'].map((letter, i) => [letter, 'bcdefghi'[i]])) {
      levels.push(
        `${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]`,
      );
    }
    const bomb = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\ndata:\n${levels.map((l) => `  ${l}`).join('\n')}\n`;
    const problem = problemOf(bomb);
    expect(problem.code).toBe('INVALID_MANIFEST');
    // &f holds 9^6 lols: the first collection past the limit.
    expect(problem.extensions).toEqual({
      limit: 'nodes',
      maximum: MANIFEST_LIMITS.nodes,
      line: 10,
      column: 9,
      documentIndex: 0,
    });
    expect(problem.message).toContain(`more than ${MANIFEST_LIMITS.nodes} nodes`);
  });

  it.each([
    {
      name: 'more documents than the limit',
      text: Array.from({ length: MANIFEST_LIMITS.documents + 1 }, () => 'a: 1').join('\n---\n'),
      extensions: {
        limit: 'documents',
        maximum: MANIFEST_LIMITS.documents,
        line: 2 * MANIFEST_LIMITS.documents,
        column: 1,
        documentIndex: MANIFEST_LIMITS.documents,
      },
    },
    {
      name: 'flow nesting deeper than the limit',
      text: `${'['.repeat(MANIFEST_LIMITS.depth + 1)}${']'.repeat(MANIFEST_LIMITS.depth + 1)}`,
      extensions: {
        limit: 'depth',
        maximum: MANIFEST_LIMITS.depth,
        line: 1,
        column: MANIFEST_LIMITS.depth + 1,
        documentIndex: 0,
      },
    },
    {
      name: 'block nesting deeper than the limit',
      text: `${Array.from({ length: MANIFEST_LIMITS.depth + 1 }, (_, i) => `${'  '.repeat(i)}k:`).join('\n')} 1`,
      extensions: {
        limit: 'depth',
        maximum: MANIFEST_LIMITS.depth,
        line: MANIFEST_LIMITS.depth + 1,
        column: 2 * MANIFEST_LIMITS.depth + 1,
        documentIndex: 0,
      },
    },
    {
      name: 'more aliases than the limit',
      text: `a: &a x\nb: [${Array.from({ length: MANIFEST_LIMITS.aliases + 1 }, () => '*a').join(', ')}]`,
      extensions: {
        limit: 'aliases',
        maximum: MANIFEST_LIMITS.aliases,
        line: 2,
        column: 5 + 4 * MANIFEST_LIMITS.aliases,
        documentIndex: 0,
      },
    },
    {
      name: 'a block mapping with more keys than the limit',
      text: Array.from({ length: MANIFEST_LIMITS.keysPerMapping + 1 }, (_, i) => `k${i}: v`).join(
        '\n',
      ),
      extensions: {
        limit: 'keysPerMapping',
        maximum: MANIFEST_LIMITS.keysPerMapping,
        line: MANIFEST_LIMITS.keysPerMapping + 1,
        column: 1,
        documentIndex: 0,
      },
    },
    {
      name: 'a JSON object with more keys than the limit',
      text: `{${Array.from({ length: MANIFEST_LIMITS.keysPerMapping + 1 }, (_, i) => `"k${i}": 1`).join(', ')}}`,
      extensions: { limit: 'keysPerMapping', maximum: MANIFEST_LIMITS.keysPerMapping },
    },
    {
      name: 'merge keys past the keys of one mapping',
      text: `m:\n${Array.from({ length: MANIFEST_LIMITS.keysPerMapping + 1 }, (_, i) => `  <<: {k${i}: 1}`).join('\n')}`,
      extensions: { limit: 'keysPerMapping', maximum: MANIFEST_LIMITS.keysPerMapping },
    },
    {
      name: 'more nodes than the limit',
      text: `[${Array(MANIFEST_LIMITS.nodes).fill('1').join(',')}]`,
      extensions: { limit: 'nodes', maximum: MANIFEST_LIMITS.nodes },
    },
  ])('refuses $name on the token stream, saying where', ({ text, extensions }) => {
    const problem = problemOf(text);
    expect(problem).toMatchObject({ code: 'INVALID_MANIFEST', path: ['manifest'] });
    expect(problem.extensions).toMatchObject(extensions);
    expect(problem.message).toContain(`more than ${extensions.maximum}`);
  });

  it.each([
    { limit: 'documents', count: 3, text: Array.from({ length: 3 }, () => POD).join('---\n') },
    { limit: 'depth', count: 3, text: '[[[1]]]' },
    { limit: 'aliases', count: 3, text: 'a: &a x\nb: [*a, *a, *a]' },
    { limit: 'keysPerMapping', count: 3, text: 'a: 1\nb: 2\nc: {x: 1, y: 2, z: 3}' },
    { limit: 'nodes', count: 6, text: '[1, 2, 3, 4, 5]' },
  ] as const)(
    'accepts exactly a configured $limit limit ($count), and refuses one less',
    ({ limit, count, text }) => {
      const read = (maximum: number) =>
        extractImagesFromManifest(text, { limits: { [limit]: maximum } });
      try {
        read(count);
      } catch (error) {
        expect((error as AppError).extensions.limit).toBeUndefined();
      }
      expect(() => read(count - 1)).toThrow(`more than ${count - 1}`);
    },
  );

  it('accepts a stream of exactly the document limit', () => {
    const text = Array.from({ length: MANIFEST_LIMITS.documents }, () => POD).join('---\n');
    expect(extractImagesFromManifest(text).images).toHaveLength(MANIFEST_LIMITS.documents);
  });

  it('accepts a mapping of exactly the key limit (a Pod with 10 000 labels)', () => {
    const labels = Array.from(
      { length: MANIFEST_LIMITS.keysPerMapping },
      (_, i) => `    l${i}: v`,
    ).join('\n');
    const text = POD.replace('  name: web\n', `  name: web\n  labels:\n${labels}\n`);
    expect(extractImagesFromManifest(text).images).toHaveLength(1);
  });

  it('finds a duplicated key among 10 000 with its position', () => {
    const keys = Array.from({ length: 9999 }, (_, i) => `k${i}: v`);
    keys.push('k5000: again');
    expect(problemOf(keys.join('\n')).extensions).toEqual({
      line: 10000,
      column: 1,
      documentIndex: 0,
    });
  });

  it('reads a node selector of 10 000 labels, merged from an anchor, for every container', () => {
    const selector = Array.from({ length: 9999 }, (_, i) => `  k${i}: v`).join('\n');
    const containers = Array.from({ length: 200 }, (_, i) => `    - {name: c${i}, image: nginx}`);
    const text = `apiVersion: v1
kind: Pod
metadata: {name: p}
x-selector: &selector
${selector}
  kubernetes.io/os: windows
spec:
  nodeSelector: {<<: *selector}
  containers:
${containers.join('\n')}
`;
    const { images } = extractImagesFromManifest(text);
    expect(images).toHaveLength(200);
    expect(images[199]?.os).toBe('windows');
    expect(Object.keys(images[199]?.nodeSelector ?? {})).toHaveLength(10_000);
  });

  it.each([
    { name: 'unclosed flow sequences', text: '['.repeat(60_000) },
    { name: 'closed flow mappings', text: `${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}` },
    { name: 'block sequences', text: `${'- '.repeat(20_000)}x` },
  ])('answers INVALID_MANIFEST, not a crash, for 10 000+ levels of $name', ({ text }) => {
    expect(problemOf(text).code).toBe('INVALID_MANIFEST');
  });

  it('refuses an alias inside the collection it names', () => {
    expect(problemOf('a: &a [1, *a]').message).toContain(
      'the alias *a refers to a collection that contains it',
    );
  });

  it('rejects aliases that multiply one object into more images than the limit', () => {
    const containers = Array.from({ length: 60 }, (_, i) => `{name: c${i}, image: nginx}`).join(
      ', ',
    );
    const items = Array.from({ length: 100 }, () => '  - *pod').join('\n');
    const text = `apiVersion: v1
kind: List
x-pod: &pod {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [${containers}]}}
items:
${items}
`;
    expect(problemOf(text).extensions).toEqual({
      limit: 'images',
      maximum: MANIFEST_LIMITS.images,
    });
  });

  it('rejects List items past the object limit', () => {
    const items = Array.from(
      { length: MANIFEST_LIMITS.objects + 1 },
      (_, i) => `  - {kind: ConfigMap, metadata: {name: c${i}}}`,
    );
    const text = `apiVersion: v1\nkind: List\nitems:\n${items.join('\n')}\n`;
    expect(problemOf(text).extensions).toEqual({
      limit: 'objects',
      maximum: MANIFEST_LIMITS.objects,
    });
    expect(problemOf(text).message).toContain(`more than ${MANIFEST_LIMITS.objects} objects`);
  });

  it('rejects pull secrets that multiply by the containers sharing them', () => {
    const secrets = Array.from({ length: 100 }, (_, i) => `    - {name: s${i}}`).join('\n');
    const containers = Array.from({ length: 101 }, (_, i) => `    - {name: c${i}, image: a}`);
    const text = `kind: Pod\nspec:\n  imagePullSecrets:\n${secrets}\n  containers:\n${containers.join('\n')}\n`;
    expect(problemOf(text).extensions).toEqual({
      limit: 'pullSecretReferences',
      maximum: MANIFEST_LIMITS.pullSecretReferences,
    });
  });

  it('never throws anything but INVALID_MANIFEST, whatever the text', () => {
    const mutated = fc
      .tuple(fc.nat(POD.length), fc.nat(20), fc.string({ maxLength: 6 }))
      .map(([at, removed, inserted]) => POD.slice(0, at) + inserted + POD.slice(at + removed));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), mutated), (text) => {
        try {
          const result = extractImagesFromManifest(text);
          for (const image of result.images) {
            expect(image.line).toBeGreaterThanOrEqual(1);
            expect(image.column).toBeGreaterThanOrEqual(1);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe('INVALID_MANIFEST');
          expect((error as AppError).path).toEqual(['manifest']);
        }
      }),
      { numRuns: 500 },
    );
  });
});
