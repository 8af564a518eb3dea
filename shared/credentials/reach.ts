import { translate, type Language } from '../i18n';

export interface ReachInput {
  identity: string;
  impersonated: boolean;
  scopes: readonly string[];
  expiresAt: Date;
  repository: string;
  registryToken?: { registry: string; scope: string; expiresAt: Date };
}

/**
 * What each credential form can reach, said precisely. The access token's reach is the
 * identity's IAM roles under its OAuth scopes, never the one repository it was asked for; only
 * the registry token is bound to one repository path.
 */
export function describeReach(
  input: ReachInput,
  language: Language,
): { accessToken: string; registryToken?: string } {
  const accessToken = translate(language, input.impersonated ? 'reach.impersonated' : 'reach.own', {
    identity: input.identity,
    scopes: input.scopes
      .map((scope) => scope.replace(/^https:\/\/www\.googleapis\.com\/auth\//, ''))
      .join(', '),
    expiresAt: input.expiresAt.toISOString(),
    repository: input.repository,
  });
  if (input.registryToken === undefined) return { accessToken };
  return {
    accessToken,
    registryToken: translate(language, 'reach.registryToken', {
      registry: input.registryToken.registry,
      scope: input.registryToken.scope,
      expiresAt: input.registryToken.expiresAt.toISOString(),
    }),
  };
}
