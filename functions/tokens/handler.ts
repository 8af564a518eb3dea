import type { MiddlewareHandler } from 'hono';
import { screenBearerToken, type Caller } from '../../shared/caller-auth';
import type { Config } from '../../shared/config';
import {
  buildCredentialShapes,
  fetchRegistryToken,
  validateNamespace,
  validateSecretName,
  type CredentialShapes,
  type RegistryToken,
} from '../../shared/credentials';
import type { Language } from '../../shared/i18n';
import { parseRepositoryReference } from '../../shared/image-ref';
import type { Logger } from '../../shared/log';
import { AppError } from '../../shared/problems';
import type { Services } from '../services';
import { describeReach } from './reach';

/** Per-request value the authentication middleware sets for the handler. */
export interface CallerEnv {
  Variables: { caller: Caller };
}

/**
 * Authenticates before the body is validated, so an unauthenticated request learns nothing about
 * its body: first what no configuration could accept (401), then "not configured" (503), then the
 * full verification (401, or 502/504 when the issuer's keys cannot be fetched).
 */
export function authenticateCaller(services: Services): MiddlewareHandler<CallerEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    screenBearerToken(authorization);
    const caller = await services.callerVerifier().verify(authorization);
    c.set('caller', caller);
    await next();
  };
}

export interface TokenInput {
  repository: string;
  access: 'pull' | 'push';
  lifetimeSeconds: number;
  secretName: string;
  namespace?: string | undefined;
  registryToken: boolean;
}

export interface TokenAnswer extends Omit<CredentialShapes, 'kubernetesSecret'> {
  accessToken: string;
  expiresAt: string;
  registry: string;
  repository: string;
  identity: string;
  impersonated: boolean;
  lifetimeSeconds: number | null;
  oauthScopes: string[];
  scope: { repositories: string[]; access: 'pull' | 'push' };
  reach: { accessToken: string; registryToken?: string };
  kubernetesSecret: CredentialShapes['kubernetesSecret'];
  registryToken?: { token: string; expiresAt: string; scope: string };
}

export interface TokenContext {
  caller: Caller;
  services: Services;
  config: Config;
  language: Language;
  /** True when the answer is the Secret manifest alone (`Accept: application/yaml`). */
  secretOnly: boolean;
  logger: Logger;
  requestId: string;
}

/**
 * Validates every field before anything is minted, authorizes (default deny), mints, then shapes.
 * Returns the JSON answer; the caller renders the Secret alone when asked for YAML.
 */
export async function mintCredential(
  input: TokenInput,
  context: TokenContext,
): Promise<TokenAnswer> {
  const { services, config, caller } = context;
  const repository = parseRepositoryReference(input.repository, {
    pointer: '/repository',
    standInHosts: config.REGISTRY_GOOGLE_CREDENTIAL_HOSTS,
  });
  validateSecretName(input.secretName);
  if (input.namespace !== undefined) validateNamespace(input.namespace);
  const registryPath =
    repository.image === null
      ? repository.repositoryPathPrefix
      : `${repository.repositoryPathPrefix}/${repository.image}`;
  if (input.registryToken) checkRegistryTokenRequest(repository, context.secretOnly);

  const grant = services.accessPolicy().authorize(caller, repository, input.access);
  const minted = await services.tokenMinter().mint({
    repository,
    access: input.access,
    lifetimeSeconds: input.lifetimeSeconds,
    grant,
  });
  const shapes = buildCredentialShapes({
    host: repository.registry,
    accessToken: minted.accessToken,
    expiresAt: minted.expiresAt,
    secretName: input.secretName,
    ...(input.namespace === undefined ? {} : { namespace: input.namespace }),
    identity: minted.identity,
    repository: grant.repository,
  });
  let registryToken: RegistryToken | undefined;
  if (input.registryToken) {
    registryToken = await fetchRegistryToken(
      {
        host: repository.registry,
        repositoryPath: registryPath,
        access: input.access,
        accessToken: minted.accessToken,
      },
      { insecureHosts: config.REGISTRY_INSECURE_HOSTS, timeoutMs: config.UPSTREAM_TIMEOUT_MS },
    );
  }

  // The audit line: who got what, for which repository, as whom, until when. Never the token.
  context.logger.info('Registry credential issued', {
    requestId: context.requestId,
    caller: { issuer: caller.issuer, subject: caller.subject, email: caller.email },
    repository: grant.repository,
    access: grant.access,
    rule: grant.ruleName,
    identity: minted.identity,
    impersonated: minted.impersonated,
    expiresAt: minted.expiresAt.toISOString(),
    registryScope: registryToken?.scope,
  });

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
      'registryToken is returned only in the JSON answer; the application/yaml answer is the Secret manifest alone. Ask for application/json, or leave registryToken out.',
      { pointer: '/registryToken' },
    );
  }
  if (repository.image === null && repository.location !== '') {
    throw new AppError(
      'INVALID_REQUEST',
      `A registry token is scoped to one image path, and ${repository.registry} keeps images inside the repository: name the image (for example "${repository.registry}/PROJECT/REPOSITORY/IMAGE") to get a registry token for it.`,
      { pointer: '/repository' },
    );
  }
}
