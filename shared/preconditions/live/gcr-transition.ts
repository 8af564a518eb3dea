import { z } from 'zod';
import { callGoogle, type CallOutcome } from './call';
import { repositoryPath, type RepositoryName } from './repository-policy';
import type { GoogleApiRequester } from './requester';

/**
 * The two Artifact Registry questions of the gcr.io transition
 * (https://cloud.google.com/artifact-registry/docs/reference/rest):
 * - `projects.locations.repositories.get` (`GET /v1/projects/P/locations/L/repositories/R`):
 *   does the `gcr.io` (`us.gcr.io`, `eu.gcr.io`, `asia.gcr.io`) repository exist? 404 = no;
 * - `projects.getProjectSettings` (`GET /v1/projects/P/projectSettings`): is redirection from
 *   Container Registry on (`legacyRedirectionState`)?
 */
export const LEGACY_REDIRECTION_STATES = [
  'REDIRECTION_STATE_UNSPECIFIED',
  'REDIRECTION_FROM_GCR_IO_DISABLED',
  'REDIRECTION_FROM_GCR_IO_ENABLED',
  'REDIRECTION_FROM_GCR_IO_FINALIZED',
  'REDIRECTION_FROM_GCR_IO_ENABLED_AND_COPYING',
  'REDIRECTION_FROM_GCR_IO_PARTIAL_AND_COPYING',
] as const;

/** States in which every gcr.io request of the project goes to Artifact Registry. */
export const REDIRECTED_STATES: readonly string[] = [
  'REDIRECTION_FROM_GCR_IO_ENABLED',
  'REDIRECTION_FROM_GCR_IO_FINALIZED',
  'REDIRECTION_FROM_GCR_IO_ENABLED_AND_COPYING',
];

/** The state in which only `pullPercent` of the pulls go to Artifact Registry. */
export const PARTIAL_REDIRECTION_STATE = 'REDIRECTION_FROM_GCR_IO_PARTIAL_AND_COPYING';

const RepositorySchema = z
  .object({ name: z.string(), format: z.string().optional(), mode: z.string().optional() })
  .loose();

/** A state this service does not know yet is kept as Google wrote it, never refused. */
const ProjectSettingsSchema = z
  .object({
    name: z.string().optional(),
    legacyRedirectionState: z.string().optional(),
    pullPercent: z.number().optional(),
  })
  .loose();

export interface GcrRepositoryFinding {
  exists: boolean;
  /** `DOCKER` for a gcr.io repository; null when it does not exist. */
  format: string | null;
}

export interface ProjectSettingsFinding {
  legacyRedirectionState: string;
  /** With partial redirection: the share of pulls sent to Artifact Registry. */
  pullPercent: number | null;
}

function baseOf(url: string): string {
  return url.replace(/\/+$/, '');
}

/** Whether the repository exists: a 404 is an answer here, not a failure. */
export async function getGcrRepository(
  requester: GoogleApiRequester,
  baseUrl: string,
  name: RepositoryName,
  timeoutMs: number,
): Promise<CallOutcome<GcrRepositoryFinding>> {
  const url = `${baseOf(baseUrl)}/v1/${repositoryPath(name)}`;
  const outcome = await callGoogle<unknown>(requester, { url, method: 'GET' }, timeoutMs);
  if (!outcome.ok) {
    if (outcome.reason === 'not-found' && outcome.status === 404) {
      return { ok: true, status: 404, data: { exists: false, format: null } };
    }
    return outcome;
  }
  const parsed = RepositorySchema.safeParse(outcome.data);
  if (!parsed.success) return { ok: false, reason: 'unexpected', status: outcome.status };
  return {
    ok: true,
    status: outcome.status,
    data: { exists: true, format: parsed.data.format ?? null },
  };
}

export async function getProjectSettings(
  requester: GoogleApiRequester,
  baseUrl: string,
  projectId: string,
  timeoutMs: number,
): Promise<CallOutcome<ProjectSettingsFinding>> {
  const url = `${baseOf(baseUrl)}/v1/projects/${encodeURIComponent(projectId)}/projectSettings`;
  const outcome = await callGoogle<unknown>(requester, { url, method: 'GET' }, timeoutMs);
  if (!outcome.ok) return outcome;
  const parsed = ProjectSettingsSchema.safeParse(outcome.data);
  if (!parsed.success) return { ok: false, reason: 'unexpected', status: outcome.status };
  return {
    ok: true,
    status: outcome.status,
    data: {
      // proto3 JSON leaves a field at its default (0 = UNSPECIFIED) out.
      legacyRedirectionState: parsed.data.legacyRedirectionState ?? 'REDIRECTION_STATE_UNSPECIFIED',
      pullPercent: parsed.data.pullPercent ?? null,
    },
  };
}
