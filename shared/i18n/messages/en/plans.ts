/**
 * English text of troubleshooting plans, keyed by message id. `{name}` slots are filled by
 * formatMessage; every key here must exist in es.ts with the same slots (a test enforces it).
 * Text is plain (no Markdown): renderers add their own markup and escaping.
 */
export const PLAN_MESSAGES = {
  'cause.permission-denied': 'Permission denied',
  'cause.unauthenticated': 'No credentials sent',
  'cause.access-scope': 'Node access scopes too narrow',
  'cause.not-found': 'Image or repository not found',
  'cause.network': 'Registry unreachable from the node',
  'cause.vpc-service-controls': 'Blocked by VPC Service Controls',
  'cause.platform-mismatch': 'No image for the node platform',
  'cause.schema-unsupported': 'Docker schema 1 image not supported',
  'cause.image-pull-secret': 'Image pull secret missing or malformed',
  'cause.rate-limited': 'Rate limited by the registry',
  'cause.tls': 'TLS certificate not trusted',
  'cause.registry-error': 'Registry-side error',
  'cause.invalid-reference': 'Invalid image reference',
  'cause.unknown': 'Cause not identified',

  'summary.permission-denied':
    'The registry refused the pull (HTTP {httpStatus}): the identity that pulls {image} lacks {permission} on {resource}. Artifact Registry answers the same way when the repository does not exist, so the plan first tells the two apart.',
  'summary.unauthenticated':
    'The pull of {image} from {registry} reached the registry without usable credentials (HTTP {httpStatus}), so it was treated as anonymous and refused.',
  'summary.access-scope':
    'The node has a token, but its OAuth access scopes do not allow reading from Artifact Registry; scopes cannot be changed on existing nodes.',
  'summary.not-found':
    '{registry} has no manifest for {image}: the tag, digest, image or repository name is wrong, or it was deleted.',
  'summary.network':
    'The node could not reach {registry} (DNS, routing, firewall or Private Google Access), so the pull of {image} timed out or was refused.',
  'summary.vpc-service-controls':
    'A VPC Service Controls perimeter refused the request to {registry}: the node, its service account or the image project is outside the perimeter rules.',
  'summary.platform-mismatch':
    'The image {image} has no manifest for the node operating system or CPU architecture.',
  'summary.schema-unsupported':
    'The image {image} uses the Docker schema 1 manifest format, which containerd 2.0 (GKE 1.33 and later) no longer pulls.',
  'summary.image-pull-secret':
    'The Pod names an image pull secret ({secret}) that does not exist in its namespace or is not a valid kubernetes.io/dockerconfigjson secret.',
  'summary.rate-limited':
    '{registry} is rate limiting pulls (HTTP {httpStatus}): too many requests for the quota of the project or client.',
  'summary.tls':
    'The node does not trust the TLS certificate presented for {registry}, often because a proxy intercepts TLS.',
  'summary.registry-error':
    '{registry} answered with an error of its own (HTTP {httpStatus}); the request itself may be fine.',
  'summary.invalid-reference':
    'The image reference {image} is not valid, so the kubelet did not even try to pull it.',
  'summary.unknown':
    'The text does not show a recognisable pull failure. The plan checks the node and the pull step by step.',
  'summary.unknown.back-off-only':
    'Only the back-off state was given (ImagePullBackOff / ErrImagePull). The cause is in the earlier "Failed to pull image" event; the first step gets it.',
  'summary.unknown.empty':
    'No error text was given. The plan reproduces the pull on the node to find the cause.',
  'summary.request-image-invalid':
    'The image in the request is not a valid reference: {imageError}',

  'value.unknown.image': 'the image',
  'value.unknown.registry': 'the registry',
  'value.unknown.httpStatus': 'not shown',
  'value.unknown.permission':
    'the pull permission (artifactregistry.repositories.downloadArtifacts)',
  'value.unknown.resource': 'the repository',
  'value.unknown.secret': 'name not shown',

  'step.gather-events.title': 'Get the event that names the cause',
  'step.gather-events.detail':
    'ImagePullBackOff only says the kubelet is waiting before it retries. The reason is in the earlier Warning event "Failed to pull image ...". Describe the Pod and list its events, then send the full message of that event to get a plan for its cause.',
  'step.gather-events.expect':
    'A Warning event "Failed to pull image "{image}": ..." with the registry answer (403, 404, i/o timeout, ...).',

  'step.find-node.title': 'Find the node that runs the Pod',
  'step.find-node.detail':
    'The NODE column of the Pod is the node to inspect; the node label topology.kubernetes.io/zone is its zone.',
  'step.find-node.expect': 'The node name and its zone.',

  'step.connect-node.title': 'Connect to the node {nodeName}',
  'step.connect-node.detail.linux.gcloud':
    'Open an SSH session on the node with gcloud. The next commands run there.',
  'step.connect-node.detail.linux.console':
    'In the Google Cloud console open Compute Engine > VM instances, find {nodeName} (project {projectId}, zone {zone}) and click SSH in its row. A browser terminal opens on the node; the next commands run there.',
  'step.connect-node.detail.windows.gcloud':
    'Windows nodes are reached over RDP. Open an IAP tunnel to port 3389, connect an RDP client to localhost:3389 (set a Windows password first with gcloud compute reset-windows-password, or the console button), and open PowerShell as Administrator. If the node has SSH enabled, gcloud compute ssh also works.',
  'step.connect-node.detail.windows.console':
    'In the Google Cloud console open Compute Engine > VM instances, find {nodeName} (project {projectId}, zone {zone}), set a Windows password, then click RDP in its row. On the node open PowerShell as Administrator; the next commands run there.',
  'step.connect-node.expect': 'A shell (PowerShell on Windows) on {nodeName}.',

  'step.explain-runtime.title': 'Look at the runtime Kubernetes uses: containerd, through crictl',
  'step.explain-runtime.detail':
    "GKE nodes run containers with containerd, not Docker. Kubernetes keeps its images and containers in the containerd namespace k8s.io, which the docker CLI cannot see (and on current nodes docker is not installed). A docker pull would test Docker's own store and credentials, not what the kubelet does. Use crictl, which talks to containerd through the same CRI as the kubelet.",
  'step.explain-runtime.detail.windows':
    'Windows GKE nodes run containers with containerd, which runs as the Windows service "containerd". Kubernetes keeps its images in the containerd namespace k8s.io, which docker cannot see. Use crictl from an Administrator PowerShell; it talks to containerd through the same CRI as the kubelet.',
  'step.explain-runtime.expect':
    "containerd is running and crictl lists the node's Kubernetes containers.",
  'step.explain-runtime.expect.windows':
    "Get-Service shows containerd Running, and crictl lists the node's Kubernetes containers.",

  'step.check-metadata-token.title': 'Check that the node gets a token with the right scopes',
  'step.check-metadata-token.detail':
    'The kubelet pulls from Artifact Registry with the node service account token from the metadata server. The token endpoint must answer 200, and the scopes must include cloud-platform or devstorage.read_only.',
  'step.check-metadata-token.expect':
    '200, and a scope list containing https://www.googleapis.com/auth/cloud-platform or https://www.googleapis.com/auth/devstorage.read_only.',

  'step.check-reachability.title': 'Check DNS and HTTPS from the node to {registryHost}',
  'step.check-reachability.detail':
    'Resolve the registry host and open https://{registryHost}/v2/ from the node. Private nodes need Private Google Access on their subnet (or Cloud NAT); private or restricted Google API DNS zones must cover pkg.dev and gcr.io.',
  'step.check-reachability.expect':
    'The host resolves to an address and /v2/ answers 401 (reachable; credentials are asked for) or 200.',

  'step.pull-on-node.title': 'Pull {image} on the node as the kubelet would',
  'step.pull-on-node.detail.public': 'The repository is public: pull without credentials.',
  'step.pull-on-node.detail.private':
    'Fetch an access token for the node service account from the metadata server (header Metadata-Flavor: Google) into a shell variable, then pull with it. The token stays on the node: never paste it into a ticket or a shared log.',
  'step.pull-on-node.expect': 'Image is up to date for sha256:…',

  'step.runtime-logs.title': 'Read the container runtime logs',
  'step.runtime-logs.detail':
    'The runtime logs show the registry answer for every pull attempt. In Logs Explorer they have the LOG NAME container-runtime; on a Linux node they are in the containerd journal.',
  'step.runtime-logs.detail.windows':
    'The runtime logs show the registry answer for every pull attempt. On a Windows node containerd writes C:\\etc\\kubernetes\\logs\\containerd.log; Logs Explorer shows it with the LOG NAME container-runtime.',
  'step.runtime-logs.expect':
    'Lines about {image} that show the registry answer; send them in a new request to get a specific plan.',

  'step.tell-apart.title': 'Tell "denied" apart from "does not exist"',
  'step.tell-apart.detail':
    'Artifact Registry says "Permission ... denied on resource ... (or it may not exist)" in both cases. Describe the repository and the image with your own (sufficiently privileged) account: if both exist, the node identity lacks access; if not, the reference is wrong.',
  'step.tell-apart.expect':
    'Both commands print the resource (it exists, so the problem is access). NOT_FOUND means the reference is wrong.',

  'step.identify-node-sa.title': 'Identify the node service account and its scopes',
  'step.identify-node-sa.detail':
    'Nodes pull with their service account (unless the Pod has imagePullSecrets). Note its email and its scopes: the default Compute Engine service account is PROJECT_NUMBER-compute@developer.gserviceaccount.com.',
  'step.identify-node-sa.expect':
    'The service account email, and scopes that include cloud-platform or devstorage.read_only.',

  'step.check-repo-iam.title': 'Check who may read the repository',
  'step.check-repo-iam.detail':
    'The node service account needs roles/artifactregistry.reader (or a role with artifactregistry.repositories.downloadArtifacts) on the repository or on the project {arProject}, which may differ from the cluster project.',
  'step.check-repo-iam.expect':
    'serviceAccount:{nodeServiceAccount} bound to roles/artifactregistry.reader on the repository or project.',

  'step.grant-reader.title': 'Grant the node service account read access',
  'step.grant-reader.detail':
    'Bind roles/artifactregistry.reader on the repository (narrower than the project). In a cross-project setup this binding goes in the registry project {arProject}. IAM changes take effect within a few minutes.',
  'step.grant-reader.expect': 'Updated IAM policy for repository [{arRepository}].',

  'step.list-tags.title': 'List what the repository actually holds',
  'step.list-tags.detail':
    'Compare the tag or digest the Pod uses with the ones in the repository; tags are case-sensitive.',
  'step.list-tags.expect': 'The tag or digest of {image} is in the list.',

  'step.fix-reference.title': 'Correct the image reference in the workload',
  'step.fix-reference.detail':
    'Use the form LOCATION-docker.pkg.dev/PROJECT_ID/REPOSITORY/IMAGE:TAG (or @sha256:DIGEST): lower-case path, an existing repository and tag. Update the Deployment (or other workload) that owns the Pod.',
  'step.fix-reference.expect': 'The workload rolls out new Pods with the corrected image.',

  'step.new-node-pool-scopes.title': 'Create a node pool with sufficient scopes',
  'step.new-node-pool-scopes.detail':
    'Access scopes cannot be changed on existing nodes. Create a node pool with the cloud-platform scope (access is then governed by IAM), move the workloads to it (cordon and drain the old pool), then delete the old pool.',
  'step.new-node-pool-scopes.expect': 'The new node pool is RUNNING and new Pods schedule on it.',

  'step.configure-docker-auth.title':
    'Configure credentials for {registryHost} (workstation or CI pulls)',
  'step.configure-docker-auth.detail':
    'When the failing pull runs outside GKE (docker CLI, CI), the client must have credentials for that exact host; otherwise it asks for an anonymous token, which a private repository refuses.',
  'step.configure-docker-auth.expect':
    'Docker configuration file updated, and docker pull {image} succeeds.',

  'step.check-subnet-pga.title': 'Check Private Google Access on the node subnet',
  'step.check-subnet-pga.detail':
    'Nodes without external IP addresses reach Artifact Registry only through Private Google Access on their subnet (or Cloud NAT). Read the node subnet, then its privateIpGoogleAccess flag.',
  'step.check-subnet-pga.expect': 'True',

  'step.check-dns-zones.title': 'Check private DNS zones and egress firewall rules',
  'step.check-dns-zones.detail':
    'A private zone for googleapis.com that routes to private.googleapis.com or restricted.googleapis.com must also have zones for pkg.dev and gcr.io, or the registry host does not resolve. Egress firewall rules must allow TCP 443 to Google APIs.',
  'step.check-dns-zones.expect':
    'Either no private googleapis.com zone, or zones for pkg.dev and gcr.io too; no egress rule denying 443.',

  'step.enable-pga.title': 'Enable Private Google Access on the subnet',
  'step.enable-pga.detail':
    'Allows nodes without external IP addresses to reach Google APIs, including *.pkg.dev.',
  'step.enable-pga.expect': 'Updated subnetwork [{subnet}].',

  'step.find-vpcsc-violation.title': 'Look up the VPC Service Controls violation',
  'step.find-vpcsc-violation.detail':
    'The denial carries a vpcServiceControlsUniqueIdentifier. The audit log entry with that identifier names the perimeter, the violated service and the caller.',
  'step.find-vpcsc-violation.expect':
    'An audit log entry naming the perimeter and a violation reason.',

  'step.list-perimeters.title': 'List the service perimeters',
  'step.list-perimeters.detail':
    'Find the perimeter that restricts artifactregistry.googleapis.com and check whether the cluster project and the registry project are both inside it.',
  'step.list-perimeters.expect': 'The perimeter, its projects and its restricted services.',

  'step.add-ingress-rule.title': 'Allow the node identity into the perimeter',
  'step.add-ingress-rule.detail':
    'Either put both projects in the same perimeter, or add an ingress rule whose source is the node service account (or the cluster VPC network) and whose target is artifactregistry.googleapis.com in the registry project. Write the rule into a YAML file and apply it. Nodes must use restricted.googleapis.com routing for private access inside a perimeter.',
  'step.add-ingress-rule.expect':
    'The perimeter update finishes without errors, and a new pull is not refused.',

  'step.inspect-platforms.title': 'Compare image platforms with node platforms',
  'step.inspect-platforms.detail':
    'List the platforms (os/architecture) in the image index and the os and architecture labels of the nodes. Arm nodes (for example T2A, C4A) need linux/arm64; Windows nodes need a Windows image matching their version.',
  'step.inspect-platforms.expect': 'The image lists the os/architecture of the node that failed.',

  'step.rebuild-multiarch.title': 'Build and push a multi-platform image',
  'step.rebuild-multiarch.detail':
    'Rebuild from the image source for every node platform and push the resulting index to the same tag.',
  'step.rebuild-multiarch.expect': 'The pushed index lists linux/amd64 and linux/arm64.',

  'step.pin-node-selector.title': 'Or schedule the Pods on nodes the image supports',
  'step.pin-node-selector.detail':
    'If the image cannot be rebuilt, add a nodeSelector on kubernetes.io/arch (or kubernetes.io/os) so Pods only run on nodes whose platform the image has.',
  'step.pin-node-selector.expect':
    'New Pods are scheduled on nodes with the selected architecture.',

  'step.check-runtime-version.title': 'Check the containerd version of the nodes',
  'step.check-runtime-version.detail':
    'The CONTAINER-RUNTIME column shows containerd://2.x on nodes that no longer pull schema 1 images (GKE 1.33 and later on Linux).',
  'step.check-runtime-version.expect': 'The container runtime version of each node.',

  'step.inspect-manifest.title': 'Check the manifest format of the image',
  'step.inspect-manifest.detail':
    'A schema 1 manifest has "schemaVersion": 1 and the media type application/vnd.docker.distribution.manifest.v1+prettyjws.',
  'step.inspect-manifest.expect':
    '"schemaVersion": 2 with a Docker v2 or OCI media type (then the image is fine).',

  'step.convert-schema.title': 'Re-push the image as Docker schema 2 (or rebuild as OCI)',
  'step.convert-schema.detail':
    'skopeo converts the manifest while copying. Rebuilding and pushing with a current builder (docker buildx, Cloud Build) also produces schema 2 or OCI. Then use the new digest.',
  'step.convert-schema.expect':
    'Storing signatures, and inspect-manifest now shows "schemaVersion": 2.',

  'step.check-pull-secret.title': "Check the Pod's image pull secret",
  'step.check-pull-secret.detail':
    "The secret named in imagePullSecrets must exist in the Pod's namespace and have the type kubernetes.io/dockerconfigjson. Do not print its data: it holds a credential.",
  'step.check-pull-secret.expect': 'kubernetes.io/dockerconfigjson',

  'step.create-pull-secret.title': 'Create the image pull secret',
  'step.create-pull-secret.detail':
    "On GKE with Artifact Registry, prefer granting the node service account roles/artifactregistry.reader and no secret at all. If a secret is required, create it from a service account key (an access token alone would expire within an hour), or avoid long-lived keys: let this service's POST /v1/tokens write a short-lived Secret and refresh it with a CronJob (see the README).",
  'step.create-pull-secret.expect': 'secret/{secretName} created',

  'step.attach-pull-secret.title': "Reference the secret from the Pod's service account",
  'step.attach-pull-secret.detail':
    'Pods that use this service account then send the secret with every pull; or list it under spec.imagePullSecrets of the workload.',
  'step.attach-pull-secret.expect': 'serviceaccount/default patched',

  'step.count-rate-limited.title': 'Measure how many pulls are rate limited',
  'step.count-rate-limited.detail':
    'Many nodes pulling the same image at once (scale-up, rollout) can exceed the quota. The kubelet retries on its own with back-off.',
  'step.count-rate-limited.expect': 'A small number that stops growing.',

  'step.check-quota.title': 'Check Artifact Registry quota errors',
  'step.check-quota.detail':
    'Artifact Registry limits requests per project and region, and one pull makes several requests. Quota errors appear in the audit logs; the Quotas page of the console shows the limits.',
  'step.check-quota.expect':
    'No RESOURCE_EXHAUSTED entries (otherwise request more quota or pull less often).',

  'step.create-remote-repo.title': 'Pull through an Artifact Registry remote repository',
  'step.create-remote-repo.detail':
    'For Docker Hub images, a remote repository caches them in your project and avoids Docker Hub limits. Pin images by digest and use imagePullPolicy: IfNotPresent to cut repeated pulls.',
  'step.create-remote-repo.expect': 'Created repository [{remoteRepository}].',

  'step.check-certificate.title': 'Check the certificate {registryHost} presents',
  'step.check-certificate.detail':
    'Google registries present certificates issued by Google Trust Services. Another issuer means a proxy intercepts TLS.',
  'step.check-certificate.expect':
    'A certificate chain issued by Google Trust Services, and 401 or 200 from /v2/.',

  'step.trust-ca.title': 'Make containerd trust the proxy certificate authority',
  'step.trust-ca.detail':
    'Either exempt the registry hosts from TLS interception, or give the nodes the proxy CA: GKE reads containerd CA settings from a configuration file that references a certificate stored in Secret Manager.',
  'step.trust-ca.expect': 'The cluster update finishes, and the pull on the node succeeds.',

  'step.check-registry-health.title': 'Check that the registry answers',
  'step.check-registry-health.detail':
    'A 5xx or an unexpected 4xx from the registry is on its side; check the Google Cloud status page. A "Request Rejected" from gcr.io is a condition of the hosting project that only its owners can resolve.',
  'step.check-registry-health.expect': '401 or 200 from /v2/.',

  'step.retry-pull.title': 'Retry the pull',
  'step.retry-pull.detail':
    'The kubelet retries with back-off on its own. To retry at once, delete the Pod so its controller creates a new one.',
  'step.retry-pull.expect': 'The new Pod reaches Running.',

  'step.show-reference.title': 'Show the image reference the Pod uses',
  'step.show-reference.detail':
    'Look for upper-case letters in the path, spaces, a missing repository segment, a URL scheme (https://) or a bad tag. {imageError}',
  'step.show-reference.expect':
    'A reference such as LOCATION-docker.pkg.dev/PROJECT_ID/REPOSITORY/IMAGE:TAG.',

  'step.fix-check.title': 'Fix the failing precondition: {checkId}',
  'step.fix-check.detail': '{message} {summary}',
  'step.fix-check.expect': 'The {checkId} check passes when evaluated again.',

  'md.title': 'Image pull troubleshooting: {cause}',
  'md.diagnosis': 'Diagnosis',
  'md.cause': 'Cause',
  'md.confidence': 'Confidence',
  'md.alternatives': 'Other possible causes',
  'md.evidence': 'Evidence',
  'md.extracted': 'Facts found in the error',
  'md.steps': 'Steps',
  'md.expect': 'Success looks like',
  'md.on-failure': 'If it fails, go to step {number} ({step}).',
  'md.on-failure.end': 'If it fails, collect the output of the previous steps and contact support.',
  'md.branch': 'Only when an earlier step sends you here.',
  'md.runs-on.workstation': 'Run on your workstation (Cloud Shell works):',
  'md.runs-on.node': 'Run on the node:',
  'md.mutates': 'This changes your project or cluster.',
  'md.no-commands': 'No command: follow the description.',
  'md.placeholders': 'Replace these placeholders with your values: {names}.',
  'md.checks': 'Precondition checks',
  'md.field': 'Field',
  'md.value': 'Value',

  'sh.header':
    'Troubleshooting plan for an image pull failure. Cause: {cause} (confidence {confidence}).',
  'sh.safety':
    'Read-only by default: commands that change the cluster, IAM or the registry only run with --apply; otherwise they are printed.',
  'sh.usage':
    'Usage: bash SCRIPT [--apply] [--on-node]. --on-node runs node commands here (when this script runs on the node).',
  'sh.values':
    'Values the request did not give: set them in the environment, for example NODE_NAME=my-node bash SCRIPT.',
  'sh.step': 'Step {number}: {title}',
  'sh.failed': 'Step {number} failed: {title}.',
  'sh.expected': 'Expected: {expect}',
  'sh.next': 'Next: step {next}.',
  'sh.next-end': 'This was the last step: collect the output above and contact support.',
  'sh.would-run': 'Changes something; not run without --apply:',
  'sh.manual-node':
    'Run on the node (connect first as described), or rerun this script there with --on-node:',
  'sh.powershell': 'PowerShell on the Windows node (see the comments in this script):',
  'sh.missing-value': 'missing value: set {name} in the environment and run again.',
  'sh.unknown-option': 'unknown option',
  'sh.done': 'All steps done.',
  'sh.skipped-workstation': 'Runs on the workstation; not run with --on-node:',
  'sh.from-unknown': 'no such step',
  'sh.branch': 'Optional step, only when an earlier step sends you here:',
} as const;
