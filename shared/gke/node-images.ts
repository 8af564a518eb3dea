import { AppError, type FieldPath } from '../problems';

/**
 * GKE node image types (the API's `imageType` enum). Docker-based images are the legacy types
 * without the `_CONTAINERD` suffix; they run no node at GKE 1.24 and later.
 */
export type NodeOs = 'linux' | 'windows';
export type NodeRuntime = 'containerd' | 'docker';

export interface NodeImageType {
  id: string;
  os: NodeOs;
  runtime: NodeRuntime;
  /** Name used in the docs and by `gcloud --image-type` (case-insensitive there). */
  docsName: string;
  deprecated: boolean;
  /** The containerd image type to migrate a Docker-based node pool to. */
  containerdReplacement: string | null;
}

export const NODE_IMAGE_TYPES = [
  {
    id: 'COS_CONTAINERD',
    os: 'linux',
    runtime: 'containerd',
    docsName: 'cos_containerd',
    deprecated: false,
    containerdReplacement: null,
  },
  {
    id: 'UBUNTU_CONTAINERD',
    os: 'linux',
    runtime: 'containerd',
    docsName: 'ubuntu_containerd',
    deprecated: false,
    containerdReplacement: null,
  },
  {
    id: 'WINDOWS_LTSC_CONTAINERD',
    os: 'windows',
    runtime: 'containerd',
    docsName: 'windows_ltsc_containerd',
    deprecated: false,
    containerdReplacement: null,
  },
  {
    id: 'WINDOWS_SAC_CONTAINERD',
    os: 'windows',
    runtime: 'containerd',
    docsName: 'windows_sac_containerd',
    deprecated: true,
    containerdReplacement: null,
  },
  {
    id: 'COS',
    os: 'linux',
    runtime: 'docker',
    docsName: 'cos',
    deprecated: true,
    containerdReplacement: 'COS_CONTAINERD',
  },
  {
    id: 'UBUNTU',
    os: 'linux',
    runtime: 'docker',
    docsName: 'ubuntu',
    deprecated: true,
    containerdReplacement: 'UBUNTU_CONTAINERD',
  },
  {
    id: 'WINDOWS_LTSC',
    os: 'windows',
    runtime: 'docker',
    docsName: 'windows_ltsc',
    deprecated: true,
    containerdReplacement: 'WINDOWS_LTSC_CONTAINERD',
  },
  {
    id: 'WINDOWS_SAC',
    os: 'windows',
    runtime: 'docker',
    docsName: 'windows_sac',
    deprecated: true,
    containerdReplacement: 'WINDOWS_LTSC_CONTAINERD',
  },
] as const satisfies readonly NodeImageType[];

export type NodeImageTypeId = (typeof NODE_IMAGE_TYPES)[number]['id'];

/** The ids, for request schemas (`z.enum` accepts them case-sensitively; we also accept lowercase). */
export const NODE_IMAGE_TYPE_IDS = NODE_IMAGE_TYPES.map((t) => t.id) as NodeImageTypeId[];

/** Looks a node image type up case-insensitively (`cos_containerd` = `COS_CONTAINERD`). */
export function findNodeImageType(input: string): NodeImageType | undefined {
  const wanted = input.trim().toUpperCase();
  return NODE_IMAGE_TYPES.find((type) => type.id === wanted);
}

/** Like `findNodeImageType`, but an unknown value is a request error at `path`. */
export function parseNodeImageType(
  input: string,
  options: { path?: FieldPath } = {},
): NodeImageType {
  const found = findNodeImageType(input);
  if (found) return found;
  throw new AppError(
    'INVALID_REQUEST',
    {
      id: 'nodeImageType.invalid',
      params: { value: input.slice(0, 64), types: NODE_IMAGE_TYPE_IDS.join(', ') },
    },
    { path: options.path ?? ['nodeImageType'] },
  );
}
