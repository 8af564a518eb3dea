import { firstVersionWithDefaultPullPermission } from '../../gke';
import { describeVersionCommand, pullSecretCommands, upgradeCommands } from '../commands';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import { privateArtifactRegistryGate, type PreconditionCheck } from './common';

/**
 * `gke-version`: nodes have the default Artifact Registry pull permission from 1.14.10-gke.22 on
 * 1.14, 1.15.9-gke.8 on 1.15 and any 1.16+. Older → imagePullSecrets or an upgrade.
 */
export const checkGkeVersion: PreconditionCheck = (context, live): CheckDraft => {
  const id = 'gke-version' as const;
  const gate = privateArtifactRegistryGate(id, context, live);
  if ('draft' in gate)
    return {
      ...gate.draft,
      evidence: { ...gate.draft.evidence, version: context.version.version },
    };
  const { ar } = gate;
  const facts = context.versionFacts;
  const version = facts.version;
  const evidence = {
    source: 'request',
    version,
    versionComplete: context.version.complete,
    defaultPullPermission: facts.defaultPullPermission,
    minimumPatch: facts.minimumPatch,
  };
  if (facts.defaultPullPermission === true) {
    return {
      id,
      status: 'pass',
      message: { id: 'gkeVersion.pass', params: { version } },
      evidence,
      missing: [],
      remediation: null,
    };
  }
  if (facts.defaultPullPermission === false) {
    const target = firstVersionWithDefaultPullPermission(context.version);
    return {
      id,
      status: 'fail',
      message: { id: 'gkeVersion.fail', params: { version, target } },
      evidence: { ...evidence, upgradeTarget: target, imagePullSecretsNeeded: true },
      missing: [],
      remediation: {
        summary: { id: 'gkeVersion.fail.summary', params: { host: ar.host, target } },
        commands: [...pullSecretCommands(ar.host), ...upgradeCommands(context.cluster, target)],
        docs: [DOCS.integrateGke, DOCS.pullSecrets],
      },
    };
  }
  return {
    id,
    status: 'unknown',
    message: {
      id: 'gkeVersion.incomplete',
      params: { version, minimumPatch: facts.minimumPatch ?? '' },
    },
    evidence,
    // The version was given; it is incomplete, not missing (the message and evidence say so).
    missing: [],
    remediation: {
      summary: { id: 'gkeVersion.incomplete.summary' },
      commands: [describeVersionCommand(context.cluster)],
      docs: [DOCS.integrateGke],
    },
  };
};
