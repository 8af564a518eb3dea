/**
 * What each credential form can reach, said precisely. The access token's reach is the
 * identity's IAM roles under its OAuth scopes, never the one repository it was asked for; only
 * the registry token is bound to one repository path.
 */
import { formatMessage, type Language } from '../../shared/i18n';

export const REACH_TEXT: Record<
  Language,
  { impersonated: string; own: string; registryToken: string }
> = {
  en: {
    impersonated:
      'A Google OAuth access token of {identity} (scopes: {scopes}) until {expiresAt}: it pulls from every Artifact Registry repository {identity} can read, not only {repository}; the puller account should hold roles/artifactregistry.reader on this repository alone. crictlCreds, dockerLogin, dockerConfigJson and kubernetesSecret all carry this token.',
    own: "The service's own Google OAuth access token ({identity}, scopes: {scopes}) until {expiresAt}: it reaches everything {identity} has IAM roles on, across Google APIs, not only {repository}. Name a puller service account in the access policy to narrow it. crictlCreds, dockerLogin, dockerConfigJson and kubernetesSecret all carry this token.",
    registryToken:
      'A bearer token of the registry {registry} for exactly {scope} until {expiresAt}: it is accepted for that repository path and those actions only, and cannot be exchanged for anything else.',
  },
  es: {
    impersonated:
      'Un token de acceso OAuth de Google de {identity} (ámbitos: {scopes}) válido hasta {expiresAt}: descarga imágenes de todos los repositorios de Artifact Registry que {identity} puede leer, no solo de {repository}; la cuenta de servicio de descarga debería tener roles/artifactregistry.reader únicamente en este repositorio. crictlCreds, dockerLogin, dockerConfigJson y kubernetesSecret llevan todos este token.',
    own: 'El token de acceso OAuth de Google del propio servicio ({identity}, ámbitos: {scopes}) válido hasta {expiresAt}: alcanza todo aquello sobre lo que {identity} tiene roles de IAM, en todas las APIs de Google, no solo {repository}. Indique una cuenta de servicio de descarga en la política de acceso para acotarlo. crictlCreds, dockerLogin, dockerConfigJson y kubernetesSecret llevan todos este token.',
    registryToken:
      'Un token bearer del registro {registry} exactamente para {scope} válido hasta {expiresAt}: solo se acepta para esa ruta de repositorio y esas acciones, y no puede canjearse por nada más.',
  },
};

export interface ReachInput {
  identity: string;
  impersonated: boolean;
  scopes: readonly string[];
  expiresAt: Date;
  repository: string;
  registryToken?: { registry: string; scope: string; expiresAt: Date };
}

export function describeReach(
  input: ReachInput,
  language: Language,
): { accessToken: string; registryToken?: string } {
  const text = REACH_TEXT[language];
  const accessToken = formatMessage(input.impersonated ? text.impersonated : text.own, {
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
    registryToken: formatMessage(text.registryToken, {
      registry: input.registryToken.registry,
      scope: input.registryToken.scope,
      expiresAt: input.registryToken.expiresAt.toISOString(),
    }),
  };
}
