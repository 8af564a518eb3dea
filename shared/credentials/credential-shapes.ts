import { Document } from 'yaml';
import { AppError } from '../problems';
import { OAUTH2_USERNAME } from '../registry';

/** Kubernetes object names (DNS-1123 subdomain, ≤ 253) and namespaces (DNS-1123 label, ≤ 63). */
export const DNS1123_SUBDOMAIN =
  /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
export const DNS1123_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
export const DNS1123_SUBDOMAIN_MAX = 253;
export const DNS1123_LABEL_MAX = 63;

export const DEFAULT_SECRET_NAME = 'ar-pull';
export const SECRET_TYPE = 'kubernetes.io/dockerconfigjson';
/** Annotation prefix of the Secrets this service writes. */
export const ANNOTATION_PREFIX = 'gke-pull-assistant';

export interface CredentialShapesInput {
  /** Registry host the credential is for (`us-docker.pkg.dev`). */
  host: string;
  accessToken: string;
  expiresAt: Date;
  /** Secret name; default `ar-pull`. */
  secretName?: string;
  /** Namespace; when absent the manifest has none and `kubectl` uses the current namespace. */
  namespace?: string;
  /** Service account the token acts as, recorded as an annotation. */
  identity?: string;
  /** Repository the credential was granted for, recorded as an annotation. */
  repository?: string;
}

export interface DockerConfigJson {
  auths: Record<string, { username: string; password: string; auth: string }>;
}

export interface KubernetesSecret {
  apiVersion: 'v1';
  kind: 'Secret';
  metadata: {
    name: string;
    namespace?: string;
    labels: Record<string, string>;
    annotations: Record<string, string>;
  };
  type: typeof SECRET_TYPE;
  data: { '.dockerconfigjson': string };
}

export interface CredentialShapes {
  username: typeof OAUTH2_USERNAME;
  /** For `crictl pull --creds`. */
  crictlCreds: string;
  /** Reads the token from stdin: the token never appears in argv or shell history. */
  dockerLogin: string;
  dockerConfigJson: DockerConfigJson;
  kubernetesSecret: KubernetesSecret;
}

/** Throws INVALID_REQUEST (path `['secretName']`) unless `name` is a valid Secret name. */
export function validateSecretName(name: string): void {
  if (name.length > DNS1123_SUBDOMAIN_MAX || !DNS1123_SUBDOMAIN.test(name)) {
    throw new AppError(
      'INVALID_REQUEST',
      {
        id: 'kubernetesName.secretName',
        params: { name: name.slice(0, 300), max: DNS1123_SUBDOMAIN_MAX },
      },
      { path: ['secretName'] },
    );
  }
}

/** Throws INVALID_REQUEST (path `['namespace']`) unless `namespace` is a valid namespace name. */
export function validateNamespace(namespace: string): void {
  if (namespace.length > DNS1123_LABEL_MAX || !DNS1123_LABEL.test(namespace)) {
    throw new AppError(
      'INVALID_REQUEST',
      {
        id: 'kubernetesName.namespace',
        params: { name: namespace.slice(0, 100), max: DNS1123_LABEL_MAX },
      },
      { path: ['namespace'] },
    );
  }
}

/** Every form a client pastes: crictl, docker, a docker config, an imagePullSecret. */
export function buildCredentialShapes(input: CredentialShapesInput): CredentialShapes {
  const secretName = input.secretName ?? DEFAULT_SECRET_NAME;
  validateSecretName(secretName);
  if (input.namespace !== undefined) validateNamespace(input.namespace);

  const password = input.accessToken;
  const auth = Buffer.from(`${OAUTH2_USERNAME}:${password}`).toString('base64');
  const dockerConfigJson: DockerConfigJson = {
    auths: { [input.host]: { username: OAUTH2_USERNAME, password, auth } },
  };
  const annotations: Record<string, string> = {
    [`${ANNOTATION_PREFIX}/expires-at`]: input.expiresAt.toISOString(),
    [`${ANNOTATION_PREFIX}/registry`]: input.host,
  };
  if (input.identity !== undefined) annotations[`${ANNOTATION_PREFIX}/identity`] = input.identity;
  if (input.repository !== undefined)
    annotations[`${ANNOTATION_PREFIX}/repository`] = input.repository;

  return {
    username: OAUTH2_USERNAME,
    crictlCreds: `${OAUTH2_USERNAME}:${password}`,
    dockerLogin: `docker login -u ${OAUTH2_USERNAME} --password-stdin https://${input.host}`,
    dockerConfigJson,
    kubernetesSecret: {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: secretName,
        ...(input.namespace === undefined ? {} : { namespace: input.namespace }),
        labels: { 'app.kubernetes.io/managed-by': ANNOTATION_PREFIX },
        annotations,
      },
      type: SECRET_TYPE,
      data: {
        '.dockerconfigjson': Buffer.from(JSON.stringify(dockerConfigJson)).toString('base64'),
      },
    },
  };
}

/** The Secret as YAML for `kubectl apply -f -`, with its expiry in a leading comment. */
export function renderSecretYaml(secret: KubernetesSecret): string {
  const document = new Document(secret);
  const expiresAt = secret.metadata.annotations[`${ANNOTATION_PREFIX}/expires-at`];
  document.commentBefore =
    expiresAt === undefined
      ? ' imagePullSecret written by gke-pull-assistant'
      : ` imagePullSecret written by gke-pull-assistant; the credential expires at ${expiresAt}: fetch a new one before then.`;
  return document.toString();
}
