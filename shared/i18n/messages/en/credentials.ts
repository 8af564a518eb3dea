/**
 * What each credential form can reach (`reach.*`), said precisely: the access token's reach is
 * the identity's IAM roles under its OAuth scopes; only the registry token is bound to one path.
 */
export const CREDENTIAL_MESSAGES = {
  'reach.impersonated':
    'A Google OAuth access token of {identity} (scopes: {scopes}) until {expiresAt}: it pulls from every Artifact Registry repository {identity} can read, not only {repository}; the puller account should hold roles/artifactregistry.reader on this repository alone. crictlCreds, dockerLogin, dockerConfigJson and kubernetesSecret all carry this token.',
  'reach.own':
    "The service's own Google OAuth access token ({identity}, scopes: {scopes}) until {expiresAt}: it reaches everything {identity} has IAM roles on, across Google APIs, not only {repository}. Name a puller service account in the access policy to narrow it. crictlCreds, dockerLogin, dockerConfigJson and kubernetesSecret all carry this token.",
  'reach.registryToken':
    'A bearer token of the registry {registry} for exactly {scope} until {expiresAt}: it is accepted for that repository path and those actions only, and cannot be exchanged for anything else.',
  'registryToken.onlyInJson':
    'registryToken is returned only in the JSON answer; the application/yaml answer is the Secret manifest alone. Ask for application/json, or leave registryToken out.',
  'registryToken.needsImage':
    'A registry token is scoped to one image path, and {registry} keeps images inside the repository: name the image (for example "{registry}/PROJECT/REPOSITORY/IMAGE") to get a registry token for it.',
} as const satisfies Record<string, string>;
