/** Where a pod spec lists a container: the three container lists of `PodSpec`. */
export type ContainerType = 'initContainers' | 'containers' | 'ephemeralContainers';

/** The node operating systems Kubernetes schedules on (`kubernetes.io/os` label values). */
export type NodeOs = 'linux' | 'windows';

export type ImagePullPolicy = 'Always' | 'IfNotPresent' | 'Never';

/**
 * An image pull secret that applies to a container. `serviceAccount` secrets come from a
 * ServiceAccount in the same manifest; Kubernetes copies them onto a Pod only when the Pod lists
 * none of its own (ServiceAccount admission controller), and this module applies the same rule.
 */
export interface ManifestPullSecret {
  name: string;
  source: 'pod' | 'serviceAccount';
}

/** One Kubernetes object of the manifest (List items are objects; the List itself is not). */
export interface ManifestObject {
  kind: string;
  apiVersion: string | null;
  name: string | null;
  namespace: string | null;
  /** 0-based index of the YAML document in the stream (empty documents count). */
  documentIndex: number;
  /** 0-based index in the `items` of a List document; null for a top-level object. */
  itemIndex: number | null;
  /** 1-based position of the object's mapping in the text. */
  line: number;
  column: number;
  /** True when its kind has a pod template this module reads (see WORKLOAD_KINDS). */
  workload: boolean;
}

/** One container image, with the facts about its pod that decide how it is pulled. */
export interface ManifestImage {
  /** The `image` field verbatim (not parsed or normalised). */
  image: string;
  /** `Deployment/web spec.template.spec.containers[0]`: kind/name, a space, then fieldPath. */
  objectPath: string;
  /** Path of the container inside its object: `spec.template.spec.containers[0]`. */
  fieldPath: string;
  kind: string;
  name: string | null;
  namespace: string | null;
  documentIndex: number;
  itemIndex: number | null;
  /** The container's `name`, or null when it has none. */
  container: string | null;
  containerType: ContainerType;
  /** 0-based index in its container list. */
  containerIndex: number;
  /** 1-based position of the image value (for an alias, of the anchored value it refers to). */
  line: number;
  column: number;
  /** As written; null when unset (Kubernetes then defaults from the tag). */
  imagePullPolicy: ImagePullPolicy | null;
  /** From `spec.os.name`, else the `kubernetes.io/os` (or `beta.kubernetes.io/os`) node selector. */
  os: NodeOs | null;
  /** The pod's `nodeSelector` (string values only); one frozen object shared by its containers. */
  nodeSelector: Readonly<Record<string, string>>;
  /** `serviceAccountName` (or the deprecated `serviceAccount`), `default` when unset. */
  serviceAccountName: string;
  /** Whether that ServiceAccount is defined in this manifest, in the same namespace. */
  serviceAccountInManifest: boolean;
  /** One frozen list shared by the pod's containers. */
  imagePullSecrets: readonly ManifestPullSecret[];
}

/** Finding codes are contract: scripts branch on them. */
export type ManifestFindingCode =
  | 'POD_SPEC_MISSING'
  | 'NO_CONTAINERS'
  | 'CONTAINER_WITHOUT_IMAGE'
  | 'WRONG_TYPE'
  | 'INVALID_IMAGE_PULL_POLICY'
  | 'IMAGE_PULL_SECRET_WITHOUT_NAME'
  | 'EPHEMERAL_CONTAINERS_NOT_ALLOWED';

/**
 * Something in a workload that Kubernetes rejects (`error`) or ignores (`warning`). The rest of
 * the manifest is still read, so one answer lists every problem.
 */
export interface ManifestFinding {
  code: ManifestFindingCode;
  severity: 'error' | 'warning';
  /** `Deployment/web spec.template.spec.containers[1].image`. */
  objectPath: string;
  documentIndex: number;
  itemIndex: number | null;
  /** 1-based position of the offending value, or of the mapping that lacks it. */
  line: number;
  column: number;
  message: string;
}

export interface ManifestImages {
  /** Every container image, in document order; per pod: init, main, then ephemeral containers. */
  images: ManifestImage[];
  objects: ManifestObject[];
  /** How many objects are not workloads (Services, ConfigMaps, ServiceAccounts, …). */
  skippedObjects: number;
  /** False when the manifest holds no workload at all (which is not an error). */
  hasWorkloads: boolean;
  findings: ManifestFinding[];
}
