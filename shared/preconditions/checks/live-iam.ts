import type { ArtifactRegistryImage } from '../../image-ref';
import { enableApiCommand, grantReaderCommand } from '../commands';
import type { EvaluationContext } from '../context';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import type { LiveFailure, LiveFindings } from '../live/ask';
import { LIVE_PERMISSIONS, PULL_PERMISSION, READER_ROLE } from '../roles';
import type { CheckId } from '../types';
import { repositoryNameOf } from './common';

/**
 * What Google's live answers mean for a check: the Policy Troubleshooter's verdict on the node
 * service account, and a live question that got no usable answer. The offline helpers shared by
 * every check are in common.ts.
 */

/** A live question that could not be asked: `unknown`, naming what the service needs. */
export function liveFailureDraft(
  id: CheckId,
  failure: LiveFailure,
  evidence: Record<string, unknown> = {},
): CheckDraft {
  const permissions = failure.neededPermissions.join(', ');
  const base = {
    id,
    status: 'unknown' as const,
    evidence: {
      ...evidence,
      source: 'live',
      error: failure.reason,
      api: failure.api,
      httpStatus: failure.status,
      neededPermissions: [...failure.neededPermissions],
      neededRole: failure.neededRole,
      ...(failure.errorCode ? { errorCode: failure.errorCode } : {}),
    },
    missing: [],
  };
  const docs = [DOCS.policyTroubleshooter];
  switch (failure.reason) {
    case 'permission-denied':
      return {
        ...base,
        message: {
          id: 'live.permissionDenied',
          params: { api: failure.api, permissions, role: failure.neededRole },
        },
        remediation: {
          summary: {
            id: 'live.permissionDenied.summary',
            params: { permissions, role: failure.neededRole },
          },
          commands: [],
          docs,
        },
      };
    case 'api-disabled':
      return {
        ...base,
        message: { id: 'live.apiDisabled', params: { api: failure.api } },
        remediation: {
          summary: { id: 'live.apiDisabled.summary', params: { api: failure.api } },
          commands: [enableApiCommand(failure.api)],
          docs,
        },
      };
    case 'not-configured':
      return {
        ...base,
        message: { id: 'live.notConfigured' },
        remediation: { summary: { id: 'live.notConfigured.summary' }, commands: [], docs },
      };
    case 'timeout':
      return {
        ...base,
        message: { id: 'live.timeout', params: { api: failure.api, timeoutMs: failure.timeoutMs } },
        remediation: { summary: { id: 'live.retry.summary' }, commands: [], docs: [] },
      };
    case 'unreachable':
      return {
        ...base,
        message: { id: 'live.unreachable', params: { api: failure.api } },
        remediation: { summary: { id: 'live.retry.summary' }, commands: [], docs: [] },
      };
    case 'unauthenticated':
      return {
        ...base,
        message: { id: 'live.unauthenticated', params: { api: failure.api } },
        remediation: { summary: { id: 'live.notConfigured.summary' }, commands: [], docs: [] },
      };
    case 'not-found':
    case 'unexpected':
      return {
        ...base,
        message: {
          id: 'live.unexpected',
          params: { api: failure.api, status: failure.status ?? 0 },
        },
        remediation: { summary: { id: 'live.retry.summary' }, commands: [], docs: [] },
      };
  }
}

/**
 * A live answer that could not be had, with what the offline check knows kept in it: the grant
 * command (and the fields it still needs) stays, after whatever the service itself needs.
 */
export function withOfflineRemedy(draft: CheckDraft, offline: CheckDraft): CheckDraft {
  const missing = [...draft.missing];
  for (const path of offline.missing) {
    if (!missing.some((known) => known.join('/') === path.join('/'))) missing.push(path);
  }
  const remedy = offline.remediation;
  const evidence = { ...draft.evidence, offlineStatus: offline.status };
  if (!remedy || remedy.commands.length === 0) return { ...draft, evidence, missing };
  const own = draft.remediation;
  return {
    ...draft,
    evidence,
    missing,
    remediation: {
      summary: own
        ? { id: 'live.unanswered.summary', params: { live: own.summary, offline: remedy.summary } }
        : remedy.summary,
      commands: [...(own?.commands ?? []), ...remedy.commands],
      docs: [...new Set([...(own?.docs ?? []), ...remedy.docs])],
    },
  };
}

/**
 * The Policy Troubleshooter's answer for the node service account, as a check draft. Used by
 * node-service-account (same project) and cross-project (other project) in live mode; `offline`
 * is the same check's answer without Google, kept whenever Google could not be asked.
 */
export function liveAccessDraft(
  id: CheckId,
  context: EvaluationContext,
  live: LiveFindings,
  ar: ArtifactRegistryImage,
  offline: () => CheckDraft,
): CheckDraft {
  const repository = repositoryNameOf(ar);
  const target = { repository: ar.repository, location: ar.location, projectId: ar.projectId };
  const node = context.node;
  // Without the node's identity nothing was asked: the offline answer is the whole answer.
  if (!node) return offline();
  if (!node.emailKnown) {
    return withOfflineRemedy(
      {
        id,
        status: 'unknown',
        message: { id: 'iam.live.projectNumberNeeded' },
        evidence: { source: 'live', serviceAccount: node.email, serviceAccountKind: node.kind },
        missing: [['cluster', 'projectNumber']],
        remediation: null,
      },
      offline(),
    );
  }
  const serviceAccount = node.email;
  const evidence = {
    serviceAccount,
    serviceAccountKind: node.kind,
    permission: PULL_PERMISSION,
    resource: live.fullResourceName,
  };
  const answer = live.access;
  if (!answer) return offline();
  if (!answer.ok)
    return withOfflineRemedy(liveFailureDraft(id, answer.failure, evidence), offline());
  const finding = answer.value;
  const liveEvidence = {
    ...evidence,
    source: 'live',
    accessState: finding.state,
    allowAccessState: finding.allowAccessState,
    denyAccessState: finding.denyAccessState,
    binding: finding.grantingBinding,
  };
  const grant = {
    summary: {
      id: 'iam.grant.summary' as const,
      params: { serviceAccount, role: READER_ROLE, repository },
    },
    commands: [grantReaderCommand(target, serviceAccount)],
    docs: [DOCS.integrateGke, DOCS.arRoles],
  };
  switch (finding.state) {
    case 'CAN_ACCESS': {
      const binding = finding.grantingBinding;
      return {
        id,
        status: 'pass',
        message: binding
          ? {
              id: 'iam.live.granted',
              params: {
                serviceAccount,
                repository,
                member: binding.member ?? serviceAccount,
                role: binding.role,
                resource: binding.resource ?? repository,
              },
            }
          : { id: 'iam.live.grantedNoBinding', params: { serviceAccount, repository } },
        evidence: liveEvidence,
        missing: [],
        remediation: null,
      };
    }
    case 'CANNOT_ACCESS':
      if (finding.denyAccessState === 'DENY_ACCESS_STATE_DENIED') {
        return {
          id,
          status: 'fail',
          message: {
            id: 'iam.live.deniedByPolicy',
            params: { serviceAccount, permission: PULL_PERMISSION, repository },
          },
          evidence: liveEvidence,
          missing: [],
          remediation: {
            summary: {
              id: 'iam.live.deniedByPolicy.summary',
              params: { serviceAccount, permission: PULL_PERMISSION },
            },
            commands: [],
            docs: [DOCS.policyTroubleshooter],
          },
        };
      }
      return {
        id,
        status: 'fail',
        message: {
          id: 'iam.live.denied',
          params: { serviceAccount, repository, permission: PULL_PERMISSION },
        },
        evidence: liveEvidence,
        missing: [],
        remediation: grant,
      };
    case 'UNKNOWN_CONDITIONAL':
      return {
        id,
        status: 'unknown',
        message: { id: 'iam.live.conditional', params: { serviceAccount, repository } },
        evidence: liveEvidence,
        missing: [],
        remediation: null,
      };
    case 'UNKNOWN_INFO': {
      const needs = LIVE_PERMISSIONS.troubleshoot;
      return {
        id,
        status: 'unknown',
        message: {
          id: 'iam.live.unknownInfo',
          params: {
            serviceAccount,
            repository,
            permissions: needs.permissions.join(', '),
            role: needs.role,
          },
        },
        evidence: {
          ...liveEvidence,
          neededPermissions: [...needs.permissions],
          neededRole: needs.role,
        },
        missing: [],
        remediation: {
          summary: {
            id: 'live.permissionDenied.summary',
            params: { permissions: needs.permissions.join(', '), role: needs.role },
          },
          commands: [],
          docs: [DOCS.policyTroubleshooter],
        },
      };
    }
  }
}
