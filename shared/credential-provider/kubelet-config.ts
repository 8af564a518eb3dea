import { Document } from 'yaml';
import { z } from 'zod';
import { translate, type Language } from '../i18n';
import { AppError, parsedBy, type FieldPath } from '../problems';
import {
  ARTIFACT_REGISTRY_DOCKER_HOSTS,
  CONTAINER_REGISTRY_HOSTS,
  matchesHostPattern,
  NODE_CREDENTIAL_HOST_PATTERNS,
} from '../registry-hosts';
import { formatGoDuration } from './go-duration';
import {
  CREDENTIAL_PROVIDER_API_VERSION,
  KUBELET_CONFIG_API_VERSION,
  type CredentialProviderConfig,
} from './kubelet-types';

/** The plugin's file name in the kubelet's `--image-credential-provider-bin-dir`; the config names it. */
export const PLUGIN_NAME = 'gke-pull-assistant-credential-provider';
/** The environment variable the plugin reads the service's URL from (set by the config's `env`). */
export const SERVICE_URL_ENV = 'GKE_PULL_ASSISTANT_URL';
/** Name of the ClusterRole and ClusterRoleBinding that let kubelets request tokens for the audience. */
export const NODE_AUDIENCE_RBAC_NAME = `${PLUGIN_NAME}-audience`;
/** The verb of the service-account node audience restriction (NodeRestriction admission). */
export const REQUEST_TOKEN_AUDIENCE_VERB = 'request-serviceaccounts-token-audience';

/**
 * The registries the plugin answers for: the hosts GKE nodes send Google credentials to, in the
 * kubelet's own glob syntax, less those no Artifact Registry repository lives on
 * (`container.cloud.google.com`, GKE's system images): `*.pkg.dev`, `gcr.io`, `*.gcr.io`.
 */
export const KUBELET_MATCH_IMAGES: readonly string[] = NODE_CREDENTIAL_HOST_PATTERNS.filter(
  (pattern) =>
    [...ARTIFACT_REGISTRY_DOCKER_HOSTS, ...Object.keys(CONTAINER_REGISTRY_HOSTS)].some((host) =>
      matchesHostPattern(pattern, host),
    ),
);

/**
 * The answer always says how long to cache (`cacheDuration`); without it nothing is cached on a
 * guess.
 */
export const DEFAULT_CACHE_DURATION = formatGoDuration(0);

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** An audience is one opaque string in a token's `aud` and an RBAC resource name. */
export const AUDIENCE_PATTERN = /^[!-~]{1,512}$/;
export const SERVICE_URL_MAX_LENGTH = 2048;

/**
 * The service URL the plugin sends service-account tokens to: https, or plain http on loopback
 * (a test), with no credentials, query or fragment. Answers it without a trailing slash.
 */
export function parseServiceUrl(value: string, path: FieldPath = ['serviceUrl']): string {
  let url: URL | undefined;
  try {
    url = value.length <= SERVICE_URL_MAX_LENGTH ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  const acceptable =
    url !== undefined &&
    (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    url.hash === '' &&
    !value.includes('?') &&
    !value.includes('#');
  if (!acceptable || url === undefined) {
    throw new AppError(
      'INVALID_REQUEST',
      { id: 'kubelet.service-url.invalid', params: { value: JSON.stringify(value.slice(0, 200)) } },
      { path },
    );
  }
  return url.href.replace(/\/+$/, '');
}

export function parseAudience(value: string, path: FieldPath = ['audience']): string {
  if (!AUDIENCE_PATTERN.test(value)) {
    throw new AppError(
      'INVALID_REQUEST',
      { id: 'kubelet.audience.invalid', params: { value: JSON.stringify(value.slice(0, 200)) } },
      { path },
    );
  }
  return value;
}

/** The query of the config and RBAC documents: where the service is, and the token audience. */
export const KubeletSetupSchema = z.object({
  serviceUrl: z
    .string()
    .superRefine(parsedBy((value: string) => parseServiceUrl(value)))
    .meta({
      description:
        "The URL the plugin calls (`https://…`; plain `http` only on loopback). Becomes the plugin's `GKE_PULL_ASSISTANT_URL`.",
      example: 'https://gke-pull-assistant-abc123-uc.a.run.app',
    }),
  audience: z
    .string()
    .regex(AUDIENCE_PATTERN)
    .superRefine(parsedBy((value: string) => parseAudience(value)))
    .optional()
    .meta({
      description:
        "The audience of the kubelet's service-account tokens: the service's `AUTH_AUDIENCE` (or the trusted issuer's own `audience`). Default: `serviceUrl`.",
      example: 'https://gke-pull-assistant-abc123-uc.a.run.app',
    }),
});

export const KubeletAudienceSchema = KubeletSetupSchema.pick({ audience: true }).required();

export interface KubeletSetup {
  serviceUrl: string;
  /** Default: the service URL. */
  audience?: string | undefined;
}

/**
 * The kubelet's `CredentialProviderConfig` for this service's plugin (Kubernetes 1.34+: complete
 * `tokenAttributes`). The credential depends on the service account only, never on the Pod, so
 * the kubelet may cache it per service account (`cacheType: ServiceAccount`); every Pod has a
 * service account, and one without gets no token, so the plugin is not called for it
 * (`requireServiceAccount: true`).
 */
export function buildCredentialProviderConfig(setup: KubeletSetup): CredentialProviderConfig {
  const serviceUrl = parseServiceUrl(setup.serviceUrl);
  const audience = parseAudience(setup.audience ?? serviceUrl);
  return {
    apiVersion: KUBELET_CONFIG_API_VERSION,
    kind: 'CredentialProviderConfig',
    providers: [
      {
        name: PLUGIN_NAME,
        matchImages: [...KUBELET_MATCH_IMAGES],
        defaultCacheDuration: DEFAULT_CACHE_DURATION,
        apiVersion: CREDENTIAL_PROVIDER_API_VERSION,
        env: [{ name: SERVICE_URL_ENV, value: serviceUrl }],
        tokenAttributes: {
          serviceAccountTokenAudience: audience,
          cacheType: 'ServiceAccount',
          requireServiceAccount: true,
        },
      },
    ],
  };
}

/** The config file as YAML, with a leading comment saying where it goes. */
export function renderCredentialProviderConfig(setup: KubeletSetup, language: Language): string {
  const config = buildCredentialProviderConfig(setup);
  const document = new Document(config);
  document.commentBefore = ` ${translate(language, 'kubelet.config.comment', {
    serviceUrl: config.providers[0]?.env?.[0]?.value ?? '',
    plugin: PLUGIN_NAME,
  })}`;
  return document.toString({ lineWidth: 0 });
}

/**
 * The RBAC that lets kubelets request service-account tokens for the audience: with the
 * service-account node audience restriction (beta and on by default since 1.33), the
 * NodeRestriction admission plugin lets a kubelet request only audiences its Pods already use,
 * unless RBAC grants the verb `request-serviceaccounts-token-audience` on the audience
 * (https://kubernetes.io/docs/reference/access-authn-authz/node/).
 */
export function buildNodeAudienceRbac(audience: string): Record<string, unknown>[] {
  parseAudience(audience);
  return [
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: NODE_AUDIENCE_RBAC_NAME },
      rules: [{ apiGroups: [''], resources: [audience], verbs: [REQUEST_TOKEN_AUDIENCE_VERB] }],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: NODE_AUDIENCE_RBAC_NAME },
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: NODE_AUDIENCE_RBAC_NAME,
      },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:nodes' }],
    },
  ];
}

/** The RBAC as a two-document YAML stream for `kubectl apply -f -`. */
export function renderNodeAudienceRbac(audience: string, language: Language): string {
  const documents = buildNodeAudienceRbac(audience).map((manifest) => new Document(manifest));
  const first = documents[0] as Document;
  first.commentBefore = ` ${translate(language, 'kubelet.rbac.comment', { audience })}`;
  return documents.map((document) => document.toString({ lineWidth: 0 })).join('---\n');
}
