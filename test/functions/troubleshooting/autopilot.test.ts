import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, httpTargets } from '../../support/app';
import { call } from '../../support/call';

/**
 * `cluster.autopilot: true`: no node pools, no SSH to nodes, Linux and containerd only, one
 * cluster-level node service account
 * (https://cloud.google.com/kubernetes-engine/docs/concepts/autopilot-overview). Every command a
 * plan offers must work there.
 */
const targets = httpTargets(createTestApp().app);
afterAll(() => targets.forEach((t) => t.server.close()));

const CLUSTER = {
  version: '1.31.1-gke.1000',
  autopilot: true,
  name: 'auto',
  location: 'us-central1',
  projectId: 'acme-prod',
  nodeOauthScopes: ['cloud-platform'],
};
const NODE = { name: 'gk3-auto-pool-2-abcd', zone: 'us-central1-b', projectId: 'acme-prod' };
const IMAGE = 'us-docker.pkg.dev/acme-prod/apps/web:2';

/** Commands that do not exist on Autopilot. */
const NOT_ON_AUTOPILOT =
  /node-pools create|node-pools update|gcloud compute ssh|start-iap-tunnel|crictl|journalctl|compute instances describe|Get-Service|Invoke-RestMethod/;

const ERRORS: ReadonlyArray<readonly [string, string]> = [
  [
    'access-scope',
    `Failed to pull image "${IMAGE}": failed to fetch oauth token: unexpected status: 403 Forbidden: Request had insufficient authentication scopes. ACCESS_TOKEN_SCOPE_INSUFFICIENT`,
  ],
  [
    'permission-denied',
    `Failed to pull image "${IMAGE}": pulling from host us-docker.pkg.dev failed with status code [manifests 2]: 403 Forbidden\ndenied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/acme-prod/locations/us/repositories/apps" (or it may not exist)`,
  ],
  [
    'network',
    `Failed to pull image "${IMAGE}": failed to do request: Head "https://us-docker.pkg.dev/v2/acme-prod/apps/web/manifests/2": dial tcp 173.194.205.82:443: i/o timeout`,
  ],
  [
    'slow-pull',
    `Failed to pull image "${IMAGE}": rpc error: code = DeadlineExceeded desc = context deadline exceeded`,
  ],
  [
    'unauthenticated',
    'Failed to pull image "quay.io/acme/api:1": failed to resolve reference "quay.io/acme/api:1": unexpected status from HEAD request to https://quay.io/v2/acme/api/manifests/1: 401 UNAUTHORIZED',
  ],
];

describe.each(targets)('plans for Autopilot clusters, through the $name entry', (target) => {
  it.each(ERRORS)(
    'offers only commands valid on Autopilot for %s, in JSON and in the script',
    async (cause, error) => {
      for (const os of ['linux', 'windows'] as const) {
        const json = { error, node: { ...NODE, os }, via: 'gcloud', cluster: CLUSTER };
        const answer = await call(target, 'post', '/v1/troubleshooting/plans', { json });
        expect(answer.status).toBe(200);
        expect(answer.body.diagnosis.cause).toBe(cause);
        expect(answer.body.context).toMatchObject({ autopilot: true, os: 'linux' });
        const runs = answer.body.steps
          .flatMap((s: { commands: Array<{ run: string; runOn: string }> }) => s.commands)
          .map((c: { run: string; runOn: string }) => {
            expect(c.runOn).toBe('workstation');
            return c.run;
          })
          .join('\n');
        expect(runs).not.toMatch(NOT_ON_AUTOPILOT);
        // The pull as the kubelet would do it: a test Pod.
        expect(runs).toContain('--restart=Never');
        const script = await call(target, 'post', '/v1/troubleshooting/plans', {
          json,
          query: { format: 'shell' },
        });
        const commandLines = script.text
          .split('\n')
          .filter((line) => /^\s*(?:cmd|SSH_CMD)=/.test(line));
        expect(commandLines.length).toBeGreaterThan(0);
        expect(commandLines.join('\n')).not.toMatch(NOT_ON_AUTOPILOT);
        expect(script.text).toContain("SSH_CMD=''");
      }
    },
  );

  it('gives the scope fix the Autopilot way and reads the cluster-level service account', async () => {
    const [, error] = ERRORS[0] as (typeof ERRORS)[number];
    const answer = await call(target, 'post', '/v1/troubleshooting/plans', {
      json: { error, node: NODE, cluster: CLUSTER },
    });
    const ids = answer.body.steps.map((s: { id: string }) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining(['identify-cluster-sa', 'autopilot-scopes', 'pull-with-pod']),
    );
    expect(ids).not.toContain('new-node-pool-scopes');
    expect(ids).not.toContain('connect-node');
    const runs = answer.body.steps
      .flatMap((s: { commands: Array<{ run: string }> }) => s.commands.map((c) => c.run))
      .join('\n');
    expect(runs).toContain(
      'gcloud container clusters describe auto --location=us-central1 --project=acme-prod --format="yaml(autoscaling.autoprovisioningNodePoolDefaults.serviceAccount,autoscaling.autoprovisioningNodePoolDefaults.oauthScopes)"',
    );
    expect(runs).toContain('gcloud container clusters create-auto NEW_CLUSTER');
    expect(runs).toContain(
      `kubectl run pull-check --namespace=NAMESPACE --image=${IMAGE} --restart=Never`,
    );
  });

  it('says Autopilot streams images already, and offers no node pool setting for a slow pull', async () => {
    const [, error] = ERRORS[3] as (typeof ERRORS)[number];
    const answer = await call(target, 'post', '/v1/troubleshooting/plans', {
      json: { error, cluster: CLUSTER },
    });
    const ids = answer.body.steps.map((s: { id: string }) => s.id);
    expect(ids).not.toContain('enable-image-streaming');
    expect(ids).not.toContain('parallel-pulls');
    expect(ids).toContain('pull-with-pod');
  });

  it('reads the runtime logs in Logs Explorer, not on the node', async () => {
    const [, error] = ERRORS[2] as (typeof ERRORS)[number];
    const answer = await call(target, 'post', '/v1/troubleshooting/plans', {
      json: { error, node: NODE, cluster: CLUSTER },
    });
    const logs = answer.body.steps.find((s: { id: string }) => s.id === 'runtime-logs');
    expect(logs.detail).toContain('Autopilot has no SSH to nodes');
    expect(logs.commands.map((c: { run: string }) => c.run)).toEqual([
      expect.stringMatching(/^gcloud logging read .*container-runtime/),
    ]);
  });
});
