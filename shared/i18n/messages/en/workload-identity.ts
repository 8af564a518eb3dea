/**
 * The Workload Identity Federation procedure for clusters outside Google Cloud
 * (https://cloud.google.com/iam/docs/workload-identity-federation-with-kubernetes): refusals of
 * its ids, its steps (`wif.step.<id>.title|detail|expect`) and the words around them.
 */
export const WORKLOAD_IDENTITY_MESSAGES = {
  'wif.id.invalid': '{field} {value} is not a valid {what}: {rule} ({source}).',
  'wif.what.pool-id': 'workload identity pool ID',
  'wif.what.provider-id': 'workload identity pool provider ID',
  'wif.what.project-number': 'project number',
  'wif.what.project-id': 'project ID',
  'wif.what.namespace': 'Kubernetes namespace name',
  'wif.what.service-account': 'Kubernetes service account name',
  'wif.what.issuer': 'OIDC issuer',
  'wif.what.jwks': 'JWKS',
  'wif.rule.pool-id':
    '4 to 32 characters, lowercase letters, digits and hyphens only; the prefix "gcp-" is reserved for Google',
  'wif.rule.project-id':
    '6 to 30 lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen (or DOMAIN:PROJECT for a domain-scoped project)',
  'wif.rule.project-number':
    'digits only, the project number that `gcloud projects describe PROJECT_ID --format="value(projectNumber)"` prints',
  'wif.rule.subject-length':
    'google.subject (mapped from the token\'s sub, "{subject}") is {bytes} bytes long and may be at most 127 bytes; use a shorter namespace or service account name',
  'wif.rule.issuer':
    'an https URL without user, password, query or fragment: the cluster\'s service-account issuer, as `kubectl get --raw /.well-known/openid-configuration` prints it in "issuer"',
  'wif.rule.jwks': 'a JSON Web Key Set {"keys": [...]} with 1 to {max} keys, each with a "kty"',
  'wif.rule.namespace':
    'a Kubernetes namespace: a DNS-1123 label (lowercase letters, digits and "-", at most 63 characters)',
  'wif.rule.service-account':
    'a Kubernetes service account name: a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", at most 253 characters)',
  'wif.summary':
    'Lets the Kubernetes service account {subject} of the cluster {issuer} read {repository} through the workload identity pool {pool} of project {projectId}: {count} steps, in order.',
  'wif.md.title': 'Workload Identity Federation for {subject}',
  'wif.md.facts': 'Values',
  'wif.md.on-failure.end': 'If it fails, fix what the error names and run this step again.',
  'wif.sh.header': 'Workload Identity Federation: {subject} of {issuer} reads {repository}.',
  'wif.sh.next-end': 'Fix what the error names and run this step again: bash SCRIPT --from={step}.',
  'wif.step.enable-apis.title': 'Enable the APIs federation needs',
  'wif.step.enable-apis.detail':
    'Workload Identity Federation needs the IAM, Resource Manager, Service Account Credentials and Security Token Service APIs in the project of the pool ({projectId}).',
  'wif.step.enable-apis.expect':
    'The command ends without an error ("Operation finished successfully" or nothing).',
  'wif.step.write-jwks.title': "Save the cluster's signing keys",
  'wif.step.write-jwks.detail':
    'The issuer {issuer} is not reachable from Google, so the provider is given its keys (the JWKS the request carried, as `kubectl get --raw /openid/v1/jwks` prints it). Update the provider with a new file whenever the cluster rotates its service-account signing key.',
  'wif.step.write-jwks.expect': 'The file {jwksFile} holds the key set.',
  'wif.step.create-pool.title': 'Create the workload identity pool',
  'wif.step.create-pool.detail':
    'The pool {pool} in project {projectId} (number {projectNumber}) holds the identities of your cluster. Pools are global.',
  'wif.step.create-pool.expect':
    'Created workload identity pool [{pool}]. If it already exists, that is fine: go on.',
  'wif.step.create-provider.title': "Trust the cluster's service-account issuer",
  'wif.step.create-provider.detail':
    "The OIDC provider {provider} accepts the cluster's service-account tokens (issuer {issuer}) and maps their sub (system:serviceaccount:NAMESPACE:NAME) to google.subject, which must fit in 127 bytes.",
  'wif.step.create-provider.expect': 'Created workload identity pool provider [{provider}].',
  'wif.step.grant-reader.title': 'Let the service account read the repository',
  'wif.step.grant-reader.detail':
    'Grants roles/artifactregistry.reader on {repository} to the principal {principal}: the Kubernetes service account {subject} itself, no Google service account in between.',
  'wif.step.grant-reader.expect':
    'The updated IAM policy lists {principal} under roles/artifactregistry.reader.',
  'wif.step.check-grant.title': 'Check the binding',
  'wif.step.check-grant.detail': 'Reads the repository IAM policy back: only reads.',
  'wif.step.check-grant.expect': 'The output contains {principal}.',
  'wif.step.create-cred-config.title': 'Give workloads a credential configuration',
  'wif.step.create-cred-config.detail':
    'For workloads that call Google APIs themselves (the Cloud Client Libraries, gcloud): the configuration tells them to exchange the projected service-account token at /var/run/service-account/token. Mount the ConfigMap and a projected serviceAccountToken volume with audience {audience} at /var/run/service-account in Pods of {subject}, and set GOOGLE_APPLICATION_CREDENTIALS to the mounted credential-configuration.json.',
  'wif.step.create-cred-config.expect':
    'credential-configuration.json is written and configmap/{configMap} is created in {namespace}.',
  'wif.step.kubelet-credential-provider.title': "Let the kubelet pull with the Pod's identity",
  'wif.step.kubelet-credential-provider.detail':
    'The kubelet pulls images itself, before any Pod runs: on Kubernetes 1.34 or later it passes the Pod\'s service-account token to the gke-pull-assistant credential provider ({serviceUrl}), which mints the pull credential. On the service, trust the issuer (AUTH_TRUSTED_ISSUERS: {"issuer": "{issuer}", "jwksUri": "..."}) and allow {subject} to pull {repository} in ACCESS_POLICY. Then grant the nodes the token audience, and on every node install the plugin (deploy/kubelet/gke-pull-assistant-credential-provider) and its configuration, and start the kubelet with --image-credential-provider-config=/etc/kubernetes/image-credential-provider-config.yaml --image-credential-provider-bin-dir=/etc/kubernetes/image-credential-providers.',
  'wif.step.kubelet-credential-provider.expect':
    'A Pod of {subject} with an image from {repository} and no imagePullSecrets starts; its events show "Successfully pulled image".',
  'wif.step.pull-secret.title': 'Older kubelets: a refreshed imagePullSecret',
  'wif.step.pull-secret.detail':
    "Where the kubelet cannot pass service-account tokens (before Kubernetes 1.33), write an imagePullSecret from /v1/tokens with a token of {subject} and refresh it before it expires (the README's CronJob runs this every 4 minutes). Reference it from the Pods, or from the service account's imagePullSecrets.",
  'wif.step.pull-secret.expect': 'secret/ar-pull configured (or created) in {namespace}.',
} as const satisfies Record<string, string>;
