import { describe, expect, it } from 'vitest';
import { checkOf, DEFAULT_SA, evaluate, STORAGE_RO } from './fixtures';

const OTHER_PROJECT = `us-central1-docker.pkg.dev/shared-images/base/web@sha256:${'cd'.repeat(32)}`;

describe('remediation commands are exact and filled from the request', () => {
  it.each([
    {
      name: 'cross-project grant for the default account of the cluster project',
      situation: { image: OTHER_PROJECT },
      check: 'cross-project' as const,
      commands: [
        `gcloud artifacts repositories add-iam-policy-binding base --location=us-central1 --project=shared-images --member=serviceAccount:${DEFAULT_SA} --role=roles/artifactregistry.reader`,
      ],
    },
    {
      name: 'cross-project grant for a custom account',
      situation: {
        image: OTHER_PROJECT,
        cluster: { nodeServiceAccount: 'gke-nodes@my-project.iam.gserviceaccount.com' },
      },
      check: 'cross-project' as const,
      commands: [
        'gcloud artifacts repositories add-iam-policy-binding base --location=us-central1 --project=shared-images --member=serviceAccount:gke-nodes@my-project.iam.gserviceaccount.com --role=roles/artifactregistry.reader',
      ],
    },
    {
      name: 'cross-project grant with the node account unknown keeps a placeholder',
      situation: { image: OTHER_PROJECT, without: ['nodeServiceAccount' as const] },
      check: 'cross-project' as const,
      commands: [
        'gcloud artifacts repositories add-iam-policy-binding base --location=us-central1 --project=shared-images --member=serviceAccount:NODE_SERVICE_ACCOUNT_EMAIL --role=roles/artifactregistry.reader',
      ],
    },
    {
      name: 'the default account without a project number keeps PROJECT_NUMBER',
      situation: { without: ['projectNumber' as const] },
      check: 'node-service-account' as const,
      commands: [
        'gcloud artifacts repositories add-iam-policy-binding my-repo --location=us-central1 --project=my-project --member=serviceAccount:PROJECT_NUMBER-compute@developer.gserviceaccount.com --role=roles/artifactregistry.reader',
      ],
    },
    {
      name: 'a new node pool with the existing scopes plus read-only storage, for the custom account',
      situation: {
        cluster: {
          name: 'prod',
          nodeOauthScopes: ['https://www.googleapis.com/auth/logging.write'],
          nodeServiceAccount: 'gke-nodes@my-project.iam.gserviceaccount.com',
        },
      },
      check: 'access-scopes' as const,
      commands: [
        `gcloud container node-pools create NEW_NODE_POOL_NAME --cluster=prod --location=us-central1-a --project=my-project --service-account=gke-nodes@my-project.iam.gserviceaccount.com --scopes=https://www.googleapis.com/auth/logging.write,${STORAGE_RO}`,
      ],
    },
    {
      name: 'a new node pool for the default account needs no --service-account',
      situation: { cluster: { nodeOauthScopes: [] } },
      check: 'access-scopes' as const,
      commands: [
        `gcloud container node-pools create NEW_NODE_POOL_NAME --cluster=CLUSTER_NAME --location=us-central1-a --project=my-project --scopes=${STORAGE_RO}`,
      ],
    },
    {
      name: 'Private Google Access on the named subnet, in the region of a zonal cluster',
      situation: {
        cluster: {
          privateNodes: true,
          privateGoogleAccess: false,
          cloudNat: false,
          subnetwork: 'gke-subnet',
        },
      },
      check: 'network-path' as const,
      commands: [
        'gcloud compute networks subnets update gke-subnet --region=us-central1 --project=my-project --enable-private-ip-google-access',
      ],
    },
    {
      name: 'Private Google Access without a subnet name keeps a placeholder',
      situation: { cluster: { privateNodes: true, privateGoogleAccess: false, cloudNat: false } },
      check: 'network-path' as const,
      commands: [
        'gcloud compute networks subnets update SUBNET_NAME --region=us-central1 --project=my-project --enable-private-ip-google-access',
      ],
    },
    {
      name: 'imagePullSecrets and the upgrade alternative for 1.15.8-gke.3',
      situation: { cluster: { version: '1.15.8-gke.3', name: 'legacy' } },
      check: 'gke-version' as const,
      commands: [
        'kubectl create secret docker-registry artifact-registry-pull --namespace=NAMESPACE --docker-server=https://us-central1-docker.pkg.dev --docker-username=_json_key --docker-password="$(cat SERVICE_ACCOUNT_KEY_FILE)"',
        `kubectl patch serviceaccount default --namespace=NAMESPACE -p '{"imagePullSecrets":[{"name":"artifact-registry-pull"}]}'`,
        'gcloud container clusters upgrade legacy --master --cluster-version=1.15.9-gke.8 --location=us-central1-a --project=my-project',
        'gcloud container clusters upgrade legacy --node-pool=NODE_POOL_NAME --cluster-version=1.15.9-gke.8 --location=us-central1-a --project=my-project',
      ],
    },
    {
      name: 'a 1.13 cluster upgrades to the first 1.14 patch with the permission',
      situation: { cluster: { version: '1.13.12-gke.30' } },
      check: 'gke-version' as const,
      contains:
        'gcloud container clusters upgrade CLUSTER_NAME --master --cluster-version=1.14.10-gke.22 --location=us-central1-a --project=my-project',
    },
    {
      name: 'an incomplete version asks for the exact version from the cluster',
      situation: { cluster: { version: '1.15', name: 'prod' } },
      check: 'gke-version' as const,
      commands: [
        'gcloud container clusters describe prod --location=us-central1-a --project=my-project --format="value(currentMasterVersion,currentNodeVersion)"',
      ],
    },
    {
      name: 'a Docker node pool migrates to the containerd image type',
      situation: { cluster: { version: '1.23.17-gke.100', nodeImageType: 'UBUNTU' } },
      check: 'runtime' as const,
      commands: [
        'gcloud container clusters upgrade CLUSTER_NAME --node-pool=NODE_POOL_NAME --image-type=UBUNTU_CONTAINERD --location=us-central1-a --project=my-project',
      ],
    },
    {
      name: 'a tag is resolved to its digest',
      situation: { image: 'us-central1-docker.pkg.dev/my-project/my-repo/web:1.4.2' },
      check: 'image-reference' as const,
      commands: [
        'gcloud artifacts docker images describe us-central1-docker.pkg.dev/my-project/my-repo/web:1.4.2 --format="value(image_summary.fully_qualified_digest)"',
      ],
    },
    {
      name: 'Cloud NAT for private nodes pulling from outside Google',
      situation: {
        image: 'ghcr.io/acme/app:1.0',
        cluster: { privateNodes: true, cloudNat: false, location: 'europe-west1' },
      },
      check: 'network-path' as const,
      commands: [
        'gcloud compute routers create ROUTER_NAME --network=NETWORK_NAME --region=europe-west1 --project=my-project',
        'gcloud compute routers nats create NAT_NAME --router=ROUTER_NAME --region=europe-west1 --project=my-project --auto-allocate-nat-external-ips --nat-all-subnet-ip-ranges',
      ],
    },
    {
      name: 'a cross-continent pull suggests a repository in the cluster region',
      situation: { cluster: { location: 'europe-west1-b' } },
      check: 'registry-location' as const,
      commands: [
        'gcloud artifacts repositories create my-repo --repository-format=docker --location=europe-west1 --project=my-project',
      ],
    },
  ])('$name', async ({ situation, check, commands, contains }) => {
    const remediation = checkOf(await evaluate(situation), check).remediation;
    expect(remediation).not.toBeNull();
    if (commands) expect(remediation?.commands).toEqual(commands);
    if (contains) expect(remediation?.commands).toContain(contains);
    expect(remediation?.docs.length).toBeGreaterThan(0);
    for (const url of remediation?.docs ?? []) expect(url).toMatch(/^https:\/\//);
  });

  it('cites the Artifact Registry GKE integration page for the version failure', async () => {
    const remediation = checkOf(
      await evaluate({ cluster: { version: '1.14.10-gke.21' } }),
      'gke-version',
    ).remediation;
    expect(remediation?.docs).toContain(
      'https://cloud.google.com/artifact-registry/docs/integrate-gke',
    );
    expect(remediation?.summary).toContain('imagePullSecret');
  });
});
