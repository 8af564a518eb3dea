import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, httpTargets } from '../../support/app';
import { call, type ApiResponse } from '../../support/call';
import {
  assertMatchesContract,
  contractDocument,
  requestBodyViolations,
} from '../../support/contract';

/*
 * `network-path` through HTTP: Cloud NAT is a path to Google APIs; inside a VPC Service Controls
 * perimeter only the restricted VIP is, with the exact `gcloud dns` commands; Docker Hub without
 * NAT is only what mirror.gcr.io caches, and a remote (and virtual) repository is the way out.
 */
const targets = httpTargets(createTestApp().app);
afterAll(() => targets.forEach((t) => t.server.close()));

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const PINNED = `us-central1-docker.pkg.dev/my-project/my-repo/web@${DIGEST}`;
const GCR = `gcr.io/my-project/web@${DIGEST}`;
const CLUSTER = {
  version: '1.30.5-gke.1014001',
  projectId: 'my-project',
  projectNumber: '123456789012',
  location: 'us-central1-a',
  nodeServiceAccount: 'default',
  nodeOauthScopes: ['https://www.googleapis.com/auth/devstorage.read_only'],
  nodeImageType: 'COS_CONTAINERD',
  privateNodes: true,
  subnetwork: 'gke-subnet',
};
const PGA_COMMAND =
  'gcloud compute networks subnets update gke-subnet --region=us-central1 --project=my-project --enable-private-ip-google-access';
const NETWORK =
  'https://www.googleapis.com/compute/v1/projects/my-project/global/networks/NETWORK_NAME';
const DNS_COMMANDS = [
  `gcloud dns managed-zones create pkg-dev --visibility=private --networks=${NETWORK} --description="pkg.dev through restricted.googleapis.com" --dns-name=pkg.dev. --project=my-project`,
  'gcloud dns record-sets create pkg.dev. --zone=pkg-dev --type=A --ttl=300 --rrdatas=199.36.153.4,199.36.153.5,199.36.153.6,199.36.153.7 --project=my-project',
  "gcloud dns record-sets create '*.pkg.dev.' --zone=pkg-dev --type=CNAME --ttl=300 --rrdatas=pkg.dev. --project=my-project",
  `gcloud dns managed-zones create gcr-io --visibility=private --networks=${NETWORK} --description="gcr.io through restricted.googleapis.com" --dns-name=gcr.io. --project=my-project`,
  'gcloud dns record-sets create gcr.io. --zone=gcr-io --type=A --ttl=300 --rrdatas=199.36.153.4,199.36.153.5,199.36.153.6,199.36.153.7 --project=my-project',
  "gcloud dns record-sets create '*.gcr.io.' --zone=gcr-io --type=CNAME --ttl=300 --rrdatas=gcr.io. --project=my-project",
];
const NAT_COMMANDS = [
  'gcloud compute routers create ROUTER_NAME --network=NETWORK_NAME --region=us-central1 --project=my-project',
  'gcloud compute routers nats create NAT_NAME --router=ROUTER_NAME --region=us-central1 --project=my-project --auto-allocate-nat-external-ips --nat-all-subnet-ip-ranges',
];
const REMOTE_COMMAND =
  'gcloud artifacts repositories create docker-hub --repository-format=docker --location=us-central1 --mode=remote-repository --remote-docker-repo=DOCKER-HUB --project=my-project';
const UPSTREAM_POLICY = JSON.stringify([
  {
    id: 'own',
    repository: 'projects/my-project/locations/us-central1/repositories/REPOSITORY_NAME',
    priority: 100,
  },
  {
    id: 'docker-hub',
    repository: 'projects/my-project/locations/us-central1/repositories/docker-hub',
    priority: 50,
  },
]);
const VIRTUAL_COMMANDS = [
  `printf '%s\\n' '${UPSTREAM_POLICY}' > upstream-policy.json`,
  'gcloud artifacts repositories create docker-all --repository-format=docker --location=us-central1 --mode=virtual-repository --upstream-policy-file=upstream-policy.json --project=my-project',
];

interface CheckJson {
  id: string;
  status: string;
  message: string;
  evidence: Record<string, unknown>;
  missing: string[];
  remediation: { summary: string; commands: string[]; docs: string[] } | null;
}
const networkPathOf = (response: ApiResponse) =>
  (response.body.checks as CheckJson[]).find((check) => check.id === 'network-path') as CheckJson;

describe.each(targets)('network-path through the $name entry', (target) => {
  const evaluate = (image: string, cluster: Record<string, unknown>, language = 'en') =>
    call(target, 'post', '/v1/preconditions/evaluate', {
      json: { image, cluster: { ...CLUSTER, ...cluster }, repository: { public: false } },
      headers: { 'accept-language': language },
    });

  it.each([
    { name: 'Artifact Registry', image: PINNED },
    { name: 'gcr.io', image: GCR },
  ])(
    'passes private nodes without Private Google Access that have Cloud NAT, for $name',
    async ({ image }) => {
      const response = await evaluate(image, { privateGoogleAccess: false, cloudNat: true });
      expect(response.status).toBe(200);
      const check = networkPathOf(response);
      expect(check.status).toBe('pass');
      expect(check.evidence).toMatchObject({ way: 'cloud-nat', cloudNat: true });
      expect(check.message).toContain('Cloud NAT');
    },
  );

  it('fails private nodes with neither way to Google APIs, with the Private Google Access command', async () => {
    const response = await evaluate(PINNED, { privateGoogleAccess: false, cloudNat: false });
    const check = networkPathOf(response);
    expect(check.status).toBe('fail');
    expect(response.body.verdict).toBe('action-required');
    expect(check.remediation?.commands).toEqual([PGA_COMMAND]);
    expect(check.remediation?.summary).toContain('Cloud NAT');
  });

  it('asks for cloudNat when Private Google Access is off and NAT is not known', async () => {
    const response = await evaluate(PINNED, { privateGoogleAccess: false });
    const check = networkPathOf(response);
    expect(check.status).toBe('unknown');
    expect(check.missing).toEqual(['/cluster/cloudNat']);
    expect(response.body.verdict).toBe('unknown');
  });

  describe('inside a VPC Service Controls perimeter', () => {
    it('fails without the restricted VIP zones even with Cloud NAT, offering the exact gcloud dns commands', async () => {
      const response = await evaluate(PINNED, {
        privateGoogleAccess: true,
        cloudNat: true,
        vpcServiceControls: true,
        restrictedVipDns: false,
      });
      const check = networkPathOf(response);
      expect(check.status).toBe('fail');
      expect(check.message).toContain('199.36.153.4/30');
      expect(check.remediation?.commands).toEqual(DNS_COMMANDS);
      expect(check.remediation?.docs).toContain(
        'https://cloud.google.com/vpc-service-controls/docs/set-up-gke',
      );
      expect(check.evidence).toMatchObject({ vpcServiceControls: true, restrictedVipDns: false });
    });

    it('fails without Private Google Access although the zones answer, with the subnet command only', async () => {
      const response = await evaluate(GCR, {
        privateGoogleAccess: false,
        vpcServiceControls: true,
        restrictedVipDns: true,
      });
      const check = networkPathOf(response);
      expect(check.status).toBe('fail');
      expect(check.remediation?.commands).toEqual([PGA_COMMAND]);
    });

    it('passes through the restricted VIP with the zones and Private Google Access', async () => {
      const response = await evaluate(PINNED, {
        privateGoogleAccess: true,
        vpcServiceControls: true,
        restrictedVipDns: true,
      });
      const check = networkPathOf(response);
      expect(check.status).toBe('pass');
      expect(check.evidence).toMatchObject({ way: 'restricted-vip' });
    });

    it('is unknown, naming restrictedVipDns, with the zone commands to make sure', async () => {
      const response = await evaluate(PINNED, {
        privateGoogleAccess: true,
        vpcServiceControls: true,
      });
      const check = networkPathOf(response);
      expect(check.status).toBe('unknown');
      expect(check.missing).toEqual(['/cluster/restrictedVipDns']);
      expect(check.remediation?.commands).toEqual(DNS_COMMANDS);
    });

    it('says it in Spanish with the same commands', async () => {
      const response = await evaluate(
        PINNED,
        { privateGoogleAccess: true, vpcServiceControls: true, restrictedVipDns: false },
        'es',
      );
      const check = networkPathOf(response);
      expect(check.message).toContain('Controles de Servicio de VPC');
      expect(check.remediation?.summary).toMatch(/^Crea zonas privadas de Cloud DNS/);
      expect(check.remediation?.commands).toEqual(DNS_COMMANDS);
    });
  });

  describe('Docker Hub from private nodes', () => {
    it('warns without Cloud NAT: only what mirror.gcr.io caches pulls, through Private Google Access', async () => {
      const response = await evaluate('nginx:1.27', { privateGoogleAccess: true, cloudNat: false });
      const check = networkPathOf(response);
      expect(check.status).toBe('warn');
      expect(check.evidence).toMatchObject({ way: 'mirror', hostKind: 'docker-hub' });
      expect(check.message).toContain('mirror.gcr.io');
      expect(check.message).not.toContain('egress rule');
      expect(check.remediation?.commands).toEqual([
        ...NAT_COMMANDS,
        REMOTE_COMMAND,
        ...VIRTUAL_COMMANDS,
      ]);
      expect(check.remediation?.summary).toContain(
        'us-central1-docker.pkg.dev/my-project/docker-hub/library/nginx:1.27',
      );
      expect(check.remediation?.docs).toContain(
        'https://cloud.google.com/artifact-registry/docs/pull-cached-dockerhub-images',
      );
    });

    it('says that mirror.gcr.io needs an egress rule inside a VPC Service Controls perimeter', async () => {
      const response = await evaluate('nginx:1.27', {
        privateGoogleAccess: true,
        cloudNat: false,
        vpcServiceControls: true,
      });
      const check = networkPathOf(response);
      expect(check.status).toBe('warn');
      expect(check.message).toContain('egress rule');
      expect(check.remediation?.commands).toContain(
        'gcloud artifacts vpcsc-config allow --location=us-central1 --project=my-project',
      );
    });

    it('fails with neither Cloud NAT nor Private Google Access, turning the subnet on before the remote repository', async () => {
      const response = await evaluate('nginx:1.27', {
        privateGoogleAccess: false,
        cloudNat: false,
      });
      const check = networkPathOf(response);
      expect(check.status).toBe('fail');
      expect(check.remediation?.commands).toEqual([
        ...NAT_COMMANDS,
        PGA_COMMAND,
        REMOTE_COMMAND,
        ...VIRTUAL_COMMANDS,
      ]);
    });

    it('passes with Cloud NAT', async () => {
      const response = await evaluate('nginx:1.27', { cloudNat: true });
      expect(networkPathOf(response).status).toBe('pass');
    });
  });
});

describe('the contract examples of POST /v1/preconditions/evaluate', () => {
  type Examples = Record<string, { value: Record<string, unknown> }>;
  interface Operation {
    requestBody: { content: Record<string, { examples: Examples }> };
    responses: Record<string, { content: Record<string, { examples: Examples }> }>;
  }
  const paths = contractDocument().paths as Record<string, Record<string, Operation>>;
  const operation = paths['/v1/preconditions/evaluate']?.post as Operation;
  const requests = operation.requestBody.content['application/json']?.examples as Examples;
  const answers = operation.responses['200']?.content['application/json']?.examples as Examples;

  it.each(Object.keys(requests))('the %s request example is a valid request', async (name) => {
    const body = requests[name]?.value;
    expect(requestBodyViolations('post', '/v1/preconditions/evaluate', body)).toEqual([]);
    const response = await call(
      targets[0] as (typeof targets)[number],
      'post',
      '/v1/preconditions/evaluate',
      {
        json: { ...body, live: false },
      },
    );
    expect(response.status).toBe(200);
  });

  it.each(Object.keys(answers))(
    'the %s answer example is an answer the contract accepts',
    (name) => {
      assertMatchesContract({
        method: 'post',
        path: '/v1/preconditions/evaluate',
        status: 200,
        contentType: 'application/json',
        body: answers[name]?.value,
      });
    },
  );

  it('the perimeter answer example shows what the service answers to the perimeter request', async () => {
    const response = await call(
      targets[0] as (typeof targets)[number],
      'post',
      '/v1/preconditions/evaluate',
      {
        json: { ...requests.vpcServiceControls?.value, live: false },
      },
    );
    const example = answers.perimeter?.value as { checks: CheckJson[] };
    const shown = example.checks.find((check) => check.id === 'network-path');
    expect(networkPathOf(response)).toEqual(shown);
    expect(response.body.image).toEqual((answers.perimeter?.value as { image: unknown }).image);
  });
});
