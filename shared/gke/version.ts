import { AppError, type FieldPath } from '../problems';

/**
 * GKE version grammar (as printed by `gcloud container clusters describe` and `kubectl version`):
 *
 *   version  := ["v"] major "." minor [ "." patch [ "-gke." gkePatch ] ]
 *   number   := "0" | [1-9][0-9]{0,9}
 *
 * `1.15.9-gke.8` is complete. `1.15` and `1.15.9` are accepted but incomplete: facts that depend
 * on the missing part are unknown rather than guessed. Numbers compare numerically, so
 * `gke.100` is newer than `gke.22`.
 */
export const GKE_VERSION_MAX_LENGTH = 64;
const NUMBER = '(0|[1-9][0-9]{0,9})';
export const GKE_VERSION_PATTERN = new RegExp(
  `^v?${NUMBER}\\.${NUMBER}(?:\\.${NUMBER}(?:-gke\\.${NUMBER})?)?$`,
);
export const DEFAULT_GKE_VERSION_PATH: FieldPath = ['version'];

export interface GkeVersion {
  /** Canonical text, without a leading `v`: `1.30.5-gke.1014001`, `1.15`. */
  version: string;
  major: number;
  minor: number;
  patch: number | null;
  gkePatch: number | null;
  /** True when every component down to the `-gke.N` suffix is present. */
  complete: boolean;
}

export interface ParseGkeVersionOptions {
  /** JSON Pointer of the request field the version came from (default `/version`). */
  path?: FieldPath;
}

export function parseGkeVersion(input: string, options: ParseGkeVersionOptions = {}): GkeVersion {
  const path = options.path ?? DEFAULT_GKE_VERSION_PATH;
  const match = input.length <= GKE_VERSION_MAX_LENGTH ? GKE_VERSION_PATTERN.exec(input) : null;
  if (!match) {
    const shown =
      input.length > GKE_VERSION_MAX_LENGTH ? `${input.slice(0, GKE_VERSION_MAX_LENGTH)}…` : input;
    throw new AppError(
      'INVALID_GKE_VERSION',
      { id: 'gkeVersion.invalidText', params: { version: shown } },
      { path },
    );
  }
  const [, major, minor, patch, gkePatch] = match;
  const version: GkeVersion = {
    version: input.startsWith('v') ? input.slice(1) : input,
    major: Number(major),
    minor: Number(minor),
    patch: patch === undefined ? null : Number(patch),
    gkePatch: gkePatch === undefined ? null : Number(gkePatch),
    complete: gkePatch !== undefined,
  };
  return version;
}

function componentsOf(version: GkeVersion): [number, number, number | null, number | null] {
  return [version.major, version.minor, version.patch, version.gkePatch];
}

function toVersion(value: string | GkeVersion): GkeVersion {
  return typeof value === 'string' ? parseGkeVersion(value) : value;
}

/**
 * Orders two versions component by component, numerically. An absent component sorts before any
 * present one, so `1.15` < `1.15.0` < `1.15.0-gke.1`. Strings are parsed first (and throw
 * INVALID_GKE_VERSION at path `['version']` when they are not versions).
 */
export function compareGkeVersions(a: string | GkeVersion, b: string | GkeVersion): -1 | 0 | 1 {
  const left = componentsOf(toVersion(a));
  const right = componentsOf(toVersion(b));
  for (let i = 0; i < left.length; i += 1) {
    const l = left[i] ?? null;
    const r = right[i] ?? null;
    if (l === r) continue;
    if (l === null) return -1;
    if (r === null) return 1;
    return l < r ? -1 : 1;
  }
  return 0;
}

/**
 * Whether `version` is at least `minimum`. `null` when the answer depends on a component the
 * version does not carry (`1.15` against `1.15.9-gke.8`): the caller must not guess.
 * Components the minimum leaves out do not matter (`1.16.0` meets `1.16`).
 */
export function meetsMinimum(
  version: string | GkeVersion,
  minimum: string | GkeVersion,
): boolean | null {
  const have = componentsOf(toVersion(version));
  const need = componentsOf(toVersion(minimum));
  for (let i = 0; i < need.length; i += 1) {
    const n = need[i] ?? null;
    if (n === null) return true;
    const h = have[i] ?? null;
    if (h === null) return null;
    if (h !== n) return h > n;
  }
  return true;
}
