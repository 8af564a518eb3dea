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
} as const satisfies Record<string, string>;
