/**
 * Cluster facts: what a caller tells about a GKE cluster (version, project, location, node
 * service account, scopes, node image, Autopilot, private networking and VPC Service Controls)
 * and about the repository, as one schema with Google's own rules for each value, and the rules
 * between values (what Autopilot fixes: autopilot.ts). Preconditions, manifests and troubleshooting
 * plans read these facts; the API's request schemas and the contract are built from this schema,
 * so a rule exists once. Values end up in shell commands, so nothing outside the rules passes.
 */
export {
  ClusterFactsSchema,
  NodeImageTypeSchema,
  RepositoryFactsSchema,
  type ClusterFacts,
  type RepositoryFacts,
} from './cluster-facts';
export {
  AUTOPILOT_NODE_IMAGE_TYPE,
  autopilotContradictions,
  refineAutopilotFacts,
  type AutopilotContradiction,
  type AutopilotFacts,
} from './autopilot';
