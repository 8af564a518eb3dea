/**
 * OAuth access scopes of node VMs. Pulling from Artifact Registry needs read-only storage (or a
 * wider storage scope) or `cloud-platform` (Artifact Registry "Integrate with GKE"). Scopes are
 * matched as full URLs, as short names after `https://www.googleapis.com/auth/`, or as the gcloud
 * aliases users paste from `--scopes`.
 */
export const SCOPE_URL_PREFIX = 'https://www.googleapis.com/auth/';
export const STORAGE_READ_ONLY_SCOPE = `${SCOPE_URL_PREFIX}devstorage.read_only`;

export interface PullScope {
  scope: string;
  /** Other spellings of the same scope (short name, gcloud alias). */
  aliases: readonly string[];
}

export const PULL_SCOPES: readonly PullScope[] = [
  {
    scope: `${SCOPE_URL_PREFIX}devstorage.read_only`,
    aliases: ['devstorage.read_only', 'storage-ro'],
  },
  {
    scope: `${SCOPE_URL_PREFIX}devstorage.read_write`,
    aliases: ['devstorage.read_write', 'storage-rw'],
  },
  {
    scope: `${SCOPE_URL_PREFIX}devstorage.full_control`,
    aliases: ['devstorage.full_control', 'storage-full'],
  },
  { scope: `${SCOPE_URL_PREFIX}cloud-platform`, aliases: ['cloud-platform'] },
];

/** gcloud scope aliases that stand for a set of scopes including read-only storage. */
export const SCOPE_SET_ALIASES: Readonly<Record<string, string>> = {
  'gke-default': STORAGE_READ_ONLY_SCOPE,
  default: STORAGE_READ_ONLY_SCOPE,
};

/** The scope (canonical URL) through which `given` allows pulls, or null. */
export function pullScopeOf(given: string): string | null {
  const value = given.trim();
  const direct = PULL_SCOPES.find(
    (entry) => entry.scope === value || entry.aliases.includes(value),
  );
  if (direct) return direct.scope;
  return SCOPE_SET_ALIASES[value] ?? null;
}
