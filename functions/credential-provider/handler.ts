import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from '../../shared/config';
import {
  provideKubeletCredential,
  renderCredentialProviderConfig,
  renderNodeAudienceRbac,
  type CredentialProviderRequest,
  type CredentialProviderResponse,
  type KubeletSetup,
} from '../../shared/credential-provider';
import { AppError } from '../../shared/problems';
import type { AppEnv } from '../http/env';
import { negotiateMediaType } from '../http/negotiate';
import { locatorIn } from '../http/problem-response';
import type { Services } from '../services';
import { verifyCaller, type CallerEnv } from '../tokens/handler';
import { YAML_MEDIA_TYPE } from './route';

/**
 * The kubelet sends the caller's token in the body (`serviceAccountToken`), not in
 * `Authorization`. It is taken from the parsed body and verified with the same verifier as
 * `/v1/tokens` before anything else is done with the body (its validation included): first what
 * no configuration could accept (401), then "not configured" (503), then full verification.
 */
export function authenticateKubelet(services: Services): MiddlewareHandler<CallerEnv> {
  return async (c, next) => {
    const body: unknown = await c.req.json().catch(() => undefined);
    const token =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? (body as { serviceAccountToken?: unknown }).serviceAccountToken
        : undefined;
    if (typeof token !== 'string' || token === '') {
      throw new AppError(
        'UNAUTHENTICATED',
        { id: 'kubelet.token-missing' },
        { headers: { 'WWW-Authenticate': 'Bearer realm="gke-pull-assistant"' } },
      );
    }
    c.set('caller', await verifyCaller(services, `Bearer ${token}`));
    await next();
  };
}

export async function answerKubeletCredential(
  c: Context<AppEnv & CallerEnv>,
  services: Services,
  config: Config,
  request: CredentialProviderRequest,
): Promise<CredentialProviderResponse> {
  return provideKubeletCredential(
    request,
    {
      policy: services.accessPolicy(),
      minter: () => services.tokenMinter(),
      logger: c.get('logger'),
    },
    {
      caller: c.get('caller'),
      standInHosts: config.REGISTRY_GOOGLE_CREDENTIAL_HOSTS,
      requestId: c.get('requestId'),
    },
  );
}

/** A YAML document in the request's language (its comments), or 406 for an Accept without YAML. */
function answerYaml(c: Context<AppEnv>, render: () => string): Response {
  c.set('fieldLocator', locatorIn('query'));
  if (negotiateMediaType(c.req.header('accept'), [YAML_MEDIA_TYPE]) === undefined) {
    throw new AppError('NOT_ACCEPTABLE', {
      id: 'http.notAcceptable.only',
      params: { mediaType: YAML_MEDIA_TYPE },
    });
  }
  const text = render();
  c.header('content-language', c.get('language'));
  c.header('vary', 'Accept, Accept-Language');
  return c.body(text, 200, { 'content-type': `${YAML_MEDIA_TYPE}; charset=utf-8` });
}

export function answerKubeletConfig(c: Context<AppEnv>, setup: KubeletSetup): Response {
  return answerYaml(c, () => renderCredentialProviderConfig(setup, c.get('language')));
}

export function answerKubeletRbac(c: Context<AppEnv>, audience: string): Response {
  return answerYaml(c, () => renderNodeAudienceRbac(audience, c.get('language')));
}
