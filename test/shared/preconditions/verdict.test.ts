import { describe, expect, it } from 'vitest';
import {
  decideVerdict,
  DECISIVE_CHECKS,
  needsImagePullSecrets,
  type CheckId,
  type CheckStatus,
} from '../../../shared/preconditions';
import { evaluate } from './fixtures';

const ALL: CheckId[] = [
  'image-reference',
  'gke-version',
  'public-repository',
  'node-service-account',
  'cross-project',
  'access-scopes',
  'network-path',
  'runtime',
  'registry-location',
  'gcr-transition',
];

function answer(overrides: Partial<Record<CheckId, CheckStatus>>) {
  return ALL.map((id) => ({ id, status: overrides[id] ?? 'pass' }));
}

describe('decideVerdict', () => {
  it.each([
    { name: 'all passing is ready', checks: {}, verdict: 'ready' },
    {
      name: 'warnings and not-applicable are still ready',
      checks: {
        'image-reference': 'warn',
        'node-service-account': 'warn',
        'cross-project': 'not-applicable',
      },
      verdict: 'ready',
    },
    {
      name: 'a failure anywhere is action-required',
      checks: { runtime: 'fail' },
      verdict: 'action-required',
    },
    {
      name: 'a failure beats a decisive unknown',
      checks: { 'access-scopes': 'fail', 'gke-version': 'unknown' },
      verdict: 'action-required',
    },
    ...DECISIVE_CHECKS.map((id) => ({
      name: `an unknown ${id} is unknown`,
      checks: { [id]: 'unknown' },
      verdict: 'unknown',
    })),
    {
      name: 'an unknown public-repository is not decisive',
      checks: { 'public-repository': 'unknown' },
      verdict: 'ready',
    },
    {
      name: 'an unknown runtime is not decisive',
      checks: { runtime: 'unknown' },
      verdict: 'ready',
    },
    {
      name: 'an unknown registry-location is not decisive',
      checks: { 'registry-location': 'unknown' },
      verdict: 'ready',
    },
    {
      name: 'an unknown gcr-transition is not decisive',
      checks: { 'gcr-transition': 'unknown' },
      verdict: 'ready',
    },
    {
      name: 'a gcr-transition warning (redirection off) is not decisive',
      checks: { 'gcr-transition': 'warn' },
      verdict: 'ready',
    },
    {
      name: 'a missing gcr.io repository fails the verdict',
      checks: { 'gcr-transition': 'fail' },
      verdict: 'action-required',
    },
  ] as { name: string; checks: Partial<Record<CheckId, CheckStatus>>; verdict: string }[])(
    '$name',
    ({ checks, verdict }) => {
      expect(decideVerdict(answer(checks))).toBe(verdict);
    },
  );
});

describe('needsImagePullSecrets', () => {
  it.each([
    {
      name: 'a cluster below the default permission needs them',
      version: '1.14.10-gke.21',
      image: undefined,
      needed: true,
    },
    {
      name: 'a cluster with the default permission does not',
      version: '1.14.10-gke.22',
      image: undefined,
      needed: false,
    },
    {
      name: 'an incomplete version is not a known need',
      version: '1.15',
      image: undefined,
      needed: false,
    },
    {
      name: 'a Docker Hub image is outside the Artifact Registry rule',
      version: '1.13.12-gke.30',
      image: 'nginx',
      needed: false,
    },
  ])('$name', async ({ version, image, needed }) => {
    const result = await evaluate({ cluster: { version }, ...(image ? { image } : {}) });
    expect(needsImagePullSecrets(result)).toBe(needed);
  });
});
