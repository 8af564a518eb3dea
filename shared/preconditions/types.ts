import type { Language } from '../i18n';

/** Check ids are public contract: scripts branch on them. */
export type CheckId =
  | 'image-reference'
  | 'gke-version'
  | 'public-repository'
  | 'node-service-account'
  | 'cross-project'
  | 'access-scopes'
  | 'network-path'
  | 'runtime'
  | 'registry-location';

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'unknown' | 'not-applicable';

export interface Remediation {
  summary: string;
  /** Exact commands, values filled in; unknown values as clear UPPER_SNAKE placeholders. */
  commands: string[];
  docs: string[];
}

export interface Check {
  id: CheckId;
  status: CheckStatus;
  message: string;
  /** Facts the status rests on; `source: "live"` when Google was asked. */
  evidence: Record<string, unknown>;
  /** Request fields whose absence made the check `unknown` (JSON Pointers, e.g. `/cluster/projectNumber`). */
  missing: string[];
  remediation: Remediation | null;
}

export interface ClusterFacts {
  version: string;
  projectId?: string;
  projectNumber?: string;
  location?: string;
  /** `default` or a service account email. */
  nodeServiceAccount?: string;
  nodeOauthScopes?: string[];
  nodeImageType?: string;
  privateNodes?: boolean;
  privateGoogleAccess?: boolean;
  /* Added for the evaluator: each only makes a remediation command exact, or decides a path. */
  /** Cluster name, for `gcloud container …` commands (placeholder `CLUSTER_NAME` without it). */
  name?: string;
  /** Subnet of the nodes, for the Private Google Access command (placeholder `SUBNET_NAME`). */
  subnetwork?: string;
  /** Whether private nodes have Cloud NAT: decides reaching registries outside Google. */
  cloudNat?: boolean;
}

export interface RepositoryFacts {
  public?: boolean;
}

export type Verdict = 'ready' | 'action-required' | 'unknown';

export interface PreconditionsResult {
  verdict: Verdict;
  checks: Check[];
}

export interface PreconditionsRequest {
  image: string;
  cluster: ClusterFacts;
  repository?: RepositoryFacts;
  live?: boolean;
  language: Language;
}

/** Checks whose `unknown` keeps the verdict from being `ready` (see verdict.ts for why). */
export type DecisiveCheckId = Exclude<
  CheckId,
  'public-repository' | 'runtime' | 'registry-location'
>;
