import type { AccessPolicy, Caller } from '../caller-auth';
import {
  logIssuedCredential,
  MAX_TOKEN_LIFETIME_SECONDS,
  mintForCaller,
  OAUTH2_USERNAME,
  type TokenMinter,
} from '../credentials';
import { parseRepositoryReference } from '../image-ref';
import type { Logger } from '../log';
import { formatGoDuration } from './go-duration';
import {
  CREDENTIAL_PROVIDER_API_VERSION,
  type CredentialProviderRequest,
  type CredentialProviderResponse,
} from './kubelet-types';

/**
 * Seconds cut from the credential's remaining life for `cacheDuration`: the kubelet hands a
 * cached credential to the runtime, which exchanges it at the registry when the pull starts, so it
 * must still be valid a little after the kubelet last reuses it.
 */
export const CACHE_EXPIRY_MARGIN_SECONDS = 60;

export interface KubeletCredentialDeps {
  policy: AccessPolicy;
  minter: () => TokenMinter;
  /** Where the audit line goes; it never holds a token. */
  logger: Logger;
  /** Milliseconds since the epoch; default `Date.now`. */
  now?: () => number;
}

export interface KubeletCredentialContext {
  /** The caller: the verified service-account token of the Pod the image is pulled for. */
  caller: Caller;
  /** Hosts that stand in for Artifact Registry (REGISTRY_GOOGLE_CREDENTIAL_HOSTS). */
  standInHosts: readonly string[];
  /** Correlates the audit line with the request log line. */
  requestId: string;
}

/**
 * Answers a kubelet's `CredentialProviderRequest` with the same rules as `/v1/tokens`: the image
 * is placed in its Artifact Registry repository (`parseRepositoryReference`), the caller (the
 * Pod's service account, `system:serviceaccount:NS:NAME`) authorized for pull by the access
 * policy, and a Google access token minted by the token minter (cached, single-flight,
 * impersonating the rule's puller account) for the longest lifetime the rule allows.
 *
 * The answer covers exactly the authorized repository (`auth` key `host/path`), is cached by the
 * kubelet per image (`Image`: another repository is asked again, and authorized again), and for
 * no longer than the credential lives, less a margin.
 */
export async function provideKubeletCredential(
  request: Pick<CredentialProviderRequest, 'image'>,
  deps: KubeletCredentialDeps,
  context: KubeletCredentialContext,
): Promise<CredentialProviderResponse> {
  const now = deps.now ?? Date.now;
  const repository = parseRepositoryReference(request.image, {
    path: ['image'],
    standInHosts: context.standInHosts,
  });
  const { grant, minted } = await mintForCaller(
    {
      caller: context.caller,
      repository,
      access: 'pull',
      lifetimeSeconds: MAX_TOKEN_LIFETIME_SECONDS,
    },
    deps,
  );
  const remainingSeconds = Math.floor((minted.expiresAt.getTime() - now()) / 1000);
  const cacheSeconds = Math.max(0, remainingSeconds - CACHE_EXPIRY_MARGIN_SECONDS);

  logIssuedCredential(
    deps.logger,
    'Kubelet credential issued',
    { requestId: context.requestId, caller: context.caller, grant, minted },
    { cacheSeconds },
  );

  return {
    apiVersion: CREDENTIAL_PROVIDER_API_VERSION,
    kind: 'CredentialProviderResponse',
    cacheKeyType: 'Image',
    cacheDuration: formatGoDuration(cacheSeconds),
    auth: {
      [`${repository.registry}/${repository.repositoryPathPrefix}`]: {
        username: OAUTH2_USERNAME,
        password: minted.accessToken,
      },
    },
  };
}
