import type { CheckId } from '../preconditions/types';
import { FOREIGN_KINDS, type RegistryKind } from '../registry-hosts';
import type { NodeOs, PlanStep, Shell, Via } from './types';

/**
 * Plan steps as data. A step's text lives in the catalogues under `step.<id>.title|detail|expect`
 * (with optional variants by Autopilot, node OS, access route, repository access and registry
 * family; build-plan.ts lists the order); its commands are templates whose `{slot}`s are filled
 * from the request, or left as the slot's UPPER_SNAKE placeholder. Slots never sit inside single
 * quotes (the filler refuses), so scripts can fill placeholders at run time.
 *
 * Two rules are data here too: a command `when.registry` lists the registry kinds it is for (the
 * node's Google token appears only in commands for `google`), and `onAutopilot` says what a step
 * becomes on Autopilot, where there are no node pools to create and no SSH to nodes
 * (https://cloud.google.com/kubernetes-engine/docs/concepts/autopilot-overview); node commands
 * are never offered there.
 */

/** Every value a command can need, with the placeholder shown when the request did not give it. */
export const SLOT_PLACEHOLDERS = {
  projectId: 'PROJECT_ID',
  zone: 'ZONE',
  region: 'REGION',
  nodeName: 'NODE_NAME',
  image: 'IMAGE',
  imagePath: 'IMAGE_PATH',
  registryHost: 'REGISTRY_HOST',
  registryEndpoint: 'REGISTRY_HOST',
  registryRepository: 'REGISTRY_REPOSITORY',
  dockerServer: 'DOCKER_SERVER',
  registryUsername: 'REGISTRY_USERNAME',
  tokenFile: 'TOKEN_FILE',
  awsRegion: 'AWS_REGION',
  acrName: 'ACR_NAME',
  arProject: 'REGISTRY_PROJECT_ID',
  arLocation: 'LOCATION',
  arRepository: 'REPOSITORY',
  repositoryPath: 'REPOSITORY_PATH',
  pod: 'POD',
  namespace: 'NAMESPACE',
  container: 'CONTAINER',
  secretName: 'SECRET_NAME',
  clusterName: 'CLUSTER_NAME',
  clusterLocation: 'CLUSTER_LOCATION',
  newCluster: 'NEW_CLUSTER',
  nodePool: 'NODE_POOL',
  newNodePool: 'NEW_NODE_POOL',
  nodeServiceAccount: 'NODE_SERVICE_ACCOUNT',
  subnet: 'SUBNET',
  network: 'NETWORK',
  router: 'ROUTER',
  accessPolicy: 'ACCESS_POLICY_ID',
  perimeter: 'PERIMETER',
  ingressPolicyFile: 'INGRESS_POLICY_FILE',
  vpcscId: 'VPCSC_UNIQUE_ID',
  arch: 'ARCH',
  workload: 'WORKLOAD',
  keyFile: 'KEY_FILE',
  remoteRepository: 'REMOTE_REPOSITORY',
  virtualRepository: 'VIRTUAL_REPOSITORY',
  upstreamPolicyFile: 'UPSTREAM_POLICY_FILE',
  caSecret: 'CA_SECRET',
  caFile: 'CA_CERT_FILE',
  containerdConfigFile: 'CONTAINERD_CONFIG_FILE',
  systemConfigFile: 'SYSTEM_CONFIG_FILE',
} as const;
export type Slot = keyof typeof SLOT_PLACEHOLDERS;

export function placeholderOfSlot(slot: string): string | undefined {
  return Object.hasOwn(SLOT_PLACEHOLDERS, slot) ? SLOT_PLACEHOLDERS[slot as Slot] : undefined;
}

export interface CommandCondition {
  os?: NodeOs;
  via?: Via;
  access?: 'public' | 'private';
  /** The registry kinds the command is for; absent: every kind. */
  registry?: readonly RegistryKind[];
  /** Only on Autopilot (`true`) or only on Standard (`false`). */
  autopilot?: boolean;
}

export interface CommandTemplate {
  shell: Shell;
  runOn: 'workstation' | 'node';
  mutates?: boolean;
  template: string;
  when?: CommandCondition;
}

export interface StepDefinition {
  kind: PlanStep['kind'];
  commands: readonly CommandTemplate[];
  /** The step to go to on failure; `next` is the following step of the plan. */
  onFailure: string;
  /** Replaced by the remediation of these precondition checks when they fail or warn. */
  coveredByChecks?: readonly CheckId[];
  /** Left out of the plan when every one of these values is known. */
  onlyWhenUnknown?: readonly Slot[];
  /** On Autopilot: `null` leaves the step out, a step id puts that step in its place. */
  onAutopilot?: string | null;
}

const METADATA_TOKEN_URL =
  'http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token';
const METADATA_SCOPES_URL =
  'http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/scopes';
/** restricted.googleapis.com, 199.36.153.4/30 (https://cloud.google.com/vpc-service-controls/docs/set-up-gke). */
const RESTRICTED_VIP_ADDRESSES = '199.36.153.4,199.36.153.5,199.36.153.6,199.36.153.7';
/** Docker's own way to read the pull limit left for the caller's address (https://docs.docker.com/docker-hub/usage/). */
const DOCKER_HUB_LIMIT_TOKEN_URL =
  'https://auth.docker.io/token?service=registry.docker.io&scope=repository:ratelimitpreview/test:pull';
const DOCKER_HUB_LIMIT_MANIFEST_URL =
  'https://registry-1.docker.io/v2/ratelimitpreview/test/manifests/latest';

/** Kinds whose commands may carry the node's Google token: Google's registries only. */
const GOOGLE: readonly RegistryKind[] = ['google'];
/** Google's commands without any node credential also fit a registry nobody named. */
const GOOGLE_OR_UNKNOWN: readonly RegistryKind[] = ['google', 'unknown'];
/** Registries with the generic user-and-token pull Secret. */
const TOKEN_SECRET: readonly RegistryKind[] = [
  'docker-hub',
  'quay',
  'ghcr',
  'acr',
  'other',
  'unknown',
];

const ws = (template: string, extra: Partial<CommandTemplate> = {}): CommandTemplate => ({
  shell: 'bash',
  runOn: 'workstation',
  template,
  ...extra,
});
const linuxNode = (template: string, extra: Partial<CommandTemplate> = {}): CommandTemplate => ({
  shell: 'bash',
  runOn: 'node',
  template,
  ...extra,
  when: { os: 'linux', ...extra.when },
});
const windowsNode = (template: string, extra: Partial<CommandTemplate> = {}): CommandTemplate => ({
  shell: 'powershell',
  runOn: 'node',
  template,
  ...extra,
  when: { os: 'windows', ...extra.when },
});

export const STEP_DEFINITIONS = {
  'gather-events': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [
      ws('kubectl describe pod {pod} --namespace={namespace}'),
      ws(
        'kubectl get events --namespace={namespace} --field-selector=involvedObject.name={pod} --sort-by=.lastTimestamp',
      ),
    ],
  },
  'find-node': {
    kind: 'diagnose',
    onFailure: 'next',
    onlyWhenUnknown: ['nodeName', 'zone'],
    commands: [
      ws('kubectl get pod {pod} --namespace={namespace} --output=wide'),
      ws(
        'kubectl get node {nodeName} --label-columns=topology.kubernetes.io/zone,kubernetes.io/os,kubernetes.io/arch',
      ),
    ],
  },
  'connect-node': {
    kind: 'info',
    onFailure: 'runtime-logs',
    onAutopilot: null,
    commands: [
      // Not read-only: it may create an SSH key and write it to project or instance metadata
      // (or OS Login) (https://cloud.google.com/sdk/gcloud/reference/compute/ssh).
      ws('gcloud compute ssh --project={projectId} --zone={zone} {nodeName}', {
        mutates: true,
        when: { via: 'gcloud', os: 'linux' },
      }),
      ws(
        'gcloud compute start-iap-tunnel {nodeName} 3389 --local-host-port=localhost:3389 --project={projectId} --zone={zone}',
        {
          when: { via: 'gcloud', os: 'windows' },
        },
      ),
    ],
  },
  'explain-runtime': {
    kind: 'diagnose',
    onFailure: 'runtime-logs',
    onAutopilot: null,
    commands: [
      linuxNode('sudo crictl ps --all'),
      linuxNode('sudo crictl images'),
      windowsNode('Get-Service containerd'),
      windowsNode('crictl ps --all'),
    ],
  },
  'check-metadata-token': {
    kind: 'diagnose',
    onFailure: 'runtime-logs',
    onAutopilot: null,
    commands: [
      linuxNode(
        `curl -s -o /dev/null -w "%{http_code}\\n" -H 'Metadata-Flavor: Google' ${METADATA_TOKEN_URL}`,
      ),
      linuxNode(`curl -s -H 'Metadata-Flavor: Google' ${METADATA_SCOPES_URL}`),
      windowsNode(
        `(Invoke-WebRequest -UseBasicParsing -Headers @{'Metadata-Flavor'='Google'} -Uri '${METADATA_TOKEN_URL}').StatusCode`,
      ),
      windowsNode(
        `Invoke-RestMethod -Headers @{'Metadata-Flavor'='Google'} -Uri '${METADATA_SCOPES_URL}'`,
      ),
    ],
  },
  'check-reachability': {
    kind: 'diagnose',
    onFailure: 'runtime-logs',
    onAutopilot: null,
    commands: [
      linuxNode('getent hosts {registryEndpoint}'),
      linuxNode(
        'curl -sS -o /dev/null -w "%{http_code}\\n" --max-time 10 https://{registryEndpoint}/v2/',
      ),
      windowsNode('Resolve-DnsName {registryEndpoint}'),
      windowsNode('Test-NetConnection {registryEndpoint} -Port 443'),
    ],
  },
  'docker-hub-from-node': {
    kind: 'diagnose',
    onFailure: 'next',
    onAutopilot: null,
    commands: [
      linuxNode(
        'curl -sS -o /dev/null -w "%{http_code}\\n" --max-time 10 https://mirror.gcr.io/v2/',
      ),
      linuxNode(
        `TOKEN="$(curl -s '${DOCKER_HUB_LIMIT_TOKEN_URL}' | sed -n 's/.*"token" *: *"\\([^"]*\\)".*/\\1/p')"`,
      ),
      linuxNode(
        `curl -s --head -H "Authorization: Bearer $TOKEN" ${DOCKER_HUB_LIMIT_MANIFEST_URL} | grep -i ratelimit`,
      ),
      windowsNode('Test-NetConnection mirror.gcr.io -Port 443'),
    ],
  },
  'pull-on-node': {
    kind: 'verify',
    onFailure: 'runtime-logs',
    onAutopilot: 'pull-with-pod',
    commands: [
      // Public, or a registry nobody named: no credentials, as the kubelet without a secret.
      linuxNode('sudo crictl pull {image}', { when: { access: 'public' } }),
      linuxNode('sudo crictl pull {image}', { when: { access: 'private', registry: ['unknown'] } }),
      // The node's token goes to Google's registries and nowhere else.
      linuxNode(
        `ACCESS_TOKEN="$(curl -s -H 'Metadata-Flavor: Google' ${METADATA_TOKEN_URL} | sed -n 's/.*"access_token" *: *"\\([^"]*\\)".*/\\1/p')"`,
        { when: { access: 'private', registry: GOOGLE } },
      ),
      linuxNode('sudo crictl pull --creds "oauth2accesstoken:$ACCESS_TOKEN" {image}', {
        when: { access: 'private', registry: GOOGLE },
      }),
      // Any other private registry: that registry's own credentials, typed in on the node.
      linuxNode('read -r -p "User name for {registryHost}: " REGISTRY_USERNAME', {
        when: { access: 'private', registry: FOREIGN_KINDS },
      }),
      linuxNode('read -r -s -p "Password or token for {registryHost}: " REGISTRY_PASSWORD', {
        when: { access: 'private', registry: FOREIGN_KINDS },
      }),
      linuxNode('sudo crictl pull --creds "$REGISTRY_USERNAME:$REGISTRY_PASSWORD" {image}', {
        when: { access: 'private', registry: FOREIGN_KINDS },
      }),
      windowsNode('crictl pull {image}', { when: { access: 'public' } }),
      windowsNode('crictl pull {image}', { when: { access: 'private', registry: ['unknown'] } }),
      windowsNode(
        `$token = (Invoke-RestMethod -Headers @{'Metadata-Flavor'='Google'} -Uri '${METADATA_TOKEN_URL}').access_token`,
        { when: { access: 'private', registry: GOOGLE } },
      ),
      windowsNode('crictl pull --creds "oauth2accesstoken:$token" {image}', {
        when: { access: 'private', registry: GOOGLE },
      }),
      windowsNode('$cred = Get-Credential -Message "{registryHost}"', {
        when: { access: 'private', registry: FOREIGN_KINDS },
      }),
      windowsNode(
        'crictl pull --creds "$($cred.UserName):$($cred.GetNetworkCredential().Password)" {image}',
        { when: { access: 'private', registry: FOREIGN_KINDS } },
      ),
    ],
  },
  'pull-with-pod': {
    kind: 'verify',
    onFailure: 'runtime-logs',
    commands: [
      ws('kubectl run pull-check --namespace={namespace} --image={image} --restart=Never', {
        mutates: true,
      }),
      ws('kubectl describe pod pull-check --namespace={namespace}'),
      ws('kubectl delete pod pull-check --namespace={namespace}', { mutates: true }),
    ],
  },
  'runtime-logs': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [
      ws(
        'gcloud logging read "resource.type=\\"k8s_node\\" AND resource.labels.node_name=\\"{nodeName}\\" AND log_id(\\"container-runtime\\")" --project={projectId} --freshness=1h --limit=50',
      ),
      linuxNode(
        'sudo journalctl --unit=containerd --since=-1h --no-pager | grep -i -E "pull|error" | tail -n 50',
      ),
      windowsNode('Get-Content C:\\etc\\kubernetes\\logs\\containerd.log -Tail 100'),
      windowsNode(
        "Select-String -Path C:\\etc\\kubernetes\\logs\\containerd.log -Pattern 'pull' | Select-Object -Last 20",
      ),
    ],
  },
  'tell-apart': {
    kind: 'diagnose',
    onFailure: 'list-tags',
    commands: [
      ws(
        'gcloud artifacts repositories describe {arRepository} --location={arLocation} --project={arProject}',
      ),
      ws('gcloud artifacts docker images describe {image}'),
    ],
  },
  'identify-node-sa': {
    kind: 'diagnose',
    onFailure: 'next',
    onAutopilot: 'identify-cluster-sa',
    commands: [
      ws(
        'gcloud compute instances describe {nodeName} --project={projectId} --zone={zone} --format="yaml(serviceAccounts)"',
      ),
    ],
  },
  'identify-cluster-sa': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [
      ws(
        'gcloud container clusters describe {clusterName} --location={clusterLocation} --project={projectId} --format="yaml(autoscaling.autoprovisioningNodePoolDefaults.serviceAccount,autoscaling.autoprovisioningNodePoolDefaults.oauthScopes)"',
      ),
    ],
  },
  'check-repo-iam': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [
      ws(
        'gcloud artifacts repositories get-iam-policy {arRepository} --location={arLocation} --project={arProject}',
      ),
      ws(
        'gcloud projects get-iam-policy {arProject} --flatten="bindings[].members" --filter="bindings.members:{nodeServiceAccount}" --format="table(bindings.role)"',
      ),
    ],
  },
  'grant-reader': {
    kind: 'fix',
    onFailure: 'next',
    coveredByChecks: ['node-service-account', 'cross-project'],
    commands: [
      ws(
        'gcloud artifacts repositories add-iam-policy-binding {arRepository} --location={arLocation} --project={arProject} --member=serviceAccount:{nodeServiceAccount} --role=roles/artifactregistry.reader',
        { mutates: true },
      ),
    ],
  },
  'list-tags': {
    kind: 'diagnose',
    onFailure: 'fix-reference',
    commands: [
      ws('gcloud artifacts docker tags list {imagePath}', {
        when: { registry: GOOGLE_OR_UNKNOWN },
      }),
      ws('gcloud artifacts docker images list {repositoryPath} --include-tags', {
        when: { registry: GOOGLE_OR_UNKNOWN },
      }),
      ws('crane ls {imagePath}', { when: { registry: FOREIGN_KINDS } }),
    ],
  },
  'fix-reference': {
    kind: 'fix',
    onFailure: 'next',
    coveredByChecks: ['image-reference'],
    commands: [
      ws(
        'kubectl get pod {pod} --namespace={namespace} --output="custom-columns=container:.spec.containers[*].name,image:.spec.containers[*].image"',
      ),
      // Only the failing container: `*=IMAGE` would give every container the same image.
      ws('kubectl set image {workload} --namespace={namespace} {container}={image}', {
        mutates: true,
      }),
    ],
  },
  'new-node-pool-scopes': {
    kind: 'fix',
    onFailure: 'next',
    coveredByChecks: ['access-scopes'],
    onAutopilot: 'autopilot-scopes',
    commands: [
      ws(
        'gcloud container node-pools create {newNodePool} --cluster={clusterName} --location={clusterLocation} --project={projectId} --service-account={nodeServiceAccount} --scopes=cloud-platform',
        { mutates: true },
      ),
      ws('kubectl cordon --selector=cloud.google.com/gke-nodepool={nodePool}', { mutates: true }),
      ws(
        'kubectl drain --selector=cloud.google.com/gke-nodepool={nodePool} --ignore-daemonsets --delete-emptydir-data',
        { mutates: true },
      ),
    ],
  },
  'autopilot-scopes': {
    kind: 'fix',
    onFailure: 'next',
    commands: [
      ws(
        'gcloud container clusters create-auto {newCluster} --location={clusterLocation} --project={projectId} --service-account={nodeServiceAccount} --scopes=cloud-platform',
        { mutates: true },
      ),
    ],
  },
  'configure-docker-auth': {
    kind: 'fix',
    onFailure: 'next',
    commands: [
      // gcloud's helper hands the caller's Google token to the host: Google's hosts only.
      ws('gcloud auth configure-docker {registryHost}', {
        mutates: true,
        when: { registry: GOOGLE },
      }),
      ws(
        'aws ecr get-login-password --region {awsRegion} | docker login --username AWS --password-stdin {registryHost}',
        { mutates: true, when: { registry: ['ecr'] } },
      ),
      ws('az acr login --name {acrName}', { mutates: true, when: { registry: ['acr'] } }),
      ws('docker login {dockerServer}', {
        mutates: true,
        when: { registry: ['docker-hub', 'quay', 'ghcr', 'other'] },
      }),
    ],
  },
  'check-pull-secret': {
    kind: 'diagnose',
    onFailure: 'create-pull-secret',
    commands: [
      ws(
        'kubectl get pod {pod} --namespace={namespace} --output=jsonpath="{.spec.imagePullSecrets}"',
      ),
      ws('kubectl get secret {secretName} --namespace={namespace} --output=jsonpath="{.type}"'),
    ],
  },
  'registry-access': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [
      ws(
        'aws ecr describe-repositories --repository-names {registryRepository} --region {awsRegion}',
        {
          when: { registry: ['ecr'] },
        },
      ),
      ws(
        'aws ecr get-repository-policy --repository-name {registryRepository} --region {awsRegion}',
        {
          when: { registry: ['ecr'] },
        },
      ),
      ws('az acr repository show --name {acrName} --repository {registryRepository}', {
        when: { registry: ['acr'] },
      }),
    ],
  },
  'registry-limits': {
    kind: 'info',
    onFailure: 'next',
    commands: [],
  },
  'create-pull-secret': {
    kind: 'fix',
    onFailure: 'next',
    commands: [
      ws(
        'kubectl create secret docker-registry {secretName} --namespace={namespace} --docker-server={registryHost} --docker-username=_json_key --docker-password="$(cat {keyFile})"',
        { mutates: true, when: { registry: GOOGLE } },
      ),
      ws(
        'kubectl create secret docker-registry {secretName} --namespace={namespace} --docker-server={registryHost} --docker-username=AWS --docker-password="$(aws ecr get-login-password --region {awsRegion})"',
        { mutates: true, when: { registry: ['ecr'] } },
      ),
      ws(
        'kubectl create secret docker-registry {secretName} --namespace={namespace} --docker-server={dockerServer} --docker-username={registryUsername} --docker-password="$(cat {tokenFile})"',
        { mutates: true, when: { registry: TOKEN_SECRET } },
      ),
    ],
  },
  'attach-pull-secret': {
    kind: 'fix',
    onFailure: 'next',
    commands: [
      ws(
        'kubectl patch serviceaccount default --namespace={namespace} --type=merge --patch="{\\"imagePullSecrets\\":[{\\"name\\":\\"{secretName}\\"}]}"',
        { mutates: true },
      ),
    ],
  },
  'check-subnet-pga': {
    kind: 'diagnose',
    onFailure: 'enable-pga',
    coveredByChecks: ['network-path'],
    commands: [
      ws(
        'gcloud compute instances describe {nodeName} --project={projectId} --zone={zone} --format="value(networkInterfaces[0].subnetwork)"',
        { when: { autopilot: false } },
      ),
      ws(
        'gcloud container clusters describe {clusterName} --location={clusterLocation} --project={projectId} --format="value(subnetwork)"',
        { when: { autopilot: true } },
      ),
      ws(
        'gcloud compute networks subnets describe {subnet} --region={region} --project={projectId} --format="value(privateIpGoogleAccess)"',
      ),
    ],
  },
  'check-dns-zones': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [
      ws(
        'gcloud dns managed-zones list --project={projectId} --format="table(name,dnsName,visibility)"',
      ),
      ws(
        'gcloud compute firewall-rules list --project={projectId} --filter="direction=EGRESS" --sort-by=priority',
      ),
    ],
  },
  'enable-pga': {
    kind: 'fix',
    onFailure: 'next',
    coveredByChecks: ['network-path'],
    commands: [
      ws(
        'gcloud compute networks subnets update {subnet} --region={region} --project={projectId} --enable-private-ip-google-access',
        {
          mutates: true,
        },
      ),
    ],
  },
  'restricted-dns-zones': {
    kind: 'fix',
    onFailure: 'next',
    commands: [
      ...['pkg.dev', 'gcr.io'].flatMap((domain) => {
        const zone = domain.replace('.', '-');
        return [
          ws(
            `gcloud dns managed-zones create ${zone} --project={projectId} --dns-name=${domain}. --visibility=private --networks={network} --description="${domain} through restricted.googleapis.com"`,
            { mutates: true },
          ),
          ws(
            `gcloud dns record-sets create "*.${domain}." --project={projectId} --zone=${zone} --type=CNAME --ttl=300 --rrdatas=${domain}.`,
            { mutates: true },
          ),
          ws(
            `gcloud dns record-sets create ${domain}. --project={projectId} --zone=${zone} --type=A --ttl=300 --rrdatas=${RESTRICTED_VIP_ADDRESSES}`,
            { mutates: true },
          ),
        ];
      }),
      ws(
        'gcloud compute firewall-rules create allow-egress-restricted-google-apis --project={projectId} --network={network} --direction=EGRESS --action=ALLOW --rules=tcp:443 --destination-ranges=199.36.153.4/30',
        { mutates: true },
      ),
    ],
  },
  'check-nat': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [
      ws(
        'gcloud compute routers list --project={projectId} --filter="region:{region}" --format="table(name,region.basename(),network.basename())"',
      ),
      ws(
        'gcloud compute routers nats list --router={router} --region={region} --project={projectId}',
      ),
      ws(
        'gcloud compute firewall-rules list --project={projectId} --filter="direction=EGRESS" --sort-by=priority',
      ),
    ],
  },
  'find-vpcsc-violation': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [
      ws(
        'gcloud logging read "protoPayload.metadata.vpcServiceControlsUniqueIdentifier=\\"{vpcscId}\\"" --project={arProject} --freshness=7d --limit=5',
      ),
    ],
  },
  'list-perimeters': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [
      ws(
        'gcloud access-context-manager perimeters list --policy={accessPolicy} --format="yaml(name,status.resources,status.restrictedServices)"',
      ),
    ],
  },
  'add-ingress-rule': {
    kind: 'fix',
    onFailure: 'next',
    commands: [
      ws(
        'gcloud access-context-manager perimeters update {perimeter} --policy={accessPolicy} --set-ingress-policies={ingressPolicyFile}',
        {
          mutates: true,
        },
      ),
    ],
  },
  'inspect-platforms': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [
      ws('docker buildx imagetools inspect {image}'),
      ws('kubectl get nodes --label-columns=kubernetes.io/os,kubernetes.io/arch'),
    ],
  },
  'rebuild-multiarch': {
    kind: 'fix',
    onFailure: 'pin-node-selector',
    coveredByChecks: ['runtime'],
    commands: [
      ws('docker buildx build --platform linux/amd64,linux/arm64 --tag {image} --push .', {
        mutates: true,
      }),
    ],
  },
  'pin-node-selector': {
    kind: 'fix',
    onFailure: 'next',
    commands: [
      ws(
        'kubectl patch {workload} --namespace={namespace} --type=merge --patch="{\\"spec\\":{\\"template\\":{\\"spec\\":{\\"nodeSelector\\":{\\"kubernetes.io/arch\\":\\"{arch}\\"}}}}}"',
        { mutates: true },
      ),
    ],
  },
  'check-runtime-version': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [ws('kubectl get nodes --output=wide')],
  },
  'inspect-manifest': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [ws('skopeo inspect --raw docker://{image}'), ws('crane manifest {image}')],
  },
  'convert-schema': {
    kind: 'fix',
    onFailure: 'next',
    coveredByChecks: ['runtime'],
    commands: [
      ws('skopeo copy --format v2s2 docker://{image} docker://{image}', { mutates: true }),
    ],
  },
  'count-rate-limited': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [
      ws(
        'kubectl get events --all-namespaces --field-selector=reason=Failed | grep -c -i -E "429|toomanyrequests|rate limit"',
      ),
    ],
  },
  'check-quota': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [
      ws(
        'gcloud logging read "protoPayload.status.code=8 AND protoPayload.serviceName=\\"artifactregistry.googleapis.com\\"" --project={arProject} --freshness=1d --limit=20',
      ),
    ],
  },
  'docker-hub-limits': {
    kind: 'info',
    onFailure: 'next',
    commands: [],
  },
  'create-remote-repo': {
    kind: 'fix',
    onFailure: 'next',
    commands: [
      ws(
        'gcloud artifacts repositories create {remoteRepository} --project={projectId} --location={region} --repository-format=docker --mode=remote-repository --remote-docker-repo=DOCKER-HUB',
        { mutates: true },
      ),
    ],
  },
  'create-virtual-repo': {
    kind: 'fix',
    onFailure: 'next',
    commands: [
      ws(
        'gcloud artifacts repositories create {virtualRepository} --project={projectId} --location={region} --repository-format=docker --mode=virtual-repository --upstream-policy-file={upstreamPolicyFile}',
        { mutates: true },
      ),
    ],
  },
  'check-certificate': {
    kind: 'diagnose',
    onFailure: 'store-ca-secret',
    commands: [
      ws('curl -sS -o /dev/null -w "%{http_code}\\n" https://{registryEndpoint}/v2/'),
      ws(
        'openssl s_client -connect {registryEndpoint}:443 -servername {registryEndpoint} -showcerts </dev/null',
      ),
    ],
  },
  'store-ca-secret': {
    kind: 'fix',
    onFailure: 'next',
    commands: [
      ws('gcloud secrets create {caSecret} --project={projectId} --data-file={caFile}', {
        mutates: true,
      }),
      ws(
        'gcloud secrets add-iam-policy-binding {caSecret} --project={projectId} --member=serviceAccount:{nodeServiceAccount} --role=roles/secretmanager.secretAccessor',
        { mutates: true },
      ),
    ],
  },
  'trust-ca': {
    kind: 'fix',
    onFailure: 'next',
    commands: [
      // The runtime configuration file GKE reads
      // (https://cloud.google.com/kubernetes-engine/docs/how-to/access-private-registries-private-certificates).
      ws(
        `printf 'privateRegistryAccessConfig:\\n  enabled: true\\n  certificateAuthorityDomainConfig:\\n  - gcpSecretManagerCertificateConfig:\\n      secretURI: "projects/%s/secrets/%s/versions/latest"\\n    fqdns:\\n    - "%s"\\n' {projectId} {caSecret} {registryEndpoint} > {containerdConfigFile}`,
        { mutates: true },
      ),
      ws(
        'gcloud container clusters update {clusterName} --location={clusterLocation} --project={projectId} --containerd-config-from-file={containerdConfigFile}',
        {
          mutates: true,
        },
      ),
    ],
  },
  'check-registry-health': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [ws('curl -sS -o /dev/null -w "%{http_code}\\n" https://{registryEndpoint}/v2/')],
  },
  'retry-pull': {
    kind: 'fix',
    onFailure: 'next',
    commands: [ws('kubectl delete pod {pod} --namespace={namespace}', { mutates: true })],
  },
  'show-reference': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [
      ws(
        'kubectl get pod {pod} --namespace={namespace} --output="custom-columns=container:.spec.containers[*].name,image:.spec.containers[*].image"',
      ),
    ],
  },
  'pull-durations': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [
      ws(
        'kubectl get events --namespace={namespace} --field-selector=involvedObject.name={pod} --sort-by=.lastTimestamp',
      ),
      ws(
        'kubectl get events --all-namespaces --field-selector=reason=Pulled --sort-by=.lastTimestamp',
      ),
    ],
  },
  'image-size': {
    kind: 'diagnose',
    onFailure: 'next',
    commands: [
      ws(
        'crane manifest --platform=linux/{arch} {image} | jq "{layers: (.layers | length), bytes: ([.layers[].size] | add)}"',
      ),
    ],
  },
  'enable-image-streaming': {
    kind: 'fix',
    onFailure: 'next',
    // Autopilot streams eligible images already
    // (https://cloud.google.com/kubernetes-engine/docs/how-to/image-streaming).
    onAutopilot: null,
    commands: [
      ws('gcloud services enable containerfilesystem.googleapis.com --project={projectId}', {
        mutates: true,
        when: { registry: ['google', 'docker-hub', 'unknown'] },
      }),
      ws(
        'gcloud container clusters update {clusterName} --location={clusterLocation} --project={projectId} --enable-image-streaming',
        { mutates: true, when: { registry: ['google', 'docker-hub', 'unknown'] } },
      ),
    ],
  },
  'parallel-pulls': {
    kind: 'fix',
    onFailure: 'next',
    // A node setting: Standard node pools only.
    onAutopilot: null,
    commands: [
      // GKE takes 2 to 5 (NodeKubeletConfig.maxParallelImagePulls,
      // https://cloud.google.com/kubernetes-engine/docs/how-to/node-system-config).
      ws(`printf 'kubeletConfig:\\n  maxParallelImagePulls: 5\\n' > {systemConfigFile}`, {
        mutates: true,
      }),
      ws(
        'gcloud container node-pools update {nodePool} --cluster={clusterName} --location={clusterLocation} --project={projectId} --system-config-from-file={systemConfigFile}',
        { mutates: true },
      ),
    ],
  },
} as const satisfies Record<string, StepDefinition>;

export type StepId = keyof typeof STEP_DEFINITIONS;
export const STEP_IDS = Object.keys(STEP_DEFINITIONS) as StepId[];

export function stepDefinition(id: StepId): StepDefinition {
  return STEP_DEFINITIONS[id];
}
