import { z } from 'zod';
import {
  GKE_VERSION_MAX_LENGTH,
  GKE_VERSION_PATTERN,
  NODE_IMAGE_TYPE_IDS,
  parseGkeVersion,
} from '../gke';
import { PROJECT_ID_PATTERN, PROJECT_NUMBER_PATTERN } from '../image-ref';
import { matchingRule, parsedBy } from '../problems';
import { refineAutopilotFacts } from './autopilot';

/**
 * Names that end up in shell commands (`gcloud container clusters … --location=…`), so each is
 * held to the rule Google applies to it, and nothing else gets through:
 * - location: a region or zone (https://cloud.google.com/compute/docs/regions-zones);
 * - cluster name: 1–40 lowercase letters, digits and hyphens, starting with a letter
 *   (https://cloud.google.com/kubernetes-engine/docs/reference/rest/v1/projects.locations.clusters);
 * - subnet name: an RFC 1035 label (https://cloud.google.com/vpc/docs/subnets);
 * - service account email (https://cloud.google.com/iam/docs/service-accounts-create);
 * - access scopes: scope URLs or gcloud aliases (https://cloud.google.com/sdk/gcloud/reference/container/node-pools/create#--scopes).
 */
export const LOCATION_PATTERN = /^[a-z]+(?:-[a-z]+[0-9]+)?(?:-[a-z])?$/;
export const CLUSTER_NAME_PATTERN = /^[a-z](?:[-a-z0-9]{0,38}[a-z0-9])?$/;
export const SUBNET_NAME_PATTERN = /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
export const NODE_SERVICE_ACCOUNT_PATTERN =
  /^(?:default|[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?@[a-z0-9](?:[a-z0-9.-]{0,98}[a-z0-9])?\.[a-z]{2,})$/;
export const OAUTH_SCOPE_PATTERN = /^[A-Za-z0-9._:/-]{1,200}$/;
export const MAX_OAUTH_SCOPES = 64;

export const NodeImageTypeSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
  z.enum(NODE_IMAGE_TYPE_IDS as [string, ...string[]]),
);

/**
 * The facts a caller gives about a cluster; every precondition is decided from them. Only
 * `version` is required: a check whose input is missing answers `unknown` and names the field.
 */
const ClusterFactsObjectSchema = z.object({
  version: z
    .string()
    .max(GKE_VERSION_MAX_LENGTH)
    .regex(GKE_VERSION_PATTERN)
    .superRefine(parsedBy((value: string) => parseGkeVersion(value)))
    .meta({
      description:
        'GKE control plane / node version, `MAJOR.MINOR.PATCH-gke.N` as `gcloud container clusters describe` prints it (`currentMasterVersion`). `1.15` or `1.15.9` are accepted as incomplete: facts that need the rest are `unknown`. Not a GKE version → 400 `INVALID_GKE_VERSION`.',
      example: '1.30.5-gke.1014001',
    }),
  projectId: matchingRule(PROJECT_ID_PATTERN, 'rule.projectId')
    .optional()
    .meta({ description: "The cluster's project ID.", example: 'my-project' }),
  projectNumber: matchingRule(PROJECT_NUMBER_PATTERN, 'rule.projectNumber').optional().meta({
    description:
      "The cluster's project number: names the Compute Engine default service account (`PROJECT_NUMBER-compute@developer.gserviceaccount.com`).",
    example: '123456789012',
  }),
  location: matchingRule(LOCATION_PATTERN, 'rule.location')
    .optional()
    .meta({ description: 'Region or zone of the cluster.', example: 'us-central1-a' }),
  nodeServiceAccount: matchingRule(NODE_SERVICE_ACCOUNT_PATTERN, 'rule.nodeServiceAccount')
    .optional()
    .meta({
      description:
        'Service account of the node pool: `default` (the Compute Engine default service account) or an email.',
      example: 'default',
    }),
  nodeOauthScopes: z
    .array(matchingRule(OAUTH_SCOPE_PATTERN, 'rule.oauthScope'))
    .max(MAX_OAUTH_SCOPES)
    .optional()
    .meta({
      description:
        'Access scopes of the node pool (URLs or gcloud aliases such as `storage-ro`, `cloud-platform`).',
      example: ['https://www.googleapis.com/auth/devstorage.read_only'],
    }),
  nodeImageType: NodeImageTypeSchema.optional().meta({
    description: 'Node image type (case-insensitive; `cos_containerd` = `COS_CONTAINERD`).',
    example: 'COS_CONTAINERD',
  }),
  privateNodes: z
    .boolean()
    .optional()
    .meta({ description: 'Nodes have no external IP addresses.' }),
  privateGoogleAccess: z
    .boolean()
    .optional()
    .meta({ description: "Private Google Access is on for the nodes' subnet." }),
  name: matchingRule(CLUSTER_NAME_PATTERN, 'rule.clusterName').optional().meta({
    description: 'Cluster name: makes `gcloud container …` remediation commands exact.',
    example: 'prod-cluster',
  }),
  subnetwork: matchingRule(SUBNET_NAME_PATTERN, 'rule.subnetName').optional().meta({
    description: "The nodes' subnet: makes the Private Google Access command exact.",
    example: 'gke-subnet',
  }),
  cloudNat: z.boolean().optional().meta({
    description:
      "A Public NAT gateway (Cloud NAT) serves the nodes' subnet: a path to the internet (registries outside Google need it) and to Google APIs (`*.pkg.dev`, `gcr.io`) for private nodes.",
  }),
  autopilot: z.boolean().optional().meta({
    description:
      'The cluster runs in Autopilot mode: GKE manages the nodes (no node pools to create, no SSH), which always run Container-Optimized OS with containerd on Linux, as the cluster-level node service account; every Autopilot cluster is regional. `nodeImageType` or a zonal `location` that contradicts it → 400 `INVALID_REQUEST` naming both fields.',
  }),
  vpcServiceControls: z.boolean().optional().meta({
    description:
      "The cluster's project is inside a VPC Service Controls perimeter: private nodes reach Artifact Registry only through the restricted VIP (`restricted.googleapis.com`, 199.36.153.4/30), so the `pkg.dev` and `gcr.io` names must resolve to it (see `restrictedVipDns`).",
  }),
  restrictedVipDns: z.boolean().optional().meta({
    description:
      "Private Cloud DNS zones for `pkg.dev` and `gcr.io` in the nodes' VPC network answer with the restricted VIP 199.36.153.4/30 (`restricted.googleapis.com`). Read with `vpcServiceControls`.",
  }),
});

/**
 * The facts a caller gives about a cluster, and the rules between them (Autopilot fixes the node
 * image and a regional location: autopilot.ts).
 */
export const ClusterFactsSchema = ClusterFactsObjectSchema.superRefine(refineAutopilotFacts);

export type ClusterFacts = z.output<typeof ClusterFactsSchema>;

export const RepositoryFactsSchema = z.object({
  public: z.boolean().optional().meta({
    description:
      'The repository grants `allUsers` read access: nodes need no credentials and the IAM checks are skipped. Unknown when absent (live mode asks Google).',
  }),
});

export type RepositoryFacts = z.output<typeof RepositoryFactsSchema>;
