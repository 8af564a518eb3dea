import { createNodePoolCommand, describeNodeConfigCommand } from '../commands';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import { pullScopeOf, STORAGE_READ_ONLY_SCOPE } from '../scopes';
import { privateArtifactRegistryGate, type PreconditionCheck } from './common';

/**
 * `access-scopes`: node tokens carry the VM's access scopes; pulls need read-only storage (or
 * wider) or cloud-platform. Scopes cannot change on existing nodes, so the fix is a new node pool.
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
      message: { id: 'accessScopes.missing' },
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
  return {
    id,
    status: 'fail',
    message: {
      id: 'accessScopes.fail',
      params: { scopes: scopes.length > 0 ? scopes.join(', ') : '—' },
    },
    evidence,
    missing: [],
    remediation: {
      summary: { id: 'accessScopes.fail.summary' },
      commands: [
        createNodePoolCommand(
          context.cluster,
          [...scopes, STORAGE_READ_ONLY_SCOPE],
          node?.kind === 'custom' ? node.email : null,
        ),
      ],
      docs: [DOCS.integrateGke],
    },
  };
};
