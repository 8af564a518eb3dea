import { grantReaderCommand } from '../commands';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import { AUTOMATIC_GRANTS_CONSTRAINT, READER_ROLE } from '../roles';
import {
  missingNodeServiceAccountDraft,
  nodeAccountMissing,
  privateArtifactRegistryGate,
  repositoryNameOf,
  type PreconditionCheck,
} from './common';
import { liveAccessDraft } from './live-iam';

/**
 * `node-service-account`: who the nodes pull as, and whether that identity can pull in the
 * repository's own project. The default Compute Engine account usually can (automatic Editor
 * grant) — a `warn`, because newer organisations stop that grant; a custom account needs the
 * reader role even in the same project. Across projects the cross-project check decides.
 */
export const checkNodeServiceAccount: PreconditionCheck = (context, live): CheckDraft => {
  const id = 'node-service-account' as const;
  const gate = privateArtifactRegistryGate(id, context, live);
  if ('draft' in gate) return gate.draft;
  const { ar } = gate;
  const node = context.node;
  if (!node) return missingNodeServiceAccountDraft(id, context);
  const repository = repositoryNameOf(ar);
  const target = { repository: ar.repository, location: ar.location, projectId: ar.projectId };
  const clusterProject = context.cluster.projectId;
  const sameProject = clusterProject === undefined ? null : clusterProject === ar.projectId;
  const evidence = {
    source: 'request',
    serviceAccount: node.email,
    serviceAccountKind: node.kind,
    projectNumberKnown: node.emailKnown,
    sameProject,
  };
  if (sameProject === false) {
    return {
      id,
      status: 'not-applicable',
      message: { id: 'nodeServiceAccount.crossProject', params: { serviceAccount: node.email } },
      evidence,
      missing: [],
      remediation: null,
    };
  }
  if (live)
    return liveAccessDraft(id, context, live, ar, () => checkNodeServiceAccount(context, null));
  const grant = {
    summary: {
      id: 'iam.grant.summary' as const,
      params: { serviceAccount: node.email, role: READER_ROLE, repository },
    },
    commands: [grantReaderCommand(target, node.email)],
    docs: [DOCS.integrateGke, DOCS.arRoles],
  };
  if (sameProject === null) {
    return {
      id,
      status: 'unknown',
      message: { id: 'nodeServiceAccount.missingProject', params: { serviceAccount: node.email } },
      evidence,
      missing: [['cluster', 'projectId'], ...nodeAccountMissing(context)],
      remediation: grant,
    };
  }
  if (node.kind === 'default') {
    return {
      id,
      status: 'warn',
      message: {
        id: 'nodeServiceAccount.defaultSameProject',
        params: { serviceAccount: node.email, constraint: AUTOMATIC_GRANTS_CONSTRAINT },
      },
      evidence: {
        ...evidence,
        automaticEditorGrant: 'depends-on-organisation-policy',
        constraint: AUTOMATIC_GRANTS_CONSTRAINT,
      },
      missing: nodeAccountMissing(context),
      remediation: {
        ...grant,
        summary: {
          id: 'nodeServiceAccount.defaultSameProject.summary',
          params: { serviceAccount: node.email, role: READER_ROLE, repository },
        },
      },
    };
  }
  return {
    id,
    status: 'unknown',
    message: {
      id: 'nodeServiceAccount.custom',
      params: { serviceAccount: node.email, role: READER_ROLE },
    },
    evidence: { ...evidence, verifiableWith: 'live' },
    missing: [],
    remediation: grant,
  };
};
