import type { CREDENTIAL_MESSAGES } from '../en/credentials';

export const CREDENTIAL_MESSAGES_ES: Record<keyof typeof CREDENTIAL_MESSAGES, string> = {
  'reach.impersonated':
    'Un token de acceso de OAuth de Google de {identity} (permisos de acceso: {scopes}) válido hasta {expiresAt}: extrae imágenes de todos los repositorios de Artifact Registry que {identity} puede leer, no solo de {repository}; la cuenta de servicio de extracción debería tener roles/artifactregistry.reader únicamente en este repositorio. crictlCreds, dockerLogin, dockerConfigJson y kubernetesSecret llevan todos este token.',
  'reach.own':
    'El token de acceso de OAuth de Google del propio servicio ({identity}, permisos de acceso: {scopes}) válido hasta {expiresAt}: llega a todo aquello en lo que {identity} tiene roles de IAM, en todas las APIs de Google, no solo a {repository}. Indica una cuenta de servicio de extracción en la política de acceso para acotarlo. crictlCreds, dockerLogin, dockerConfigJson y kubernetesSecret llevan todos este token.',
  'reach.registryToken':
    'Un token de portador del registro {registry} exactamente para {scope}, válido hasta {expiresAt}: solo se acepta para esa ruta de repositorio y esas acciones, y no se puede canjear por nada más.',
  'registryToken.onlyInJson':
    'registryToken solo se devuelve en la respuesta JSON; la respuesta application/yaml es únicamente el manifiesto del Secret. Pide application/json o quita registryToken.',
  'registryToken.needsImage':
    'Un token de registro se limita a la ruta de una imagen, y {registry} guarda las imágenes dentro del repositorio: indica la imagen (por ejemplo, "{registry}/PROJECT/REPOSITORY/IMAGE") para obtener un token de registro para ella.',
};
