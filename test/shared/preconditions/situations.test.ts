import { describe, expect, it } from 'vitest';
import type { CheckId, CheckStatus, Verdict } from '../../../shared/preconditions';
import type { FieldPath } from '../../../shared/problems';
import { checkOf, evaluate, PINNED_IMAGE, statusesOf, type Situation } from './fixtures';

interface Row extends Situation {
  name: string;
  verdict: Verdict;
  checks: Partial<Record<CheckId, CheckStatus>>;
  missing?: Partial<Record<CheckId, FieldPath[]>>;
}

const TAGGED = 'us-central1-docker.pkg.dev/my-project/my-repo/web:1.4.2';
const OTHER_PROJECT = `us-central1-docker.pkg.dev/shared-images/base/web@sha256:${'cd'.repeat(32)}`;

const ROWS: Row[] = [
  // The seed rule: same project + default SA + default permission + storage scope + public nodes.
  {
    name: 'the seed case (same project, default account, 1.30, storage scope, public nodes) is ready with the automatic-grant caveat as a warning',
    verdict: 'ready',
    checks: {
      'image-reference': 'pass',
      'gke-version': 'pass',
      'public-repository': 'not-applicable',
      'node-service-account': 'warn',
      'cross-project': 'pass',
      'access-scopes': 'pass',
      'network-path': 'pass',
      runtime: 'pass',
      'registry-location': 'pass',
    },
  },
  // Version table boundaries.
  {
    name: '1.14.10-gke.21 is one patch short of the default permission',
    cluster: { version: '1.14.10-gke.21' },
    verdict: 'action-required',
    checks: { 'gke-version': 'fail' },
  },
  {
    name: '1.14.10-gke.22 has the default permission',
    cluster: { version: '1.14.10-gke.22' },
    verdict: 'ready',
    checks: { 'gke-version': 'pass' },
  },
  {
    name: '1.14.10-gke.100 is newer than gke.22 (numeric comparison)',
    cluster: { version: '1.14.10-gke.100' },
    verdict: 'ready',
    checks: { 'gke-version': 'pass' },
  },
  {
    name: '1.15.9-gke.7 is one patch short of the default permission',
    cluster: { version: '1.15.9-gke.7' },
    verdict: 'action-required',
    checks: { 'gke-version': 'fail' },
  },
  {
    name: '1.15.9-gke.8 has the default permission',
    cluster: { version: '1.15.9-gke.8' },
    verdict: 'ready',
    checks: { 'gke-version': 'pass' },
  },
  {
    name: '1.15.8-gke.3 (the issue example) lacks the default permission',
    cluster: { version: '1.15.8-gke.3' },
    verdict: 'action-required',
    checks: { 'gke-version': 'fail' },
  },
  {
    name: '1.13 never had the default permission',
    cluster: { version: '1.13.12-gke.30' },
    verdict: 'action-required',
    checks: { 'gke-version': 'fail' },
  },
  {
    name: '1.16.0 (no gke suffix) has it on every patch',
    cluster: { version: '1.16.0' },
    verdict: 'ready',
    checks: { 'gke-version': 'pass' },
  },
  {
    name: '1.30.5-gke.1014001 has it',
    cluster: { version: '1.30.5-gke.1014001' },
    verdict: 'ready',
    checks: { 'gke-version': 'pass' },
  },
  {
    name: '1.15 without a patch cannot be placed against 1.15.9-gke.8 (incomplete, not missing)',
    cluster: { version: '1.15' },
    verdict: 'unknown',
    checks: { 'gke-version': 'unknown' },
    missing: { 'gke-version': [] },
  },
  {
    name: '1.14.10 without a gke suffix cannot be placed against 1.14.10-gke.22 (incomplete, not missing)',
    cluster: { version: 'v1.14.10' },
    verdict: 'unknown',
    checks: { 'gke-version': 'unknown' },
    missing: { 'gke-version': [] },
  },
  // Image references.
  {
    name: 'a tag instead of a digest is a warning',
    image: TAGGED,
    verdict: 'ready',
    checks: { 'image-reference': 'warn' },
  },
  {
    name: 'an image without tag or digest is a warning (implicit latest)',
    image: 'us-central1-docker.pkg.dev/my-project/my-repo/web',
    verdict: 'ready',
    checks: { 'image-reference': 'warn' },
  },
  {
    name: 'a Docker Hub image makes the Artifact Registry checks not applicable',
    image: 'nginx:1.27',
    verdict: 'ready',
    checks: {
      'image-reference': 'warn',
      'gke-version': 'not-applicable',
      'public-repository': 'not-applicable',
      'node-service-account': 'not-applicable',
      'cross-project': 'not-applicable',
      'access-scopes': 'not-applicable',
      'network-path': 'pass',
      runtime: 'pass',
      'registry-location': 'not-applicable',
    },
  },
  {
    name: 'a Docker Hub image on an old cluster does not need the AR default permission',
    image: 'docker.io/library/redis:7',
    cluster: { version: '1.13.12-gke.30', nodeImageType: 'COS' },
    verdict: 'ready',
    checks: { 'gke-version': 'not-applicable', runtime: 'warn' },
  },
  {
    name: 'an invalid reference fails with the parser code and leaves the image checks unknown',
    image: 'Not A Reference!',
    verdict: 'action-required',
    checks: {
      'image-reference': 'fail',
      'gke-version': 'unknown',
      'cross-project': 'unknown',
      'network-path': 'unknown',
      runtime: 'pass',
    },
  },
  {
    name: 'an Artifact Registry path without a repository fails',
    image: 'us-west1-docker.pkg.dev/my-project/my-image:v1',
    verdict: 'action-required',
    checks: { 'image-reference': 'fail' },
  },
  {
    name: 'a gcr.io image is served by Artifact Registry (multi-region us covers us-central1)',
    image: `gcr.io/my-project/web@${'sha256:' + 'ef'.repeat(32)}`,
    verdict: 'ready',
    checks: {
      'image-reference': 'pass',
      'cross-project': 'pass',
      'registry-location': 'pass',
      'network-path': 'pass',
    },
  },
  // Public repository.
  {
    name: 'a public repository needs no credentials: IAM checks are skipped',
    repository: { public: true },
    cluster: {
      version: '1.13.12-gke.30',
      nodeOauthScopes: ['https://www.googleapis.com/auth/logging.write'],
      nodeServiceAccount: 'puller@other.iam.gserviceaccount.com',
    },
    verdict: 'ready',
    checks: {
      'public-repository': 'pass',
      'gke-version': 'not-applicable',
      'node-service-account': 'not-applicable',
      'cross-project': 'not-applicable',
      'access-scopes': 'not-applicable',
    },
  },
  {
    name: 'an unknown repository visibility is not decisive: the IAM checks assume private',
    repository: {},
    verdict: 'ready',
    checks: { 'public-repository': 'unknown', 'node-service-account': 'warn' },
    missing: { 'public-repository': [['repository', 'public']] },
  },
  // Projects and service accounts.
  {
    name: 'a repository in another project needs a grant that cannot be seen offline',
    image: OTHER_PROJECT,
    verdict: 'unknown',
    checks: { 'cross-project': 'unknown', 'node-service-account': 'not-applicable' },
    missing: { 'cross-project': [] },
  },
  {
    name: 'another project and a custom account: the grant is named for that account',
    image: OTHER_PROJECT,
    cluster: { nodeServiceAccount: 'gke-nodes@my-project.iam.gserviceaccount.com' },
    verdict: 'unknown',
    checks: { 'cross-project': 'unknown', 'node-service-account': 'not-applicable' },
  },
  {
    name: 'another project with no node account asks for it',
    image: OTHER_PROJECT,
    without: ['nodeServiceAccount'],
    verdict: 'unknown',
    checks: { 'cross-project': 'unknown', 'node-service-account': 'unknown' },
    missing: {
      'cross-project': [['cluster', 'nodeServiceAccount']],
      'node-service-account': [['cluster', 'nodeServiceAccount']],
    },
  },
  {
    name: 'without the cluster project, same-project cannot be told',
    without: ['projectId'],
    verdict: 'unknown',
    checks: { 'cross-project': 'unknown', 'node-service-account': 'unknown' },
    missing: {
      'cross-project': [['cluster', 'projectId']],
      'node-service-account': [['cluster', 'projectId']],
    },
  },
  {
    name: 'a custom account in the same project still needs the reader role',
    cluster: { nodeServiceAccount: 'gke-nodes@my-project.iam.gserviceaccount.com' },
    verdict: 'unknown',
    checks: { 'node-service-account': 'unknown', 'cross-project': 'pass' },
  },
  {
    name: 'the default account spelled as its email is still the default account',
    cluster: { nodeServiceAccount: '123456789012-compute@developer.gserviceaccount.com' },
    verdict: 'ready',
    checks: { 'node-service-account': 'warn' },
  },
  {
    name: "another project's default account is a custom account here",
    cluster: { nodeServiceAccount: '999999999999-compute@developer.gserviceaccount.com' },
    verdict: 'unknown',
    checks: { 'node-service-account': 'unknown' },
  },
  {
    name: 'the default account without a project number keeps a placeholder, stays a warning and names the field',
    without: ['projectNumber'],
    verdict: 'ready',
    checks: { 'node-service-account': 'warn' },
    missing: { 'node-service-account': [['cluster', 'projectNumber']] },
  },
  {
    name: 'no node service account at all is unknown',
    without: ['nodeServiceAccount'],
    verdict: 'unknown',
    checks: { 'node-service-account': 'unknown' },
    missing: { 'node-service-account': [['cluster', 'nodeServiceAccount']] },
  },
  // Access scopes.
  {
    name: 'no scopes given is unknown',
    without: ['nodeOauthScopes'],
    verdict: 'unknown',
    checks: { 'access-scopes': 'unknown' },
    missing: { 'access-scopes': [['cluster', 'nodeOauthScopes']] },
  },
  {
    name: 'logging-only scopes refuse pulls',
    cluster: { nodeOauthScopes: ['https://www.googleapis.com/auth/logging.write'] },
    verdict: 'action-required',
    checks: { 'access-scopes': 'fail' },
  },
  {
    name: 'an empty scope list refuses pulls',
    cluster: { nodeOauthScopes: [] },
    verdict: 'action-required',
    checks: { 'access-scopes': 'fail' },
  },
  {
    name: 'the cloud-platform alias allows pulls',
    cluster: { nodeOauthScopes: ['cloud-platform'] },
    verdict: 'ready',
    checks: { 'access-scopes': 'pass' },
  },
  {
    name: 'the gke-default alias includes read-only storage',
    cluster: { nodeOauthScopes: ['gke-default'] },
    verdict: 'ready',
    checks: { 'access-scopes': 'pass' },
  },
  {
    name: 'storage-rw is wider than read-only and allows pulls',
    cluster: { nodeOauthScopes: ['storage-rw'] },
    verdict: 'ready',
    checks: { 'access-scopes': 'pass' },
  },
  // Network path.
  {
    name: 'unknown node privacy is unknown',
    without: ['privateNodes'],
    verdict: 'unknown',
    checks: { 'network-path': 'unknown' },
    missing: { 'network-path': [['cluster', 'privateNodes']] },
  },
  {
    name: 'private nodes with Private Google Access reach pkg.dev',
    cluster: { privateNodes: true, privateGoogleAccess: true },
    verdict: 'ready',
    checks: { 'network-path': 'pass' },
  },
  {
    name: 'private nodes with neither Private Google Access nor Cloud NAT cannot',
    cluster: { privateNodes: true, privateGoogleAccess: false, cloudNat: false },
    verdict: 'action-required',
    checks: { 'network-path': 'fail' },
  },
  {
    name: 'private nodes without Private Google Access reach pkg.dev through Cloud NAT',
    cluster: { privateNodes: true, privateGoogleAccess: false, cloudNat: true },
    verdict: 'ready',
    checks: { 'network-path': 'pass' },
  },
  {
    name: 'private nodes without Private Google Access and Cloud NAT unknown are unknown (NAT is a path too)',
    cluster: { privateNodes: true, privateGoogleAccess: false },
    verdict: 'unknown',
    checks: { 'network-path': 'unknown' },
    missing: { 'network-path': [['cluster', 'cloudNat']] },
  },
  {
    name: 'in a VPC Service Controls perimeter Cloud NAT is no path: the restricted VIP decides',
    cluster: {
      privateNodes: true,
      privateGoogleAccess: true,
      cloudNat: true,
      vpcServiceControls: true,
      restrictedVipDns: false,
    },
    verdict: 'action-required',
    checks: { 'network-path': 'fail' },
  },
  {
    name: 'in a VPC Service Controls perimeter with the restricted VIP zones and Private Google Access',
    cluster: {
      privateNodes: true,
      privateGoogleAccess: true,
      vpcServiceControls: true,
      restrictedVipDns: true,
    },
    verdict: 'ready',
    checks: { 'network-path': 'pass' },
  },
  {
    name: 'in a VPC Service Controls perimeter with the zones unknown',
    cluster: { privateNodes: true, privateGoogleAccess: true, vpcServiceControls: true },
    verdict: 'unknown',
    checks: { 'network-path': 'unknown' },
    missing: { 'network-path': [['cluster', 'restrictedVipDns']] },
  },
  {
    name: 'private nodes with unknown Private Google Access and Cloud NAT are unknown',
    cluster: { privateNodes: true },
    verdict: 'unknown',
    checks: { 'network-path': 'unknown' },
    missing: {
      'network-path': [
        ['cluster', 'privateGoogleAccess'],
        ['cluster', 'cloudNat'],
      ],
    },
  },
  {
    name: 'private nodes with unknown Private Google Access but no Cloud NAT miss only the first',
    cluster: { privateNodes: true, cloudNat: false },
    verdict: 'unknown',
    checks: { 'network-path': 'unknown' },
    missing: { 'network-path': [['cluster', 'privateGoogleAccess']] },
  },
  {
    name: 'private nodes pulling from Docker Hub without Cloud NAT get only what mirror.gcr.io caches (warn)',
    image: 'nginx',
    cluster: { privateNodes: true, privateGoogleAccess: true, cloudNat: false },
    verdict: 'ready',
    checks: { 'network-path': 'warn' },
  },
  {
    name: 'private nodes with neither Cloud NAT nor Private Google Access reach no Docker Hub at all',
    image: 'nginx',
    cluster: { privateNodes: true, privateGoogleAccess: false, cloudNat: false },
    verdict: 'action-required',
    checks: { 'network-path': 'fail' },
  },
  {
    name: 'private nodes pulling from another registry on the internet need Cloud NAT',
    image: 'ghcr.io/acme/app:1.0',
    cluster: { privateNodes: true, privateGoogleAccess: true, cloudNat: false },
    verdict: 'action-required',
    checks: { 'network-path': 'fail' },
  },
  {
    name: 'private nodes with Cloud NAT reach Docker Hub',
    image: 'nginx',
    cluster: { privateNodes: true, cloudNat: true },
    verdict: 'ready',
    checks: { 'network-path': 'pass' },
  },
  {
    name: 'private nodes and Docker Hub with Cloud NAT unknown',
    image: 'nginx',
    cluster: { privateNodes: true },
    verdict: 'unknown',
    checks: { 'network-path': 'unknown' },
    missing: { 'network-path': [['cluster', 'cloudNat']] },
  },
  // Runtime.
  {
    name: 'Docker node images cannot exist at 1.24',
    cluster: { version: '1.24.0-gke.1', nodeImageType: 'COS' },
    verdict: 'action-required',
    checks: { runtime: 'fail' },
  },
  {
    name: 'Docker node images on 1.23 are a warning to migrate',
    cluster: { version: '1.23.17-gke.100', nodeImageType: 'ubuntu' },
    verdict: 'ready',
    checks: { runtime: 'warn' },
  },
  {
    name: 'a lowercase containerd image type is accepted',
    cluster: { nodeImageType: 'cos_containerd' },
    verdict: 'ready',
    checks: { runtime: 'pass' },
  },
  {
    name: 'no image type on 1.20 leaves the runtime unknown, which is not decisive',
    cluster: { version: '1.20.15-gke.100' },
    without: ['nodeImageType'],
    verdict: 'ready',
    checks: { runtime: 'unknown' },
    missing: { runtime: [['cluster', 'nodeImageType']] },
  },
  {
    name: 'no image type on 1.30 means containerd',
    without: ['nodeImageType'],
    verdict: 'ready',
    checks: { runtime: 'pass' },
  },
  {
    name: 'containerd 2 on Linux from 1.33 warns about schema 1 images',
    cluster: { version: '1.33.2-gke.1240000' },
    verdict: 'ready',
    checks: { runtime: 'warn' },
  },
  {
    name: 'Windows nodes on 1.33 still run containerd 1.7',
    cluster: { version: '1.33.2-gke.1240000', nodeImageType: 'WINDOWS_LTSC_CONTAINERD' },
    verdict: 'ready',
    checks: { runtime: 'pass' },
  },
  {
    name: 'Windows nodes on 1.35 run containerd 2',
    cluster: { version: '1.35.0-gke.100', nodeImageType: 'WINDOWS_LTSC_CONTAINERD' },
    verdict: 'ready',
    checks: { runtime: 'warn' },
  },
  {
    name: 'Windows containerd images before 1.21.1-gke.2200 are inconsistent',
    cluster: { version: '1.21.1-gke.2199', nodeImageType: 'WINDOWS_LTSC_CONTAINERD' },
    verdict: 'action-required',
    checks: { runtime: 'fail' },
  },
  // Registry location.
  {
    name: 'a cluster in Europe pulling from us-central1 is a warning, never a failure',
    cluster: { location: 'europe-west1' },
    verdict: 'ready',
    checks: { 'registry-location': 'warn' },
  },
  {
    name: 'the europe multi-region covers a Dutch zone',
    image: `europe-docker.pkg.dev/my-project/my-repo/web@sha256:${'12'.repeat(32)}`,
    cluster: { location: 'europe-west4-a' },
    verdict: 'ready',
    checks: { 'registry-location': 'pass' },
  },
  {
    name: 'two Asian regions are on the same continent',
    image: `asia-east1-docker.pkg.dev/my-project/my-repo/web@sha256:${'34'.repeat(32)}`,
    cluster: { location: 'asia-southeast1' },
    verdict: 'ready',
    checks: { 'registry-location': 'pass' },
  },
  {
    name: 'no cluster location leaves the distance unknown, which is not decisive',
    without: ['location'],
    verdict: 'ready',
    checks: { 'registry-location': 'unknown' },
    missing: { 'registry-location': [['cluster', 'location']] },
  },
  // Combined.
  {
    name: 'several failures at once are all reported',
    cluster: {
      version: '1.14.9-gke.2',
      nodeOauthScopes: ['logging-write'],
      privateNodes: true,
      privateGoogleAccess: false,
      cloudNat: false,
    },
    verdict: 'action-required',
    checks: { 'gke-version': 'fail', 'access-scopes': 'fail', 'network-path': 'fail' },
  },
];

/** The placeholder a command holds for a request field that was not given. */
const PLACEHOLDER_OF: Record<string, string> = { 'cluster.projectNumber': 'PROJECT_NUMBER' };

describe('evaluatePreconditions: cluster and image situations', () => {
  it('covers at least 40 situations', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ROWS)('$name', async (row) => {
    const result = await evaluate(row);
    expect(result.verdict).toBe(row.verdict);
    expect(statusesOf(result)).toMatchObject(row.checks);
    for (const [id, missing] of Object.entries(row.missing ?? {})) {
      expect(checkOf(result, id as CheckId).missing).toEqual(missing);
    }
    // Invariants every answer keeps.
    expect(result.checks.map((c) => c.id)).toEqual([
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
    ]);
    for (const check of result.checks) {
      expect(check.message).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(check.message.length).toBeGreaterThan(10);
      // A check that is not unknown names a field only when its placeholder is in a command.
      if (check.status !== 'unknown')
        for (const path of check.missing)
          expect(check.remediation?.commands.join('\n')).toContain(PLACEHOLDER_OF[path.join('.')]);
      if (check.status === 'fail') expect(check.remediation).not.toBeNull();
      for (const command of check.remediation?.commands ?? [])
        expect(command).not.toMatch(/undefined|null|\{[a-zA-Z]+\}/);
    }
    expect(checkOf(result, 'registry-location').status).not.toBe('fail');
  });

  it('answers the same machine fields in Spanish, with Spanish text, in every situation', async () => {
    for (const row of ROWS) {
      const english = await evaluate({ ...row, language: 'en' });
      const spanish = await evaluate({ ...row, language: 'es' });
      const machine = (r: typeof english) =>
        r.checks.map(({ message: _m, remediation, evidence, ...rest }) => ({
          ...rest,
          // An error's detail is the one human text evidence carries: it is in the language.
          evidence: { ...evidence, ...('detail' in evidence ? { detail: null } : {}) },
          remediation: remediation && { ...remediation, summary: null },
        }));
      expect(machine(spanish), row.name).toEqual(machine(english));
      expect(spanish.verdict).toBe(english.verdict);
      spanish.checks.forEach((check, index) => {
        expect(check.message, `${row.name}: ${check.id}`).not.toBe(english.checks[index]?.message);
      });
    }
  });
});

describe('evaluatePreconditions: what the checks say', () => {
  it('fails an invalid reference with the parser detail and code', async () => {
    const result = await evaluate({ image: 'Not A Reference!' });
    const check = checkOf(result, 'image-reference');
    expect(check.evidence).toMatchObject({ code: 'INVALID_REFERENCE', pointer: ['image'] });
    expect(check.message).toContain('INVALID_REFERENCE');
    expect(check.message).toContain(String(check.evidence.detail));
  });

  it('names the parser code for an incomplete Artifact Registry path', async () => {
    const result = await evaluate({ image: 'us-west1-docker.pkg.dev/my-project/my-image:v1' });
    expect(checkOf(result, 'image-reference').evidence.code).toBe(
      'INCOMPLETE_ARTIFACT_REGISTRY_PATH',
    );
  });

  it('says to debug with crictl on containerd and with docker on Docker nodes', async () => {
    const containerd = await evaluate({});
    expect(checkOf(containerd, 'runtime').message).toContain('crictl');
    expect(checkOf(containerd, 'runtime').evidence.debugTool).toBe('crictl');
    const docker = await evaluate({
      cluster: { version: '1.22.17-gke.100', nodeImageType: 'COS' },
    });
    expect(checkOf(docker, 'runtime').evidence).toMatchObject({
      debugTool: 'docker',
      runtime: 'docker',
    });
  });

  it('mentions Docker schema 1 for containerd 2', async () => {
    const result = await evaluate({ cluster: { version: '1.33.2-gke.1240000' } });
    expect(checkOf(result, 'runtime').message).toMatch(/schema 1/);
    expect(checkOf(result, 'runtime').evidence.containerd2).toEqual({
      linux: true,
      windows: false,
    });
  });

  it('mentions the automatic Editor grant and the organisation constraint for the default account', async () => {
    const check = checkOf(await evaluate({}), 'node-service-account');
    expect(check.message).toContain('iam.automaticIamGrantsForDefaultServiceAccounts');
    expect(check.message).toContain(`${'123456789012'}-compute@developer.gserviceaccount.com`);
  });

  it('keeps the pinned digest in the evidence', async () => {
    const check = checkOf(await evaluate({ image: PINNED_IMAGE }), 'image-reference');
    expect(check.evidence).toMatchObject({ pinned: true, digest: PINNED_IMAGE.split('@')[1] });
  });
});
