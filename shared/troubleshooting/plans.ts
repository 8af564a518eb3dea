import type { CheckId } from '../preconditions/types';
import type { RegistryGroup, RegistryKind } from '../registry-hosts';
import type { Cause } from './types';
import type { StepId } from './steps';

/**
 * Which steps each cause's plan runs, in order, as data. Cause-specific diagnostics come first
 * (read-only, from a workstation), then fixes (which change something), then the node flow that
 * proves the fix: connect, see the runtime, pull as the kubelet would, read the logs.
 * `branch` steps are reached only through another step's `onFailure`.
 *
 * A cause may have variants by registry: the plan for the registry's family if there is one,
 * else for its group (`foreign`: any registry that is not Google's), else `default`. A
 * registry that is not Google's never gets Google IAM, gcloud auth or node-token steps.
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
  /**
   * How to pull when the request does not say whether the repository is public. By default a
   * Google registry gets the node's token (the kubelet always sends it there) and any other
   * registry an anonymous pull (the kubelet without a pull secret); plans about another
   * registry's credentials pull with them.
   */
  defaultAccess?: 'public' | 'private';
}

export type CausePlans = { default: CausePlan } & Partial<
  Record<RegistryKind | RegistryGroup, CausePlan>
>;

const s = (step: StepId, extra: Omit<PlanEntry, 'step'> = {}): PlanEntry => ({ step, ...extra });

const NODE_FLOW: readonly PlanEntry[] = [
  s('find-node'),
  s('connect-node'),
  s('explain-runtime'),
  s('pull-on-node'),
  s('runtime-logs'),
];

/** Another registry's credentials in an imagePullSecret, then the node flow. */
const REGISTRY_CREDENTIALS: readonly PlanEntry[] = [
  s('check-pull-secret'),
  s('registry-access'),
  s('create-pull-secret'),
  s('attach-pull-secret'),
  ...NODE_FLOW,
];

export const CAUSE_PLANS: Readonly<Record<Cause, CausePlans>> = {
  'permission-denied': {
    default: {
      entries: [
        s('tell-apart'),
        s('identify-node-sa'),
        s('check-repo-iam'),
        s('grant-reader'),
        ...NODE_FLOW,
        s('list-tags', { branch: true }),
        s('fix-reference', { branch: true }),
      ],
      relevantChecks: [
        'node-service-account',
        'cross-project',
        'public-repository',
        'access-scopes',
      ],
    },
    foreign: { entries: REGISTRY_CREDENTIALS, relevantChecks: [], defaultAccess: 'private' },
  },
  unauthenticated: {
    default: {
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
    foreign: {
      entries: [...REGISTRY_CREDENTIALS, s('configure-docker-auth', { branch: true })],
      relevantChecks: [],
      defaultAccess: 'private',
    },
  },
  'access-scope': {
    default: {
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
  },
  'not-found': {
    default: {
      entries: [s('tell-apart'), s('list-tags'), s('fix-reference'), ...NODE_FLOW],
      relevantChecks: ['image-reference', 'registry-location', 'cross-project'],
    },
    foreign: {
      entries: [s('list-tags'), s('fix-reference'), ...NODE_FLOW],
      relevantChecks: ['image-reference'],
    },
  },
  network: {
    default: {
      entries: [
        s('check-subnet-pga'),
        s('check-dns-zones', { onFailure: 'restricted-dns-zones' }),
        s('enable-pga'),
        s('find-node'),
        s('connect-node'),
        s('check-reachability'),
        s('explain-runtime'),
        s('pull-on-node'),
        s('runtime-logs'),
        s('restricted-dns-zones', { branch: true }),
      ],
      relevantChecks: ['network-path'],
    },
    foreign: {
      entries: [
        s('check-nat'),
        s('find-node'),
        s('connect-node'),
        s('check-reachability'),
        s('explain-runtime'),
        s('pull-on-node'),
        s('runtime-logs'),
      ],
      relevantChecks: ['network-path'],
    },
    'docker-hub': {
      entries: [
        s('check-nat'),
        s('find-node'),
        s('connect-node'),
        s('check-reachability'),
        s('docker-hub-from-node'),
        s('explain-runtime'),
        s('pull-on-node'),
        s('runtime-logs'),
      ],
      relevantChecks: ['network-path'],
    },
  },
  'slow-pull': {
    default: {
      entries: [
        s('pull-durations'),
        s('image-size'),
        s('enable-image-streaming'),
        s('parallel-pulls'),
        ...NODE_FLOW,
      ],
      relevantChecks: ['registry-location'],
    },
  },
  'vpc-service-controls': {
    default: {
      entries: [
        s('find-vpcsc-violation'),
        s('list-perimeters'),
        s('add-ingress-rule'),
        s('restricted-dns-zones'),
        ...NODE_FLOW,
      ],
      relevantChecks: ['network-path', 'cross-project'],
    },
  },
  'platform-mismatch': {
    default: {
      entries: [
        s('inspect-platforms'),
        s('rebuild-multiarch'),
        ...NODE_FLOW,
        s('pin-node-selector', { branch: true }),
      ],
      relevantChecks: ['runtime'],
    },
  },
  'schema-unsupported': {
    default: {
      entries: [
        s('check-runtime-version'),
        s('inspect-manifest'),
        s('convert-schema'),
        ...NODE_FLOW,
      ],
      relevantChecks: ['runtime', 'gke-version'],
    },
  },
  'image-pull-secret': {
    default: {
      entries: [
        s('check-pull-secret'),
        s('create-pull-secret'),
        s('attach-pull-secret'),
        ...NODE_FLOW,
      ],
      relevantChecks: ['gke-version', 'public-repository'],
      defaultAccess: 'private',
    },
  },
  'rate-limited': {
    default: {
      entries: [s('count-rate-limited'), s('check-quota'), ...NODE_FLOW],
      relevantChecks: [],
    },
    'docker-hub': {
      entries: [
        s('count-rate-limited'),
        s('docker-hub-limits'),
        s('create-remote-repo'),
        s('create-virtual-repo'),
        s('create-pull-secret'),
        s('attach-pull-secret'),
        s('find-node'),
        s('connect-node'),
        s('docker-hub-from-node'),
        s('explain-runtime'),
        s('pull-on-node'),
        s('runtime-logs'),
      ],
      relevantChecks: [],
    },
    foreign: {
      entries: [
        s('count-rate-limited'),
        s('registry-limits'),
        s('create-pull-secret'),
        s('attach-pull-secret'),
        ...NODE_FLOW,
      ],
      relevantChecks: [],
    },
  },
  tls: {
    default: {
      entries: [s('check-certificate'), s('store-ca-secret'), s('trust-ca'), ...NODE_FLOW],
      relevantChecks: ['network-path'],
    },
  },
  'registry-error': {
    default: {
      entries: [s('check-registry-health'), s('retry-pull'), ...NODE_FLOW],
      relevantChecks: ['registry-location'],
    },
  },
  'invalid-reference': {
    default: {
      entries: [s('show-reference'), s('fix-reference'), ...NODE_FLOW],
      relevantChecks: ['image-reference'],
    },
  },
  unknown: {
    default: {
      entries: [s('gather-events'), ...NODE_FLOW],
      relevantChecks: [],
    },
  },
};

/** The plan of a cause for a registry: its family's, else its group's, else the default. */
export function causePlanFor(cause: Cause, kind: RegistryKind, group: RegistryGroup): CausePlan {
  const plans = CAUSE_PLANS[cause];
  return plans[kind] ?? plans[group] ?? plans.default;
}
