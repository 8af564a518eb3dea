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
  'cause.slow-pull': 'Pull too slow: cancelled for time',
  'cause.vpc-service-controls': 'Blocked by VPC Service Controls',
  'cause.platform-mismatch': 'No image for the node platform',
  'cause.schema-unsupported': 'Docker schema 1 image not supported',
  'cause.image-pull-secret': 'Image pull secret missing or malformed',
  'cause.rate-limited': 'Rate limited by the registry',
  'cause.tls': 'TLS certificate not trusted',
  'cause.registry-error': 'Registry-side error',
  'cause.invalid-reference': 'Invalid image reference',
  'cause.unknown': 'Cause not identified',

  'summary.permission-denied.foreign':
    "{registry} refused the pull of {image} (HTTP {httpStatus}): the credentials the Pod sends do not grant read access to it. GKE nodes send no Google credentials to {registry}: access comes from an imagePullSecret with that registry's own credentials.",
  'summary.permission-denied':
    'The registry refused the pull (HTTP {httpStatus}): the identity that pulls {image} lacks {permission} on {resource}. Artifact Registry answers the same way when the repository does not exist, so the plan first tells the two apart.',
  'summary.unauthenticated':
    'The pull of {image} from {registry} reached the registry without usable credentials (HTTP {httpStatus}), so it was treated as anonymous and refused.',
  'summary.unauthenticated.foreign':
    "The pull of {image} reached {registry} without credentials it accepts (HTTP {httpStatus}). GKE nodes send their Google credentials only to Google's registries; for {registry} the Pod needs an imagePullSecret with that registry's own credentials, unless the repository is public.",
  'summary.access-scope':
    'The node has a token, but its OAuth access scopes do not allow reading from Artifact Registry; scopes cannot be changed on existing nodes.',
  'summary.not-found':
    '{registry} has no manifest for {image}: the tag, digest, image or repository name is wrong, or it was deleted.',
  'summary.network':
    'The node could not reach {registry} (DNS, routing, firewall or Private Google Access), so the pull of {image} timed out or was refused.',
  'summary.network.foreign':
    'The node could not reach {registry} (DNS, routing, firewall, or no Cloud NAT for nodes without external IP addresses), so the pull of {image} timed out or was refused.',
  'summary.slow-pull':
    'The pull of {image} ran out of time (a deadline, or no progress) before the image was on the node: large images, slow node disks or a busy link make pulls take minutes. A network fault can look the same; it is the first alternative.',
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
  'summary.rate-limited.google':
    '{registry} refused requests over the Artifact Registry quota (HTTP {httpStatus}): requests per minute per project and region, and one pull makes several.',
  'summary.rate-limited.docker-hub':
    'Docker Hub refused the pull of {image} with its own pull rate limit (HTTP {httpStatus}). Docker Hub counts anonymous pulls per source IP address (every node behind one Cloud NAT address shares it) and authenticated pulls per account; this is not an Artifact Registry quota.',
  'summary.rate-limited.foreign':
    '{registry} is rate limiting pulls (HTTP {httpStatus}): a limit of that registry, per client address or account, not an Artifact Registry quota.',
  'summary.tls':
    'The node does not trust the TLS certificate presented for {registry}, often because a proxy intercepts TLS.',
  'summary.tls.foreign':
    'The node does not trust the TLS certificate {registry} presents. For a registry outside Google that is most often a private or self-signed certificate authority the node does not know; GKE can trust it from Secret Manager.',
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

  'registry.google.name': 'Artifact Registry',
  'registry.google.credentials':
    "GKE nodes pull from {registryHost} with the node service account's token from the metadata server; no Secret is needed.",
  'registry.google.permissions':
    'Read access is roles/artifactregistry.reader on the repository or its project.',
  'registry.google.limits':
    'Artifact Registry has a quota of requests per minute per project and region; one pull makes several requests.',
  'registry.docker-hub.name': 'Docker Hub',
  'registry.docker-hub.credentials':
    'Use a Docker Hub user name and a personal access token with read-only access, not the account password; the Secret names the server https://index.docker.io/v1/.',
  'registry.docker-hub.permissions':
    'A private repository is readable by its owner and by the organization teams given read access to it.',
  'registry.docker-hub.limits':
    'Docker Hub limits pulls per source IP address for anonymous pulls and per account for authenticated ones; authenticated pulls get a higher limit.',
  'registry.quay.name': 'Quay.io',
  'registry.quay.credentials':
    'Create a robot account (user name ORGANIZATION+ROBOT) and use its token; Quay.io offers it ready as a Kubernetes Secret.',
  'registry.quay.permissions':
    'Give the robot account, or a team it belongs to, Read permission on the repository.',
  'registry.quay.limits':
    'Quay.io limits requests per client address; pulls with a robot account are no longer anonymous.',
  'registry.ghcr.name': 'GitHub Container Registry',
  'registry.ghcr.credentials':
    'Use a GitHub user name and a personal access token (classic) with the read:packages scope.',
  'registry.ghcr.permissions':
    "The token's user needs read access to the package: its visibility and access are set in the package settings or inherited from its repository.",
  'registry.ghcr.limits':
    'GitHub limits requests per account and per client address; authenticated pulls count against the account.',
  'registry.ecr.name': 'Amazon ECR',
  'registry.ecr.credentials':
    'ECR takes the user name AWS and a token from aws ecr get-login-password, which lasts 12 hours: a Secret written once stops working, so write it again on a schedule.',
  'registry.ecr.permissions':
    'The AWS identity that makes the token needs ecr:GetAuthorizationToken, and ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on the repository (its IAM policy or the repository policy).',
  'registry.ecr.limits':
    'ECR limits API requests per account and region (service quotas); requests over them are throttled.',
  'registry.acr.name': 'Azure Container Registry',
  'registry.acr.credentials':
    'Use a service principal (its application ID and a secret) or a repository-scoped token; the admin user is not meant for clusters.',
  'registry.acr.permissions':
    'The service principal needs the AcrPull role on the registry; a token needs a scope map that allows content/read on the repository.',
  'registry.acr.limits':
    'Azure Container Registry limits read operations per minute by service tier.',
  'registry.other.name': 'the registry {registryHost}',
  'registry.other.credentials':
    "Use that registry's own account: a robot account or a token that can only pull (Harbor has robot accounts, GitLab deploy tokens).",
  'registry.other.permissions':
    "Give that account read (pull) access to the project or repository in the registry's own permission model.",
  'registry.other.limits':
    'Request limits are set by whoever runs the registry: read its documentation or ask its operators.',
  'registry.unknown.name': 'the registry',
  'registry.unknown.credentials':
    "For Artifact Registry and gcr.io the node sends its service account's token; for any other registry the Pod needs an imagePullSecret with that registry's own credentials.",
  'registry.unknown.permissions':
    'Artifact Registry needs roles/artifactregistry.reader for the node service account; other registries grant read access in their own permission model.',
  'registry.unknown.limits':
    'Each registry has its own limits: Artifact Registry a quota per project and region, Docker Hub a pull limit per address or account.',

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
    'Open an SSH session on the node with gcloud. The next commands run there. This is not read-only: gcloud compute ssh may create an SSH key and add it to the project or instance metadata (or to OS Login), so it counts as a change.',
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
    'The kubelet pulls from Artifact Registry with the node service account token from the metadata server. Ask the token endpoint (it must answer 200; the token itself is not printed) and read the scopes, which must include cloud-platform or devstorage.read_only.',
  'step.check-metadata-token.expect':
    '200, and a scope list containing https://www.googleapis.com/auth/cloud-platform or https://www.googleapis.com/auth/devstorage.read_only.',

  'step.check-reachability.title': 'Check DNS and HTTPS from the node to {registryEndpoint}',
  'step.check-reachability.detail':
    'Resolve the registry host and open https://{registryEndpoint}/v2/ from the node. Private nodes need Private Google Access on their subnet (or Cloud NAT); private or restricted Google API DNS zones must cover pkg.dev and gcr.io.',
  'step.check-reachability.detail.foreign':
    'Resolve the registry host and open https://{registryEndpoint}/v2/ from the node. Nodes without external IP addresses reach registries outside Google only through Cloud NAT; Private Google Access covers Google APIs only.',
  'step.check-reachability.detail.docker-hub':
    "Resolve Docker Hub's registry host and open https://{registryEndpoint}/v2/ from the node. GKE's containerd asks mirror.gcr.io first for docker.io images (a Google endpoint, reachable with Private Google Access), then {registryEndpoint}, which nodes without external IP addresses reach only through Cloud NAT.",
  'step.check-reachability.expect':
    'The host resolves to an address and /v2/ answers 401 (reachable; credentials are asked for) or 200.',

  'step.docker-hub-from-node.title': 'Check the Docker Hub mirror and the pulls left for this node',
  'step.docker-hub-from-node.detail':
    "GKE nodes ask mirror.gcr.io first for docker.io images: a Google endpoint (reachable through Private Google Access) with cached copies of popular Docker Hub images, whose cache hits never reach Docker Hub. Then ask Docker Hub how many anonymous pulls are left for the address this node pulls from; the token asked for is Docker's own anonymous one.",
  'step.docker-hub-from-node.expect':
    '200 or 401 from mirror.gcr.io, and ratelimit-limit and ratelimit-remaining headers (remaining 0: the address is out of pulls for now).',

  'step.pull-on-node.title': 'Pull {image} on the node as the kubelet would',
  'step.pull-on-node.detail.google.public': 'The repository is public: pull without credentials.',
  'step.pull-on-node.detail.google.private':
    'The kubelet sends {registryHost} the node service account token from the metadata server (header Metadata-Flavor: Google): fetch it into a shell variable and pull with it. GKE nodes send this token only to Google registry hosts (*.pkg.dev, gcr.io, *.gcr.io, container.cloud.google.com). The token stays on the node: never paste it into a ticket or a shared log.',
  'step.pull-on-node.detail.foreign.public':
    'GKE nodes never send their Google credentials to {registryName}: without an imagePullSecret the kubelet pulls anonymously, exactly like this command.',
  'step.pull-on-node.detail.foreign.private':
    "GKE nodes never send their Google credentials to {registryName}. The kubelet pulls with the credentials of the Pod's imagePullSecret: type the same user name and password or token when asked (the password is not echoed and stays in this shell). {registryCredentials}",
  'step.pull-on-node.detail.unknown':
    "The registry is not known, so this pull sends no credentials: the kubelet sends the node's Google token only to Artifact Registry and gcr.io hosts, and a pull secret's credentials only to its own registry. Send the image with the request (field image) to get the pull with the credentials the kubelet would use.",
  'step.pull-on-node.expect': 'Image is up to date for sha256:…',

  'step.runtime-logs.title': 'Read the container runtime logs',
  'step.runtime-logs.detail':
    'The runtime logs show the registry answer for every pull attempt. In Logs Explorer they have the LOG NAME container-runtime; on a Linux node they are in the containerd journal.',
  'step.runtime-logs.detail.windows':
    'The runtime logs show the registry answer for every pull attempt. On a Windows node containerd writes C:\\etc\\kubernetes\\logs\\containerd.log; Logs Explorer shows it with the LOG NAME container-runtime.',
  'step.runtime-logs.detail.autopilot':
    'The runtime logs show the registry answer for every pull attempt. Autopilot has no SSH to nodes: read them in Logs Explorer, LOG NAME container-runtime, for the node that ran the Pod.',
  'step.runtime-logs.expect':
    'Lines about {image} that show the registry answer; send them in a new request to get a specific plan.',

  'step.pull-with-pod.title': 'Pull {image} in a test Pod (Autopilot)',
  'step.pull-with-pod.detail':
    "Autopilot has no SSH to nodes, so crictl cannot run there. A Pod makes the kubelet pull the image with exactly the credentials your workloads get: the node identity for Google's registries, the namespace default service account's imagePullSecrets for any other. Read the Pod's events, then delete it.",
  'step.pull-with-pod.expect': 'The events show Pulled (Successfully pulled image), not Failed.',

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

  'step.identify-cluster-sa.title': 'Identify the service account of the Autopilot nodes',
  'step.identify-cluster-sa.detail':
    'Autopilot nodes all use one service account set at cluster level (the Compute Engine default service account unless the cluster was created with --service-account), with the scopes chosen when the cluster was created. Artifact Registry grants go to this account.',
  'step.identify-cluster-sa.expect': 'The service account email and its scopes.',

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
  'step.list-tags.detail.foreign':
    'Compare the tag or digest the Pod uses with the ones in the repository (crane uses your docker login credentials for {registryHost}); tags are case-sensitive.',

  'step.fix-reference.detail':
    "Use the name the registry really has (for Artifact Registry LOCATION-docker.pkg.dev/PROJECT_ID/REPOSITORY/IMAGE:TAG or @sha256:DIGEST): lower-case path, an existing repository and tag. List the Pod's containers and their images, then change only the failing container ({container}) of the workload that owns the Pod (WORKLOAD, such as deployment/web); the other containers keep their images.",
  'step.fix-reference.expect': 'The workload rolls out new Pods with the corrected image.',

  'step.new-node-pool-scopes.title': 'Create a node pool with sufficient scopes',
  'step.new-node-pool-scopes.detail':
    "Access scopes cannot be changed on existing nodes. Create a node pool with the cloud-platform scope (access is then governed by IAM), cordon the old pool's nodes so nothing new lands there, drain them so the workloads move to the new pool, then delete the old pool.",
  'step.new-node-pool-scopes.expect': 'The new node pool is RUNNING and new Pods schedule on it.',

  'step.autopilot-scopes.title': 'Autopilot: scopes are set when the cluster is created',
  'step.autopilot-scopes.detail':
    'Autopilot has no node pools to create, and the scopes of an existing cluster cannot be changed. With a custom service account Autopilot uses the cloud-platform scope and IAM decides; with the default one the scopes include devstorage.read_only, which is enough to pull. A cluster created with narrower scopes needs a new Autopilot cluster with a dedicated service account, and the workloads moved to it.',
  'step.autopilot-scopes.expect': 'The new cluster is RUNNING and its Pods pull the image.',

  'step.configure-docker-auth.title':
    'Configure credentials for {registryHost} (workstation or CI pulls)',
  'step.configure-docker-auth.detail':
    "When the failing pull runs outside GKE (docker CLI, CI), the client must have credentials for that exact host; otherwise it asks for an anonymous token, which a private repository refuses. gcloud's credential helper hands your Google token to the host, so it is only for Google's registries.",
  'step.configure-docker-auth.detail.foreign':
    "When the failing pull runs outside GKE (docker CLI, CI), log in to {registryName} with its own credentials. {registryCredentials} Never make gcloud the credential helper for a registry that is not Google's: it would hand your Google token to it.",
  'step.configure-docker-auth.detail.unknown':
    "When the failing pull runs outside GKE (docker CLI, CI), the client needs credentials for the image's registry: gcloud auth configure-docker HOST for Artifact Registry and gcr.io hosts only (it hands your Google token to the host), docker login HOST with that registry's own credentials for any other.",
  'step.configure-docker-auth.expect':
    'Docker configuration file updated, and docker pull {image} succeeds.',

  'step.check-subnet-pga.title': 'Check Private Google Access on the node subnet',
  'step.check-subnet-pga.detail':
    'Nodes without external IP addresses reach Artifact Registry only through Private Google Access on their subnet (or Cloud NAT). Read the node subnet, then its privateIpGoogleAccess flag.',
  'step.check-subnet-pga.expect': 'True',

  'step.check-nat.title': 'Check that the nodes have a path to {registryHost}',
  'step.check-nat.detail':
    'Nodes without external IP addresses reach registries outside Google only through Cloud NAT on a Cloud Router in their region ({region}); Private Google Access covers Google APIs only. List the routers, then the NAT configuration of the one on the cluster network, then the egress firewall rules (TCP 443 must be allowed).',
  'step.check-nat.expect':
    'A NAT configuration that covers the node subnet, and no egress rule denying TCP 443.',

  'step.restricted-dns-zones.title': 'Resolve pkg.dev and gcr.io to restricted.googleapis.com',
  'step.restricted-dns-zones.detail':
    'Private nodes inside a VPC Service Controls perimeter reach Artifact Registry through the restricted VIP, restricted.googleapis.com (199.36.153.4/30). Create private Cloud DNS zones for pkg.dev and gcr.io on the cluster network {network}, each with a wildcard CNAME to its apex and an A record with the four restricted addresses. Egress to 199.36.153.4/30 on TCP 443 must be allowed (the last command, needed only where an egress rule denies it), and the network needs a route to that range through the default internet gateway. Without a perimeter, private.googleapis.com (199.36.153.8/30) works the same way.',
  'step.restricted-dns-zones.expect':
    'On the node, getent hosts {registryHost} answers an address in 199.36.153.4/30.',

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
  'step.check-pull-secret.detail.foreign':
    "GKE nodes send no Google credentials to {registryName}, so a private repository there needs the Pod (or its service account) to list an imagePullSecret for {registryHost}. The secret must exist in the Pod's namespace and have the type kubernetes.io/dockerconfigjson. Do not print its data: it holds a credential.",
  'step.check-pull-secret.expect': 'kubernetes.io/dockerconfigjson',

  'step.create-pull-secret.title': 'Create the image pull secret',
  'step.create-pull-secret.detail':
    "On GKE with Artifact Registry, prefer granting the node service account roles/artifactregistry.reader and no secret at all. If a secret is required, create it from a service account key (an access token alone would expire within an hour), or avoid long-lived keys: let this service's POST /v1/tokens write a short-lived Secret and refresh it with a CronJob (see the README).",
  'step.create-pull-secret.detail.foreign':
    "Create a kubernetes.io/dockerconfigjson Secret for {registryHost} in the Pod's namespace with {registryName}'s own credentials. {registryCredentials} Keep the token in a file (TOKEN_FILE) rather than on the command line.",
  'step.create-pull-secret.detail.ecr':
    "Create a kubernetes.io/dockerconfigjson Secret for {registryHost} in the Pod's namespace from an ECR token. {registryCredentials}",
  'step.create-pull-secret.detail.unknown':
    "Create the Secret for the image's registry. For Artifact Registry prefer granting the node service account roles/artifactregistry.reader and no Secret at all; for any other registry use its own credentials, a robot account or token that can only pull.",
  'step.create-pull-secret.expect': 'secret/{secretName} created',

  'step.attach-pull-secret.title': "Reference the secret from the Pod's service account",
  'step.attach-pull-secret.detail':
    'Pods that use this service account then send the secret with every pull; or list it under spec.imagePullSecrets of the workload.',
  'step.attach-pull-secret.expect': 'serviceaccount/default patched',

  'step.count-rate-limited.title': 'Measure how many pulls are rate limited',
  'step.count-rate-limited.detail':
    'Many nodes pulling the same image at once (scale-up, rollout) can exceed the limit. The kubelet retries on its own with back-off.',
  'step.count-rate-limited.expect': 'A small number that stops growing.',

  'step.check-quota.title': 'Check Artifact Registry quota errors',
  'step.check-quota.detail':
    'Artifact Registry limits requests per project and region, and one pull makes several requests. Quota errors appear in the audit logs; the Quotas page of the console shows the limits.',
  'step.check-quota.expect':
    'No RESOURCE_EXHAUSTED entries (otherwise request more quota or pull less often).',

  'step.registry-access.title': 'Check how {registryName} grants read access',
  'step.registry-access.detail': '{registryCredentials} {registryPermissions} See {registryDocs}.',
  'step.registry-access.expect':
    'An account that can pull from the repository, and its token or password for the Secret.',
  'step.registry-access.expect.ecr':
    'The repository exists, and its policy (or the IAM policy of the identity that makes the token) allows ecr:BatchGetImage and ecr:GetDownloadUrlForLayer.',
  'step.registry-access.expect.acr':
    'The repository exists, and the service principal has AcrPull on the registry.',

  'step.registry-limits.title': "Read {registryName}'s pull limits",
  'step.registry-limits.detail':
    '{registryLimits} Authenticated pulls are usually counted per account rather than per address: give the Pods an imagePullSecret (next steps). See {registryDocs}.',
  'step.registry-limits.expect':
    'Pulls stay under the limit once they are authenticated and repeated pulls are avoided (imagePullPolicy: IfNotPresent, images pinned by digest).',

  'step.docker-hub-limits.title': "Docker Hub's limit, not an Artifact Registry quota",
  'step.docker-hub-limits.detail':
    '{registryLimits} Every node that leaves through the same Cloud NAT address shares one anonymous limit. Ways out, best first: let mirror.gcr.io serve the image (GKE tries it first for docker.io; it caches popular images), pull through an Artifact Registry remote repository for Docker Hub, or authenticate the pulls with a Docker Hub account in an imagePullSecret. The next steps set each one up. See {registryDocs}.',
  'step.docker-hub-limits.expect': 'You know which way fits; the next steps set each one up.',

  'step.create-remote-repo.title':
    'Pull Docker Hub images through an Artifact Registry remote repository',
  'step.create-remote-repo.detail':
    'A remote repository caches Docker Hub images in your project: nodes pull {region}-docker.pkg.dev/{projectId}/{remoteRepository}/IMAGE (official images under library/, for example library/redis:7) with their own Google credentials, and Docker Hub sees only the cache misses. Add --remote-username and --remote-password-secret-version to reach Docker Hub with an account. Pin images by digest and use imagePullPolicy: IfNotPresent to cut repeated pulls.',
  'step.create-remote-repo.expect': 'Created repository [{remoteRepository}].',

  'step.create-virtual-repo.title':
    'Optional: one path for your images and Docker Hub (a virtual repository)',
  'step.create-virtual-repo.detail':
    'A virtual repository serves several repositories of one region under one path, highest priority first: for example your standard repository, then the Docker Hub remote repository. The upstream policy file is JSON, one entry per upstream: [{"id": "docker-hub", "repository": "projects/{projectId}/locations/{region}/repositories/{remoteRepository}", "priority": 100}]. The Artifact Registry service agent reads the upstreams on its behalf.',
  'step.create-virtual-repo.expect': 'Created repository [{virtualRepository}].',

  'step.check-certificate.title': 'Check the certificate {registryEndpoint} presents',
  'step.check-certificate.detail':
    'Google registries present certificates issued by Google Trust Services. Another issuer means a proxy intercepts TLS.',
  'step.check-certificate.expect':
    'A certificate chain issued by Google Trust Services, and 401 or 200 from /v2/.',

  'step.check-certificate.detail.foreign':
    "Read the certificate chain {registryEndpoint} presents. A registry outside Google most often has a certificate from a private or self-signed certificate authority that the node does not trust: then give the node that CA the way GKE manages it (next steps). Only an issuer that is neither the registry's CA nor a public one means a proxy intercepts TLS.",
  'step.check-certificate.expect.foreign':
    "The issuer of the chain: your organization's CA (trust it in the next steps), or a public CA (then the certificate's name or expiry is what is wrong).",

  'step.store-ca-secret.title': 'Store the CA certificate in Secret Manager',
  'step.store-ca-secret.detail':
    "GKE reads the certificate authority from Secret Manager: store the CA's public certificate (PEM) as a secret and let the node service account read it (roles/secretmanager.secretAccessor). The secret holds the public certificate only, never a private key.",
  'step.store-ca-secret.expect':
    'Created secret [{caSecret}], and an IAM binding for {nodeServiceAccount}.',

  'step.trust-ca.title':
    'Make containerd trust that certificate authority (GKE private CA certificates)',
  'step.trust-ca.detail':
    "Exempting Google's registry hosts (*.pkg.dev, gcr.io) from TLS interception is the simplest fix. Otherwise give containerd the proxy CA: write the runtime configuration file that maps {registryEndpoint} to the secret, then apply it to the cluster; GKE re-creates the nodes with containerd trusting that CA for that host only.",
  'step.trust-ca.detail.foreign':
    'Write the runtime configuration file that maps {registryEndpoint} to the secret, then apply it to the cluster: GKE re-creates the nodes with containerd trusting that CA for that host only (Container-Optimized OS nodes from GKE 1.27.3-gke.1700, Ubuntu nodes from 1.33). No privileged DaemonSet and no change by hand on the nodes.',
  'step.trust-ca.expect': 'The cluster update finishes, and the pull on the node succeeds.',

  'step.check-registry-health.title': 'Check that the registry answers',
  'step.check-registry-health.detail':
    'A 5xx or an unexpected 4xx from the registry is on its side; check the Google Cloud status page. A "Request Rejected" from gcr.io is a condition of the hosting project that only its owners can resolve.',
  'step.check-registry-health.detail.foreign':
    'A 5xx or an unexpected 4xx from {registryName} is on its side: check its status page or ask its operators. Retrying later is often enough.',
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

  'step.pull-durations.title': 'Measure how long the pulls take',
  'step.pull-durations.detail':
    "The kubelet's Pulled events say how long each successful pull took (Successfully pulled image … in 3m2.1s; recent versions add the image size). Compare the failing image with the others: minutes for one image points to its size, slow pulls of every image to the node disk or the link.",
  'step.pull-durations.expect':
    'Pull times per image, and whether the failing image takes far longer than the others.',

  'step.image-size.title': 'Measure the image: size and layers',
  'step.image-size.detail':
    'The compressed size and the number of the layers the node must download and extract, for the node platform (ARCH: amd64 or arm64). Gigabytes, or one huge layer, take minutes to download and extract; a smaller base image, multi-stage builds and fewer, smaller layers shorten every pull.',
  'step.image-size.expect': 'The layer count and total bytes of {image}.',

  'step.enable-image-streaming.title': 'Stream the image instead of pulling it all first',
  'step.enable-image-streaming.detail':
    'With image streaming, containers start while GKE reads the image data they need, so a large image no longer waits for the whole download. It needs the Container File System API, Container-Optimized OS with containerd nodes, and the image in an Artifact Registry standard or remote repository (or public on Docker Hub); private nodes need Private Google Access, a VPC Service Controls perimeter must include containerfilesystem.googleapis.com, and a custom node service account needs roles/serviceusage.serviceUsageConsumer on the image project. Images with a schema 1 manifest or duplicate layers are pulled, not streamed.',
  'step.enable-image-streaming.detail.docker-hub':
    'With image streaming, containers start while GKE reads the image data they need, so a large image no longer waits for the whole download. Docker Hub images are streamed only when public; private ones must move to Artifact Registry first. It also needs the Container File System API and Container-Optimized OS with containerd nodes; private nodes need Private Google Access.',
  'step.enable-image-streaming.detail.foreign':
    'Image streaming serves images from Artifact Registry (standard or remote repositories) and public Docker Hub images only, not from {registryName}: copy the image into an Artifact Registry repository (skopeo copy or gcrane cp), use that reference, then turn image streaming on for the cluster (gcloud container clusters update CLUSTER_NAME --enable-image-streaming).',
  'step.enable-image-streaming.detail.autopilot':
    'Autopilot already streams eligible images: those in an Artifact Registry standard or remote repository, or public on Docker Hub. Moving the image there is what makes it stream.',
  'step.enable-image-streaming.expect':
    'The cluster update finishes, and new Pods that use {image} start before the whole image is on the node.',

  'step.parallel-pulls.title': 'Let the kubelet pull more images at once (Standard node pools)',
  'step.parallel-pulls.detail':
    "GKE lets a node pool set how many images the kubelet pulls in parallel: maxParallelImagePulls in the node system configuration, 2 to 5 (the default is 2 or 3, by boot disk type). It helps when many Pods start on a node at once, not a single large pull. Updating the node pool re-creates its nodes. containerd's own download settings cannot be changed on GKE.",
  'step.parallel-pulls.expect': 'The node pool update finishes.',

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
    'Read-only by default: commands that change the cluster, IAM, the registry or local files only run with --apply, and so does gcloud compute ssh (it may create SSH keys and write them to project or instance metadata or OS Login); otherwise they are printed for you to run.',
  'sh.usage':
    'Usage: bash SCRIPT [--apply] [--on-node] [--from=STEP]. --apply also runs node commands over gcloud compute ssh; --on-node runs them here (when this script runs on the node).',
  'sh.safety.autopilot':
    'Read-only by default: commands that change the cluster, IAM, the registry or local files (including the test Pod) only run with --apply; otherwise they are printed for you to run.',
  'sh.usage.autopilot': 'Usage: bash SCRIPT [--apply] [--from=STEP].',
  'sh.values':
    'Values the request did not give: set them in the environment, for example NODE_NAME=my-node bash SCRIPT.',
  'sh.step': 'Step {number}: {title}',
  'sh.failed': 'Step {number} failed: {title}.',
  'sh.expected': 'Expected: {expect}',
  'sh.next': 'Next: step {next}.',
  'sh.next-end': 'This was the last step: collect the output above and contact support.',
  'sh.would-run': 'Changes something; not run without --apply:',
  'sh.manual-node':
    'Run on the node (connect first as described), or rerun this script there with --on-node, or here with --apply to connect with gcloud compute ssh:',
  'sh.run-yourself': 'Run it yourself when you are ready:',
  'sh.powershell': 'PowerShell on the Windows node (see the comments in this script):',
  'sh.missing-value': 'missing value: set {name} in the environment and run again.',
  'sh.unknown-option': 'unknown option',
  'sh.done': 'All steps done.',
  'sh.skipped-workstation': 'Runs on the workstation; not run with --on-node:',
  'sh.from-unknown': 'no such step',
  'sh.branch': 'Optional step, only when an earlier step sends you here:',
} as const;
