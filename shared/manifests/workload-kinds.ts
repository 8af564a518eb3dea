/**
 * Where each workload kind keeps its pod spec, as the keys to follow from the object root.
 * Matched on `kind` alone, whatever the apiVersion (apps/v1, batch/v1, batch/v1beta1, …).
 * Adding a kind is adding a line.
 */
export const WORKLOAD_POD_SPEC_PATHS: ReadonlyMap<string, readonly string[]> = new Map([
  ['Pod', ['spec']],
  ['PodTemplate', ['template', 'spec']],
  ['ReplicationController', ['spec', 'template', 'spec']],
  ['ReplicaSet', ['spec', 'template', 'spec']],
  ['Deployment', ['spec', 'template', 'spec']],
  ['StatefulSet', ['spec', 'template', 'spec']],
  ['DaemonSet', ['spec', 'template', 'spec']],
  ['Job', ['spec', 'template', 'spec']],
  ['CronJob', ['spec', 'jobTemplate', 'spec', 'template', 'spec']],
]);

export const WORKLOAD_KINDS: readonly string[] = [...WORKLOAD_POD_SPEC_PATHS.keys()];

/** The container lists of a pod spec, in the order their containers start. */
export const CONTAINER_TYPES = ['initContainers', 'containers', 'ephemeralContainers'] as const;

export const IMAGE_PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'] as const;

export const NODE_OS_VALUES = ['linux', 'windows'] as const;

/** Node labels that pin a pod to an OS, most authoritative first (the beta label is legacy). */
export const OS_NODE_LABELS = ['kubernetes.io/os', 'beta.kubernetes.io/os'] as const;

/** The ServiceAccount a pod runs as when its spec names none. */
export const DEFAULT_SERVICE_ACCOUNT = 'default';
