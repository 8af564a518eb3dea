import type { AccessPolicy, Caller, Grant } from '../caller-auth';
import type { RepositoryReference } from '../image-ref';
import type { Logger } from '../log';
import type { CredentialAccess, MintedToken, TokenMinter } from './token-minter';

export interface MintForCallerRequest {
  caller: Caller;
  repository: RepositoryReference;
  access: CredentialAccess;
  lifetimeSeconds: number;
}

export interface MintForCallerDeps {
  policy: AccessPolicy;
  minter: () => TokenMinter;
}

/**
 * The one way a caller gets a credential, whatever shape it is then answered in (`/v1/tokens`,
 * the kubelet credential provider): the access policy authorizes the caller for the repository
 * and access (default deny, PERMISSION_DENIED otherwise), then the minter mints for the grant.
 */
export async function mintForCaller(
  request: MintForCallerRequest,
  deps: MintForCallerDeps,
): Promise<{ grant: Grant; minted: MintedToken }> {
  const grant = deps.policy.authorize(request.caller, request.repository, request.access);
  const minted = await deps.minter().mint({
    repository: request.repository,
    access: request.access,
    lifetimeSeconds: request.lifetimeSeconds,
    grant,
  });
  return { grant, minted };
}

/**
 * The audit line of an issued credential: who got what, for which repository, under which rule,
 * as whom, until when — never the token. `extra` adds what the shape adds (a registry scope, a
 * cache duration).
 */
export function logIssuedCredential(
  logger: Logger,
  message: string,
  issued: { requestId: string; caller: Caller; grant: Grant; minted: MintedToken },
  extra: Record<string, unknown> = {},
): void {
  const { caller, grant, minted } = issued;
  logger.info(message, {
    requestId: issued.requestId,
    caller: { issuer: caller.issuer, subject: caller.subject, email: caller.email },
    repository: grant.repository,
    access: grant.access,
    rule: grant.ruleName,
    identity: minted.identity,
    impersonated: minted.impersonated,
    expiresAt: minted.expiresAt.toISOString(),
    ...extra,
  });
}
