import {
  createAutopilotClusterCommand,
  createNodePoolCommand,
  describeNodeConfigCommand,
  pullSecretCommands,
} from '../commands';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import { pullScopeOf, STORAGE_READ_ONLY_SCOPE } from '../scopes';
import { privateArtifactRegistryGate, type PreconditionCheck } from './common';

/**
 * `access-scopes`: node tokens carry the VM's access scopes; pulls need read-only storage (or
 * wider) or cloud-platform. Scopes cannot change on existing nodes, so the fix is a new node pool;
 * on Autopilot, which has no node pools of yours, the scopes are the cluster's, set when it is
 * created (https://cloud.google.com/kubernetes-engine/docs/how-to/access-scopes): a new cluster,
 * or an imagePullSecret that pulls with its own credentials.
 */
export const checkAccessScopes: PreconditionCheck = (context, live): CheckDraft => {
  const id = 'access-scopes' as const;
  const gate = privateArtifactRegistryGate(id, context, live);
  if ('draft' in gate) return gate.draft;
  const scopes = context.cluster.nodeOauthScopes;
  if (scopes === undefined) {
    return {
      id,
      status: 'unknown',
      message: {
        id:
          context.cluster.autopilot === true
            ? 'accessScopes.missingAutopilot'
            : 'accessScopes.missing',
      },
      evidence: { source: 'request' },
      missing: [['cluster', 'nodeOauthScopes']],
      remediation: {
        summary: { id: 'iam.lookUp.summary' },
        commands: [describeNodeConfigCommand(context.cluster, 'config.oauthScopes')],
        docs: [DOCS.integrateGke],
      },
    };
  }
  const granting = scopes.map(pullScopeOf).find((scope): scope is string => scope !== null);
  const evidence = { source: 'request', scopes, grantingScope: granting ?? null };
  if (granting) {
    return {
      id,
      status: 'pass',
      message: { id: 'accessScopes.pass', params: { scope: granting } },
      evidence,
      missing: [],
      remediation: null,
    };
  }
  const node = context.node;
  const account = node?.kind === 'custom' ? node.email : null;
  const wanted = [...scopes, STORAGE_READ_ONLY_SCOPE];
  const remediation =
    context.cluster.autopilot === true
      ? {
          summary: { id: 'accessScopes.fail.summaryAutopilot' as const },
          commands: [
            createAutopilotClusterCommand(context.cluster, wanted, account),
            ...pullSecretCommands(gate.ar.host),
          ],
          docs: [DOCS.accessScopes, DOCS.integrateGke, DOCS.pullSecrets],
        }
      : {
          summary: { id: 'accessScopes.fail.summary' as const },
          commands: [createNodePoolCommand(context.cluster, wanted, account)],
          docs: [DOCS.integrateGke],
        };
  return {
    id,
    status: 'fail',
    message: {
      id: 'accessScopes.fail',
      params: { scopes: scopes.length > 0 ? scopes.join(', ') : '—' },
    },
    evidence,
    missing: [],
    remediation,
  };
};
