/**
 * What Google's live answers mean for a check: the Policy Troubleshooter's verdict on the node
 * service account, and a live question that got no usable answer. The offline helpers shared by
 * every check are in common.ts.
 */

import { projectOfConsumer } from '../../google-api';
import type { ArtifactRegistryImage } from '../../image-ref';
import { GOOGLE_CLOUD_PLATFORM_SCOPE } from '../../service-identity';
import { enableApiCommand, grantReaderCommand } from '../commands';
import type { EvaluationContext } from '../context';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import type { LiveFailure, LiveFindings } from '../live/ask';
import {
  DENY_POLICY_PERMISSIONS,
  DENY_REVIEWER_ROLE,
  LIVE_PERMISSIONS,
  PULL_PERMISSION,
  READER_ROLE,
} from '../roles';
import type { CheckId } from '../types';
import { repositoryNameOf } from './common';

/** What a live failure is about, for the messages that name it. */
export interface LiveFailureSubject {
  /** The resource Google was asked about: `projects/P/locations/L/repositories/R`. */
  resource: string;
  /** A command that tells whether the resource exists, when Google would not say. */
  existenceCommand?: string;
}

/**
 * A live question that could not be asked: `unknown`, naming what the service needs. Google's
 * refusals are told apart by their ErrorInfo reason: a missing permission (with every role it
 * takes, deny policies included), an API switched off in a named project, a token without the
 * cloud-platform scope, or a refusal that may also mean the resource does not exist.
 */
export function liveFailureDraft(
  id: CheckId,
  failure: LiveFailure,
  evidence: Record<string, unknown> = {},
  subject?: LiveFailureSubject,
): CheckDraft {
  const permissions = failure.neededPermissions.join(', ');
  const roles = failure.neededRoles.join(', ');
  const refusal = failure.refusal;
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
      neededRoles: [...failure.neededRoles],
      ...(failure.errorCode ? { errorCode: failure.errorCode } : {}),
      ...(refusal?.kind === 'permission-denied'
        ? { deniedPermission: refusal.permission, mayNotExist: refusal.mayNotExist }
        : {}),
    },
    missing: [],
  };
  const docs = [DOCS.policyTroubleshooter];
  switch (failure.reason) {
    case 'permission-denied': {
      if (refusal?.kind === 'permission-denied' && refusal.mayNotExist && subject) {
        return {
          ...base,
          message: {
            id: 'live.permissionDeniedOrMissing',
            params: { api: failure.api, permissions, roles, resource: subject.resource },
          },
          remediation: {
            summary: {
              id: 'live.permissionDeniedOrMissing.summary',
              params: { permissions, roles, resource: subject.resource },
            },
            commands: subject.existenceCommand ? [subject.existenceCommand] : [],
            docs,
          },
        };
      }
      const deny = failure.neededPermissions.some((permission) =>
        (DENY_POLICY_PERMISSIONS as readonly string[]).includes(permission),
      );
      const params = { api: failure.api, permissions, roles };
      return {
        ...base,
        message: { id: deny ? 'live.permissionDenied.withDeny' : 'live.permissionDenied', params },
        remediation: {
          summary: {
            id: deny ? 'live.permissionDenied.withDeny.summary' : 'live.permissionDenied.summary',
            params: { permissions, roles },
          },
          commands: [],
          docs: deny ? [...docs, DOCS.denyPolicies] : docs,
        },
      };
    }
    case 'api-disabled': {
      const service = (refusal?.kind === 'api-disabled' ? refusal.service : null) ?? failure.api;
      const project = refusal?.kind === 'api-disabled' ? projectOfConsumer(refusal.consumer) : null;
      return {
        ...base,
        evidence: { ...base.evidence, service, project },
        message: { id: 'live.apiDisabled', params: { api: service } },
        remediation: {
          summary: { id: 'live.apiDisabled.summary', params: { api: service } },
          commands: [enableApiCommand(service, project)],
          docs,
        },
      };
    }
    case 'scope-insufficient':
      return {
        ...base,
        message: {
          id: 'live.scopeInsufficient',
          params: { api: failure.api, scope: GOOGLE_CLOUD_PLATFORM_SCOPE },
        },
        remediation: {
          summary: {
            id: 'live.scopeInsufficient.summary',
            params: { scope: GOOGLE_CLOUD_PLATFORM_SCOPE },
          },
          commands: [],
          docs: [DOCS.accessScopes],
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
      // Google could read the allow side but not every deny policy: only the deny reader is missing.
      const denyOnly =
        finding.denyAccessState === 'DENY_ACCESS_STATE_UNKNOWN_INFO' &&
        finding.allowAccessState !== 'ALLOW_ACCESS_STATE_UNKNOWN_INFO';
      const needs = LIVE_PERMISSIONS.troubleshoot;
      const permissions = denyOnly ? [...DENY_POLICY_PERMISSIONS] : [...needs.permissions];
      const roles = denyOnly ? [DENY_REVIEWER_ROLE] : [...needs.roles];
      const params = { permissions: permissions.join(', '), roles: roles.join(', ') };
      return withOfflineRemedy(
        {
          id,
          status: 'unknown',
          message: {
            id: denyOnly ? 'iam.live.unknownDenyInfo' : 'iam.live.unknownInfo',
            params: { serviceAccount, repository, ...params },
          },
          evidence: {
            ...liveEvidence,
            neededPermissions: permissions,
            neededRole: denyOnly ? DENY_REVIEWER_ROLE : needs.role,
            neededRoles: roles,
          },
          missing: [],
          remediation: {
            summary: { id: 'live.permissionDenied.withDeny.summary', params },
            commands: [],
            docs: [DOCS.policyTroubleshooter, DOCS.denyPolicies],
          },
        },
        offline(),
      );
    }
    case 'OVERALL_ACCESS_STATE_UNSPECIFIED':
      return withOfflineRemedy(
        {
          id,
          status: 'unknown',
          message: { id: 'iam.live.unspecified', params: { serviceAccount, repository } },
          evidence: liveEvidence,
          missing: [],
          remediation: null,
        },
        offline(),
      );
  }
}
