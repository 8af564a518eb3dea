import type { CREDENTIAL_MESSAGES } from '../en/credentials';

export const CREDENTIAL_MESSAGES_ES: Record<keyof typeof CREDENTIAL_MESSAGES, string> = {
  'reach.impersonated':
    'Un token de acceso OAuth de Google de {identity} (ámbitos: {scopes}) válido hasta {expiresAt}: descarga imágenes de todos los repositorios de Artifact Registry que {identity} puede leer, no solo de {repository}; la cuenta de servicio de descarga debería tener roles/artifactregistry.reader únicamente en este repositorio. crictlCreds, dockerLogin, dockerConfigJson y kubernetesSecret llevan todos este token.',
  'reach.own':
    'El token de acceso OAuth de Google del propio servicio ({identity}, ámbitos: {scopes}) válido hasta {expiresAt}: alcanza todo aquello sobre lo que {identity} tiene roles de IAM, en todas las APIs de Google, no solo {repository}. Indique una cuenta de servicio de descarga en la política de acceso para acotarlo. crictlCreds, dockerLogin, dockerConfigJson y kubernetesSecret llevan todos este token.',
  'reach.registryToken':
    'Un token bearer del registro {registry} exactamente para {scope} válido hasta {expiresAt}: solo se acepta para esa ruta de repositorio y esas acciones, y no puede canjearse por nada más.',
};
