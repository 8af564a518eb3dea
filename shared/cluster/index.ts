/**
 * Cluster facts: what a caller tells about a GKE cluster (version, project, location, node
 * service account, scopes, node image, private networking) and about the repository, as one
 * schema with Google's own rules for each value. Preconditions, manifests and troubleshooting
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
