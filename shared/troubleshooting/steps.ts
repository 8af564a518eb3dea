import type { CheckId } from '../preconditions/types';
import type { NodeOs, PlanStep, Shell, Via } from './types';

/**
 * Plan steps as data. A step's text lives in the catalogues under `step.<id>.title|detail|expect`
 * (with optional variants `detail.<os>`, `detail.<via>`, `detail.<os>.<via>`); its commands are
 * templates whose `{slot}`s are filled from the request, or left as the slot's UPPER_SNAKE
 * placeholder. Slots never sit inside single quotes (the filler refuses), so scripts can fill
 * placeholders at run time.
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
  arProject: 'REGISTRY_PROJECT_ID',
  arLocation: 'LOCATION',
  arRepository: 'REPOSITORY',
  repositoryPath: 'REPOSITORY_PATH',
  pod: 'POD',
  namespace: 'NAMESPACE',
  secretName: 'SECRET_NAME',
  clusterName: 'CLUSTER_NAME',
  clusterLocation: 'CLUSTER_LOCATION',
  nodePool: 'NODE_POOL',
  newNodePool: 'NEW_NODE_POOL',
  nodeServiceAccount: 'NODE_SERVICE_ACCOUNT',
  subnet: 'SUBNET',
  accessPolicy: 'ACCESS_POLICY_ID',
  perimeter: 'PERIMETER',
  ingressPolicyFile: 'INGRESS_POLICY_FILE',
  vpcscId: 'VPCSC_UNIQUE_ID',
  arch: 'ARCH',
  workload: 'WORKLOAD',
  keyFile: 'KEY_FILE',
  remoteRepository: 'REMOTE_REPOSITORY',
  containerdConfigFile: 'CONTAINERD_CONFIG_FILE',
} as const;
export type Slot = keyof typeof SLOT_PLACEHOLDERS;

export function placeholderOfSlot(slot: string): string | undefined {
  return Object.hasOwn(SLOT_PLACEHOLDERS, slot) ? SLOT_PLACEHOLDERS[slot as Slot] : undefined;
}

export interface CommandTemplate {
  shell: Shell;
  runOn: 'workstation' | 'node';
  mutates?: boolean;
  template: string;
  when?: { os?: NodeOs; via?: Via; access?: 'public' | 'private' };
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
}

const METADATA_TOKEN_URL =
  'http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token';
const METADATA_SCOPES_URL =
  'http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/scopes';

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
    commands: [
      ws('gcloud compute ssh --project={projectId} --zone={zone} {nodeName}', {
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
    commands: [
      linuxNode(
        `curl -s -o /dev/null -w "%{http_code}\\n" -H 'Metadata-Flavor: Google' ${METADATA_TOKEN_URL}`,
      ),
      linuxNode(`curl -s -H 'Metadata-Flavor: Google' ${METADATA_SCOPES_URL}`),
      windowsNode(
        `Invoke-RestMethod -Headers @{'Metadata-Flavor'='Google'} -Uri '${METADATA_SCOPES_URL}'`,
      ),
    ],
  },
  'check-reachability': {
    kind: 'diagnose',
    onFailure: 'runtime-logs',
    commands: [
      linuxNode('getent hosts {registryHost}'),
      linuxNode(
        'curl -sS -o /dev/null -w "%{http_code}\\n" --max-time 10 https://{registryHost}/v2/',
      ),
      windowsNode('Resolve-DnsName {registryHost}'),
      windowsNode('Test-NetConnection {registryHost} -Port 443'),
    ],
  },
  'pull-on-node': {
    kind: 'verify',
    onFailure: 'runtime-logs',
    commands: [
      linuxNode('sudo crictl pull {image}', { when: { access: 'public' } }),
      linuxNode(
        `ACCESS_TOKEN="$(curl -s -H 'Metadata-Flavor: Google' ${METADATA_TOKEN_URL} | sed -n 's/.*"access_token" *: *"\\([^"]*\\)".*/\\1/p')"`,
        { when: { access: 'private' } },
      ),
      linuxNode('sudo crictl pull --creds "oauth2accesstoken:$ACCESS_TOKEN" {image}', {
        when: { access: 'private' },
      }),
      windowsNode('crictl pull {image}', { when: { access: 'public' } }),
      windowsNode(
        `$token = (Invoke-RestMethod -Headers @{'Metadata-Flavor'='Google'} -Uri '${METADATA_TOKEN_URL}').access_token`,
        { when: { access: 'private' } },
      ),
      windowsNode('crictl pull --creds "oauth2accesstoken:$token" {image}', {
        when: { access: 'private' },
      }),
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
    commands: [
      ws(
        'gcloud compute instances describe {nodeName} --project={projectId} --zone={zone} --format="yaml(serviceAccounts)"',
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
      ws('gcloud artifacts docker tags list {imagePath}'),
      ws('gcloud artifacts docker images list {repositoryPath} --include-tags'),
    ],
  },
  'fix-reference': {
    kind: 'fix',
    onFailure: 'next',
    coveredByChecks: ['image-reference'],
    commands: [
      ws(
        'kubectl get pod {pod} --namespace={namespace} --output=jsonpath="{.spec.containers[*].image}"',
      ),
      ws('kubectl set image {workload} --namespace={namespace} "*={image}"', { mutates: true }),
    ],
  },
  'new-node-pool-scopes': {
    kind: 'fix',
    onFailure: 'next',
    coveredByChecks: ['access-scopes'],
    commands: [
      ws(
        'gcloud container node-pools create {newNodePool} --cluster={clusterName} --location={clusterLocation} --project={projectId} --service-account={nodeServiceAccount} --scopes=cloud-platform',
        { mutates: true },
      ),
      ws('kubectl cordon --selector=cloud.google.com/gke-nodepool={nodePool}', { mutates: true }),
    ],
  },
  'configure-docker-auth': {
    kind: 'fix',
    onFailure: 'next',
    commands: [ws('gcloud auth configure-docker {registryHost}', { mutates: true })],
  },
  'check-subnet-pga': {
    kind: 'diagnose',
    onFailure: 'enable-pga',
    coveredByChecks: ['network-path'],
    commands: [
      ws(
        'gcloud compute instances describe {nodeName} --project={projectId} --zone={zone} --format="value(networkInterfaces[0].subnetwork)"',
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
  'create-pull-secret': {
    kind: 'fix',
    onFailure: 'next',
    commands: [
      ws(
        'kubectl create secret docker-registry {secretName} --namespace={namespace} --docker-server={registryHost} --docker-username=_json_key --docker-password="$(cat {keyFile})"',
        { mutates: true },
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
  'create-remote-repo': {
    kind: 'fix',
    onFailure: 'next',
    commands: [
      ws(
        'gcloud artifacts repositories create {remoteRepository} --project={arProject} --location={arLocation} --repository-format=docker --mode=remote-repository --remote-docker-repo=DOCKER-HUB',
        { mutates: true },
      ),
    ],
  },
  'check-certificate': {
    kind: 'diagnose',
    onFailure: 'trust-ca',
    commands: [
      ws('curl -sS -o /dev/null -w "%{http_code}\\n" https://{registryHost}/v2/'),
      ws(
        'openssl s_client -connect {registryHost}:443 -servername {registryHost} -showcerts </dev/null',
      ),
    ],
  },
  'trust-ca': {
    kind: 'fix',
    onFailure: 'next',
    commands: [
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
    commands: [ws('curl -sS -o /dev/null -w "%{http_code}\\n" https://{registryHost}/v2/')],
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
        'kubectl get pod {pod} --namespace={namespace} --output=jsonpath="{.spec.containers[*].image}"',
      ),
    ],
  },
} as const satisfies Record<string, StepDefinition>;

export type StepId = keyof typeof STEP_DEFINITIONS;
export const STEP_IDS = Object.keys(STEP_DEFINITIONS) as StepId[];

export function stepDefinition(id: StepId): StepDefinition {
  return STEP_DEFINITIONS[id];
}
