/**
 * The kubelet's wire formats, transcribed field by field from the Kubernetes Go types:
 *
 * - `credentialprovider.kubelet.k8s.io/v1` (stable since 1.26): what the kubelet writes to an exec
 *   plugin's stdin and reads from its stdout,
 *   https://github.com/kubernetes/kubelet/blob/master/pkg/apis/credentialprovider/v1/types.go
 *   (reference: https://kubernetes.io/docs/reference/config-api/kubelet-credentialprovider.v1/);
 * - `kubelet.config.k8s.io/v1` `CredentialProviderConfig`: the file named by the kubelet's
 *   `--image-credential-provider-config`,
 *   https://github.com/kubernetes/kubelet/blob/master/config/v1/types.go
 *   (reference: https://kubernetes.io/docs/reference/config-api/kubelet-config.v1/).
 *
 * JSON names are the Go struct tags; `omitempty` fields are optional; `metav1.Duration` is Go's
 * duration string (go-duration.ts). Objects the kubelet sends are read tolerantly (a newer kubelet
 * may add fields, which are ignored as Go's decoder ignores them); what this service writes is
 * checked strictly, because the kubelet decodes its config strictly.
 */
import { z } from 'zod';
import { GO_DURATION_PATTERN } from './go-duration';

export const CREDENTIAL_PROVIDER_API_VERSION = 'credentialprovider.kubelet.k8s.io/v1';
export const KUBELET_CONFIG_API_VERSION = 'kubelet.config.k8s.io/v1';

/** `PluginCacheKeyType`: the kubelet caches a response per image, per registry or once. */
export const PLUGIN_CACHE_KEY_TYPES = ['Image', 'Registry', 'Global'] as const;
/** `ServiceAccountTokenCacheType` (kubelet config, 1.34): per token, or per service account. */
export const SERVICE_ACCOUNT_TOKEN_CACHE_TYPES = ['Token', 'ServiceAccount'] as const;

export const GoDurationSchema = z.string().regex(GO_DURATION_PATTERN).meta({
  description:
    'A Go `time.Duration` string (`metav1.Duration`), as `Duration.String()` writes it: `1h0m0s`, `4m30s`, `0s`.',
  example: '54m0s',
});

/** `CredentialProviderRequest`: the kubelet writes it to the plugin's stdin. */
export const CredentialProviderRequestSchema = z.object({
  apiVersion: z.literal(CREDENTIAL_PROVIDER_API_VERSION),
  kind: z.literal('CredentialProviderRequest'),
  image: z.string().max(4096).meta({
    description: 'The image being pulled, as the Pod spec names it.',
    example: 'us-docker.pkg.dev/my-project/my-repo/team/app:1.4.2',
  }),
  serviceAccountToken: z.string().optional().meta({
    description:
      "The service-account token the kubelet requested for the Pod's service account, with the audience of `tokenAttributes.serviceAccountTokenAudience`. Required here: it is the caller's identity.",
  }),
  serviceAccountAnnotations: z.record(z.string(), z.string()).optional().meta({
    description:
      'The service-account annotations named in `tokenAttributes`; accepted and not used.',
  }),
});

/** `AuthConfig`: the only authentication the kubelet takes from a plugin is username/password. */
export const AuthConfigSchema = z.strictObject({
  username: z.string(),
  password: z.string(),
});

/** `CredentialProviderResponse`: the plugin writes it to stdout, in the request's apiVersion. */
export const CredentialProviderResponseSchema = z.strictObject({
  apiVersion: z.literal(CREDENTIAL_PROVIDER_API_VERSION),
  kind: z.literal('CredentialProviderResponse'),
  cacheKeyType: z.enum(PLUGIN_CACHE_KEY_TYPES).meta({
    description:
      'How the kubelet caches this answer: per `Image` (registry, port and path, without tag or digest), per `Registry`, or `Global`.',
  }),
  cacheDuration: GoDurationSchema.optional().meta({
    description:
      'How long the kubelet may reuse the credential; never longer than the credential lives.',
  }),
  auth: z.record(z.string(), AuthConfigSchema).optional().meta({
    description:
      'Credentials keyed by the image pattern they cover (`host` or `host/path`, globs allowed in the host only).',
  }),
});

/** `ExecEnvVar`. */
export const ExecEnvVarSchema = z.strictObject({ name: z.string(), value: z.string() });

/** `ServiceAccountTokenAttributes` (beta in 1.34, where `cacheType` and `requireServiceAccount` are required). */
export const ServiceAccountTokenAttributesSchema = z.strictObject({
  serviceAccountTokenAudience: z.string().min(1),
  cacheType: z.enum(SERVICE_ACCOUNT_TOKEN_CACHE_TYPES),
  requireServiceAccount: z.boolean(),
  requiredServiceAccountAnnotationKeys: z.array(z.string()).optional(),
  optionalServiceAccountAnnotationKeys: z.array(z.string()).optional(),
});

/** `CredentialProvider`: one exec plugin. */
export const CredentialProviderSchema = z.strictObject({
  name: z.string().min(1),
  matchImages: z.array(z.string().min(1)).min(1),
  defaultCacheDuration: GoDurationSchema,
  apiVersion: z.literal(CREDENTIAL_PROVIDER_API_VERSION),
  args: z.array(z.string()).optional(),
  env: z.array(ExecEnvVarSchema).optional(),
  tokenAttributes: ServiceAccountTokenAttributesSchema.optional(),
});

/** `CredentialProviderConfig`: the kubelet's `--image-credential-provider-config` file. */
export const CredentialProviderConfigSchema = z.strictObject({
  apiVersion: z.literal(KUBELET_CONFIG_API_VERSION),
  kind: z.literal('CredentialProviderConfig'),
  providers: z.array(CredentialProviderSchema),
});

export type CredentialProviderRequest = z.output<typeof CredentialProviderRequestSchema>;
export type CredentialProviderResponse = z.output<typeof CredentialProviderResponseSchema>;
export type CredentialProviderConfig = z.output<typeof CredentialProviderConfigSchema>;
export type CredentialProvider = z.output<typeof CredentialProviderSchema>;
export type PluginCacheKeyType = (typeof PLUGIN_CACHE_KEY_TYPES)[number];
