import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n';
import {
  buildTroubleshootingPlan,
  CAUSES,
  renderPlanShellScript,
  type PlanInput,
} from '../../../shared/troubleshooting';
import { SAMPLE_ERRORS, SAMPLE_NODE } from './fixtures';

const work = mkdtempSync(join(tmpdir(), 'plan-script-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function bashSyntaxCheck(script: string): { status: number | null; stderr: string } {
  const result = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8', timeout: 10_000 });
  return { status: result.status, stderr: result.stderr };
}

describe('renderPlanShellScript is valid bash for every plan', () => {
  const matrix = CAUSES.flatMap((cause) =>
    (['linux', 'windows'] as const).flatMap((os) =>
      (['gcloud', 'console'] as const).flatMap((via) =>
        LANGUAGES.map((language) => [cause, os, via, language] as const),
      ),
    ),
  );
  it.each(matrix)('%s on %s via %s in %s passes bash -n', (cause, os, via, language) => {
    const plan = buildTroubleshootingPlan({
      error: SAMPLE_ERRORS[cause],
      node: { ...SAMPLE_NODE, os },
      via,
      repository: { public: cause === 'rate-limited' },
      language,
    });
    const script = renderPlanShellScript(plan, language);
    expect(script.startsWith('#!/usr/bin/env bash\n')).toBe(true);
    expect(script).toContain('\nset -eu\n');
    expect(bashSyntaxCheck(script)).toEqual({ status: 0, stderr: '' });
    // PowerShell appears only in comments.
    for (const line of script.split('\n')) {
      if (/Get-Service|Invoke-RestMethod|Get-Content/.test(line))
        expect(line.trimStart().startsWith('#')).toBe(true);
    }
  });
});

/** Fake gcloud/kubectl/bash helpers that log their argv, one argument per line, to calls.log. */
function fakeTools(failOn: string | null): string {
  const bin = mkdtempSync(join(work, 'bin-'));
  for (const tool of ['gcloud', 'kubectl', 'curl', 'openssl', 'docker', 'skopeo', 'crane']) {
    const path = join(bin, tool);
    writeFileSync(
      path,
      `#!/usr/bin/env bash\n{ printf '%s' ${tool}; printf ' <%s>' "$@"; printf '\\n'; } >> "$CALLS_LOG"\n` +
        (failOn ? `case "$*" in *${failOn}*) echo "fake failure" >&2; exit 1 ;; esac\n` : '') +
        'exit 0\n',
    );
    chmodSync(path, 0o755);
  }
  return bin;
}

function runScript(
  input: PlanInput,
  args: string[],
  env: Record<string, string> = {},
  failOn: string | null = null,
) {
  const script = renderPlanShellScript(buildTroubleshootingPlan(input));
  const file = join(work, `plan-${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(file, script);
  const bin = fakeTools(failOn);
  const calls = join(bin, 'calls.log');
  writeFileSync(calls, '');
  const result = spawnSync('bash', [file, ...args], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { PATH: `${bin}:/usr/bin:/bin`, CALLS_LOG: calls, HOME: work, ...env },
  });
  return { ...result, calls: readFileSync(calls, 'utf8') };
}

const PERMISSION: PlanInput = {
  error: SAMPLE_ERRORS['permission-denied'],
  node: SAMPLE_NODE,
  via: 'console',
  language: 'en',
};

describe('running the rendered script against fake tools', () => {
  it('only reads by default: the IAM change is printed, not run', () => {
    const result = runScript(PERMISSION, [], {
      NODE_SERVICE_ACCOUNT: 'sa@acme-shop.iam.gserviceaccount.com',
      IMAGE_PATH: 'x',
      POD: 'p',
      NAMESPACE: 'n',
      WORKLOAD: 'deployment/web',
    });
    expect(result.status).toBe(0);
    expect(result.calls).toContain('gcloud <artifacts> <repositories> <describe> <apps>');
    expect(result.calls).not.toContain('add-iam-policy-binding');
    expect(result.stdout).toContain('not run without --apply');
    expect(result.stdout).toContain('add-iam-policy-binding apps');
    // via console: node commands are shown for a manual run, not executed.
    expect(result.stdout).toContain('sudo crictl pull --creds');
  });

  it('runs the IAM change with --apply, with the value from the environment as one argument', () => {
    const result = runScript(PERMISSION, ['--apply'], { NODE_SERVICE_ACCOUNT: 'sa x\'"$y@p.iam' });
    expect(result.status).toBe(0);
    expect(result.calls).toContain(
      `gcloud <artifacts> <repositories> <add-iam-policy-binding> <apps> <--location=us-central1> <--project=acme-shop> <--member=serviceAccount:sa x'"$y@p.iam> <--role=roles/artifactregistry.reader>`,
    );
  });

  it('stops with a clear message when a needed value is missing', () => {
    const result = runScript(PERMISSION, ['--apply']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('NODE_SERVICE_ACCOUNT');
    expect(result.calls).not.toContain('add-iam-policy-binding');
  });

  it('stops at the first failed check and names the next step', () => {
    const result = runScript(PERMISSION, [], {}, 'describe apps');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Step 1 failed');
    expect(result.stderr).toContain('list-tags');
    expect(result.calls.trim().split('\n')).toHaveLength(1);
  });

  it('starts at a named step with --from', () => {
    const result = runScript(PERMISSION, ['--from=identify-node-sa'], {
      NODE_SERVICE_ACCOUNT: 'sa@p.iam',
      IMAGE_PATH: 'x',
      POD: 'p',
      NAMESPACE: 'n',
    });
    expect(result.status).toBe(0);
    expect(result.calls).not.toContain('<repositories> <describe>');
    expect(result.calls).toContain(
      'gcloud <compute> <instances> <describe> <gke-shop-pool-1-abcd>',
    );
  });

  it('never runs gcloud compute ssh without --apply: it may write SSH keys to metadata', () => {
    const result = runScript({ ...PERMISSION, via: 'gcloud' }, [], {
      NODE_SERVICE_ACCOUNT: 'sa@p.iam',
      IMAGE_PATH: 'x',
      POD: 'p',
      NAMESPACE: 'n',
    });
    expect(result.status).toBe(0);
    expect(result.calls).not.toContain('<ssh>');
    // The connect command and the node commands are printed for the reader to run.
    expect(result.stdout).toContain(
      'gcloud compute ssh --project=acme-shop --zone=us-central1-a gke-shop-pool-1-abcd',
    );
    expect(result.stdout).toContain('sudo crictl pull --creds');
  });

  it('runs node commands over gcloud compute ssh with --apply when via is gcloud', () => {
    const result = runScript({ ...PERMISSION, via: 'gcloud' }, ['--apply'], {
      NODE_SERVICE_ACCOUNT: 'sa@p.iam',
      IMAGE_PATH: 'x',
      POD: 'p',
      NAMESPACE: 'n',
      WORKLOAD: 'deployment/web',
      CONTAINER: 'web',
    });
    expect(result.status).toBe(0);
    // The connect step itself is printed, not run: it would open an interactive session.
    expect(result.calls).not.toMatch(/<gke-shop-pool-1-abcd>\n/);
    expect(result.calls).toMatch(
      /gcloud <compute> <ssh> <--project=acme-shop> <--zone=us-central1-a> <gke-shop-pool-1-abcd> <--command> <ACCESS_TOKEN="\$\(curl[^\n]*\nsudo crictl pull --creds "oauth2accesstoken:\$ACCESS_TOKEN" us-central1-docker\.pkg\.dev\/acme-shop\/apps\/checkout:1\.8\.2>/,
    );
  });

  it('rejects an unknown option', () => {
    const result = runScript(PERMISSION, ['--yes']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown option');
  });
});
