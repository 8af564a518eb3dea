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

/** Control plane first, then each node pool (a node pool cannot be newer than the control plane). */
export function upgradeCommands(cluster: ClusterFacts, target: string): string[] {
  const name = clusterName(cluster);
  return [
    `gcloud container clusters upgrade ${name} --master --cluster-version=${target} ${clusterFlags(cluster)}`,
    `gcloud container clusters upgrade ${name} --node-pool=${PLACEHOLDERS.nodePool} --cluster-version=${target} ${clusterFlags(cluster)}`,
  ];
}

export function describeVersionCommand(cluster: ClusterFacts): string {
  return `gcloud container clusters describe ${clusterName(cluster)} ${clusterFlags(cluster)} --format="value(currentMasterVersion,currentNodeVersion)"`;
}

export function describeNodeConfigCommand(cluster: ClusterFacts, field: string): string {
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

/** `project`: the project Google named (ErrorInfo `consumer`), else a placeholder. */
export function enableApiCommand(api: string, project: string | null = null): string {
  return `gcloud services enable ${api} --project=${project ?? PLACEHOLDERS.serviceProject}`;
}

export function describeRepositoryCommand(target: RepositoryTarget): string {
  return `gcloud artifacts repositories describe ${target.repository} --location=${target.location} --project=${target.projectId}`;
}
