/**
 * The kubelet image credential provider: refusals of its requests and the comments of the kubelet
 * configuration and RBAC it generates.
 */
export const CREDENTIAL_PROVIDER_MESSAGES = {
  'kubelet.token-missing':
    "The request carries no serviceAccountToken, so the caller is unknown. Set tokenAttributes in the kubelet's CredentialProviderConfig (serviceAccountTokenAudience: this service's audience, requireServiceAccount: true) so the kubelet sends the Pod's service-account token; GET /v1/credential-provider/config writes that file.",
  'kubelet.service-url.invalid':
    '{value} is not a URL the plugin may send service-account tokens to: use https (plain http only on 127.0.0.1, localhost or [::1]), with no user, password, query or fragment.',
  'kubelet.audience.invalid':
    "{value} is not a token audience: 1 to 512 visible ASCII characters, no spaces (the service's AUTH_AUDIENCE, usually its URL).",
  'kubelet.config.comment':
    'Kubelet image credential provider of gke-pull-assistant at {serviceUrl} (Kubernetes 1.34 or later). Pass this file to the kubelet with --image-credential-provider-config, and install the plugin as {plugin} in the directory given by --image-credential-provider-bin-dir.',
  'kubelet.rbac.comment':
    'Lets every kubelet (group system:nodes) request service-account tokens for the audience {audience}, which the credential provider needs (service-account node audience restriction). Apply with kubectl apply -f.',
} as const satisfies Record<string, string>;
