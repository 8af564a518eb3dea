import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Check } from '../../../shared/preconditions/types';
import { parseImageReference } from '../../../shared/image-ref';
import { LANGUAGES } from '../../../shared/i18n';
import {
  buildTroubleshootingPlan,
  CAUSES,
  type PlanInput,
  type TroubleshootingPlan,
} from '../../../shared/troubleshooting';
import { SAMPLE_ERRORS, SAMPLE_NODE } from './fixtures';

const allCommands = (plan: TroubleshootingPlan) => plan.steps.flatMap((s) => s.commands);
const allRuns = (plan: TroubleshootingPlan) => allCommands(plan).map((c) => c.run);
const step = (plan: TroubleshootingPlan, id: string) => plan.steps.find((s) => s.id === id);

describe('buildTroubleshootingPlan diagnosis', () => {
  it.each(CAUSES.map((c) => [c] as const))('diagnoses the %s sample as that cause', (cause) => {
    const plan = buildTroubleshootingPlan({ error: SAMPLE_ERRORS[cause], language: 'en' });
    expect(plan.diagnosis.cause).toBe(cause);
    expect(plan.diagnosis.summary).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(plan.steps.length).toBeGreaterThan(2);
  });

  it('asks for the earlier event first when only ImagePullBackOff was pasted', () => {
    const plan = buildTroubleshootingPlan({ error: 'ImagePullBackOff', language: 'en' });
    expect(plan.diagnosis.cause).toBe('unknown');
    const [first] = plan.steps;
    expect(first?.id).toBe('gather-events');
    expect(first?.commands.map((c) => c.run)).toEqual([
      'kubectl describe pod POD --namespace=NAMESPACE',
      'kubectl get events --namespace=NAMESPACE --field-selector=involvedObject.name=POD --sort-by=.lastTimestamp',
    ]);
    expect(plan.diagnosis.summary).toContain('Failed to pull image');
  });

  it('fills the pod and namespace the kubelet log names', () => {
    const plan = buildTroubleshootingPlan({
      error:
        'E0301 pod_workers.go:1298] "Error syncing pod, skipping" err="ImagePullBackOff" pod="shop/web-6d4f9"',
      language: 'en',
    });
    expect(step(plan, 'gather-events')?.commands[0]?.run).toBe(
      'kubectl describe pod web-6d4f9 --namespace=shop',
    );
  });

  it('tells the ambiguous Artifact Registry denial apart with describe commands', () => {
    const plan = buildTroubleshootingPlan({
      error: SAMPLE_ERRORS['permission-denied'],
      language: 'en',
    });
    expect(plan.alternatives).toContainEqual({
      cause: 'not-found',
      confidence: expect.any(Number),
    });
    const tellApart = step(plan, 'tell-apart');
    expect(tellApart?.commands.map((c) => c.run)).toEqual([
      'gcloud artifacts repositories describe apps --location=us-central1 --project=acme-shop',
      'gcloud artifacts docker images describe us-central1-docker.pkg.dev/acme-shop/apps/checkout:1.8.2',
    ]);
    expect(tellApart?.onFailure).toBe('list-tags');
    expect(step(plan, 'list-tags')?.branch).toBe(true);
  });

  it('answers an empty request with the generic plan instead of throwing', () => {
    const plan = buildTroubleshootingPlan({ language: 'es' });
    expect(plan.diagnosis).toMatchObject({ cause: 'unknown', confidence: 0 });
    expect(plan.steps.map((s) => s.id)).toEqual([
      'gather-events',
      'find-node',
      'connect-node',
      'explain-runtime',
      'pull-on-node',
      'runtime-logs',
    ]);
    expect(plan.diagnosis.summary).toMatch(/No se indicó/);
  });

  it('diagnoses an unparsable request image as invalid-reference', () => {
    const plan = buildTroubleshootingPlan({
      imageText: 'https://us-docker.pkg.dev/p/r/app',
      image: null,
      imageError: {
        code: 'INVALID_REFERENCE',
        detail:
          'image reference must not contain a URL scheme: "https://us-docker.pkg.dev/p/r/app"',
      },
      language: 'en',
    });
    expect(plan.diagnosis.cause).toBe('invalid-reference');
    expect(plan.diagnosis.evidence[0]?.pattern).toBe('request-image-invalid');
    expect(step(plan, 'show-reference')?.detail).toContain('URL scheme');
    expect(step(plan, 'pull-on-node')?.commands.at(-1)?.run).toMatch(/ IMAGE$/);
  });

  it('never throws, whatever the input', () => {
    const text = fc.option(fc.string({ maxLength: 400 }), { nil: undefined });
    fc.assert(
      fc.property(
        text,
        fc.record(
          {
            name: text,
            zone: text,
            projectId: text,
            os: fc.constantFrom('linux', 'windows', undefined),
          },
          { requiredKeys: [] },
        ),
        fc.constantFrom('gcloud', 'console', undefined),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.constantFrom(...LANGUAGES),
        (error, node, via, isPublic, language) => {
          const input = {
            error,
            node,
            via,
            repository: { public: isPublic },
            language,
          } as PlanInput;
          const plan = buildTroubleshootingPlan(input);
          expect(CAUSES).toContain(plan.diagnosis.cause);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('buildTroubleshootingPlan values and placeholders', () => {
  it('fills project, zone, node and image from the request', () => {
    const plan = buildTroubleshootingPlan({
      error: SAMPLE_ERRORS.network,
      node: SAMPLE_NODE,
      language: 'en',
    });
    expect(step(plan, 'connect-node')?.commands[0]?.run).toBe(
      'gcloud compute ssh --project=acme-shop --zone=us-central1-a gke-shop-pool-1-abcd',
    );
    expect(step(plan, 'find-node')).toBeUndefined();
    expect(step(plan, 'check-subnet-pga')?.commands[1]?.run).toContain('--region=us-central1');
    expect(step(plan, 'check-reachability')?.commands.map((c) => c.run)).toContain(
      'getent hosts us-east1-docker.pkg.dev',
    );
  });

  it('leaves clear placeholders where a value is unknown, and lists them', () => {
    const plan = buildTroubleshootingPlan({ error: 'ImagePullBackOff', language: 'en' });
    expect(step(plan, 'connect-node')?.commands[0]).toMatchObject({
      run: 'gcloud compute ssh --project=PROJECT_ID --zone=ZONE NODE_NAME',
      placeholders: ['PROJECT_ID', 'ZONE', 'NODE_NAME'],
    });
    // No registry is known, so nothing may carry the node's token: IMAGE could be anywhere.
    expect(step(plan, 'pull-on-node')?.commands.map((c) => c.run)).toEqual([
      'sudo crictl pull IMAGE',
    ]);
    expect(allRuns(plan).join('\n')).not.toMatch(/oauth2accesstoken|ACCESS_TOKEN/);
  });

  it('never invents a value: every upper-case word of a command is a listed placeholder or a fixed literal', () => {
    const FIXED = new Set(['DOCKER-HUB', 'ACCESS_TOKEN', 'REGISTRY_USERNAME', 'REGISTRY_PASSWORD']);
    for (const cause of CAUSES) {
      const plan = buildTroubleshootingPlan({ error: SAMPLE_ERRORS[cause], language: 'en' });
      for (const command of allCommands(plan)) {
        const words =
          command.run.match(
            /(?<![A-Za-z0-9_$-])[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)+(?![A-Za-z0-9_])|\b(?:IMAGE|ZONE|REGION|LOCATION|REPOSITORY|SUBNET|WORKLOAD|ARCH|PERIMETER|POD|NAMESPACE)\b/g,
          ) ?? [];
        for (const word of words) {
          if (FIXED.has(word)) continue;
          expect(command.placeholders, `${cause}: ${command.run}`).toContain(word);
        }
        for (const name of command.placeholders) expect(command.run).toContain(name);
      }
    }
  });

  it('quotes hostile request values so they stay one argument', () => {
    const plan = buildTroubleshootingPlan({
      error: SAMPLE_ERRORS['permission-denied'],
      node: { name: "node'; rm -rf / #", zone: 'us-central1-a $(id)', projectId: 'p' },
      language: 'en',
    });
    const ssh = step(plan, 'connect-node')?.commands[0]?.run;
    expect(ssh).toBe(
      `gcloud compute ssh --project=p --zone='us-central1-a $(id)' 'node'\\''; rm -rf / #'`,
    );
    const logs = step(plan, 'runtime-logs')?.commands[0]?.run;
    expect(logs).toContain('resource.labels.node_name=\\"node\'; rm -rf / #\\"');
  });
});

describe('buildTroubleshootingPlan node flow', () => {
  it('pulls a public image without credentials', () => {
    const plan = buildTroubleshootingPlan({
      error: SAMPLE_ERRORS.unknown,
      image: null,
      repository: { public: true },
      node: SAMPLE_NODE,
      language: 'en',
    });
    expect(step(plan, 'pull-on-node')?.commands.map((c) => c.run)).toEqual([
      'sudo crictl pull IMAGE',
    ]);
  });

  it('pulls a private image with a token the command fetches from the metadata server itself', () => {
    const plan = buildTroubleshootingPlan({
      error: SAMPLE_ERRORS['permission-denied'],
      node: SAMPLE_NODE,
      language: 'en',
    });
    const [token, pull] = step(plan, 'pull-on-node')?.commands ?? [];
    expect(token?.run).toContain(
      "curl -s -H 'Metadata-Flavor: Google' http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    );
    expect(token?.run).toMatch(/^ACCESS_TOKEN="\$\(/);
    expect(pull?.run).toBe(
      'sudo crictl pull --creds "oauth2accesstoken:$ACCESS_TOKEN" us-central1-docker.pkg.dev/acme-shop/apps/checkout:1.8.2',
    );
    expect(step(plan, 'pull-on-node')?.expect).toBe('Image is up to date for sha256:…');
  });

  it('explains why docker cannot see the Kubernetes containers', () => {
    const plan = buildTroubleshootingPlan({ error: SAMPLE_ERRORS.tls, language: 'en' });
    const explain = step(plan, 'explain-runtime');
    expect(explain?.detail).toMatch(/docker/);
    expect(explain?.detail).toMatch(/k8s\.io/);
    expect(explain?.commands.map((c) => c.run)).toContain('sudo crictl ps --all');
  });

  it('describes the console SSH path instead of a command when via is console', () => {
    const plan = buildTroubleshootingPlan({
      error: SAMPLE_ERRORS.network,
      node: SAMPLE_NODE,
      via: 'console',
      language: 'en',
    });
    const connect = step(plan, 'connect-node');
    expect(connect?.commands).toEqual([]);
    expect(connect?.detail).toContain('Compute Engine > VM instances');
    expect(connect?.detail).toContain('gke-shop-pool-1-abcd');
    expect(connect?.detail).toContain('SSH');
  });

  it('speaks PowerShell and the Windows containerd service on Windows nodes', () => {
    const plan = buildTroubleshootingPlan({
      error: SAMPLE_ERRORS.network,
      node: { ...SAMPLE_NODE, os: 'windows' },
      language: 'en',
    });
    const nodeCommands = allCommands(plan).filter((c) => c.runOn === 'node');
    expect(nodeCommands.length).toBeGreaterThan(0);
    expect(nodeCommands.every((c) => c.shell === 'powershell')).toBe(true);
    const runs = allRuns(plan);
    expect(runs).toContain('Get-Service containerd');
    expect(runs).toContain('Get-Content C:\\etc\\kubernetes\\logs\\containerd.log -Tail 100');
    expect(runs.some((r) => r.includes('log_id(\\"container-runtime\\")'))).toBe(true);
    expect(runs.some((r) => r.startsWith('crictl pull --creds "oauth2accesstoken:$token" '))).toBe(
      true,
    );
    expect(step(plan, 'runtime-logs')?.detail).toContain('container-runtime');
  });
});

const FIX_COMMANDS: ReadonlyArray<readonly [string, string]> = [
  [
    'permission-denied',
    'gcloud artifacts repositories add-iam-policy-binding apps --location=us-central1 --project=acme-shop',
  ],
  ['unauthenticated', 'add-iam-policy-binding'],
  ['access-scope', '--scopes=cloud-platform'],
  ['not-found', 'gcloud artifacts docker tags list us-east1-docker.pkg.dev/acme-shop/apps/gateway'],
  ['network', '--enable-private-ip-google-access'],
  ['vpc-service-controls', 'gcloud access-context-manager perimeters update'],
  ['platform-mismatch', 'docker buildx build --platform linux/amd64,linux/arm64'],
  ['schema-unsupported', 'skopeo copy --format v2s2'],
  ['image-pull-secret', 'kubectl create secret docker-registry regcred'],
  ['rate-limited', '--mode=remote-repository'],
  ['tls', '--containerd-config-from-file='],
  ['registry-error', 'https://us-docker.pkg.dev/v2/'],
  ['invalid-reference', 'kubectl set image'],
];

describe('buildTroubleshootingPlan fix steps', () => {
  it.each(FIX_COMMANDS)('the %s plan carries the fix command %s', (cause, fragment) => {
    const plan = buildTroubleshootingPlan({
      error: SAMPLE_ERRORS[cause as keyof typeof SAMPLE_ERRORS],
      node: SAMPLE_NODE,
      language: 'en',
    });
    expect(allRuns(plan).some((r) => r.includes(fragment))).toBe(true);
  });

  it('marks every command that changes something as mutating', () => {
    for (const cause of CAUSES) {
      const plan = buildTroubleshootingPlan({ error: SAMPLE_ERRORS[cause], language: 'en' });
      for (const c of allCommands(plan)) {
        if (
          /add-iam-policy-binding|\bcreate\b|\bupdate\b|set image|\bpatch\b|\bdelete\b|--push|skopeo copy|cordon|configure-docker/.test(
            c.run,
          )
        ) {
          expect(c.mutates, c.run).toBe(true);
        }
      }
    }
  });

  it('reuses failing precondition checks as fix steps and returns the checks', () => {
    const checks: Check[] = [
      {
        id: 'gke-version',
        status: 'pass',
        message: 'GKE 1.30 is recent enough.',
        evidence: {},
        missing: [],
        remediation: null,
      },
      {
        id: 'node-service-account',
        status: 'fail',
        message: 'The node service account cannot read the repository.',
        evidence: {},
        missing: [],
        remediation: {
          summary: 'Grant roles/artifactregistry.reader.',
          commands: [
            'gcloud artifacts repositories add-iam-policy-binding apps --location=us-central1 --project=acme-shop --member=serviceAccount:123-compute@developer.gserviceaccount.com --role=roles/artifactregistry.reader',
          ],
          docs: [],
        },
      },
      {
        id: 'access-scopes',
        status: 'warn',
        message: 'Scopes unknown.',
        evidence: {},
        missing: [['cluster', 'nodeOauthScopes']],
        remediation: {
          summary: 'Check the scopes.',
          commands: ['gcloud container node-pools describe NODE_POOL --cluster=CLUSTER_NAME'],
          docs: [],
        },
      },
    ];
    const plan = buildTroubleshootingPlan({
      error: SAMPLE_ERRORS['permission-denied'],
      checks,
      node: SAMPLE_NODE,
      language: 'en',
    });
    expect(plan.checks).toBe(checks);
    expect(step(plan, 'grant-reader')).toBeUndefined();
    const fix = step(plan, 'fix-check-node-service-account');
    expect(fix).toMatchObject({ kind: 'fix', checkId: 'node-service-account' });
    expect(fix?.commands[0]).toMatchObject({
      run: checks[1]?.remediation?.commands[0],
      mutates: true,
    });
    expect(fix?.detail).toContain('cannot read the repository');
    const scopes = step(plan, 'fix-check-access-scopes');
    expect(scopes?.commands[0]).toMatchObject({
      mutates: false,
      placeholders: ['NODE_POOL', 'CLUSTER_NAME'],
    });
    expect(step(plan, 'fix-check-gke-version')).toBeUndefined();
    const ids = plan.steps.map((s) => s.id);
    expect(ids.indexOf('fix-check-node-service-account')).toBeLessThan(ids.indexOf('connect-node'));
  });
});

describe('buildTroubleshootingPlan structure for every cause, os, access and via', () => {
  const matrix = CAUSES.flatMap((cause) =>
    (['linux', 'windows'] as const).flatMap((os) =>
      (['gcloud', 'console'] as const).flatMap((via) =>
        [true, false].map((isPublic) => [cause, os, via, isPublic] as const),
      ),
    ),
  );
  it.each(matrix)(
    '%s on %s via %s (public: %s) has unique ids and valid onFailure links',
    (cause, os, via, isPublic) => {
      const plan = buildTroubleshootingPlan({
        error: SAMPLE_ERRORS[cause],
        node: { os },
        via,
        repository: { public: isPublic },
        language: 'es',
      });
      const ids = plan.steps.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      plan.steps.forEach((s) => {
        if (s.onFailure !== null) {
          expect(ids).toContain(s.onFailure);
          expect(s.onFailure).not.toBe(s.id);
        }
        expect(s.title && s.detail && s.expect).toBeTruthy();
        for (const text of [s.title, s.detail, s.expect]) expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
      });
      expect(plan.steps.at(-1)?.onFailure ?? null).toBeNull();
      expect(plan.context).toMatchObject({ os, via, repositoryPublic: isPublic });
      expect(plan.language).toBe('es');
    },
  );
});

describe('buildTroubleshootingPlan and the node credentials', () => {
  const IMAGES: ReadonlyArray<readonly [string, string, boolean]> = [
    ['us-docker.pkg.dev/acme-shop/r/app:1', 'google', true],
    ['gcr.io/acme-shop/app:1', 'google', true],
    ['eu.gcr.io/acme-shop/app:1', 'google', true],
    ['nginx:1.27', 'docker-hub', false],
    ['quay.io/o/app:1', 'quay', false],
    ['ghcr.io/o/app:1', 'ghcr', false],
    ['1234.dkr.ecr.us-east-1.amazonaws.com/app:1', 'ecr', false],
    ['reg.azurecr.io/app:1', 'acr', false],
    ['registry.k8s.io/pause:3.10', 'other', false],
    ['localhost:5000/app:1', 'other', false],
  ];
  const matrix = CAUSES.flatMap((cause) => IMAGES.map((image) => [cause, ...image] as const));
  it.each(matrix)(
    'the %s plan for %s (%s) carries the node token only for Google',
    (cause, text, family, google) => {
      const image = parseImageReference(text);
      const plan = buildTroubleshootingPlan({
        error: SAMPLE_ERRORS[cause],
        image,
        node: SAMPLE_NODE,
        language: 'en',
      });
      expect(plan.context.registryFamily).toBe(family);
      const runs = allRuns(plan).join('\n');
      // Fetching the token, handing it to a registry, or gcloud's helper: Google hosts only.
      if (!google)
        expect(runs).not.toMatch(/oauth2accesstoken|ACCESS_TOKEN=|\$token = |configure-docker/);
      if (google && plan.steps.some((s) => s.id === 'pull-on-node'))
        expect(runs).toContain('oauth2accesstoken:$ACCESS_TOKEN');
    },
  );
});
