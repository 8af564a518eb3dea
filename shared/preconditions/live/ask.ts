import type { EvaluationContext } from '../context';
import { LIVE_PERMISSIONS, PULL_PERMISSION } from '../roles';
import type { GoogleRefusal } from '../../google-api';
import type { CallOutcome, LiveFailureReason } from './call';
import {
  getRepositoryPolicy,
  repositoryFullResourceName,
  type RepositoryPolicyFinding,
} from './repository-policy';
import {
  getGcrRepository,
  getProjectSettings,
  type GcrRepositoryFinding,
  type ProjectSettingsFinding,
} from './gcr-transition';
import { DEFAULT_LIVE_TIMEOUT_MS, type LiveCheckOptions } from './requester';
import { troubleshootAccess, type AccessFinding } from './troubleshooter';

/** A live question that got no usable answer, with what the service needs to ask it. */
export interface LiveFailure {
  reason: LiveFailureReason;
  /** The Google API asked (`policytroubleshooter.googleapis.com`, `artifactregistry.googleapis.com`). */
  api: string;
  status: number | null;
  neededPermissions: readonly string[];
  /** The one role covering the allow side (kept for answers that name one role). */
  neededRole: string;
  /** Every role the question needs: allow policies and, for the troubleshooter, deny policies. */
  neededRoles: readonly string[];
  timeoutMs: number;
  errorCode?: string;
  /** Google's refusal, read from its ErrorInfo, when it answered with one. */
  refusal?: GoogleRefusal;
}

export type LiveResult<T> = { ok: true; value: T } | { ok: false; failure: LiveFailure };

export interface LiveFindings {
  /** null: not asked (the image is not on Artifact Registry). */
  repositoryPolicy: LiveResult<RepositoryPolicyFinding> | null;
  /** null: not asked (not Artifact Registry, or the node service account's email is not known). */
  access: LiveResult<AccessFinding> | null;
  /** The full resource name the troubleshooter was asked about. */
  fullResourceName: string | null;
  /** null: not asked (not a gcr.io family image). */
  gcrTransition: {
    repository: LiveResult<GcrRepositoryFinding>;
    settings: LiveResult<ProjectSettingsFinding>;
  } | null;
}

type Question = keyof typeof LIVE_PERMISSIONS;

function toResult<T>(
  outcome: CallOutcome<T>,
  question: Question,
  timeoutMs: number,
): LiveResult<T> {
  if (outcome.ok) return { ok: true, value: outcome.data };
  const needs = LIVE_PERMISSIONS[question];
  return {
    ok: false,
    failure: {
      reason: outcome.reason,
      api: needs.api,
      status: outcome.status,
      neededPermissions: needs.permissions,
      neededRole: needs.role,
      neededRoles: needs.roles,
      timeoutMs,
      ...(outcome.errorCode ? { errorCode: outcome.errorCode } : {}),
      ...(outcome.refusal ? { refusal: outcome.refusal } : {}),
    },
  };
}

/**
 * Asks Google what the offline checks can only infer: the repository's IAM policy (is it public?),
 * the Policy Troubleshooter (may the node service account download artifacts from it?) and, for
 * a gcr.io image, whether its gcr.io repository exists and redirection is on. The questions run
 * in parallel, each bounded by the timeout; nothing here throws.
 */
export async function askGoogle(
  context: EvaluationContext,
  options: LiveCheckOptions | undefined,
): Promise<LiveFindings> {
  const ar = context.ar;
  if (!ar) {
    return { repositoryPolicy: null, access: null, fullResourceName: null, gcrTransition: null };
  }
  const name = { projectId: ar.projectId, location: ar.location, repository: ar.repository };
  // Literal, as Google names it (`projects/example.com:my-proj/…`): never percent-encoded.
  const fullResourceName = repositoryFullResourceName(name);
  const principal = context.node?.emailKnown ? context.node.email : null;
  const timeoutMs = options?.timeoutMs ?? DEFAULT_LIVE_TIMEOUT_MS;
  if (!options) {
    const notConfigured = (question: Question): LiveResult<never> =>
      toResult({ ok: false, reason: 'not-configured', status: null }, question, timeoutMs);
    return {
      repositoryPolicy: notConfigured('repositoryPolicy'),
      access: principal ? notConfigured('troubleshoot') : null,
      fullResourceName,
      gcrTransition: ar.containerRegistryHost
        ? { repository: notConfigured('gcrRepository'), settings: notConfigured('projectSettings') }
        : null,
    };
  }
  const { requester, artifactRegistryUrl } = options;
  const [policy, access, gcrRepository, settings] = await Promise.all([
    getRepositoryPolicy(requester, artifactRegistryUrl, name, timeoutMs),
    principal
      ? troubleshootAccess(
          options.requester,
          options.policyTroubleshooterUrl,
          { principal, fullResourceName, permission: PULL_PERMISSION },
          timeoutMs,
        )
      : Promise.resolve(null),
    // The gcr.io transition is asked only for the gcr.io family (check gcr-transition).
    ar.containerRegistryHost
      ? getGcrRepository(requester, artifactRegistryUrl, name, timeoutMs)
      : Promise.resolve(null),
    ar.containerRegistryHost
      ? getProjectSettings(requester, artifactRegistryUrl, ar.projectId, timeoutMs)
      : Promise.resolve(null),
  ]);
  return {
    repositoryPolicy: toResult(policy, 'repositoryPolicy', timeoutMs),
    access: access ? toResult(access, 'troubleshoot', timeoutMs) : null,
    fullResourceName,
    gcrTransition:
      gcrRepository && settings
        ? {
            repository: toResult(gcrRepository, 'gcrRepository', timeoutMs),
            settings: toResult(settings, 'projectSettings', timeoutMs),
          }
        : null,
  };
}
