import { parseServiceUrl } from '../credential-provider';
import { translate, type Language, type MessageId } from '../i18n';
import { parseRepositoryReference } from '../image-ref';
import { fillTemplate, type RunbookStep } from '../runbook';
import {
  checkSubjectLength,
  parseIssuerUri,
  parseJwks,
  parseNamespace,
  parsePoolId,
  parseProjectId,
  parseProjectNumber,
  parseProviderId,
  parseServiceAccountName,
  serviceAccountSubject,
  type Jwks,
} from './ids';
import {
  CONFIG_MAP,
  FEDERATION_STEPS,
  JWKS_FILE,
  SLOT_PLACEHOLDERS,
  type Slot,
  type StepDefinition,
} from './steps';

export interface FederationPlanInput {
  issuerUri: string;
  /** Given when Google cannot reach the issuer: the provider is created from these keys. */
  jwks?: Jwks | undefined;
  projectNumber: string;
  projectId: string;
  poolId: string;
  providerId: string;
  namespace: string;
  serviceAccount: string;
  repository: string;
  /** This service's URL, for the kubelet credential provider; else the SERVICE_URL placeholder. */
  serviceUrl?: string | undefined;
}

/** The names the procedure creates and grants, spelled out once. */
export interface FederationValues {
  /** The cluster's service-account issuer, as the provider trusts it. */
  issuer: string;
  /** `system:serviceaccount:NS:KSA`: the token's `sub`, mapped to `google.subject`. */
  subject: string;
  /** The IAM principal of that subject in the pool. */
  principal: string;
  /** `projects/NUMBER/locations/global/workloadIdentityPools/POOL`. */
  pool: string;
  /** `…/providers/PROVIDER`: what `create-cred-config` names. */
  provider: string;
  /** The audience of the workload's projected token: the provider's URL form. */
  audience: string;
  /** `LOCATION-docker.pkg.dev/PROJECT/REPOSITORY` (or the gcr.io repository). */
  repository: string;
  /** `projects/P/locations/L/repositories/R`. */
  repositoryResource: string;
  /** True when the provider gets the cluster's keys (`--jwk-json-path`). */
  privateIssuer: boolean;
}

export interface FederationPlan {
  language: Language;
  summary: string;
  values: FederationValues;
  steps: RunbookStep[];
}

/**
 * The ordered federation procedure for one Kubernetes service account and one repository. Every
 * value is checked against Google's (or Kubernetes') rule first, so each command names a resource
 * that can exist; a refusal is INVALID_REQUEST at the field, with the rule and its source.
 */
export function buildFederationPlan(
  input: FederationPlanInput,
  language: Language,
): FederationPlan {
  const issuerUri = parseIssuerUri(input.issuerUri);
  const jwks = input.jwks === undefined ? undefined : parseJwks(input.jwks);
  const projectNumber = parseProjectNumber(input.projectNumber);
  const projectId = parseProjectId(input.projectId);
  const poolId = parsePoolId(input.poolId);
  const providerId = parseProviderId(input.providerId);
  const namespace = parseNamespace(input.namespace);
  const serviceAccount = parseServiceAccountName(input.serviceAccount);
  checkSubjectLength(namespace, serviceAccount);
  const repository = parseRepositoryReference(input.repository, { path: ['repository'] });
  const serviceUrl = input.serviceUrl === undefined ? null : parseServiceUrl(input.serviceUrl);

  const subject = serviceAccountSubject(namespace, serviceAccount);
  const pool = `projects/${projectNumber}/locations/global/workloadIdentityPools/${poolId}`;
  const provider = `${pool}/providers/${providerId}`;
  const repositoryPath = `${repository.registry}/${repository.repositoryPathPrefix}`;
  const values: FederationValues = {
    issuer: issuerUri,
    subject,
    principal: `principal://iam.googleapis.com/${pool}/subject/${subject}`,
    pool,
    provider,
    audience: `https://iam.googleapis.com/${provider}`,
    repository: repositoryPath,
    repositoryResource: `projects/${repository.projectId}/locations/${repository.location}/repositories/${repository.repository}`,
    privateIssuer: jwks !== undefined,
  };
  const slots: Record<Slot, string | null> = {
    projectId,
    projectNumber,
    poolId,
    providerId,
    providerName: provider,
    issuerUri,
    jwks: jwks === undefined ? null : JSON.stringify(jwks),
    jwksFile: JWKS_FILE,
    principal: values.principal,
    repository: repository.repository,
    repositoryPath,
    repositoryProject: repository.projectId,
    repositoryLocation: repository.location,
    namespace,
    serviceAccount,
    configMap: CONFIG_MAP,
    serviceUrl,
  };
  const text: Record<string, string | number> = {
    ...values,
    privateIssuer: String(values.privateIssuer),
    projectId,
    projectNumber,
    namespace,
    jwksFile: JWKS_FILE,
    configMap: CONFIG_MAP,
    serviceUrl: serviceUrl ?? SLOT_PLACEHOLDERS.serviceUrl,
  };

  const definitions = FEDERATION_STEPS.map((definition) => ({
    definition,
    commands: definition.commands.filter(
      (command) =>
        command.issuer === undefined || (command.issuer === 'private') === values.privateIssuer,
    ),
  })).filter(({ definition, commands }) => definition.commands.length === 0 || commands.length > 0);

  const steps = definitions.map(({ definition, commands }) =>
    buildStep(definition, commands, slots, text, language),
  );
  return {
    language,
    summary: translate(language, 'wif.summary', {
      subject,
      issuer: issuerUri,
      repository: repositoryPath,
      pool: poolId,
      projectId,
      count: steps.filter((step) => !step.branch).length,
    }),
    values,
    steps,
  };
}

function buildStep(
  definition: StepDefinition,
  commands: StepDefinition['commands'],
  slots: Record<Slot, string | null>,
  text: Record<string, string | number>,
  language: Language,
): RunbookStep {
  const say = (part: 'title' | 'detail' | 'expect') =>
    translate(language, `wif.step.${definition.id}.${part}` as MessageId, text);
  return {
    id: definition.id,
    title: say('title'),
    detail: say('detail'),
    commands: commands.map((command) => {
      const filled = fillTemplate(command.template, 'bash', slots, (slot) =>
        Object.hasOwn(SLOT_PLACEHOLDERS, slot) ? SLOT_PLACEHOLDERS[slot as Slot] : undefined,
      );
      return {
        shell: 'bash',
        run: filled.run,
        runOn: command.runOn,
        mutates: command.mutates,
        placeholders: filled.placeholders,
      };
    }),
    expect: say('expect'),
    onFailure: definition.onFailure ?? null,
    kind: definition.kind,
    branch: definition.branch ?? false,
  };
}
