import {
  dockerNodeImagesFact,
  GKE_VERSION_TABLE,
  lastVersionWithDockerNodeImages,
  meetsMinimum,
  type NodeImageType,
} from '../../gke';
import { changeImageTypeCommand } from '../commands';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import type { FieldPath } from '../../problems';
import type { PreconditionCheck } from './common';
import { checkAutopilotRuntime } from './runtime-autopilot';

const CONTAINERD2_SUMMARY = { id: 'runtime.containerd2.summary' } as const;

/**
 * `runtime`: which container runtime pulls, and what the version table says about it —
 * containerd by default from 1.19 (debug with crictl), Docker node images until 1.23 (unsupported
 * from 1.24; every text says so through `dockerNodeImagesFact`),
 * containerd 2 (no Docker schema 1 images) from 1.33 on Linux and 1.35 on Windows Server, and
 * whether `nodeImageType` can exist at that version at all. Runtime unknowns are not decisive:
 * both runtimes pull Artifact Registry images the same way.
 */
export const checkRuntime: PreconditionCheck = (context): CheckDraft => {
  // Autopilot fixes the node image and takes no SSH: runtime-autopilot.ts.
  if (context.cluster.autopilot === true) return checkAutopilotRuntime(context);
  const id = 'runtime' as const;
  const facts = context.versionFacts;
  const version = facts.version;
  const image: NodeImageType | null = context.nodeImage;
  const runtime = image?.runtime ?? (facts.dockerNodeImagesSupported ? null : 'containerd');
  const containerd2 =
    runtime === 'containerd'
      ? image
        ? facts.containerd2[image.os]
        : facts.containerd2.linux
      : false;
  const evidence = {
    source: 'request',
    version,
    nodeImageType: image?.id ?? null,
    os: image?.os ?? null,
    runtime,
    containerdDefault: facts.containerdDefault,
    dockerNodeImagesSupported: facts.dockerNodeImagesSupported,
    containerd2: facts.containerd2,
    debugTool: runtime === null ? null : runtime === 'containerd' ? 'crictl' : 'docker',
  };
  const docs = [DOCS.usingContainerd];
  const containerd2Docs = [DOCS.migrateContainerd2];
  const base = { id, evidence, missing: [] as FieldPath[] };

  if (!image) {
    if (runtime === null) {
      return {
        ...base,
        status: 'unknown',
        message: { id: 'runtime.missing', params: { version } },
        missing: [['cluster', 'nodeImageType']],
        remediation: null,
      };
    }
    if (containerd2) {
      const all = facts.containerd2.windows;
      return {
        ...base,
        status: 'warn',
        message: all
          ? { id: 'runtime.containerd2.allPools', params: { version } }
          : {
              id: 'runtime.containerd2.linuxPools',
              params: { version, windowsFrom: GKE_VERSION_TABLE.containerd2From.windows },
            },
        remediation: { summary: CONTAINERD2_SUMMARY, commands: [], docs: containerd2Docs },
      };
    }
    return {
      ...base,
      status: 'pass',
      message: { id: 'runtime.containerdByVersion', params: { version } },
      remediation: null,
    };
  }

  const nodeImageType = image.id;
  if (image.runtime === 'docker') {
    const replacement = image.containerdReplacement ?? 'COS_CONTAINERD';
    const migrate = {
      commands: [changeImageTypeCommand(context.cluster, replacement)],
      docs: [DOCS.migrateContainerd, DOCS.dockerContainerdDeprecation],
    };
    if (!facts.dockerNodeImagesSupported) {
      return {
        ...base,
        status: 'fail',
        message: {
          id: 'runtime.dockerUnsupported',
          params: { nodeImageType, version, dockerNodeImages: dockerNodeImagesFact() },
        },
        remediation: {
          summary: { id: 'runtime.dockerUnsupported.summary', params: { replacement } },
          ...migrate,
        },
      };
    }
    return {
      ...base,
      status: 'warn',
      message: {
        id: 'runtime.dockerDeprecated',
        params: { nodeImageType, replacement, dockerNodeImages: dockerNodeImagesFact() },
      },
      remediation: {
        summary: {
          id: 'runtime.dockerDeprecated.summary',
          params: { replacement, lastVersion: lastVersionWithDockerNodeImages() },
        },
        ...migrate,
      },
    };
  }

  if (image.os === 'windows') {
    const minimum = GKE_VERSION_TABLE.windowsContainerdImagesFrom;
    const supported = meetsMinimum(context.version, minimum);
    if (supported !== true) {
      return {
        ...base,
        status: supported === false ? 'fail' : 'unknown',
        message: {
          id:
            supported === false
              ? 'runtime.windowsContainerdTooOld'
              : 'runtime.windowsContainerdUndecided',
          params: { nodeImageType, minimum, version },
        },
        evidence: { ...evidence, versionComplete: context.version.complete },
        remediation: {
          summary: { id: 'runtime.upgrade.summary', params: { minimum } },
          commands: [],
          docs,
        },
      };
    }
  }
  if (containerd2) {
    return {
      ...base,
      status: 'warn',
      message: { id: 'runtime.containerd2', params: { nodeImageType, version } },
      remediation: { summary: CONTAINERD2_SUMMARY, commands: [], docs: containerd2Docs },
    };
  }
  return {
    ...base,
    status: 'pass',
    message: { id: 'runtime.containerd', params: { nodeImageType } },
    remediation: null,
  };
};
