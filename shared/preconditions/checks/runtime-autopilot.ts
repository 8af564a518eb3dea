import { AUTOPILOT_NODE_IMAGE_TYPE } from '../../cluster';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import type { EvaluationContext } from '../context';

/**
 * `runtime` on Autopilot: the nodes always run Container-Optimized OS with containerd on Linux
 * (https://cloud.google.com/kubernetes-engine/docs/concepts/node-images), whatever the version,
 * and take no SSH (https://cloud.google.com/kubernetes-engine/docs/concepts/autopilot-overview),
 * so a pull is debugged from the Pod's events, never with crictl on the node. From the version
 * where Linux nodes run containerd 2, Docker schema 1 images no longer pull.
 */
export function checkAutopilotRuntime(context: EvaluationContext): CheckDraft {
  const facts = context.versionFacts;
  const version = facts.version;
  const containerd2 = facts.containerd2.linux;
  return {
    id: 'runtime',
    status: containerd2 ? 'warn' : 'pass',
    message: containerd2
      ? { id: 'runtime.autopilot.containerd2', params: { version } }
      : { id: 'runtime.autopilot', params: { nodeImageType: AUTOPILOT_NODE_IMAGE_TYPE } },
    evidence: {
      source: 'request',
      version,
      autopilot: true,
      nodeImageType: AUTOPILOT_NODE_IMAGE_TYPE,
      os: 'linux',
      runtime: 'containerd',
      containerdDefault: facts.containerdDefault,
      dockerNodeImagesSupported: false,
      containerd2: facts.containerd2,
      debugTool: 'kubectl',
    },
    missing: [],
    remediation: containerd2
      ? {
          summary: { id: 'runtime.containerd2.summary' },
          commands: [],
          docs: [DOCS.migrateContainerd2, DOCS.autopilotOverview],
        }
      : null,
  };
}
