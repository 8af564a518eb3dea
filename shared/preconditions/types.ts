import type { ClusterFacts, RepositoryFacts } from '../cluster';
import type { Language } from '../i18n';
import type { FieldPath } from '../problems';

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
  | 'registry-location'
  | 'gcr-transition';

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
  /**
   * Input fields whose absence made the check `unknown`, or left a placeholder in its commands
   * (`['cluster', 'projectNumber']` for the default service account's address). A field given
   * but incomplete (`version: "1.15"`) is not missing: the message and evidence say what it lacks.
   */
  missing: FieldPath[];
  remediation: Remediation | null;
}

export type { ClusterFacts, RepositoryFacts } from '../cluster';

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
  'public-repository' | 'runtime' | 'registry-location' | 'gcr-transition'
>;
