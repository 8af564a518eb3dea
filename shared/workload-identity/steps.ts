/**
 * The federation procedure as data: each step's commands are templates whose `{slot}`s are filled
 * from the request (quoted for the shell context they land in) or left as the slot's UPPER_SNAKE
 * placeholder; its text lives in the catalogue under `wif.step.<id>.title|detail|expect`.
 * Follows "Configure Workload Identity Federation with Kubernetes"
 * (https://cloud.google.com/iam/docs/workload-identity-federation-with-kubernetes) and, for the
 * kubelet's own pulls, this service's credential provider.
 */
import type { RunbookStep } from '../runbook';

/** The values commands use; only `serviceUrl` may be missing (the SERVICE_URL placeholder). */
export const SLOT_PLACEHOLDERS = {
  projectId: 'PROJECT_ID',
  projectNumber: 'PROJECT_NUMBER',
  poolId: 'POOL_ID',
  providerId: 'PROVIDER_ID',
  providerName: 'PROVIDER_NAME',
  issuerUri: 'ISSUER_URI',
  jwks: 'JWKS',
  jwksFile: 'JWKS_FILE',
  principal: 'PRINCIPAL',
  repository: 'REPOSITORY',
  repositoryPath: 'REPOSITORY_PATH',
  repositoryProject: 'REPOSITORY_PROJECT_ID',
  repositoryLocation: 'LOCATION',
  namespace: 'NAMESPACE',
  serviceAccount: 'KSA_NAME',
  configMap: 'CONFIGMAP',
  serviceUrl: 'SERVICE_URL',
} as const;
export type Slot = keyof typeof SLOT_PLACEHOLDERS;

export interface CommandTemplate {
  runOn: 'workstation' | 'node';
  mutates: boolean;
  template: string;
  /** Only when Google can reach the issuer (`public`), or only when it cannot (`private`). */
  issuer?: 'public' | 'private';
}

export interface StepDefinition {
  id: string;
  kind: RunbookStep['kind'];
  /** Reached only through another step's `onFailure`. */
  branch?: boolean;
  /** The step to follow when this one fails. */
  onFailure?: string;
  commands: readonly CommandTemplate[];
}

export const JWKS_FILE = 'cluster-jwks.json';
export const CREDENTIAL_CONFIG_FILE = 'credential-configuration.json';
export const CONFIG_MAP = 'gcp-credential-configuration';
/** Where the workload's projected service-account token is mounted (the guide's path). */
export const TOKEN_PATH = '/var/run/service-account/token';

const CREATE_PROVIDER =
  'gcloud iam workload-identity-pools providers create-oidc {providerId} --project={projectId} --location=global --workload-identity-pool={poolId} --issuer-uri={issuerUri} --attribute-mapping=google.subject=assertion.sub';

const workstation = (template: string, mutates: boolean): CommandTemplate => ({
  runOn: 'workstation',
  mutates,
  template,
});

export const FEDERATION_STEPS: readonly StepDefinition[] = [
  {
    id: 'enable-apis',
    kind: 'fix',
    commands: [
      workstation(
        'gcloud services enable iam.googleapis.com cloudresourcemanager.googleapis.com iamcredentials.googleapis.com sts.googleapis.com --project={projectId}',
        true,
      ),
    ],
  },
  {
    id: 'write-jwks',
    kind: 'fix',
    commands: [{ ...workstation("printf '%s\\n' {jwks} > {jwksFile}", true), issuer: 'private' }],
  },
  {
    id: 'create-pool',
    kind: 'fix',
    commands: [
      workstation(
        'gcloud iam workload-identity-pools create {poolId} --project={projectId} --location=global',
        true,
      ),
    ],
  },
  {
    id: 'create-provider',
    kind: 'fix',
    commands: [
      {
        ...workstation(`${CREATE_PROVIDER}`, true),
        issuer: 'public',
      },
      {
        ...workstation(`${CREATE_PROVIDER} --jwk-json-path={jwksFile}`, true),
        issuer: 'private',
      },
    ],
  },
  {
    id: 'grant-reader',
    kind: 'fix',
    commands: [
      workstation(
        'gcloud artifacts repositories add-iam-policy-binding {repository} --project={repositoryProject} --location={repositoryLocation} --role=roles/artifactregistry.reader --member={principal}',
        true,
      ),
    ],
  },
  {
    id: 'check-grant',
    kind: 'verify',
    commands: [
      workstation(
        'gcloud artifacts repositories get-iam-policy {repository} --project={repositoryProject} --location={repositoryLocation} --flatten="bindings[]" --filter="bindings.role=roles/artifactregistry.reader" --format="value(bindings.members)" | grep -F {principal}',
        false,
      ),
    ],
  },
  {
    id: 'create-cred-config',
    kind: 'fix',
    commands: [
      workstation(
        `gcloud iam workload-identity-pools create-cred-config {providerName} --credential-source-file=${TOKEN_PATH} --credential-source-type=text --output-file=${CREDENTIAL_CONFIG_FILE}`,
        true,
      ),
      workstation(
        `kubectl create configmap {configMap} --from-file=${CREDENTIAL_CONFIG_FILE} --namespace={namespace}`,
        true,
      ),
    ],
  },
  {
    id: 'kubelet-credential-provider',
    kind: 'fix',
    onFailure: 'pull-secret',
    commands: [
      workstation(
        'curl -sS --fail-with-body "{serviceUrl}/v1/credential-provider/rbac?audience={serviceUrl}" | kubectl apply -f -',
        true,
      ),
      {
        runOn: 'node',
        mutates: true,
        template:
          'sudo install -D -m 0755 gke-pull-assistant-credential-provider /etc/kubernetes/image-credential-providers/gke-pull-assistant-credential-provider',
      },
      {
        runOn: 'node',
        mutates: true,
        template:
          'curl -sS --fail-with-body "{serviceUrl}/v1/credential-provider/config?serviceUrl={serviceUrl}" | sudo tee /etc/kubernetes/image-credential-provider-config.yaml',
      },
    ],
  },
  {
    id: 'pull-secret',
    kind: 'fix',
    branch: true,
    commands: [
      workstation(
        'curl -sS --fail-with-body -X POST "{serviceUrl}/v1/tokens" -H "Authorization: Bearer $(kubectl create token {serviceAccount} --namespace={namespace} --audience={serviceUrl})" -H "Accept: application/yaml" -H "Content-Type: application/json" -d "{\\"repository\\": \\"{repositoryPath}\\", \\"namespace\\": \\"{namespace}\\", \\"lifetimeSeconds\\": 3600}" | kubectl apply -f -',
        true,
      ),
    ],
  },
];
