/** Documentation the checks point to (sources of the facts in shared/docs/domain-facts.md). */
export const DOCS = {
  integrateGke: 'https://cloud.google.com/artifact-registry/docs/integrate-gke',
  arRoles: 'https://cloud.google.com/iam/docs/roles-permissions/artifactregistry',
  dockerNames: 'https://cloud.google.com/artifact-registry/docs/docker/names',
  pushingAndPulling: 'https://cloud.google.com/artifact-registry/docs/docker/pushing-and-pulling',
  repoLocations: 'https://cloud.google.com/artifact-registry/docs/repositories/repo-locations',
  gcrRepositories: 'https://cloud.google.com/artifact-registry/docs/transition/gcr-repositories',
  gcrMigrate: 'https://cloud.google.com/artifact-registry/docs/transition/auto-migrate-gcr-ar',
  gcrMapRoles: 'https://cloud.google.com/artifact-registry/docs/transition/map-roles',
  pullSecrets:
    'https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/',
  imagePullTroubleshooting:
    'https://cloud.google.com/kubernetes-engine/docs/troubleshooting/image-pulls',
  usingContainerd: 'https://cloud.google.com/kubernetes-engine/docs/concepts/using-containerd',
  migrateContainerd: 'https://cloud.google.com/kubernetes-engine/docs/how-to/migrate-containerd',
  dockerContainerdDeprecation:
    'https://cloud.google.com/kubernetes-engine/docs/deprecations/docker-containerd',
  migrateContainerd2:
    'https://cloud.google.com/kubernetes-engine/docs/deprecations/migrate-containerd-2',
  privateGoogleAccess: 'https://cloud.google.com/vpc/docs/configure-private-google-access',
  accessScopes: 'https://cloud.google.com/kubernetes-engine/docs/how-to/access-scopes',
  autopilotOverview: 'https://cloud.google.com/kubernetes-engine/docs/concepts/autopilot-overview',
  nodeImages: 'https://cloud.google.com/kubernetes-engine/docs/concepts/node-images',
  cloudNat: 'https://cloud.google.com/nat/docs/overview',
  privateGoogleAccessDomains:
    'https://cloud.google.com/vpc/docs/configure-private-google-access#config-domain',
  vpcScPrivateConnectivity:
    'https://cloud.google.com/vpc-service-controls/docs/set-up-private-connectivity',
  vpcScGke: 'https://cloud.google.com/vpc-service-controls/docs/set-up-gke',
  cachedDockerHubImages:
    'https://cloud.google.com/artifact-registry/docs/pull-cached-dockerhub-images',
  remoteRepositories: 'https://cloud.google.com/artifact-registry/docs/repositories/remote-repo',
  virtualRepositories: 'https://cloud.google.com/artifact-registry/docs/repositories/virtual-repo',
  k8sRegistryFreeze: 'https://kubernetes.io/blog/2023/02/06/k8s-gcr-io-freeze-announcement/',
  denyPolicies: 'https://cloud.google.com/iam/docs/deny-access',
  policyTroubleshooter: 'https://cloud.google.com/policy-intelligence/docs/troubleshoot-access',
} as const;
