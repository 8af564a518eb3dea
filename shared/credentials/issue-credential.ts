import type { AccessPolicy, Caller } from '../caller-auth';
import type { Language } from '../i18n';
import { parseRepositoryReference } from '../image-ref';
import type { Logger } from '../log';
import { AppError } from '../problems';
import type { RegistryToken, RegistryTokenRequest } from '../registry';
import {
  buildCredentialShapes,
  validateNamespace,
  validateSecretName,
  type CredentialShapes,
} from './credential-shapes';
import { logIssuedCredential, mintForCaller } from './mint-for-caller';
import { describeReach } from './reach';
import type { CredentialAccess, TokenMinter } from './token-minter';

export interface IssueCredentialInput {
  repository: string;
  access: CredentialAccess;
  lifetimeSeconds: number;
  secretName: string;
  namespace?: string | undefined;
  registryToken: boolean;
}

export interface IssuedCredential extends Omit<CredentialShapes, 'kubernetesSecret'> {
  accessToken: string;
  expiresAt: string;
  registry: string;
  repository: string;
  identity: string;
  impersonated: boolean;
  lifetimeSeconds: number | null;
  oauthScopes: string[];
  scope: { repositories: string[]; access: CredentialAccess };
  reach: { accessToken: string; registryToken?: string };
  kubernetesSecret: CredentialShapes['kubernetesSecret'];
  registryToken?: { token: string; expiresAt: string; scope: string };
}

export interface IssueCredentialDeps {
  policy: AccessPolicy;
  minter: () => TokenMinter;
  /** The registry client's Docker token exchange (`RegistryClient.exchangeToken`), for `registryToken: true`. */
  exchangeRegistryToken: (request: RegistryTokenRequest) => Promise<RegistryToken>;
  /** Where the audit line goes; it never holds a token. */
  logger: Logger;
}

export interface IssueCredentialContext {
  /** The authenticated caller. */
  caller: Caller;
  language: Language;
  /** True when only the Secret manifest will be answered (no place for a registry token). */
  secretOnly: boolean;
  /** Hosts that stand in for Artifact Registry (REGISTRY_GOOGLE_CREDENTIAL_HOSTS). */
  standInHosts: readonly string[];
  /** Correlates the audit line with the request log line. */
  requestId: string;
}

/**
 * Issues a registry credential: every field is validated before anything is minted, the caller
 * is authorized (default deny), the token minted, shaped for every client, exchanged for a
 * registry token on request, and one audit line written (who got what, for which repository, as
 * whom, until when; never the token).
 */
export async function issueCredential(
  input: IssueCredentialInput,
  deps: IssueCredentialDeps,
  context: IssueCredentialContext,
): Promise<IssuedCredential> {
  const { caller } = context;
  const repository = parseRepositoryReference(input.repository, {
    path: ['repository'],
    standInHosts: context.standInHosts,
  });
  validateSecretName(input.secretName);
  if (input.namespace !== undefined) validateNamespace(input.namespace);
  if (input.registryToken) checkRegistryTokenRequest(repository, context.secretOnly);

  const { grant, minted } = await mintForCaller(
    { caller, repository, access: input.access, lifetimeSeconds: input.lifetimeSeconds },
    deps,
  );
  const shapes = buildCredentialShapes({
    host: repository.registry,
    accessToken: minted.accessToken,
    expiresAt: minted.expiresAt,
    secretName: input.secretName,
    ...(input.namespace === undefined ? {} : { namespace: input.namespace }),
    identity: minted.identity,
    repository: grant.repository,
  });
  const registryToken = input.registryToken
    ? await deps.exchangeRegistryToken({
        repository,
        access: input.access,
        accessToken: minted.accessToken,
      })
    : undefined;

  logIssuedCredential(
    deps.logger,
    'Registry credential issued',
    { requestId: context.requestId, caller, grant, minted },
    { registryScope: registryToken?.scope },
  );

  return {
    accessToken: minted.accessToken,
    expiresAt: minted.expiresAt.toISOString(),
    username: shapes.username,
    registry: repository.registry,
    repository: grant.repository,
    identity: minted.identity,
    impersonated: minted.impersonated,
    lifetimeSeconds: minted.lifetimeSeconds,
    oauthScopes: minted.scopes,
    scope: { repositories: [grant.repository], access: grant.access },
    reach: describeReach(
      {
        identity: minted.identity,
        impersonated: minted.impersonated,
        scopes: minted.scopes,
        expiresAt: minted.expiresAt,
        repository: grant.repository,
        ...(registryToken === undefined
          ? {}
          : {
              registryToken: {
                registry: repository.registry,
                scope: registryToken.scope,
                expiresAt: registryToken.expiresAt,
              },
            }),
      },
      context.language,
    ),
    crictlCreds: shapes.crictlCreds,
    dockerLogin: shapes.dockerLogin,
    dockerConfigJson: shapes.dockerConfigJson,
    kubernetesSecret: shapes.kubernetesSecret,
    ...(registryToken === undefined
      ? {}
      : {
          registryToken: {
            token: registryToken.token,
            expiresAt: registryToken.expiresAt.toISOString(),
            scope: registryToken.scope,
          },
        }),
  };
}

/**
 * A registry token names one Docker repository path. On Artifact Registry and gcr.io the
 * repository itself (`PROJECT/REPOSITORY`, `PROJECT`) holds no image, so a token for it would pull
 * nothing; a stand-in host (`location: ""`) has images at `PROJECT/REPOSITORY`. The YAML answer is
 * the Secret alone, so a registry token would be minted for nobody.
 */
function checkRegistryTokenRequest(
  repository: { registry: string; location: string; image: string | null },
  secretOnly: boolean,
): void {
  if (secretOnly) {
    throw new AppError(
      'INVALID_REQUEST',
      { id: 'registryToken.onlyInJson' },
      { path: ['registryToken'] },
    );
  }
  if (repository.image === null && repository.location !== '') {
    throw new AppError(
      'INVALID_REQUEST',
      { id: 'registryToken.needsImage', params: { registry: repository.registry } },
      { path: ['repository'] },
    );
  }
}
