import type { z } from 'zod';
import { findNodeImageType } from '../gke';
import type { Message } from '../i18n';
import { AppError } from '../problems';

/**
 * What Autopilot fixes, so that a request cannot say otherwise:
 * - nodes always run Container-Optimized OS with containerd (`cos_containerd`): no Docker, no
 *   Ubuntu, no Windows Server nodes
 *   (https://cloud.google.com/kubernetes-engine/docs/concepts/node-images);
 * - every Autopilot cluster is regional
 *   (https://cloud.google.com/kubernetes-engine/docs/concepts/cluster-upgrades-autopilot).
 * Facts that contradict `autopilot: true` are refused (INVALID_REQUEST), naming both fields.
 */
export const AUTOPILOT_NODE_IMAGE_TYPE = 'COS_CONTAINERD';

/** A zone is a region and a one-letter suffix (`us-central1-a`). */
const ZONE = /^[a-z]+-[a-z]+[0-9]+-[a-z]$/;

/** The fields a contradiction can name, besides `autopilot` itself. */
type ContradictingField = 'nodeImageType' | 'location';

export interface AutopilotContradiction {
  field: ContradictingField;
  message: Message;
}

/** The facts the rules read; the manifests query form has the same names. */
export interface AutopilotFacts {
  autopilot?: boolean | undefined;
  nodeImageType?: string | undefined;
  location?: string | undefined;
}

/**
 * Each fact that cannot hold on Autopilot, with why. Values that fail their own rule (an unknown
 * node image type) are left to that rule, so a request is never refused twice for one value.
 */
export function autopilotContradictions(facts: AutopilotFacts): AutopilotContradiction[] {
  if (facts.autopilot !== true) return [];
  const found: AutopilotContradiction[] = [];
  const image =
    facts.nodeImageType === undefined ? undefined : findNodeImageType(facts.nodeImageType);
  if (image && image.id !== AUTOPILOT_NODE_IMAGE_TYPE) {
    const params = { nodeImageType: image.id, required: AUTOPILOT_NODE_IMAGE_TYPE };
    found.push({
      field: 'nodeImageType',
      message: {
        id:
          image.os === 'windows'
            ? 'cluster.autopilot.windows'
            : image.runtime === 'docker'
              ? 'cluster.autopilot.docker'
              : 'cluster.autopilot.nodeImage',
        params,
      },
    });
  }
  if (facts.location !== undefined && ZONE.test(facts.location)) {
    found.push({
      field: 'location',
      message: { id: 'cluster.autopilot.zonal', params: { location: facts.location } },
    });
  }
  return found;
}

/**
 * The rule as a zod refinement: one issue at each of the two fields a contradiction names, each
 * carrying the domain's AppError (INVALID_REQUEST, a catalogue message), so the request
 * validator answers with both pointers in `errors`, in the caller's language.
 */
export function refineAutopilotFacts(facts: AutopilotFacts, context: z.RefinementCtx): void {
  for (const { field, message } of autopilotContradictions(facts)) {
    for (const path of [['autopilot'], [field]]) {
      context.addIssue({
        code: 'custom',
        path,
        message: message.id,
        params: { appError: new AppError('INVALID_REQUEST', message, { path }) },
      });
    }
  }
}
