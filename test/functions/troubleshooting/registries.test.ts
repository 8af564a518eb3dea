import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, httpTargets } from '../../support/app';
import { call, type ApiResponse } from '../../support/call';

/**
 * A plan is about one registry. GKE nodes send their Google token only to `*.pkg.dev`, `gcr.io`,
 * `*.gcr.io` and `container.cloud.google.com`
 * (https://github.com/kubernetes/cloud-provider-gcp/blob/master/pkg/gcpcredential/gcpcredential.go):
 * no plan for any other registry may carry that token, a Google IAM step or `gcloud auth`, in
 * any of its three forms; it gets that registry's own credentials instead.
 */
const targets = httpTargets(createTestApp().app);
afterAll(() => targets.forEach((t) => t.server.close()));

const NODE = { name: 'gke-prod-pool-1-abcd', zone: 'us-central1-a', projectId: 'acme-prod' };

interface Step {
  id: string;
  title: string;
  detail: string;
  commands: Array<{ run: string; shell: string; runOn: string; mutates: boolean }>;
}

const runs = (body: { steps: Step[] }) =>
  body.steps.flatMap((s) => s.commands.map((c) => c.run)).join('\n');
const stepOf = (body: { steps: Step[] }, id: string) => body.steps.find((s) => s.id === id);

/** Everything that hands a Google credential to a registry, or asks Google's IAM about it. */
const GOOGLE_CREDENTIAL =
  /oauth2accesstoken|computeMetadata\/v1\/instance\/service-accounts\/default\/token|gcloud auth configure-docker|artifactregistry|roles\/artifactregistry|_json_key/;

const FOREIGN_ERRORS: ReadonlyArray<readonly [string, string, string, string]> = [
  [
    'Docker Hub (a short name)',
    'Failed to pull image "acme/private-app:2": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/acme/private-app:2": failed to resolve reference "docker.io/acme/private-app:2": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    'docker.io',
    'docker-hub',
  ],
  [
    'quay.io',
    'Failed to pull image "quay.io/acme/api:1.4": rpc error: code = Unknown desc = failed to pull and unpack image "quay.io/acme/api:1.4": failed to resolve reference "quay.io/acme/api:1.4": unexpected status from HEAD request to https://quay.io/v2/acme/api/manifests/1.4: 401 UNAUTHORIZED',
    'quay.io',
    'quay',
  ],
  [
    'ghcr.io',
    'Failed to pull image "ghcr.io/acme/worker:3": rpc error: code = Unknown desc = failed to pull and unpack image "ghcr.io/acme/worker:3": failed to resolve reference "ghcr.io/acme/worker:3": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aacme%2Fworker%3Apull&service=ghcr.io: 403 Forbidden',
    'ghcr.io',
    'ghcr',
  ],
  [
    'Amazon ECR',
    'Failed to pull image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app:7": rpc error: code = Unknown desc = failed to pull and unpack image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app:7": failed to resolve reference "123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app:7": pulling from host 123456789012.dkr.ecr.eu-west-1.amazonaws.com failed with status code [manifests 7]: 401 Unauthorized',
    '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    'ecr',
  ],
  [
    'Azure Container Registry',
    'Failed to pull image "acmeprod.azurecr.io/web:5": rpc error: code = Unknown desc = failed to pull and unpack image "acmeprod.azurecr.io/web:5": failed to resolve reference "acmeprod.azurecr.io/web:5": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://acmeprod.azurecr.io/oauth2/token?scope=repository%3Aweb%3Apull&service=acmeprod.azurecr.io: 401 Unauthorized',
    'acmeprod.azurecr.io',
    'acr',
  ],
  [
    'a private Harbor host with a port',
    'Failed to pull image "harbor.corp.example:8443/platform/api:9": rpc error: code = Unknown desc = failed to pull and unpack image "harbor.corp.example:8443/platform/api:9": failed to resolve reference "harbor.corp.example:8443/platform/api:9": pulling from host harbor.corp.example:8443 failed with status code [manifests 9]: 401 Unauthorized',
    'harbor.corp.example:8443',
    'other',
  ],
  [
    'a host that only looks like Artifact Registry',
    'Failed to pull image "us-docker.pkg.dev.attacker.example/p/r/app:1": rpc error: code = Unknown desc = failed to pull and unpack image "us-docker.pkg.dev.attacker.example/p/r/app:1": failed to resolve reference "us-docker.pkg.dev.attacker.example/p/r/app:1": pulling from host us-docker.pkg.dev.attacker.example failed with status code [manifests 1]: 403 Forbidden',
    'us-docker.pkg.dev.attacker.example',
    'other',
  ],
];

function errorOf(name: string): string {
  const entry = FOREIGN_ERRORS.find(([n]) => n === name);
  if (!entry) throw new Error(`no sample named ${name}`);
  return entry[1];
}

/** The credential a pull Secret for each family is made from. */
const SECRET_COMMAND: Readonly<Record<string, RegExp>> = {
  'docker-hub':
    /--docker-server=https:\/\/index\.docker\.io\/v1\/ --docker-username=REGISTRY_USERNAME/,
  quay: /--docker-server=quay\.io --docker-username=REGISTRY_USERNAME/,
  ghcr: /--docker-server=ghcr\.io --docker-username=REGISTRY_USERNAME/,
  ecr: /--docker-username=AWS --docker-password="\$\(aws ecr get-login-password --region eu-west-1\)"/,
  acr: /--docker-server=acmeprod\.azurecr\.io --docker-username=REGISTRY_USERNAME/,
  other:
    /--docker-server=(?:harbor\.corp\.example:8443|us-docker\.pkg\.dev\.attacker\.example) --docker-username=REGISTRY_USERNAME/,
};

async function plan(
  target: (typeof targets)[number],
  json: Record<string, unknown>,
  extra: { query?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const response = await call(target, 'post', '/v1/troubleshooting/plans', { json, ...extra });
  expect(response.status).toBe(200);
  return response;
}

describe.each(targets)(
  'plans for registries that are not Google’s, through the $name entry',
  (target) => {
    it.each(FOREIGN_ERRORS)(
      'never hands the node’s Google token to %s, in JSON, Markdown or a script, on Linux or Windows',
      async (_name, error, registry, family) => {
        for (const os of ['linux', 'windows'] as const) {
          const json = { error, node: { ...NODE, os }, via: 'gcloud' };
          const answer = await plan(target, json);
          expect(answer.body.context).toMatchObject({ registry, registryFamily: family });
          expect(runs(answer.body)).not.toMatch(GOOGLE_CREDENTIAL);
          for (const format of ['markdown', 'shell']) {
            const rendered = await plan(target, json, { query: { format } });
            expect(rendered.text).not.toMatch(GOOGLE_CREDENTIAL);
          }
        }
      },
    );

    it.each(FOREIGN_ERRORS)(
      'gives %s a plan about its own credentials: a pull Secret made from them, the pull with them',
      async (_name, error, _registry, family) => {
        const answer = await plan(target, { error, node: NODE, via: 'gcloud' });
        const ids = answer.body.steps.map((s: Step) => s.id);
        expect(ids).toEqual(
          expect.arrayContaining(['check-pull-secret', 'registry-access', 'create-pull-secret']),
        );
        for (const google of ['tell-apart', 'check-repo-iam', 'grant-reader', 'identify-node-sa'])
          expect(ids).not.toContain(google);
        expect(runs(answer.body)).toMatch(SECRET_COMMAND[family] as RegExp);
        const pull = stepOf(answer.body, 'pull-on-node');
        expect(pull?.commands.map((c) => c.run).at(-1)).toMatch(
          /^sudo crictl pull --creds "\$REGISTRY_USERNAME:\$REGISTRY_PASSWORD" /,
        );
        expect(pull?.detail).toContain('never send their Google credentials');
        expect(answer.body.diagnosis.summary).not.toMatch(/Artifact Registry|artifactregistry/);
      },
    );

    it('names how quay.io grants access: a robot account with Read permission, and its docs', async () => {
      const error = errorOf('quay.io');
      const answer = await plan(target, { error });
      const access = stepOf(answer.body, 'registry-access');
      expect(access?.title).toContain('Quay.io');
      expect(access?.detail).toContain('robot account');
      expect(access?.detail).toContain('Read permission');
      expect(access?.detail).toContain('https://docs.quay.io/');
      const spanish = await plan(target, { error }, { headers: { 'accept-language': 'es' } });
      expect(stepOf(spanish.body, 'registry-access')?.detail).toContain('cuenta robot');
    });

    it('logs a workstation in with the registry’s own tool, never gcloud’s helper', async () => {
      const ecr = await plan(target, { error: errorOf('Amazon ECR') });
      expect(runs(ecr.body)).toContain(
        'aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      );
      const acr = await plan(target, { error: errorOf('Azure Container Registry') });
      expect(runs(acr.body)).toContain('az acr login --name acmeprod');
    });

    it('pulls a public image from another registry anonymously, as the kubelet does without a Secret', async () => {
      const error =
        'Failed to pull image "quay.io/prometheus/node-exporter:v1.8.0": rpc error: code = NotFound desc = failed to pull and unpack image "quay.io/prometheus/node-exporter:v1.8.0": no match for platform in manifest: not found';
      const answer = await plan(target, { error, node: NODE });
      expect(answer.body.diagnosis.cause).toBe('platform-mismatch');
      expect(stepOf(answer.body, 'pull-on-node')?.commands.map((c) => c.run)).toEqual([
        'sudo crictl pull quay.io/prometheus/node-exporter:v1.8.0',
      ]);
    });

    it('uses the request’s image, parsed, over a host the text names', async () => {
      const answer = await plan(target, {
        error: '401 Unauthorized from the registry',
        image: 'ghcr.io/acme/worker@sha256:' + 'a'.repeat(64),
      });
      expect(answer.body.context).toMatchObject({ registry: 'ghcr.io', registryFamily: 'ghcr' });
      expect(runs(answer.body)).not.toMatch(GOOGLE_CREDENTIAL);
    });

    it('sends no token anywhere when no registry is known at all', async () => {
      const answer = await plan(target, { error: '403 Forbidden', node: NODE });
      expect(answer.body.context).toMatchObject({ registry: null, registryFamily: 'unknown' });
      expect(runs(answer.body)).not.toMatch(/oauth2accesstoken|default\/token/);
      expect(stepOf(answer.body, 'pull-on-node')?.commands.map((c) => c.run)).toEqual([
        'sudo crictl pull IMAGE',
      ]);
    });

    it('still pulls from Artifact Registry with the node’s token: the credential goes where GKE sends it', async () => {
      const image = 'europe-west4-docker.pkg.dev/acme-prod/apps/api:3';
      const error = `Failed to pull image "${image}": rpc error: code = Unknown desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": pulling from host europe-west4-docker.pkg.dev failed with status code [manifests 3]: 403 Forbidden`;
      const answer = await plan(target, { error, node: NODE });
      expect(answer.body.context.registryFamily).toBe('google');
      expect(
        stepOf(answer.body, 'pull-on-node')
          ?.commands.map((c) => c.run)
          .at(-1),
      ).toBe(`sudo crictl pull --creds "oauth2accesstoken:$ACCESS_TOKEN" ${image}`);
      expect(stepOf(answer.body, 'tell-apart')?.commands[0]?.run).toBe(
        'gcloud artifacts repositories describe apps --location=europe-west4 --project=acme-prod',
      );
    });
  },
);

describe.each(targets)('Docker Hub’s rate limit, through the $name entry', (target) => {
  const error =
    'Failed to pull image "redis:7": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/redis:7": unexpected status code https://registry-1.docker.io/v2/library/redis/manifests/7: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.';

  it('says it is Docker Hub’s limit per address or account, not an Artifact Registry quota', async () => {
    const answer = await plan(target, { error, node: NODE });
    expect(answer.body.diagnosis.cause).toBe('rate-limited');
    expect(answer.body.diagnosis.summary).toContain('Docker Hub');
    expect(answer.body.diagnosis.summary).toContain('per source IP address');
    expect(answer.body.diagnosis.summary).toContain('not an Artifact Registry quota');
    expect(answer.body.steps.map((s: Step) => s.id)).not.toContain('check-quota');
  });

  it('offers mirror.gcr.io, an Artifact Registry remote repository and authenticated pulls', async () => {
    const answer = await plan(target, { error, node: NODE });
    const all = runs(answer.body);
    expect(stepOf(answer.body, 'docker-hub-limits')?.detail).toContain('mirror.gcr.io');
    expect(all).toContain('https://mirror.gcr.io/v2/');
    expect(all).toContain(
      'gcloud artifacts repositories create REMOTE_REPOSITORY --project=acme-prod --location=us-central1 --repository-format=docker --mode=remote-repository --remote-docker-repo=DOCKER-HUB',
    );
    expect(all).toContain('--mode=virtual-repository --upstream-policy-file=UPSTREAM_POLICY_FILE');
    expect(all).toMatch(
      /kubectl create secret docker-registry [^\n]*--docker-server=https:\/\/index\.docker\.io\/v1\//,
    );
    expect(all).not.toMatch(GOOGLE_CREDENTIAL);
  });

  it('keeps an Artifact Registry 429 about Artifact Registry’s quota', async () => {
    const image = 'us-docker.pkg.dev/acme-prod/apps/api:3';
    const answer = await plan(target, {
      error: `failed to resolve reference "${image}": unexpected status from HEAD request to https://us-docker.pkg.dev/v2/acme-prod/apps/api/manifests/3: 429 Too Many Requests`,
    });
    expect(answer.body.diagnosis.summary).toContain('Artifact Registry quota');
    const ids = answer.body.steps.map((s: Step) => s.id);
    expect(ids).toContain('check-quota');
    expect(ids).not.toContain('create-remote-repo');
  });
});

describe.each(targets)(
  'TLS errors from a registry outside Google, through the $name entry',
  (target) => {
    const error =
      'Failed to pull image "registry.corp.example/app:1": failed to do request: Head "https://registry.corp.example/v2/app/manifests/1": tls: failed to verify certificate: x509: certificate signed by unknown authority';

    it('leads with a private or self-signed CA and GKE’s way to trust it, not a proxy', async () => {
      const answer = await plan(target, {
        error,
        node: NODE,
        cluster: { version: '1.30.5-gke.1014001', name: 'prod', location: 'us-central1' },
      });
      expect(answer.body.diagnosis.summary).toMatch(/private or self-signed certificate authority/);
      expect(answer.body.diagnosis.summary).not.toMatch(/proxy/);
      const detail = String(stepOf(answer.body, 'check-certificate')?.detail);
      expect(detail).toContain('private or self-signed certificate authority');
      expect(detail.indexOf('private or self-signed')).toBeLessThan(detail.indexOf('proxy'));
      const all = runs(answer.body);
      expect(all).toContain(
        'gcloud secrets create CA_SECRET --project=acme-prod --data-file=CA_CERT_FILE',
      );
      expect(all).toContain('--role=roles/secretmanager.secretAccessor');
      expect(all).toMatch(
        /privateRegistryAccessConfig:[^\n]*gcpSecretManagerCertificateConfig:[^\n]*fqdns:[^\n]* acme-prod CA_SECRET registry\.corp\.example > CONTAINERD_CONFIG_FILE/,
      );
      expect(all).toContain(
        'gcloud container clusters update prod --location=us-central1 --project=acme-prod --containerd-config-from-file=CONTAINERD_CONFIG_FILE',
      );
    });
  },
);
