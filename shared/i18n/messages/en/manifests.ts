/** Manifest findings (`finding.CODE`), how a value type reads in them, and the answer's notes. */
export const MANIFEST_MESSAGES = {
  'finding.POD_SPEC_MISSING':
    '{objectPath} is missing: a {kind} needs a pod spec with at least one container.',
  'finding.NO_CONTAINERS': '{objectPath} lists no containers; Kubernetes requires at least one.',
  'finding.CONTAINER_WITHOUT_IMAGE':
    '{objectPath} has no image; Kubernetes does not create a Pod whose container has no image.',
  'finding.WRONG_TYPE':
    '{objectPath} must be {expected}, but it is {found}; Kubernetes rejects the object.',
  'finding.INVALID_IMAGE_PULL_POLICY':
    '{objectPath} is "{value}"; Kubernetes accepts only Always, IfNotPresent or Never.',
  'finding.IMAGE_PULL_SECRET_WITHOUT_NAME':
    '{objectPath} names no Secret, so the kubelet ignores it.',
  'finding.EPHEMERAL_CONTAINERS_NOT_ALLOWED':
    '{objectPath}: Kubernetes rejects ephemeral containers in a new Pod or a pod template; add them to a running Pod with `kubectl debug`.',
  'valueType.list': 'a list',
  'valueType.object': 'an object',
  'valueType.string': 'a string',
  'valueType.number': 'a number',
  'valueType.boolean': 'a boolean',
  'valueType.null': 'null',
  'valueType.other': 'another kind of value',
  'note.noWorkloads':
    'The manifest has no workload ({kinds}): there is no image to pull, so nothing here blocks the apply.',
  'manifest.yaml.invalid':
    'The manifest is not valid YAML at line {line}, column {column} (document {documentIndex}): {reason}. Check the indentation (spaces, not tabs), quoting and anchors near that line.',
  'manifest.yaml.parserSays': '{reason}',
  'manifest.yaml.parserFailed': 'the YAML parser failed on this text',
  'manifest.yaml.rejected': 'the YAML parser rejected it',
  'manifest.yaml.tooDeep': 'it nests collections more deeply than the parser allows',
  'manifest.yaml.duplicateKey': 'Map keys must be unique',
  'manifest.yaml.aliasWithoutAnchor':
    'the alias *{name} refers to no anchor &{name} defined before it',
  'manifest.yaml.aliasCycle': 'the alias *{name} refers to a collection that contains it',
  'manifest.structure.document':
    'Document {documentIndex} of the manifest (line {line}, column {column}) {problem}. Every document must be a mapping with apiVersion, kind and metadata, or a List of them.',
  'manifest.structure.item':
    'Item {itemIndex} of the List in document {documentIndex} of the manifest (line {line}, column {column}) {problem}. Every document must be a mapping with apiVersion, kind and metadata, or a List of them.',
  'manifest.structure.notObject': 'is {type}, not a Kubernetes object',
  'manifest.structure.itemsNotList': 'has items that are {type}, not a list',
  'manifest.structure.noKind': 'has no kind, so it is not a Kubernetes object',
  'manifest.limit':
    'The manifest has more than {maximum} {noun}; at most {maximum} are read in one request. {advice}',
  'manifest.limit.at':
    'The manifest has more than {maximum} {noun} (crossed at line {line}, column {column}, document {documentIndex}); at most {maximum} are read in one request. {advice}',
  'manifest.limit.noun.documents': 'YAML documents',
  'manifest.limit.noun.depth': 'levels of nested mappings and sequences',
  'manifest.limit.noun.aliases': 'aliases',
  'manifest.limit.noun.keysPerMapping': 'keys in one mapping',
  'manifest.limit.noun.nodes': 'nodes (scalars, mappings and sequences, aliases expanded)',
  'manifest.limit.noun.objects': 'objects',
  'manifest.limit.noun.images': 'images',
  'manifest.limit.noun.findings': 'findings',
  'manifest.limit.noun.pullSecretReferences': 'image pull secret names over all images',
  'manifest.limit.advice.documents': 'Split the stream into several requests.',
  'manifest.limit.advice.depth':
    'Real Kubernetes objects nest far less; check how the text was generated.',
  'manifest.limit.advice.aliases':
    'Expand the aliases, or split the manifest into several requests.',
  'manifest.limit.advice.keysPerMapping':
    'Split the mapping, or the manifest, into several requests.',
  'manifest.limit.advice.multiplied':
    'YAML aliases can multiply a short text: expand them, or split the manifest into several requests.',
  'manifest.limit.advice.split': 'Split the manifest into several requests.',
  'manifest.limit.advice.findings':
    'Fix the reported problems first, or split the manifest into several requests.',
  'manifest.budget.cpuMs':
    'Reading this manifest used more than {maximum} ms of CPU time, the most one request may use (MANIFEST_CHECK_BUDGET_MS). Split it into several requests.',
  'manifest.budget.timeMs':
    'Reading this manifest took more than {maximum} ms. Split it into several requests.',
  'manifest.budget.heapMb':
    'Reading this manifest needed more than {maximum} MiB of memory. Split it into several requests.',
  'manifest.request.queryWithJson':
    'Query parameter "{name}" is only read with a YAML body; with a JSON body, send the cluster facts in "cluster".',
  'manifest.request.bodyRequired':
    'The body is required: send {"manifest", "cluster"} as application/json, or the raw manifest as application/yaml with the cluster fields as query parameters.',
  'manifest.request.versionRequired':
    'Query parameter "version" is required with a YAML body: the GKE version, e.g. ?version=1.30.5-gke.1014001.',
} as const satisfies Record<string, string>;
