import { grantReaderCommand, PLACEHOLDERS } from '../commands';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import { READER_ROLE } from '../roles';
import {
  nodeAccountMissing,
  privateArtifactRegistryGate,
  repositoryNameOf,
  type PreconditionCheck,
} from './common';
import { liveAccessDraft } from './live-iam';

/**
 * `cross-project`: a repository in another project than the cluster needs an explicit
 * `roles/artifactregistry.reader` grant to the node service account on the repository. Offline
 * the grant cannot be seen, so the check is `unknown` with the exact command; live mode asks.
 */
export const checkCrossProject: PreconditionCheck = (context, live): CheckDraft => {
  const id = 'cross-project' as const;
  const gate = privateArtifactRegistryGate(id, context, live);
  if ('draft' in gate) return gate.draft;
  const { ar } = gate;
  const clusterProject = context.cluster.projectId;
  const repository = repositoryNameOf(ar);
  const evidence = {
    source: 'request',
    repositoryProject: ar.projectId,
    clusterProject: clusterProject ?? null,
    sameProject: clusterProject === undefined ? null : clusterProject === ar.projectId,
  };
  if (clusterProject === ar.projectId) {
    return {
      id,
      status: 'pass',
      message: { id: 'crossProject.same', params: { projectId: clusterProject } },
      evidence,
      missing: [],
      remediation: null,
    };
  }
  // Google answers whether the account may pull, whatever the projects are.
  if (live) return liveAccessDraft(id, context, live, ar, () => checkCrossProject(context, null));
  if (clusterProject === undefined) {
    return {
      id,
      status: 'unknown',
      message: { id: 'crossProject.missingProject', params: { repositoryProject: ar.projectId } },
      evidence,
      missing: [['cluster', 'projectId']],
      remediation: null,
    };
  }
  const serviceAccount = context.node?.email ?? PLACEHOLDERS.nodeServiceAccount;
  return {
    id,
    status: 'unknown',
    message: {
      id: 'crossProject.needsGrant',
      params: {
        repositoryProject: ar.projectId,
        clusterProject,
        serviceAccount,
        role: READER_ROLE,
      },
    },
    evidence: { ...evidence, serviceAccount, verifiableWith: 'live' },
    missing: context.node ? nodeAccountMissing(context) : [['cluster', 'nodeServiceAccount']],
    remediation: {
      summary: {
        id: 'iam.grant.summary',
        params: { serviceAccount, role: READER_ROLE, repository },
      },
      commands: [
        grantReaderCommand(
          { repository: ar.repository, location: ar.location, projectId: ar.projectId },
          serviceAccount,
        ),
      ],
      docs: [DOCS.integrateGke, DOCS.arRoles],
    },
  };
};
