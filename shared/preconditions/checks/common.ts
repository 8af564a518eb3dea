import type { ArtifactRegistryImage } from '../../image-ref';
import {
  describeNodeConfigCommand,
  enableApiCommand,
  grantReaderCommand,
  PLACEHOLDERS,
} from '../commands';
import type { EvaluationContext } from '../context';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import type { LiveFailure, LiveFindings } from '../live/ask';
import { LIVE_PERMISSIONS, PULL_PERMISSION, READER_ROLE } from '../roles';
import type { CheckId } from '../types';

/** A check: a pure function from the evaluation facts (and live answers, if asked) to a draft. */
export type PreconditionCheck = (
  context: EvaluationContext,
  live: LiveFindings | null,
) => CheckDraft;

export function repositoryNameOf(ar: ArtifactRegistryImage): string {
  return `projects/${ar.projectId}/locations/${ar.location}/repositories/${ar.repository}`;
}

export function invalidImageDraft(id: CheckId): CheckDraft {
  return {
    id,
    status: 'unknown',
    message: { id: 'common.invalidImage' },
    evidence: { source: 'request', imageValid: false },
    missing: [],
    remediation: null,
  };
}

export function notArtifactRegistryDraft(id: CheckId, registry: string): CheckDraft {
  return {
    id,
    status: 'not-applicable',
    message: { id: 'common.notArtifactRegistry', params: { registry } },
    evidence: { source: 'request', registry, artifactRegistry: false },
    missing: [],
    remediation: null,
  };
}

/** Whether the repository is public, from Google when it was asked and answered, else from the request. */
export function effectivePublic(
  context: EvaluationContext,
  live: LiveFindings | null,
): { public: boolean | undefined; source: 'live' | 'request' } {
  const answer = live?.repositoryPolicy;
  if (answer?.ok) return { public: answer.value.public ?? undefined, source: 'live' };
  return { public: context.repositoryPublic, source: 'request' };
}

/**
 * The preamble shared by the checks that only concern private Artifact Registry pulls: they are
 * unknown for an invalid image, not applicable off Artifact Registry or for a public repository.
 */
export function privateArtifactRegistryGate(
  id: CheckId,
  context: EvaluationContext,
  live: LiveFindings | null,
): { draft: CheckDraft } | { ar: ArtifactRegistryImage } {
  if (context.imageError || !context.image) return { draft: invalidImageDraft(id) };
  const ar = context.ar;
  if (!ar) return { draft: notArtifactRegistryDraft(id, context.image.registry) };
  const visibility = effectivePublic(context, live);
  if (visibility.public === true) {
    const repository = repositoryNameOf(ar);
    return {
      draft: {
        id,
        status: 'not-applicable',
        message: { id: 'common.publicRepository', params: { repository } },
        evidence: { source: visibility.source, repository, public: true },
        missing: [],
        remediation: null,
      },
    };
  }
  return { ar };
}

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
 * The Policy Troubleshooter's answer for the node service account, as a check draft. Used by
 * node-service-account (same project) and cross-project (other project) in live mode.
 */
export function liveAccessDraft(
  id: CheckId,
  context: EvaluationContext,
  live: LiveFindings,
  ar: ArtifactRegistryImage,
): CheckDraft {
  const repository = repositoryNameOf(ar);
  const target = { repository: ar.repository, location: ar.location, projectId: ar.projectId };
  const node = context.node;
  if (!node) return missingNodeServiceAccountDraft(id, context);
  if (!node.emailKnown) {
    return {
      id,
      status: 'unknown',
      message: { id: 'iam.live.projectNumberNeeded' },
      evidence: { source: 'live', serviceAccount: node.email, serviceAccountKind: node.kind },
      missing: [['cluster', 'projectNumber']],
      remediation: null,
    };
  }
  const serviceAccount = node.email;
  const evidence = {
    serviceAccount,
    serviceAccountKind: node.kind,
    permission: PULL_PERMISSION,
    resource: live.fullResourceName,
  };
  const answer = live.access;
  if (!answer) return missingNodeServiceAccountDraft(id, context);
  if (!answer.ok) return liveFailureDraft(id, answer.failure, evidence);
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

export function missingNodeServiceAccountDraft(
  id: CheckId,
  context: EvaluationContext,
): CheckDraft {
  return {
    id,
    status: 'unknown',
    message: { id: 'nodeServiceAccount.missing' },
    evidence: { source: 'request' },
    missing: [['cluster', 'nodeServiceAccount']],
    remediation: {
      summary: { id: 'iam.lookUp.summary' },
      commands: [describeNodeConfigCommand(context.cluster, 'config.serviceAccount')],
      docs: [DOCS.integrateGke],
    },
  };
}

export const NODE_SERVICE_ACCOUNT_PLACEHOLDER = PLACEHOLDERS.nodeServiceAccount;
