import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, httpTargets } from '../../support/app';
import { call } from '../../support/call';
import { mainThreadCpuMs } from '../../support/thread-cpu';

const targets = httpTargets(createTestApp().app);
afterAll(() => targets.forEach((t) => t.server.close()));

const IMAGE = 'us-central1-docker.pkg.dev/acme-prod/services/checkout:1.8.2';
const DENIED = `Failed to pull image "${IMAGE}": rpc error: code = Unknown desc = failed to pull and unpack image "${IMAGE}": failed to resolve reference "${IMAGE}": pulling from host us-central1-docker.pkg.dev failed with status code [manifests 1.8.2]: 403 Forbidden`;
const NODE = { name: 'gke-prod-pool-1-abcd', zone: 'us-central1-a', projectId: 'acme-prod' };

function bashSyntaxCheck(script: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-n'], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin.end(script);
  });
}

describe.each(targets)('POST /v1/troubleshooting/plans through the $name entry', (target) => {
  it('diagnoses a 403 from Artifact Registry and plans the node flow with values from the request', async () => {
    const response = await call(target, 'post', '/v1/troubleshooting/plans', {
      json: { error: DENIED, node: NODE, via: 'gcloud' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-language']).toBe('en');
    expect(response.body.diagnosis).toMatchObject({
      cause: 'permission-denied',
      extracted: { image: IMAGE, registry: 'us-central1-docker.pkg.dev', httpStatus: 403 },
    });
    const commands = response.body.steps
      .flatMap((step: { commands: Array<{ run: string }> }) =>
        step.commands.map((command) => command.run),
      )
      .join('\n');
    expect(commands).toContain(
      'gcloud compute ssh --project=acme-prod --zone=us-central1-a gke-prod-pool-1-abcd',
    );
    expect(commands).toContain('Metadata-Flavor: Google');
    expect(commands).toMatch(/crictl pull --creds "oauth2accesstoken:\$/);
    const ids = new Set(response.body.steps.map((step: { id: string }) => step.id));
    for (const step of response.body.steps)
      if (step.onFailure !== null) expect(ids).toContain(step.onFailure);
  });

  it('answers in Spanish with the same machine fields', async () => {
    const english = await call(target, 'post', '/v1/troubleshooting/plans', {
      json: { error: DENIED },
    });
    const spanish = await call(target, 'post', '/v1/troubleshooting/plans', {
      json: { error: DENIED },
      headers: { 'accept-language': 'es-MX,es;q=0.9' },
    });
    expect(spanish.headers['content-language']).toBe('es');
    expect(spanish.body.diagnosis.cause).toBe(english.body.diagnosis.cause);
    expect(spanish.body.steps.map((s: { id: string }) => s.id)).toEqual(
      english.body.steps.map((s: { id: string }) => s.id),
    );
    expect(spanish.body.diagnosis.summary).not.toBe(english.body.diagnosis.summary);
  });

  it('asks for the earlier event when only ImagePullBackOff was pasted', async () => {
    const response = await call(target, 'post', '/v1/troubleshooting/plans', {
      json: {
        error: 'Warning  BackOff  kubelet  Back-off pulling image "nginx"\n  ImagePullBackOff',
      },
    });
    expect(response.body.diagnosis.cause).toBe('unknown');
    const first = response.body.steps[0].commands
      .map((command: { run: string }) => command.run)
      .join('\n');
    expect(first).toMatch(/kubectl (describe pod|get events)/);
  });

  it('gives both causes for the ambiguous "(or it may not exist)" denial', async () => {
    const error =
      'denied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/acme/locations/us/repositories/apps" (or it may not exist)';
    const response = await call(target, 'post', '/v1/troubleshooting/plans', { json: { error } });
    expect(response.body.diagnosis.cause).toBe('permission-denied');
    expect(response.body.alternatives.map((a: { cause: string }) => a.cause)).toContain(
      'not-found',
    );
  });

  it('turns failed precondition checks into fix steps when the cluster is known', async () => {
    const response = await call(target, 'post', '/v1/troubleshooting/plans', {
      json: {
        error: DENIED,
        cluster: { version: '1.15.8-gke.3', projectId: 'acme-prod', location: 'us-central1' },
      },
    });
    expect(response.status).toBe(200);
    const gkeVersion = response.body.checks.find(
      (check: { id: string }) => check.id === 'gke-version',
    );
    expect(gkeVersion.status).toBe('fail');
    expect(
      response.body.steps.some((step: { checkId?: string }) => step.checkId === 'gke-version'),
    ).toBe(true);
  });

  it('diagnoses an invalid image reference', async () => {
    const response = await call(target, 'post', '/v1/troubleshooting/plans', {
      json: { image: 'us-docker.pkg.dev/proj/Image:v1' },
    });
    expect(response.body.diagnosis.cause).toBe('invalid-reference');
  });

  it('renders a Markdown runbook for Accept: text/markdown', async () => {
    const response = await call(target, 'post', '/v1/troubleshooting/plans', {
      json: { error: DENIED },
      headers: { accept: 'text/markdown' },
    });
    expect(response.headers['content-type']).toMatch(/^text\/markdown/);
    expect(response.text).toMatch(/^#/);
    expect(response.text).toContain('```bash');
  });

  it.each(['en', 'es'])(
    'renders a bash script that parses (%s) for ?format=shell',
    async (language) => {
      const response = await call(target, 'post', '/v1/troubleshooting/plans', {
        json: { error: DENIED, node: { ...NODE, os: 'windows' } },
        query: { format: 'shell' },
        headers: { 'accept-language': language },
      });
      expect(response.headers['content-type']).toMatch(/^text\/x-shellscript/);
      expect(response.text.startsWith('#!/usr/bin/env bash')).toBe(true);
      expect(response.text).toContain('set -eu');
      expect(await bashSyntaxCheck(response.text)).toEqual({ code: 0, stderr: '' });
    },
  );

  it('answers NOT_ACCEPTABLE for a media type it cannot produce', async () => {
    const response = await call(target, 'post', '/v1/troubleshooting/plans', {
      json: { error: DENIED },
      headers: { accept: 'image/png' },
    });
    expect(response.status).toBe(406);
    expect(response.body.code).toBe('NOT_ACCEPTABLE');
  });

  it('refuses a request with neither error nor image', async () => {
    const response = await call(target, 'post', '/v1/troubleshooting/plans', {
      json: { via: 'gcloud' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'INVALID_REQUEST', pointer: '/error' });
  });

  it('handles a 64 KiB pasted log in under 500 ms of event-loop CPU time', async () => {
    const line =
      'I1125 10:00:00.000000    1234 kubelet.go:2000] "SyncLoop (PLEG): event for pod" pod="default/web-0"\n';
    const log = (line.repeat(Math.ceil(60_000 / line.length)) + DENIED).slice(-65536);
    const before = mainThreadCpuMs();
    const response = await call(target, 'post', '/v1/troubleshooting/plans', {
      json: { error: log },
    });
    const cpu = mainThreadCpuMs() - before;
    expect(response.status).toBe(200);
    expect(response.body.diagnosis.cause).toBe('permission-denied');
    // CPU time of the server and this test's client (same thread), not wall-clock time.
    expect(cpu).toBeLessThan(500);
  });
});
