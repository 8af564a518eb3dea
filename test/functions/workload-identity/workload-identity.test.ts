// POST /v1/workload-identity/plans over both entries: the federation procedure as JSON, Markdown
// and bash, in English and Spanish; every id checked against Google's rules; and the script run
// for real against recording stand-ins for gcloud, kubectl and curl, read-only unless --apply.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, httpTargets } from '../../support/app';
import { call, type ApiResponse } from '../../support/call';

const { app } = createTestApp();
const targets = httpTargets(app);

const ISSUER = 'https://k8s.example.internal';
const SERVICE = 'https://gke-pull-assistant-abc123-uc.a.run.app';
const REQUEST = {
  issuerUri: ISSUER,
  projectNumber: '123456789012',
  projectId: 'platform-prod',
  poolId: 'on-prem-clusters',
  providerId: 'cluster-a',
  namespace: 'apps',
  serviceAccount: 'web',
  repository: 'us-docker.pkg.dev/registry-project/team-images',
  serviceUrl: SERVICE,
};
const POOL = 'projects/123456789012/locations/global/workloadIdentityPools/on-prem-clusters';
const PROVIDER = `${POOL}/providers/cluster-a`;
const PRINCIPAL = `principal://iam.googleapis.com/${POOL}/subject/system:serviceaccount:apps:web`;
const JWKS = {
  keys: [
    {
      kty: 'RSA',
      alg: 'RS256',
      use: 'sig',
      kid: "k-1'quote",
      n: 'sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw',
      e: 'AQAB',
    },
  ],
};

const scratch = mkdtempSync(join(tmpdir(), 'wif-plan-'));
afterAll(() => {
  targets.forEach((target) => target.server.close());
  rmSync(scratch, { recursive: true, force: true });
});

function plan(
  target: (typeof targets)[number],
  body: unknown,
  options: { headers?: Record<string, string>; query?: Record<string, string> } = {},
): Promise<ApiResponse> {
  return call(target, 'post', '/v1/workload-identity/plans', { json: body, ...options });
}

interface Step {
  id: string;
  title: string;
  detail: string;
  expect: string;
  kind: string;
  branch: boolean;
  onFailure: string | null;
  commands: Array<{ run: string; runOn: string; mutates: boolean; placeholders: string[] }>;
}

const stepOf = (body: { steps: Step[] }, id: string): Step => {
  const step = body.steps.find((candidate) => candidate.id === id);
  expect(step, `step ${id}`).toBeDefined();
  return step as Step;
};

describe.each(targets)('POST /v1/workload-identity/plans through the $name entry', (target) => {
  it('answers the ordered procedure with the exact commands for a public issuer', async () => {
    const response = await plan(target, REQUEST);
    expect(response.status, response.text).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.body;
    expect(body.steps.map((step: Step) => step.id)).toEqual([
      'enable-apis',
      'create-pool',
      'create-provider',
      'grant-reader',
      'check-grant',
      'create-cred-config',
      'kubelet-credential-provider',
      'pull-secret',
    ]);
    expect(body.values).toEqual({
      issuer: ISSUER,
      subject: 'system:serviceaccount:apps:web',
      principal: PRINCIPAL,
      pool: POOL,
      provider: PROVIDER,
      audience: `https://iam.googleapis.com/${PROVIDER}`,
      repository: 'us-docker.pkg.dev/registry-project/team-images',
      repositoryResource: 'projects/registry-project/locations/us/repositories/team-images',
      privateIssuer: false,
    });
    const runs = (id: string) => stepOf(body, id).commands.map((command) => command.run);
    expect(runs('create-pool')).toEqual([
      'gcloud iam workload-identity-pools create on-prem-clusters --project=platform-prod --location=global',
    ]);
    expect(runs('create-provider')).toEqual([
      `gcloud iam workload-identity-pools providers create-oidc cluster-a --project=platform-prod --location=global --workload-identity-pool=on-prem-clusters --issuer-uri=${ISSUER} --attribute-mapping=google.subject=assertion.sub`,
    ]);
    expect(runs('grant-reader')).toEqual([
      `gcloud artifacts repositories add-iam-policy-binding team-images --project=registry-project --location=us --role=roles/artifactregistry.reader --member=${PRINCIPAL}`,
    ]);
    expect(runs('create-cred-config')).toEqual([
      `gcloud iam workload-identity-pools create-cred-config ${PROVIDER} --credential-source-file=/var/run/service-account/token --credential-source-type=text --output-file=credential-configuration.json`,
      'kubectl create configmap gcp-credential-configuration --from-file=credential-configuration.json --namespace=apps',
    ]);
    expect(runs('kubelet-credential-provider')[0]).toBe(
      `curl -sS --fail-with-body "${SERVICE}/v1/credential-provider/rbac?audience=${SERVICE}" | kubectl apply -f -`,
    );
    expect(stepOf(body, 'kubelet-credential-provider')).toMatchObject({
      onFailure: 'pull-secret',
    });
    expect(stepOf(body, 'pull-secret')).toMatchObject({ branch: true, kind: 'fix' });
    expect(stepOf(body, 'check-grant').commands.every((command) => !command.mutates)).toBe(true);
    expect(
      body.steps.flatMap((step: Step) => step.commands.flatMap((c) => c.placeholders)),
    ).toEqual([]);
    expect(stepOf(body, 'grant-reader').detail).toContain(PRINCIPAL);
    expect(stepOf(body, 'kubelet-credential-provider').detail).toContain(
      '"issuer": "https://k8s.example.internal"',
    );
  });

  it('creates the provider from the cluster’s keys when the issuer is not public', async () => {
    const response = await plan(target, { ...REQUEST, jwks: JWKS });
    expect(response.status, response.text).toBe(200);
    const body = response.body;
    expect(body.values.privateIssuer).toBe(true);
    expect(body.steps.map((step: Step) => step.id).slice(0, 3)).toEqual([
      'enable-apis',
      'write-jwks',
      'create-pool',
    ]);
    expect(stepOf(body, 'create-provider').commands.map((c) => c.run)).toEqual([
      `gcloud iam workload-identity-pools providers create-oidc cluster-a --project=platform-prod --location=global --workload-identity-pool=on-prem-clusters --issuer-uri=${ISSUER} --attribute-mapping=google.subject=assertion.sub --jwk-json-path=cluster-jwks.json`,
    ]);
    // The file command writes exactly the keys given, whatever their characters.
    const write = stepOf(body, 'write-jwks').commands[0]?.run as string;
    const ran = spawnSync('bash', ['-c', write], { cwd: scratch, encoding: 'utf8' });
    expect(ran.status, ran.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(scratch, 'cluster-jwks.json'), 'utf8'))).toEqual(JWKS);
  });

  it('leaves SERVICE_URL as a placeholder when the request does not name the service', async () => {
    const { serviceUrl: _omitted, ...request } = REQUEST;
    const response = await plan(target, request);
    expect(response.status, response.text).toBe(200);
    const step = stepOf(response.body, 'kubelet-credential-provider');
    expect(step.commands[0]?.placeholders).toEqual(['SERVICE_URL']);
    expect(step.commands[0]?.run).toContain('"SERVICE_URL/v1/credential-provider/rbac');
  });

  it('answers in Spanish when asked', async () => {
    const response = await plan(target, REQUEST, { headers: { 'accept-language': 'es' } });
    expect(response.status).toBe(200);
    expect(response.headers['content-language']).toBe('es');
    expect(stepOf(response.body, 'create-pool').title).toBe(
      'Crea el grupo de identidades de carga de trabajo',
    );
    expect(response.body.summary).toMatch(/^Permite que la cuenta de servicio de Kubernetes/);
  });

  it.each([
    { field: 'poolId', value: 'gcp-clusters', rule: 'the prefix "gcp-" is reserved' },
    { field: 'poolId', value: 'abc', rule: '4 to 32 characters' },
    { field: 'poolId', value: 'On_Prem', rule: 'lowercase letters, digits and hyphens' },
    { field: 'providerId', value: 'p'.repeat(33), rule: '4 to 32 characters' },
    { field: 'providerId', value: 'gcp-provider', rule: 'the prefix "gcp-" is reserved' },
    { field: 'projectNumber', value: 'platform-prod', rule: 'digits only' },
    { field: 'projectId', value: 'Platform-Prod', rule: 'starting with a letter' },
    { field: 'namespace', value: 'Apps', rule: 'DNS-1123 label' },
    { field: 'serviceAccount', value: 'web_app', rule: 'DNS-1123 subdomain' },
    { field: 'issuerUri', value: 'http://k8s.example.internal', rule: 'an https URL' },
  ])(
    'refuses $field $value with INVALID_REQUEST, the pointer and the rule',
    async ({ field, value, rule }) => {
      const response = await plan(target, { ...REQUEST, [field]: value });
      expect(response.status, response.text).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('INVALID_REQUEST');
      expect(response.body.pointer).toBe(`/${field}`);
      expect(response.body.detail).toContain(rule);
      expect(response.body.detail).toContain(JSON.stringify(value));
      expect(response.body.detail).toMatch(/\(https:\/\/(cloud\.google\.com|kubernetes\.io)\//);
    },
  );

  it('refuses a service account whose google.subject would exceed 127 bytes', async () => {
    const namespace = 'n'.repeat(63);
    const serviceAccount = 's'.repeat(50);
    const response = await plan(target, { ...REQUEST, namespace, serviceAccount });
    expect(response.status, response.text).toBe(400);
    expect(response.body.code).toBe('INVALID_REQUEST');
    expect(response.body.pointer).toBe('/serviceAccount');
    expect(response.body.detail).toContain('at most 127 bytes');
    expect(response.body.detail).toContain(`system:serviceaccount:${namespace}:${serviceAccount}`);
  });

  it('says the rule in Spanish too', async () => {
    const response = await plan(
      target,
      { ...REQUEST, poolId: 'gcp-clusters' },
      { headers: { 'accept-language': 'es' } },
    );
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain('el prefijo "gcp-" está reservado para Google');
  });

  it('refuses a repository outside Artifact Registry with the reference grammar’s own code', async () => {
    const response = await plan(target, { ...REQUEST, repository: 'docker.io/library/nginx' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_REFERENCE');
    expect(response.body.pointer).toBe('/repository');
  });

  it('writes a Markdown runbook', async () => {
    const response = await plan(target, REQUEST, { query: { format: 'markdown' } });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/markdown/);
    expect(response.text).toMatch(
      /^# Workload Identity Federation for system:serviceaccount:apps:web\n/,
    );
    expect(response.text).toContain('### 3. Trust the cluster');
    expect(response.text).toContain(
      'gcloud iam workload-identity-pools create on-prem-clusters --project=platform-prod --location=global',
    );
    expect(response.text).toContain('If it fails, go to step 8 \\(pull-secret\\).');
    expect(response.text).toContain(
      'If it fails, fix what the error names and run this step again.',
    );
  });
});

// ---- the script, run for real against recording stand-ins ----

/** gcloud, kubectl and curl that record their arguments; get-iam-policy answers the principal. */
function standIns(directory: string): { bin: string; log: string } {
  const bin = join(directory, 'bin');
  const log = join(directory, 'calls.log');
  spawnSync('mkdir', ['-p', bin]);
  const recorder = `#!/bin/sh
printf '%s %s\\n' "$(basename "$0")" "$*" >> '${log}'
case "$*" in *get-iam-policy*) printf '%s\\n' '${PRINCIPAL}' ;; esac
exit 0
`;
  for (const tool of ['gcloud', 'kubectl', 'curl']) {
    writeFileSync(join(bin, tool), recorder);
    chmodSync(join(bin, tool), 0o755);
  }
  return { bin, log };
}

describe('the federation script', () => {
  const target = targets[0] as (typeof targets)[number];

  async function script(): Promise<string> {
    const response = await plan(target, REQUEST, { headers: { accept: 'text/x-shellscript' } });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/x-shellscript/);
    return response.text;
  }

  function run(text: string, args: string[]) {
    const directory = mkdtempSync(join(scratch, 'run-'));
    const { bin, log } = standIns(directory);
    writeFileSync(join(directory, 'plan.sh'), text);
    const result = spawnSync('bash', ['plan.sh', ...args], {
      cwd: directory,
      encoding: 'utf8',
      env: { PATH: `${bin}:/usr/bin:/bin`, HOME: directory },
      timeout: 20_000,
    });
    const calls = existsSync(log) ? readFileSync(log, 'utf8').trimEnd().split('\n') : [];
    return { ...result, calls };
  }

  it('is valid bash', async () => {
    const checked = spawnSync('bash', ['-n'], { input: await script(), encoding: 'utf8' });
    expect(checked.status, checked.stderr).toBe(0);
  });

  it('only reads without --apply: it prints every change and runs the check alone', async () => {
    const result = run(await script(), []);
    expect(result.status, result.stderr).toBe(0);
    expect(result.calls).toEqual([
      `gcloud artifacts repositories get-iam-policy team-images --project=registry-project --location=us --flatten=bindings[] --filter=bindings.role=roles/artifactregistry.reader --format=value(bindings.members)`,
    ]);
    expect(result.stdout).toContain('Changes something; not run without --apply:');
    expect(result.stdout).toContain('gcloud iam workload-identity-pools create on-prem-clusters');
  });

  it('makes every change in order with --apply', async () => {
    const result = run(await script(), ['--apply']);
    expect(result.status, result.stderr).toBe(0);
    const calls = result.calls.map((call) => call.split(' ').slice(0, 4).join(' '));
    expect(calls.slice(0, 7)).toEqual([
      'gcloud services enable iam.googleapis.com',
      'gcloud iam workload-identity-pools create',
      'gcloud iam workload-identity-pools providers',
      'gcloud artifacts repositories add-iam-policy-binding',
      'gcloud artifacts repositories get-iam-policy',
      'gcloud iam workload-identity-pools create-cred-config',
      'kubectl create configmap gcp-credential-configuration',
    ]);
    // The two sides of one pipe start together: either may record first.
    expect(calls.slice(7).sort()).toEqual([
      `curl -sS --fail-with-body ${SERVICE}/v1/credential-provider/rbac?audience=${SERVICE}`,
      'kubectl apply -f -',
    ]);
    expect(result.calls).toContain(
      `gcloud artifacts repositories add-iam-policy-binding team-images --project=registry-project --location=us --role=roles/artifactregistry.reader --member=${PRINCIPAL}`,
    );
  });
});
