import { describe, expect, it } from 'vitest';
import { ClusterFactsSchema } from '../../../shared/cluster';
import { appErrorOfIssue } from '../../../shared/problems';

const VERSION = '1.30.5-gke.1014001';

function issuesOf(cluster: Record<string, unknown>) {
  const result = ClusterFactsSchema.safeParse({ version: VERSION, ...cluster });
  return result.success ? [] : result.error.issues;
}

describe('ClusterFactsSchema: the rules of the values that end up in commands', () => {
  it.each([
    { field: 'projectId', value: 'My Project; rm -rf /' },
    { field: 'projectNumber', value: '12ab' },
    { field: 'location', value: 'us central1' },
    { field: 'name', value: 'Prod$(id)' },
    { field: 'subnetwork', value: 'sub net' },
    { field: 'nodeServiceAccount', value: 'not-an-email' },
  ])('refuses a $field that could not go into a command', ({ field, value }) => {
    const issues = issuesOf({ [field]: value });
    expect(issues.map((issue) => issue.path)).toEqual([[field]]);
    expect(issues[0]?.message).toContain(JSON.stringify(value));
  });

  it('lists every bad field at once', () => {
    const issues = issuesOf({ projectId: 'X', nodeOauthScopes: ['ok', 'bad scope'] });
    expect(issues.map((issue) => issue.path)).toEqual([['projectId'], ['nodeOauthScopes', 1]]);
  });

  it.each([
    ['a domain-scoped project ID', { projectId: 'example.com:my-project' }],
    ['the default service account', { nodeServiceAccount: 'default' }],
    ['a service account email', { nodeServiceAccount: 'nodes@p.iam.gserviceaccount.com' }],
    ['a gcloud scope alias', { nodeOauthScopes: ['storage-ro', 'cloud-platform'] }],
    ['a lower-case node image type', { nodeImageType: 'cos_containerd' }],
    ['an incomplete version', { version: '1.15' }],
  ])('accepts %s', (_name, cluster) => {
    expect(issuesOf(cluster)).toEqual([]);
  });

  it('upper-cases the node image type as gcloud does', () => {
    const parsed = ClusterFactsSchema.parse({ version: VERSION, nodeImageType: 'cos_containerd' });
    expect(parsed.nodeImageType).toBe('COS_CONTAINERD');
  });

  it('refuses an unknown node image type', () => {
    expect(issuesOf({ nodeImageType: 'ARCH_LINUX' }).map((issue) => issue.path)).toEqual([
      ['nodeImageType'],
    ]);
  });

  it('carries the domain error of a version, so the answer keeps INVALID_GKE_VERSION', () => {
    const issues = issuesOf({ version: 'latest' });
    const domain = issues.map(appErrorOfIssue).find((error) => error !== undefined);
    expect(domain?.code).toBe('INVALID_GKE_VERSION');
    expect(domain?.message).toContain('"latest" is not a GKE version');
  });
});

describe('ClusterFactsSchema: what Autopilot fixes', () => {
  const pathsOf = (cluster: Record<string, unknown>) =>
    issuesOf({ autopilot: true, ...cluster }).map((issue) => issue.path);

  it.each([
    ['a Windows Server image', { nodeImageType: 'WINDOWS_LTSC_CONTAINERD' }, 'nodeImageType'],
    ['a Docker image', { nodeImageType: 'COS' }, 'nodeImageType'],
    ['an Ubuntu image', { nodeImageType: 'ubuntu_containerd' }, 'nodeImageType'],
    ['a zone', { location: 'us-central1-a' }, 'location'],
  ])('refuses %s with one issue at each of the two fields', (_name, cluster, field) => {
    expect(pathsOf(cluster)).toEqual([['autopilot'], [field]]);
    const domain = issuesOf({ autopilot: true, ...cluster }).map(appErrorOfIssue);
    expect(domain.map((error) => error?.code)).toEqual(['INVALID_REQUEST', 'INVALID_REQUEST']);
  });

  it.each([
    ['the Autopilot image', { nodeImageType: 'cos_containerd', location: 'us-central1' }],
    ['a region', { location: 'europe-west4' }],
    ['a multi-region-like location', { location: 'us' }],
  ])('accepts %s', (_name, cluster) => {
    expect(pathsOf(cluster)).toEqual([]);
  });

  it('leaves an unknown node image type to its own rule (one issue, not three)', () => {
    expect(pathsOf({ nodeImageType: 'ARCH_LINUX' })).toEqual([['nodeImageType']]);
  });
});
