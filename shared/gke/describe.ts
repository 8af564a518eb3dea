import {
  meetsMinimum,
  parseGkeVersion,
  type GkeVersion,
  type ParseGkeVersionOptions,
} from './version';
import type { Message } from '../i18n';
import { GKE_VERSION_TABLE } from './version-table';

/** Everything the version table says about one version: the body of `GET /v1/gke/versions/{version}`. */
export interface GkeVersionFacts {
  version: string;
  major: number;
  minor: number;
  patch: number | null;
  gkePatch: number | null;
  /**
   * Whether nodes can pull same-project Artifact Registry images without imagePullSecrets.
   * `null` when the version is too incomplete to tell (`1.15`, `1.14.10`).
   */
  defaultPullPermission: boolean | null;
  /** The first patch of this release line with the default permission, when the line has one. */
  minimumPatch: string | null;
  /** Linux node pools default to `cos_containerd`. */
  containerdDefault: boolean;
  /** Docker-based node image types (`COS`, `UBUNTU`, `WINDOWS_LTSC`, `WINDOWS_SAC`) still run. */
  dockerNodeImagesSupported: boolean;
  /** Node pools of that OS run containerd 2, which refuses Docker schema 1 images. */
  containerd2: { linux: boolean; windows: boolean };
}

/** True when the version's `MAJOR.MINOR` is at least `line` (always decidable). */
function atLeastLine(version: GkeVersion, line: string): boolean {
  return meetsMinimum(version, line) === true;
}

export function defaultPullPermissionOf(version: GkeVersion): {
  defaultPullPermission: boolean | null;
  minimumPatch: string | null;
} {
  const table = GKE_VERSION_TABLE.defaultPullPermission;
  if (atLeastLine(version, table.allPatchesFrom)) {
    return { defaultPullPermission: true, minimumPatch: null };
  }
  const line = table.minimumPatches.find(
    (entry) => entry.line === `${version.major}.${version.minor}`,
  );
  if (line) {
    return {
      defaultPullPermission: meetsMinimum(version, line.minimumPatch),
      minimumPatch: line.minimumPatch,
    };
  }
  return { defaultPullPermission: false, minimumPatch: null };
}

/**
 * The first version at or above this one's release line that has the default pull permission:
 * the target of an upgrade that removes the need for imagePullSecrets.
 */
export function firstVersionWithDefaultPullPermission(version: GkeVersion): string {
  const table = GKE_VERSION_TABLE.defaultPullPermission;
  const candidate = table.minimumPatches.find((entry) =>
    meetsMinimum(entry.minimumPatch, `${version.major}.${version.minor}`),
  );
  return candidate?.minimumPatch ?? table.allPatchesFrom;
}

export function factsOfGkeVersion(version: GkeVersion): GkeVersionFacts {
  const { defaultPullPermission, minimumPatch } = defaultPullPermissionOf(version);
  return {
    version: version.version,
    major: version.major,
    minor: version.minor,
    patch: version.patch,
    gkePatch: version.gkePatch,
    defaultPullPermission,
    minimumPatch,
    containerdDefault: atLeastLine(version, GKE_VERSION_TABLE.containerdDefaultFrom),
    dockerNodeImagesSupported: !atLeastLine(
      version,
      GKE_VERSION_TABLE.dockerNodeImagesUnsupportedFrom,
    ),
    containerd2: {
      linux: atLeastLine(version, GKE_VERSION_TABLE.containerd2From.linux),
      windows: atLeastLine(version, GKE_VERSION_TABLE.containerd2From.windows),
    },
  };
}

/** Parses a GKE version and looks it up in the version table; throws INVALID_GKE_VERSION. */
export function describeGkeVersion(
  version: string,
  options: ParseGkeVersionOptions = {},
): GkeVersionFacts {
  return factsOfGkeVersion(parseGkeVersion(version, options));
}

/** The last `MAJOR.MINOR` with Docker-based node images: the line before they became unsupported. */
export function lastVersionWithDockerNodeImages(): string {
  const unsupported = parseGkeVersion(GKE_VERSION_TABLE.dockerNodeImagesUnsupportedFrom);
  return `${unsupported.major}.${unsupported.minor - 1}`;
}

/**
 * The one way every text states when Docker node images ended (`gke.dockerNodeImages`): the last
 * version with them and the first without, both from the version table. A check or a plan that
 * needs the fact puts this message in a slot rather than writing the versions again.
 */
export function dockerNodeImagesFact(): Message {
  return {
    id: 'gke.dockerNodeImages',
    params: {
      lastVersion: lastVersionWithDockerNodeImages(),
      unsupportedFrom: GKE_VERSION_TABLE.dockerNodeImagesUnsupportedFrom,
    },
  };
}
