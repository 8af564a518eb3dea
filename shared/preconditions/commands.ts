import { READER_ROLE } from './roles';
import { regionOf } from './locations';
import type { ClusterFacts } from './types';

/**
 * Remediation commands, exact and filled from the request. A value the request did not carry is
 * an UPPER_SNAKE placeholder the user must replace (listed in PLACEHOLDERS).
 */
export const PLACEHOLDERS = {
  clusterName: 'CLUSTER_NAME',
  clusterLocation: 'CLUSTER_LOCATION',
  clusterProject: 'CLUSTER_PROJECT_ID',
  region: 'REGION',
  nodePool: 'NODE_POOL_NAME',
  newNodePool: 'NEW_NODE_POOL_NAME',
  newCluster: 'NEW_CLUSTER_NAME',
  subnet: 'SUBNET_NAME',
  network: 'NETWORK_NAME',
  router: 'ROUTER_NAME',
  nat: 'NAT_NAME',
  keyFile: 'SERVICE_ACCOUNT_KEY_FILE',
  namespace: 'NAMESPACE',
  serviceProject: 'SERVICE_PROJECT_ID',
  nodeServiceAccount: 'NODE_SERVICE_ACCOUNT_EMAIL',
  repository: 'REPOSITORY_NAME',
} as const;

/** Name of the Secret the imagePullSecrets commands create. */
export const PULL_SECRET_NAME = 'artifact-registry-pull';

function clusterFlags(cluster: ClusterFacts): string {
  return `--location=${cluster.location ?? PLACEHOLDERS.clusterLocation} --project=${cluster.projectId ?? PLACEHOLDERS.clusterProject}`;
}

function clusterName(cluster: ClusterFacts): string {
  return cluster.name ?? PLACEHOLDERS.clusterName;
}

export interface RepositoryTarget {
  repository: string;
  location: string;
  projectId: string;
}

export function grantReaderCommand(target: RepositoryTarget, serviceAccount: string): string {
  return (
    `gcloud artifacts repositories add-iam-policy-binding ${target.repository} --location=${target.location} ` +
    `--project=${target.projectId} --member=serviceAccount:${serviceAccount} --role=${READER_ROLE}`
  );
}

export function createRepositoryCommand(target: RepositoryTarget): string {
  return `gcloud artifacts repositories create ${target.repository} --repository-format=docker --location=${target.location} --project=${target.projectId}`;
}

/**
 * The gcr.io transition for one Container Registry host of a project: the `gcr.io` repository in
 * Artifact Registry (named after the host, in its multi-region), the Artifact Registry policy
 * equivalent to the Cloud Storage roles Container Registry used
 * (https://cloud.google.com/artifact-registry/docs/transition/map-roles), and redirection
 * (https://cloud.google.com/sdk/gcloud/reference/artifacts/settings/enable-upgrade-redirection).
 */
export function gcrTransitionCommands(target: RepositoryTarget): {
  create: string;
  printIamPolicy: string;
  enableRedirection: string;
} {
  return {
    create: createRepositoryCommand(target),
    printIamPolicy: `gcloud beta artifacts docker upgrade print-iam-policy ${target.repository} --project=${target.projectId}`,
    enableRedirection: `gcloud artifacts settings enable-upgrade-redirection --project=${target.projectId}`,
  };
}

export function resolveDigestCommand(repository: string, tag: string): string {
  return `gcloud artifacts docker images describe ${repository}:${tag} --format="value(image_summary.fully_qualified_digest)"`;
}

/** imagePullSecrets: a docker-registry Secret from a service account key, attached to the default KSA. */
export function pullSecretCommands(host: string): string[] {
  return [
    `kubectl create secret docker-registry ${PULL_SECRET_NAME} --namespace=${PLACEHOLDERS.namespace} --docker-server=https://${host} ` +
      `--docker-username=_json_key --docker-password="$(cat ${PLACEHOLDERS.keyFile})"`,
    `kubectl patch serviceaccount default --namespace=${PLACEHOLDERS.namespace} -p '{"imagePullSecrets":[{"name":"${PULL_SECRET_NAME}"}]}'`,
  ];
}

/**
 * Control plane first, then each node pool (a node pool cannot be newer than the control plane).
 * On Autopilot only the control plane: GKE then upgrades the nodes to the same version itself
 * (https://cloud.google.com/kubernetes-engine/docs/concepts/cluster-upgrades-autopilot).
 */
export function upgradeCommands(cluster: ClusterFacts, target: string): string[] {
  const name = clusterName(cluster);
  const controlPlane = `gcloud container clusters upgrade ${name} --master --cluster-version=${target} ${clusterFlags(cluster)}`;
  if (cluster.autopilot === true) return [controlPlane];
  return [
    controlPlane,
    `gcloud container clusters upgrade ${name} --node-pool=${PLACEHOLDERS.nodePool} --cluster-version=${target} ${clusterFlags(cluster)}`,
  ];
}

export function describeVersionCommand(cluster: ClusterFacts): string {
  return `gcloud container clusters describe ${clusterName(cluster)} ${clusterFlags(cluster)} --format="value(currentMasterVersion,currentNodeVersion)"`;
}

/** A node pool's node configuration field, as Autopilot holds it for the whole cluster. */
const AUTOPILOT_NODE_CONFIG_FIELDS: Readonly<Record<NodeConfigField, string>> = {
  'config.serviceAccount': 'autoscaling.autoprovisioningNodePoolDefaults.serviceAccount',
  'config.oauthScopes': 'autoscaling.autoprovisioningNodePoolDefaults.oauthScopes',
};

export type NodeConfigField = 'config.serviceAccount' | 'config.oauthScopes';

/**
 * Where a node setting is read: a node pool's `config` on Standard; on Autopilot, which has no
 * node pools of yours, the cluster's node defaults
 * (https://cloud.google.com/kubernetes-engine/docs/reference/rest/v1/projects.locations.clusters#AutoprovisioningNodePoolDefaults).
 */
export function describeNodeConfigCommand(cluster: ClusterFacts, field: NodeConfigField): string {
  if (cluster.autopilot === true) {
    return `gcloud container clusters describe ${clusterName(cluster)} ${clusterFlags(cluster)} --format="value(${AUTOPILOT_NODE_CONFIG_FIELDS[field]})"`;
  }
  return `gcloud container node-pools describe ${PLACEHOLDERS.nodePool} --cluster=${clusterName(cluster)} ${clusterFlags(cluster)} --format="value(${field})"`;
}

export function createNodePoolCommand(
  cluster: ClusterFacts,
  scopes: string[],
  serviceAccount: string | null,
): string {
  const account = serviceAccount ? ` --service-account=${serviceAccount}` : '';
  return (
    `gcloud container node-pools create ${PLACEHOLDERS.newNodePool} --cluster=${clusterName(cluster)} ${clusterFlags(cluster)}` +
    `${account} --scopes=${scopes.join(',')}`
  );
}

/**
 * Autopilot nodes take their access scopes from the cluster, set once by `create-auto --scopes`
 * (https://cloud.google.com/kubernetes-engine/docs/how-to/access-scopes): a new Autopilot
 * cluster in the same region, with the same node service account.
 */
export function createAutopilotClusterCommand(
  cluster: ClusterFacts,
  scopes: string[],
  serviceAccount: string | null,
): string {
  const account = serviceAccount ? ` --service-account=${serviceAccount}` : '';
  return (
    `gcloud container clusters create-auto ${PLACEHOLDERS.newCluster} --location=${regionFlag(cluster)} ` +
    `--project=${cluster.projectId ?? PLACEHOLDERS.clusterProject}${account} --scopes=${scopes.join(',')}`
  );
}

export function changeImageTypeCommand(cluster: ClusterFacts, imageType: string): string {
  return `gcloud container clusters upgrade ${clusterName(cluster)} --node-pool=${PLACEHOLDERS.nodePool} --image-type=${imageType} ${clusterFlags(cluster)}`;
}

function regionFlag(cluster: ClusterFacts): string {
  return cluster.location ? regionOf(cluster.location) : PLACEHOLDERS.region;
}

export function enablePrivateGoogleAccessCommand(cluster: ClusterFacts): string {
  return (
    `gcloud compute networks subnets update ${cluster.subnetwork ?? PLACEHOLDERS.subnet} --region=${regionFlag(cluster)} ` +
    `--project=${cluster.projectId ?? PLACEHOLDERS.clusterProject} --enable-private-ip-google-access`
  );
}

export function cloudNatCommands(cluster: ClusterFacts): string[] {
  const region = regionFlag(cluster);
  const project = cluster.projectId ?? PLACEHOLDERS.clusterProject;
  return [
    `gcloud compute routers create ${PLACEHOLDERS.router} --network=${PLACEHOLDERS.network} --region=${region} --project=${project}`,
    `gcloud compute routers nats create ${PLACEHOLDERS.nat} --router=${PLACEHOLDERS.router} --region=${region} --project=${project} ` +
      '--auto-allocate-nat-external-ips --nat-all-subnet-ip-ranges',
  ];
}

/**
 * The restricted VIP of VPC Service Controls (`restricted.googleapis.com`): 199.36.153.4/30
 * (https://cloud.google.com/vpc-service-controls/docs/set-up-private-connectivity).
 */
export const RESTRICTED_VIP_ADDRESSES = [
  '199.36.153.4',
  '199.36.153.5',
  '199.36.153.6',
  '199.36.153.7',
] as const;

/** The registry domains whose names must resolve to the restricted VIP, and their zone names. */
export const RESTRICTED_REGISTRY_ZONES = [
  { domain: 'pkg.dev', zone: 'pkg-dev' },
  { domain: 'gcr.io', zone: 'gcr-io' },
] as const;

/**
 * For each registry domain, a private Cloud DNS zone in the nodes' network whose apex answers
 * with the restricted VIP and whose every name is a CNAME to the apex, as "Configure restricted
 * access for GKE private clusters" does it
 * (https://cloud.google.com/vpc-service-controls/docs/set-up-gke), with `record-sets create`
 * instead of a transaction.
 */
export function restrictedVipDnsCommands(cluster: ClusterFacts): string[] {
  const project = cluster.projectId ?? PLACEHOLDERS.clusterProject;
  const network = `https://www.googleapis.com/compute/v1/projects/${project}/global/networks/${PLACEHOLDERS.network}`;
  return RESTRICTED_REGISTRY_ZONES.flatMap(({ domain, zone }) => [
    `gcloud dns managed-zones create ${zone} --visibility=private --networks=${network} ` +
      `--description="${domain} through restricted.googleapis.com" --dns-name=${domain}. --project=${project}`,
    `gcloud dns record-sets create ${domain}. --zone=${zone} --type=A --ttl=300 ` +
      `--rrdatas=${RESTRICTED_VIP_ADDRESSES.join(',')} --project=${project}`,
    `gcloud dns record-sets create '*.${domain}.' --zone=${zone} --type=CNAME --ttl=300 --rrdatas=${domain}. --project=${project}`,
  ]);
}

/** Names of the repositories the Docker Hub remediation creates. */
export const DOCKER_HUB_REMOTE_REPOSITORY = 'docker-hub';
export const VIRTUAL_REPOSITORY = 'docker-all';
export const UPSTREAM_POLICY_FILE = 'upstream-policy.json';

/** Where the cluster's own Artifact Registry repositories would be: its region and project. */
function repositoryHome(cluster: ClusterFacts): { location: string; project: string } {
  return {
    location: cluster.location ? regionOf(cluster.location) : PLACEHOLDERS.region,
    project: cluster.projectId ?? PLACEHOLDERS.clusterProject,
  };
}

/** The image as a Docker Hub remote repository serves it (`library/nginx` stays `library/nginx`). */
export function dockerHubRemoteImage(
  cluster: ClusterFacts,
  image: { repositoryPath: string; tag: string | null; digest: string | null },
): string {
  const { location, project } = repositoryHome(cluster);
  const version = image.digest ? `@${image.digest}` : `:${image.tag ?? 'latest'}`;
  return `${location}-docker.pkg.dev/${project}/${DOCKER_HUB_REMOTE_REPOSITORY}/${image.repositoryPath}${version}`;
}

/**
 * Docker Hub through Artifact Registry: a remote repository caches Docker Hub
 * (https://cloud.google.com/artifact-registry/docs/repositories/remote-repo), so nodes need only
 * a path to `*.pkg.dev`; inside a VPC Service Controls perimeter it may fetch from Docker Hub
 * only once allowed (`gcloud artifacts vpcsc-config allow`). A virtual repository with an
 * upstream policy then serves the cluster's own repository and Docker Hub under one name
 * (https://cloud.google.com/artifact-registry/docs/repositories/virtual-repo).
 */
export function dockerHubRepositoryCommands(cluster: ClusterFacts, perimeter: boolean): string[] {
  const { location, project } = repositoryHome(cluster);
  const upstream = (repository: string) =>
    `projects/${project}/locations/${location}/repositories/${repository}`;
  const policy = JSON.stringify([
    { id: 'own', repository: upstream(PLACEHOLDERS.repository), priority: 100 },
    { id: 'docker-hub', repository: upstream(DOCKER_HUB_REMOTE_REPOSITORY), priority: 50 },
  ]);
  return [
    `gcloud artifacts repositories create ${DOCKER_HUB_REMOTE_REPOSITORY} --repository-format=docker --location=${location} ` +
      `--mode=remote-repository --remote-docker-repo=DOCKER-HUB --project=${project}`,
    ...(perimeter
      ? [`gcloud artifacts vpcsc-config allow --location=${location} --project=${project}`]
      : []),
    `printf '%s\\n' '${policy}' > ${UPSTREAM_POLICY_FILE}`,
    `gcloud artifacts repositories create ${VIRTUAL_REPOSITORY} --repository-format=docker --location=${location} ` +
      `--mode=virtual-repository --upstream-policy-file=${UPSTREAM_POLICY_FILE} --project=${project}`,
  ];
}

/** `project`: the project Google named (ErrorInfo `consumer`), else a placeholder. */
export function enableApiCommand(api: string, project: string | null = null): string {
  return `gcloud services enable ${api} --project=${project ?? PLACEHOLDERS.serviceProject}`;
}

export function describeRepositoryCommand(target: RepositoryTarget): string {
  return `gcloud artifacts repositories describe ${target.repository} --location=${target.location} --project=${target.projectId}`;
}
