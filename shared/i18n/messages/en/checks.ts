/**
 * English text of every precondition message, keyed by message id. `{name}` slots are filled by
 * `formatMessage`; every other language must have the same ids and the same slots.
 */
export const CHECK_MESSAGES = {
  'common.invalidImage':
    'Not evaluated: the image reference is not valid (see the image-reference check).',
  'common.notArtifactRegistry':
    'Not applicable: {registry} is not Artifact Registry, so the nodes do not send their Google credentials to it.',
  'common.googleRegistryHost':
    'Not applicable: {registry} is a Google registry outside Artifact Registry; the nodes send it their Google credentials, but the Artifact Registry checks do not apply to it.',
  'common.publicRepository':
    'Not applicable: repository {repository} is public, so pulls need no credentials.',

  'live.notConfigured':
    'Could not ask Google: live mode is not configured on this service (it has no Google credentials).',
  'live.notConfigured.summary':
    'Ask the operator of this service to configure its Google credentials, or evaluate without "live".',
  'live.permissionDenied':
    "Could not ask Google: the service's own account may not call {api} here; it needs {permissions} (for example through {roles}).",
  'live.permissionDenied.summary':
    "Grant the service's own account {roles} (or {permissions}), then ask again.",
  'live.permissionDenied.withDeny':
    "Could not ask Google: the service's own account may not call {api} here. It needs {permissions}: the allow policies and the deny policies of the repository, its project, folders and organisation must all be readable (for example through {roles}).",
  'live.permissionDenied.withDeny.summary':
    "Grant the service's own account {roles} on the organisation (or the project), so that it can read the allow policies and the deny policies, then ask again.",
  'live.permissionDeniedOrMissing':
    "Could not ask Google: {api} refused the service's own account without saying whether {resource} exists. Either the account lacks {permissions} (for example through {roles}), or {resource} does not exist.",
  'live.permissionDeniedOrMissing.summary':
    "Check whether {resource} exists: if it does, grant the service's own account {roles} (or {permissions}) and ask again; if not, create it or correct the reference.",
  'live.apiDisabled':
    "Could not ask Google: the {api} API is not enabled in the project of the service's account.",
  'live.apiDisabled.summary':
    "Enable {api} in the project of the service's account, then ask again.",
  'live.scopeInsufficient':
    "Could not ask Google: {api} refused the service's access token because it lacks the OAuth scope {scope}.",
  'live.scopeInsufficient.summary':
    "Give the service's credential the {scope} scope (on Compute Engine or GKE, the access scopes of the VM or node pool that runs the service), then ask again.",
  'live.unauthenticated':
    "Could not ask Google: {api} refused the service's credentials (HTTP 401).",
  'live.timeout': 'Could not ask Google: {api} did not answer within {timeoutMs} ms.',
  'live.unreachable': 'Could not ask Google: {api} could not be reached.',
  'live.unexpected':
    'Could not ask Google: {api} answered HTTP {status}, or an answer this service cannot read.',
  'live.retry.summary': 'Ask again later; the offline checks still apply.',
  'live.unanswered.summary': "{live} Meanwhile, without Google's answer: {offline}",

  'imageReference.pinned':
    '{reference} is a valid Artifact Registry reference, pinned by digest {digest}.',
  'imageReference.notPinned':
    '{reference} is a valid Artifact Registry reference but is not pinned by digest: tag {tag} can be moved to another image between this check and the pull.',
  'imageReference.notPinned.summary':
    'Resolve the tag to its digest and deploy {repository}@DIGEST.',
  'imageReference.notArtifactRegistry':
    '{reference} is on {registry}, not on Artifact Registry: the Artifact Registry checks do not apply, and a private image there needs imagePullSecrets.',
  'imageReference.notArtifactRegistry.summary':
    'Copy the image into an Artifact Registry repository (or a remote repository in front of {registry}), or give the Pods imagePullSecrets for {registry}.',
  'imageReference.googleRegistryHost':
    '{reference} is on {registry}, a Google registry outside Artifact Registry: the nodes send it their Google credentials, as they do to Artifact Registry, but the Artifact Registry checks do not apply to it.',
  'imageReference.legacyRegistryHost':
    '{reference} is on {registry}, which is frozen: it receives no new images or tags, and {successor} serves its images under the same names.',
  'imageReference.legacyRegistryHost.summary':
    'Pull {replacement} instead: change the image of the workload.',
  'imageReference.invalid': 'The image reference is not valid ({code}): {detail}',
  'imageReference.invalid.summary':
    'Write the reference as LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE, with :TAG or @sha256:DIGEST.',

  'gkeVersion.pass':
    'GKE {version} lets nodes pull Artifact Registry images of their own project without imagePullSecrets.',
  'gkeVersion.fail':
    'GKE {version} predates the default pull permission (it needs {target} or later): nodes cannot pull from Artifact Registry without imagePullSecrets.',
  'gkeVersion.fail.summary':
    "Give the Pods an imagePullSecret for {host} (create the secret, then attach it to the namespace's default service account or to the Pod spec), or upgrade the control plane and the node pools to {target} or later. To avoid a long-lived key in the secret, this service's POST /v1/tokens writes a short-lived one that a CronJob refreshes.",
  'gkeVersion.incomplete':
    'GKE {version} has no complete patch number, and the default pull permission depends on it (minimum {minimumPatch}).',
  'gkeVersion.incomplete.summary':
    'Send the full version (MAJOR.MINOR.PATCH-gke.N) as the cluster reports it.',

  'publicRepository.public':
    'Repository {repository} is public: pulls need no credentials, so the IAM checks are skipped.',
  'publicRepository.private':
    'Repository {repository} is not public: nodes pull with their service account (see node-service-account, cross-project and access-scopes).',
  'publicRepository.unknown':
    'Whether repository {repository} is public was not given: the IAM checks assume it is private.',
  'publicRepository.live.public':
    'Google reports that {member} holds {role} on repository {repository}: it is public, and pulls need no credentials.',
  'publicRepository.live.private':
    'Google reports no binding that makes repository {repository} public: nodes pull with their service account.',
  'publicRepository.live.undecided':
    'Google reports that {member} holds {role} on repository {repository}, a custom or conditional binding whose effect on {permission} is not known.',
  'publicRepository.live.notFound':
    'Artifact Registry has no repository {repository}: every pull of this image fails with "not found".',
  'publicRepository.live.notFound.summary':
    'Create the repository (and push the image), or correct the reference.',

  'crossProject.same':
    "The repository is in the cluster's project {projectId}: no cross-project grant is needed.",
  'crossProject.needsGrant':
    'The repository is in project {repositoryProject} and the cluster in {clusterProject}: {serviceAccount} needs {role} on the repository. This cannot be verified offline; ask with "live": true.',
  'crossProject.missingProject':
    "The cluster's project is not known, so it cannot be compared with the repository's project {repositoryProject}.",
  'iam.grant.summary': 'Grant {serviceAccount} {role} on repository {repository}.',
  'iam.lookUp.summary': "Look the missing value up in the cluster's description.",

  'iam.live.granted':
    'Google reports that {serviceAccount} may pull from {repository}: {member} holds {role} on {resource}.',
  'iam.live.grantedNoBinding': 'Google reports that {serviceAccount} may pull from {repository}.',
  'iam.live.denied':
    'Google reports that {serviceAccount} may not pull from {repository}: no binding gives it {permission}.',
  'iam.live.deniedByPolicy':
    'Google reports that a deny policy stops {serviceAccount} from using {permission} on {repository}.',
  'iam.live.deniedByPolicy.summary':
    'Remove {serviceAccount} from the deny rule that covers {permission}, or pull as another account.',
  'iam.live.conditional':
    'Google reports that {serviceAccount} may pull from {repository} only if an IAM condition holds, and could not evaluate the condition.',
  'iam.live.unknownInfo':
    'Google could not tell whether {serviceAccount} may pull from {repository}: the service cannot read every policy involved; it needs {permissions} (for example through {roles}).',
  'iam.live.unknownDenyInfo':
    'Google could not tell whether {serviceAccount} may pull from {repository}: the service can read the allow policies but not every deny policy; it needs {permissions} (for example through {roles}).',
  'iam.live.unspecified':
    'Google answered without saying whether {serviceAccount} may pull from {repository} (its answer has no overall access state).',
  'iam.live.projectNumberNeeded':
    "Could not ask Google: the default service account's address needs the cluster's project number.",

  'nodeServiceAccount.defaultSameProject':
    'Nodes pull as the Compute Engine default service account {serviceAccount}, which can pull in its own project through the Editor role granted to it automatically — unless the organisation stopped automatic grants ({constraint}, enforced by default in organisations created after May 3, 2024).',
  'nodeServiceAccount.defaultSameProject.summary':
    'If your organisation stops automatic grants, grant {serviceAccount} {role} on repository {repository}.',
  'nodeServiceAccount.custom':
    'Nodes pull as {serviceAccount}, a custom service account: it needs {role} on the repository even in the same project. This cannot be verified offline; ask with "live": true.',
  'nodeServiceAccount.crossProject':
    'Nodes pull as {serviceAccount}; the repository is in another project, so the grant it needs is reported by the cross-project check.',
  'nodeServiceAccount.missing':
    'The node service account is not known: send "default" or the service account\'s email.',
  'nodeServiceAccount.missingProject':
    "Nodes pull as {serviceAccount}, but the cluster's project is not known, so it cannot be told whether the repository is in the same project.",

  'accessScopes.pass':
    'The node access scopes include {scope}, which allows pulls from Artifact Registry.',
  'accessScopes.fail':
    "The node access scopes ({scopes}) include neither a storage scope (devstorage.read_only or wider) nor cloud-platform: Artifact Registry refuses the nodes' pulls.",
  'accessScopes.fail.summary':
    'Access scopes cannot change on existing nodes: create a node pool with a storage read scope, move the workloads to it, then delete the old node pool.',
  'accessScopes.missing': 'The node access scopes are not known.',
  'accessScopes.missingAutopilot':
    "The access scopes of the Autopilot nodes are not known. Autopilot's default scopes allow pulls (read-only storage with the default service account, cloud-platform with a custom one); only scopes chosen by hand when the cluster was created can lack them.",
  'accessScopes.fail.summaryAutopilot':
    "Autopilot nodes take the access scopes chosen when the cluster was created, and they cannot change: create the cluster again with a storage read scope (or without --scopes, to get Autopilot's defaults) and move the workloads, or give the Pods an imagePullSecret, whose credentials do not depend on the node scopes.",

  'networkPath.publicNodes': 'Nodes have external IP addresses and can reach {host}.',
  'networkPath.privateGoogleAccess': 'Private nodes reach {host} through Private Google Access.',
  'networkPath.cloudNatToGoogle':
    'Private nodes reach {host} through Cloud NAT: a Public NAT gateway serving their subnet is also a path to Google APIs, Artifact Registry included.',
  'networkPath.noPrivateGoogleAccess':
    'Private nodes with neither Private Google Access nor Cloud NAT cannot reach {host}: pulls time out.',
  'networkPath.noPrivateGoogleAccess.summary':
    "Turn on Private Google Access on the nodes' subnet (a Cloud NAT gateway serving the subnet is the other way to Google APIs).",
  'networkPath.privateGoogleAccessMissing':
    'Nodes are private, and whether their subnet has Private Google Access or a Cloud NAT gateway (either one reaches {host}) is not known.',
  'networkPath.googleNeedsNat':
    'Private nodes without Private Google Access reach {host} only through Cloud NAT, and whether a NAT gateway serves their subnet is not known.',
  'networkPath.perimeter.restrictedVip':
    'Inside the VPC Service Controls perimeter, private nodes reach {host} through the restricted VIP (restricted.googleapis.com, 199.36.153.4/30): the pkg.dev and gcr.io zones answer with it, and the subnet has Private Google Access.',
  'networkPath.perimeter.noRestrictedDns':
    'Inside a VPC Service Controls perimeter, private nodes reach {host} only through the restricted VIP (restricted.googleapis.com, 199.36.153.4/30), and no private DNS zones send pkg.dev and gcr.io there: the names resolve to public addresses, and the pulls fail (Cloud NAT does not help: the perimeter covers only private hosts that reach Google APIs through Private Google Access).',
  'networkPath.perimeter.noPrivateGoogleAccess':
    'Inside a VPC Service Controls perimeter, private nodes reach {host} through the restricted VIP only with Private Google Access on their subnet, and it is off: the pulls fail.',
  'networkPath.perimeter.neither':
    'Inside a VPC Service Controls perimeter, private nodes reach {host} only through the restricted VIP (restricted.googleapis.com, 199.36.153.4/30), which needs private DNS zones for pkg.dev and gcr.io answering with it and Private Google Access on the subnet: neither is there, and the pulls fail.',
  'networkPath.perimeter.missing':
    'Inside a VPC Service Controls perimeter, private nodes reach {host} only through the restricted VIP (restricted.googleapis.com, 199.36.153.4/30): whether private DNS zones for pkg.dev and gcr.io answer with it, and whether the subnet has Private Google Access, is not fully known.',
  'networkPath.perimeter.summary':
    "Create private Cloud DNS zones for pkg.dev and gcr.io in the nodes' VPC network (in a Shared VPC, in the host project) that answer with the restricted VIP 199.36.153.4 to 199.36.153.7, turn on Private Google Access on the subnet, and allow egress to 199.36.153.4/30 on TCP port 443 if a firewall rule denies it.",
  'networkPath.cloudNat': 'Private nodes reach {host} through Cloud NAT.',
  'networkPath.noCloudNat':
    'Private nodes without Cloud NAT cannot reach {host}, which is outside Google: Private Google Access only covers Google services.',
  'networkPath.noCloudNat.summary': 'Give the region of the nodes a Cloud NAT gateway.',
  'networkPath.cloudNatMissing':
    'Nodes are private and {host} is outside Google: whether the nodes have Cloud NAT is not known.',
  'networkPath.dockerHub.mirrorOnly':
    'Private nodes without Cloud NAT cannot reach Docker Hub ({host}). GKE first asks mirror.gcr.io, which Private Google Access reaches and which keeps cached copies of popular Docker Hub images: {image} pulls only if it is cached there.',
  'networkPath.dockerHub.mirrorOnlyPerimeter':
    'Private nodes without Cloud NAT cannot reach Docker Hub ({host}). GKE first asks mirror.gcr.io, which keeps cached copies of popular Docker Hub images, but inside a VPC Service Controls perimeter it answers only if an egress rule lets the nodes reach it: {image} pulls only if it is cached there and the perimeter allows it.',
  'networkPath.dockerHub.noPath':
    'Private nodes with neither Cloud NAT nor Private Google Access reach neither Docker Hub ({host}) nor its Google mirror mirror.gcr.io: pulls of {image} time out.',
  'networkPath.dockerHub.privateGoogleAccessMissing':
    'Private nodes without Cloud NAT cannot reach Docker Hub ({host}); whether they reach its Google mirror mirror.gcr.io, which keeps cached copies of popular images, depends on Private Google Access, which is not known.',
  'networkPath.dockerHub.summary':
    'Give the subnet a Cloud NAT gateway (the router and NAT commands), or pull Docker Hub images through an Artifact Registry remote repository, which the nodes reach through Private Google Access: create it, then deploy {remoteImage}. A virtual repository in front of your own repository and the remote one (the upstream policy file and the last command) serves both under one name.',
  'networkPath.dockerHub.summaryPerimeter':
    'Give the subnet a Cloud NAT gateway (the router and NAT commands), or pull Docker Hub images through an Artifact Registry remote repository inside the perimeter, allowed to fetch from Docker Hub (vpcsc-config allow) and reached through the restricted VIP: create it, then deploy {remoteImage}. A virtual repository in front of your own repository and the remote one (the upstream policy file and the last command) serves both under one name.',
  'networkPath.privateNodesMissing':
    'Whether the nodes are private (without external IP addresses) is not known.',

  'runtime.containerd':
    'Nodes run containerd ({nodeImageType}): debug pulls on a node with crictl, not docker.',
  'runtime.containerdByVersion':
    'GKE {version} runs only containerd node images: debug pulls on a node with crictl, not docker.',
  'runtime.containerd2':
    'Nodes run containerd 2 ({nodeImageType} on GKE {version}), which refuses Docker schema 1 images: an image still in schema 1 must be rebuilt and pushed again. Debug pulls with crictl, not docker.',
  'runtime.containerd2.linuxPools':
    'On GKE {version}, Linux node pools run containerd 2 (Windows Server node pools from {windowsFrom}), which refuses Docker schema 1 images: an image still in schema 1 must be rebuilt and pushed again. Debug pulls with crictl, not docker.',
  'runtime.containerd2.allPools':
    'On GKE {version}, every node pool runs containerd 2, which refuses Docker schema 1 images: an image still in schema 1 must be rebuilt and pushed again. Debug pulls with crictl, not docker.',
  'runtime.containerd2.summary':
    'Check that the image manifest is not Docker schema 1 (media type application/vnd.docker.distribution.manifest.v1+prettyjws); rebuild and push it if it is.',
  'gke.dockerNodeImages':
    'GKE runs Docker-based node images up to version {lastVersion}; from {unsupportedFrom} on, nodes run containerd only.',
  'runtime.dockerDeprecated':
    'Nodes run Docker ({nodeImageType}). {dockerNodeImages} Migrate the node pool to {replacement} before you upgrade; on these nodes, debug pulls with docker.',
  'runtime.dockerDeprecated.summary':
    'Move the node pool to {replacement} before upgrading the cluster past GKE {lastVersion}.',
  'runtime.dockerUnsupported':
    'Node image type {nodeImageType} runs Docker, which GKE {version} cannot run. {dockerNodeImages} The version or the node image type is wrong.',
  'runtime.dockerUnsupported.summary':
    'Use the containerd image type {replacement} for this node pool.',
  'runtime.windowsContainerdTooOld':
    'Node image type {nodeImageType} needs GKE {minimum} or later, and {version} is older: the version or the node image type is wrong.',
  'runtime.windowsContainerdUndecided':
    'Node image type {nodeImageType} needs GKE {minimum} or later, and {version} has no patch number to compare with it.',
  'runtime.upgrade.summary':
    'Upgrade the cluster to GKE {minimum} or later, or use another node image type.',
  'runtime.autopilot':
    "Autopilot nodes run Container-Optimized OS with containerd ({nodeImageType}). There is no SSH to Autopilot nodes, so crictl on a node is not an option: debug pulls from the Pod's events (kubectl describe pod, kubectl get events).",
  'runtime.autopilot.containerd2':
    "On GKE {version}, Autopilot nodes run containerd 2, which refuses Docker schema 1 images: an image still in schema 1 must be rebuilt and pushed again. There is no SSH to Autopilot nodes: debug pulls from the Pod's events (kubectl describe pod, kubectl get events).",
  'runtime.missing':
    'GKE {version} supports both Docker and containerd node images: the runtime that pulls depends on the node image type, which is not known.',

  'registryLocation.sameRegion':
    "The repository ({repositoryLocation}) is in the cluster's region {clusterRegion}.",
  'registryLocation.multiRegion':
    "The repository's multi-region {repositoryLocation} covers the cluster's region {clusterRegion}.",
  'registryLocation.sameContinent':
    'The repository ({repositoryLocation}) and the cluster ({clusterRegion}) are in different regions of the same continent.',
  'registryLocation.crossContinent':
    'The repository ({repositoryLocation}) and the cluster ({clusterRegion}) are on different continents: pulls are slower and pay inter-continental egress.',
  'registryLocation.crossContinent.summary':
    'Keep a copy of the image in a repository in or near {clusterRegion}, and deploy it from there.',
  'registryLocation.missing':
    "The cluster's location is not known, so it cannot be compared with {repositoryLocation}.",
  'registryLocation.unplaced':
    'Location {location} cannot be placed on a continent, so the distance of the pull is not known.',
  'gcrTransition.notGcr':
    'Not applicable: {registry} is not a Container Registry host of a project (gcr.io, us.gcr.io, eu.gcr.io, asia.gcr.io).',
  'gcrTransition.unknown':
    'Since Container Registry shut down (March 18, 2025), {host}/{projectId} is served only by the Artifact Registry repository {repository} ({location}) of project {projectId}, with redirection from Container Registry on. Whether the repository exists and redirection is on is not known offline: ask with "live": true.',
  'gcrTransition.setUp.summary':
    "If not: create the {repository} repository in {location}, grant the Artifact Registry roles that match the old Cloud Storage ones (print-iam-policy prints them), then turn redirection on. From then on, access follows Artifact Registry roles on the repository ({role} for the nodes' service account), no longer Cloud Storage roles on Container Registry's bucket.",
  'gcrTransition.redirect.summary':
    "Check that the Artifact Registry roles on {repository} match the old Cloud Storage ones (print-iam-policy prints them; the nodes' service account needs {role}), then turn redirection on for project {projectId}.",
  'gcrTransition.live.missing':
    'Artifact Registry has no {repository} repository in {location} for project {projectId}: since Container Registry shut down, pulls from {host}/{projectId} fail.',
  'gcrTransition.live.redirected':
    'Artifact Registry serves {host}/{projectId}: the {repository} repository exists in {location} and redirection from Container Registry is on ({state}).',
  'gcrTransition.live.partial':
    'The {repository} repository exists, but redirection from Container Registry is partial ({state}, {pullPercent}% of pulls): the other pulls of {host}/{projectId} still go to Container Registry, which is shut down.',
  'gcrTransition.live.notRedirected':
    'The {repository} repository exists in {location}, but redirection from Container Registry is off ({state}): requests to {host}/{projectId} do not reach it.',
} as const satisfies Record<string, string>;
