/**
 * English text of every precondition message, keyed by message id. `{name}` slots are filled by
 * `formatMessage`; every other language must have the same ids and the same slots.
 */
export const CHECK_MESSAGES = {
  'common.invalidImage':
    'Not evaluated: the image reference is not valid (see the image-reference check).',
  'common.notArtifactRegistry':
    'Not applicable: {registry} is not Artifact Registry, so the nodes do not send their Google credentials to it.',
  'common.publicRepository':
    'Not applicable: repository {repository} is public, so pulls need no credentials.',

  'live.notConfigured':
    'Could not ask Google: live mode is not configured on this service (it has no Google credentials).',
  'live.notConfigured.summary':
    'Ask the operator of this service to configure its Google credentials, or evaluate without "live".',
  'live.permissionDenied':
    "Could not ask Google: the service's own account may not call {api} here; it needs {permissions} (for example through {role}).",
  'live.permissionDenied.summary':
    "Grant the service's own account {role} (or {permissions}), then ask again.",
  'live.apiDisabled':
    "Could not ask Google: the {api} API is not enabled in the project of the service's account.",
  'live.apiDisabled.summary':
    "Enable {api} in the project of the service's account, then ask again.",
  'live.unauthenticated':
    "Could not ask Google: {api} refused the service's credentials (HTTP 401).",
  'live.timeout': 'Could not ask Google: {api} did not answer within {timeoutMs} ms.',
  'live.unreachable': 'Could not ask Google: {api} could not be reached.',
  'live.unexpected':
    'Could not ask Google: {api} answered HTTP {status}, or an answer this service cannot read.',
  'live.retry.summary': 'Ask again later; the offline checks still apply.',

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
    'Google could not tell whether {serviceAccount} may pull from {repository}: the service cannot read every policy involved; it needs {permissions} (for example through {role}).',
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

  'networkPath.publicNodes': 'Nodes have external IP addresses and can reach {host}.',
  'networkPath.privateGoogleAccess': 'Private nodes reach {host} through Private Google Access.',
  'networkPath.noPrivateGoogleAccess':
    'Private nodes without Private Google Access cannot reach {host}: pulls time out.',
  'networkPath.noPrivateGoogleAccess.summary':
    'Turn on Private Google Access on the subnet of the nodes.',
  'networkPath.privateGoogleAccessMissing':
    'Nodes are private, and whether their subnet has Private Google Access (needed to reach {host}) is not known.',
  'networkPath.cloudNat': 'Private nodes reach {host} through Cloud NAT.',
  'networkPath.noCloudNat':
    'Private nodes without Cloud NAT cannot reach {host}, which is outside Google: Private Google Access only covers Google services.',
  'networkPath.noCloudNat.summary': 'Give the region of the nodes a Cloud NAT gateway.',
  'networkPath.cloudNatMissing':
    'Nodes are private and {host} is outside Google: whether the nodes have Cloud NAT is not known.',
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
  'runtime.dockerDeprecated':
    'Nodes run Docker ({nodeImageType}), which GKE stops supporting at version 1.24: migrate the node pool to {replacement}. On these nodes, debug pulls with docker.',
  'runtime.dockerDeprecated.summary':
    'Move the node pool to {replacement} before upgrading to GKE 1.24.',
  'runtime.dockerUnsupported':
    'Node image type {nodeImageType} runs Docker, which GKE {version} does not support (Docker node images end at 1.24): the version or the node image type is wrong.',
  'runtime.dockerUnsupported.summary':
    'Use the containerd image type {replacement} for this node pool.',
  'runtime.windowsContainerdTooOld':
    'Node image type {nodeImageType} needs GKE {minimum} or later, and {version} is older: the version or the node image type is wrong.',
  'runtime.windowsContainerdUndecided':
    'Node image type {nodeImageType} needs GKE {minimum} or later, and {version} has no patch number to compare with it.',
  'runtime.upgrade.summary':
    'Upgrade the cluster to GKE {minimum} or later, or use another node image type.',
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
} as const satisfies Record<string, string>;
