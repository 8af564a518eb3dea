import type { Context, MiddlewareHandler } from 'hono';
import { screenBearerToken, type Caller } from '../../shared/caller-auth';
import type { Config } from '../../shared/config';
import {
  issueCredential,
  renderSecretYaml,
  type IssueCredentialInput,
} from '../../shared/credentials';
import { messageList } from '../../shared/i18n';
import { AppError } from '../../shared/problems';
import type { AppEnv } from '../http/env';
import { negotiateMediaType } from '../http/negotiate';
import type { Services } from '../services';
import { TOKEN_MEDIA_TYPES, YAML_MEDIA_TYPE } from './route';

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
    c.set('caller', await verifyCaller(services, c.req.header('authorization')));
    await next();
  };
}

/**
 * The one check of a caller's ID token, wherever the request carries it: first what no
 * configuration could accept (401), then "not configured" (503), then the full verification.
 */
export async function verifyCaller(
  services: Services,
  authorization: string | undefined,
): Promise<Caller> {
  screenBearerToken(authorization);
  return services.callerVerifier().verify(authorization);
}

/** The credential as JSON, or the Secret manifest alone when `Accept` asks for YAML. */
export async function answerCredential(
  c: Context<AppEnv & CallerEnv>,
  services: Services,
  config: Config,
  input: IssueCredentialInput,
): Promise<Response> {
  const mediaType = negotiateMediaType(c.req.header('accept'), TOKEN_MEDIA_TYPES);
  if (mediaType === undefined) {
    throw new AppError('NOT_ACCEPTABLE', {
      id: 'http.notAcceptable.credential',
      params: { mediaTypes: messageList(TOKEN_MEDIA_TYPES, 'or') },
    });
  }
  const secretOnly = mediaType === YAML_MEDIA_TYPE;
  const language = c.get('language');
  const answer = await issueCredential(
    input,
    {
      policy: services.accessPolicy(),
      minter: () => services.tokenMinter(),
      exchangeRegistryToken: (request) => services.registryClient().exchangeToken(request),
      logger: c.get('logger'),
    },
    {
      caller: c.get('caller'),
      language,
      secretOnly,
      standInHosts: config.REGISTRY_GOOGLE_CREDENTIAL_HOSTS,
      requestId: c.get('requestId'),
    },
  );
  // Cache-Control: no-store is already on every answer; the representation depends on Accept.
  c.header('vary', 'Accept, Accept-Language, Authorization');
  if (secretOnly) {
    return c.body(renderSecretYaml(answer.kubernetesSecret), 200, {
      'content-type': YAML_MEDIA_TYPE,
    });
  }
  c.header('content-language', language);
  return c.json(answer, 200);
}
