import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, httpTargets } from '../../support/app';
import { call, type ApiResponse } from '../../support/call';

/** Facts a plan must get right, each seen through HTTP as a user gets the plan. */
const targets = httpTargets(createTestApp().app);
const work = mkdtempSync(join(tmpdir(), 'plan-facts-'));
afterAll(() => {
  targets.forEach((t) => t.server.close());
  rmSync(work, { recursive: true, force: true });
});

const NODE = { name: 'gke-prod-pool-1-abcd', zone: 'us-central1-a', projectId: 'acme-prod' };
const AR_IMAGE = 'us-central1-docker.pkg.dev/acme-prod/services/checkout:1.8.2';
const DENIED = `Failed to pull image "${AR_IMAGE}": rpc error: code = Unknown desc = failed to pull and unpack image "${AR_IMAGE}": failed to resolve reference "${AR_IMAGE}": pulling from host us-central1-docker.pkg.dev failed with status code [manifests 1.8.2]: 403 Forbidden`;

interface Command {
  run: string;
  shell: string;
  runOn: string;
  mutates: boolean;
}
interface Step {
  id: string;
  detail: string;
  commands: Command[];
  branch: boolean;
}

const stepOf = (body: { steps: Step[] }, id: string) => body.steps.find((s) => s.id === id);
const runsOf = (step: Step | undefined) => step?.commands.map((c) => c.run) ?? [];
const allRuns = (body: { steps: Step[] }) => body.steps.flatMap((s) => runsOf(s)).join('\n');

async function plan(
  target: (typeof targets)[number],
  json: Record<string, unknown>,
  extra: { query?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const response = await call(target, 'post', '/v1/troubleshooting/plans', { json, ...extra });
  expect(response.status).toBe(200);
  return response;
}

/** Runs a script with fake gcloud/kubectl/… that log their arguments, in a clean PATH. */
function runWithFakeTools(script: string, args: string[], env: Record<string, string>) {
  const bin = mkdtempSync(join(work, 'bin-'));
  const calls = join(bin, 'calls.log');
  writeFileSync(calls, '');
  for (const tool of ['gcloud', 'kubectl', 'curl', 'crictl', 'sudo', 'crane', 'jq']) {
    const path = join(bin, tool);
    writeFileSync(
      path,
      `#!/usr/bin/env bash\n{ printf '%s' ${tool}; printf ' <%s>' "$@"; printf '\\n'; } >> "$CALLS_LOG"\nexit 0\n`,
    );
    chmodSync(path, 0o755);
  }
  const file = join(work, `plan-${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(file, script);
  const result = spawnSync('bash', [file, ...args], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { PATH: `${bin}:/usr/bin:/bin`, CALLS_LOG: calls, HOME: work, ...env },
  });
  return { ...result, calls: readFileSync(calls, 'utf8') };
}

describe.each(targets)('gcloud compute ssh is a change, through the $name entry', (target) => {
  it('marks gcloud compute ssh as mutating in the JSON plan', async () => {
    const answer = await plan(target, { error: DENIED, node: NODE, via: 'gcloud' });
    const ssh = stepOf(answer.body, 'connect-node')?.commands.find((c) =>
      c.run.startsWith('gcloud compute ssh'),
    );
    expect(ssh).toMatchObject({ mutates: true });
  });

  it('keeps it out of the read-only script: printed for the user, run only with --apply', async () => {
    const script = (
      await plan(
        target,
        { error: DENIED, node: NODE, via: 'gcloud' },
        { query: { format: 'shell' } },
      )
    ).text;
    const env = {
      NODE_SERVICE_ACCOUNT: 'sa@acme-prod.iam.gserviceaccount.com',
      POD: 'web-0',
      NAMESPACE: 'shop',
      IMAGE_PATH: 'x',
    };
    const readOnly = runWithFakeTools(script, [], env);
    expect(readOnly.status).toBe(0);
    expect(readOnly.calls).not.toContain('gcloud <compute> <ssh>');
    expect(readOnly.stdout).toContain(
      'gcloud compute ssh --project=acme-prod --zone=us-central1-a gke-prod-pool-1-abcd',
    );
    const applied = runWithFakeTools(script, ['--apply'], {
      ...env,
      WORKLOAD: 'deployment/web',
      CONTAINER: 'web',
    });
    expect(applied.status).toBe(0);
    expect(applied.calls).toContain('gcloud <compute> <ssh> <--project=acme-prod>');
  });
});

describe.each(targets)('smaller facts, through the $name entry', (target) => {
  it('asks the token endpoint on Windows nodes too, not only the scopes', async () => {
    const image = 'us-docker.pkg.dev/acme-prod/apps/web:2';
    const answer = await plan(target, {
      error: `Failed to pull image "${image}": failed to fetch oauth token: unexpected status: 403 Forbidden: Request had insufficient authentication scopes. ACCESS_TOKEN_SCOPE_INSUFFICIENT`,
      node: { ...NODE, os: 'windows' },
    });
    const powershell = stepOf(answer.body, 'check-metadata-token')?.commands.filter(
      (c) => c.shell === 'powershell',
    );
    expect(powershell?.some((c) => /service-accounts\/default\/token'/.test(c.run))).toBe(true);
    expect(powershell?.some((c) => /service-accounts\/default\/scopes'/.test(c.run))).toBe(true);
  });

  it('gives both commands for "cordon and drain"', async () => {
    const answer = await plan(target, {
      error: `Failed to pull image "us-docker.pkg.dev/acme-prod/apps/web:2": ACCESS_TOKEN_SCOPE_INSUFFICIENT`,
      node: NODE,
    });
    const runs = runsOf(stepOf(answer.body, 'new-node-pool-scopes'));
    expect(runs).toContain('kubectl cordon --selector=cloud.google.com/gke-nodepool=NODE_POOL');
    expect(runs).toContain(
      'kubectl drain --selector=cloud.google.com/gke-nodepool=NODE_POOL --ignore-daemonsets --delete-emptydir-data',
    );
  });

  it('rewrites only the failing container, named by the event, never every container', async () => {
    const image = 'us-east1-docker.pkg.dev/acme-prod/apps/gateway:1';
    const answer = await plan(target, {
      error: `15s  Warning  Failed  pod/web-0  spec.containers{gateway}  kubelet  Failed to pull image "${image}": rpc error: code = NotFound desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": ${image}: not found`,
    });
    expect(answer.body.diagnosis.extracted.container).toBe('gateway');
    const setImage = runsOf(stepOf(answer.body, 'fix-reference')).find((r) =>
      r.startsWith('kubectl set image'),
    );
    expect(setImage).toBe(`kubectl set image WORKLOAD --namespace=NAMESPACE gateway=${image}`);
    const unnamed = await plan(target, { image: 'us-docker.pkg.dev/proj/Image:v1' });
    const fallback = runsOf(stepOf(unnamed.body, 'fix-reference')).join('\n');
    expect(fallback).toContain('CONTAINER=');
    expect(fallback).not.toContain('"*=');
  });
});

describe.each(targets)('slow pulls, through the $name entry', (target) => {
  const image = 'us-docker.pkg.dev/acme-prod/ml/trainer:3.1';
  const error = `Failed to pull image "${image}": rpc error: code = DeadlineExceeded desc = failed to pull and unpack image "${image}": context deadline exceeded`;

  it('diagnoses slow-pull with the network as the first alternative', async () => {
    const answer = await plan(target, { error, node: NODE });
    expect(answer.body.diagnosis.cause).toBe('slow-pull');
    expect(answer.body.alternatives[0]).toMatchObject({ cause: 'network' });
    expect(answer.body.diagnosis.summary).toContain('first alternative');
  });

  it('measures, then offers image streaming and parallel pulls, and no containerd setting', async () => {
    const answer = await plan(target, {
      error,
      node: NODE,
      cluster: { version: '1.31.1-gke.1000', name: 'ml', location: 'us-central1' },
    });
    const ids = answer.body.steps.map((s: Step) => s.id);
    expect(ids.slice(0, 4)).toEqual([
      'pull-durations',
      'image-size',
      'enable-image-streaming',
      'parallel-pulls',
    ]);
    const all = allRuns(answer.body);
    expect(all).toContain('--field-selector=reason=Pulled');
    expect(all).toContain(`crane manifest --platform=linux/ARCH ${image}`);
    expect(all).toContain(
      'gcloud services enable containerfilesystem.googleapis.com --project=acme-prod',
    );
    expect(all).toContain(
      'gcloud container clusters update ml --location=us-central1 --project=acme-prod --enable-image-streaming',
    );
    expect(all).toContain('maxParallelImagePulls: 5');
    expect(all).toContain('--system-config-from-file=SYSTEM_CONFIG_FILE');
    expect(all).not.toMatch(/max_concurrent_downloads|config\.toml|image_pull_progress_timeout/);
    expect(stepOf(answer.body, 'enable-image-streaming')?.detail).toContain(
      'roles/serviceusage.serviceUsageConsumer',
    );
  });

  it('moves an image from another registry to Artifact Registry before it can stream', async () => {
    const answer = await plan(target, {
      error:
        'Failed to pull image "quay.io/acme/big:1": rpc error: code = DeadlineExceeded desc = context deadline exceeded',
    });
    const streaming = stepOf(answer.body, 'enable-image-streaming');
    expect(streaming?.commands).toEqual([]);
    expect(streaming?.detail).toContain('copy the image into an Artifact Registry repository');
  });

  it('speaks Spanish about it too', async () => {
    const answer = await plan(target, { error }, { headers: { 'accept-language': 'es' } });
    expect(answer.body.diagnosis.summary).toContain('extracción');
  });
});

describe.each(targets)(
  'private nodes inside VPC Service Controls, through the $name entry',
  (target) => {
    it('creates the private DNS zones for pkg.dev and gcr.io answering restricted.googleapis.com', async () => {
      const answer = await plan(target, {
        error: `Failed to pull image "${AR_IMAGE}": denied: Request is prohibited by organization's policy. vpcServiceControlsUniqueIdentifier: 4bZ1kLq9xTqq`,
        node: NODE,
      });
      const runs = runsOf(stepOf(answer.body, 'restricted-dns-zones'));
      for (const domain of ['pkg.dev', 'gcr.io']) {
        const zone = domain.replace('.', '-');
        expect(runs).toContain(
          `gcloud dns managed-zones create ${zone} --project=acme-prod --dns-name=${domain}. --visibility=private --networks=NETWORK --description="${domain} through restricted.googleapis.com"`,
        );
        expect(runs).toContain(
          `gcloud dns record-sets create "*.${domain}." --project=acme-prod --zone=${zone} --type=CNAME --ttl=300 --rrdatas=${domain}.`,
        );
        expect(runs).toContain(
          `gcloud dns record-sets create ${domain}. --project=acme-prod --zone=${zone} --type=A --ttl=300 --rrdatas=199.36.153.4,199.36.153.5,199.36.153.6,199.36.153.7`,
        );
      }
      expect(runs.join('\n')).toContain('--destination-ranges=199.36.153.4/30');
    });

    it('sends a network plan whose DNS check fails to the same zones', async () => {
      const image = 'us-east1-docker.pkg.dev/acme-prod/apps/userservice:4';
      const answer = await plan(target, {
        error: `Failed to pull image "${image}": failed to do request: Head "https://us-east1-docker.pkg.dev/v2/acme-prod/apps/userservice/manifests/4": dial tcp 173.194.205.82:443: i/o timeout`,
        node: NODE,
      });
      expect(stepOf(answer.body, 'check-dns-zones')).toMatchObject({
        onFailure: 'restricted-dns-zones',
      });
      expect(stepOf(answer.body, 'restricted-dns-zones')?.branch).toBe(true);
    });
  },
);
