import type { CheckId } from '../preconditions/types';
import type { Cause } from './types';
import type { StepId } from './steps';

/**
 * Which steps each cause's plan runs, in order, as data. Cause-specific diagnostics come first
 * (read-only, from a workstation), then fixes (which change something), then the node flow that
 * proves the fix: connect, see the runtime, pull with the node's own credentials, read the logs.
 * `branch` steps are reached only through another step's `onFailure`.
 */
export interface PlanEntry {
  step: StepId;
  branch?: boolean;
  /** Overrides the step's own `onFailure` in this plan. */
  onFailure?: StepId;
}

export interface CausePlan {
  entries: readonly PlanEntry[];
  /** Precondition checks that bear on this cause; their failures come first among fix steps. */
  relevantChecks: readonly CheckId[];
}

const s = (step: StepId, extra: Omit<PlanEntry, 'step'> = {}): PlanEntry => ({ step, ...extra });

const NODE_FLOW: readonly PlanEntry[] = [
  s('find-node'),
  s('connect-node'),
  s('explain-runtime'),
  s('pull-on-node'),
  s('runtime-logs'),
];

export const CAUSE_PLANS: Readonly<Record<Cause, CausePlan>> = {
  'permission-denied': {
    entries: [
      s('tell-apart'),
      s('identify-node-sa'),
      s('check-repo-iam'),
      s('grant-reader'),
      ...NODE_FLOW,
      s('list-tags', { branch: true }),
      s('fix-reference', { branch: true }),
    ],
    relevantChecks: ['node-service-account', 'cross-project', 'public-repository', 'access-scopes'],
  },
  unauthenticated: {
    entries: [
      s('identify-node-sa'),
      s('check-repo-iam'),
      s('grant-reader'),
      s('find-node'),
      s('connect-node'),
      s('check-metadata-token'),
      s('explain-runtime'),
      s('pull-on-node'),
      s('runtime-logs'),
      s('configure-docker-auth', { branch: true }),
    ],
    relevantChecks: ['public-repository', 'node-service-account', 'access-scopes', 'gke-version'],
  },
  'access-scope': {
    entries: [
      s('identify-node-sa'),
      s('new-node-pool-scopes'),
      s('find-node'),
      s('connect-node'),
      s('check-metadata-token'),
      s('explain-runtime'),
      s('pull-on-node'),
      s('runtime-logs'),
    ],
    relevantChecks: ['access-scopes'],
  },
  'not-found': {
    entries: [s('tell-apart'), s('list-tags'), s('fix-reference'), ...NODE_FLOW],
    relevantChecks: ['image-reference', 'registry-location', 'cross-project'],
  },
  network: {
    entries: [
      s('check-subnet-pga'),
      s('check-dns-zones'),
      s('enable-pga'),
      s('find-node'),
      s('connect-node'),
      s('check-reachability'),
      s('explain-runtime'),
      s('pull-on-node'),
      s('runtime-logs'),
    ],
    relevantChecks: ['network-path'],
  },
  'vpc-service-controls': {
    entries: [s('find-vpcsc-violation'), s('list-perimeters'), s('add-ingress-rule'), ...NODE_FLOW],
    relevantChecks: ['network-path', 'cross-project'],
  },
  'platform-mismatch': {
    entries: [
      s('inspect-platforms'),
      s('rebuild-multiarch'),
      ...NODE_FLOW,
      s('pin-node-selector', { branch: true }),
    ],
    relevantChecks: ['runtime'],
  },
  'schema-unsupported': {
    entries: [s('check-runtime-version'), s('inspect-manifest'), s('convert-schema'), ...NODE_FLOW],
    relevantChecks: ['runtime', 'gke-version'],
  },
  'image-pull-secret': {
    entries: [
      s('check-pull-secret'),
      s('create-pull-secret'),
      s('attach-pull-secret'),
      ...NODE_FLOW,
    ],
    relevantChecks: ['gke-version', 'public-repository'],
  },
  'rate-limited': {
    entries: [s('count-rate-limited'), s('check-quota'), s('create-remote-repo'), ...NODE_FLOW],
    relevantChecks: [],
  },
  tls: {
    entries: [s('check-certificate'), s('trust-ca'), ...NODE_FLOW],
    relevantChecks: ['network-path'],
  },
  'registry-error': {
    entries: [s('check-registry-health'), s('retry-pull'), ...NODE_FLOW],
    relevantChecks: ['registry-location'],
  },
  'invalid-reference': {
    entries: [s('show-reference'), s('fix-reference'), ...NODE_FLOW],
    relevantChecks: ['image-reference'],
  },
  unknown: {
    entries: [s('gather-events'), ...NODE_FLOW],
    relevantChecks: [],
  },
};
