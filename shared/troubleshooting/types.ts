import type { ClusterFacts } from '../cluster';
import type { Check, CheckId } from '../preconditions/types';
import type { ImageReference } from '../image-ref/types';
import type { Language } from '../i18n';
import type { RunbookCommand, RunbookStep } from '../runbook';
import type { RegistryKind } from '../registry-hosts';

/** Every cause the classifier can name. Public contract: scripts branch on these strings. */
export const CAUSES = [
  'permission-denied',
  'unauthenticated',
  'access-scope',
  'not-found',
  'network',
  'slow-pull',
  'vpc-service-controls',
  'platform-mismatch',
  'schema-unsupported',
  'image-pull-secret',
  'rate-limited',
  'tls',
  'registry-error',
  'invalid-reference',
  'unknown',
] as const;
export type Cause = (typeof CAUSES)[number];

/** A cause the classifier can support with evidence (everything but `unknown`). */
export type KnownCause = Exclude<Cause, 'unknown'>;

export interface Evidence {
  /** Id of the structural pattern that matched (see patterns.ts). */
  pattern: string;
  /** A short, redacted piece of the pasted text around the match. */
  excerpt: string;
}

export interface Extracted {
  image: string | null;
  registry: string | null;
  httpStatus: number | null;
  permission: string | null;
  /** `projects/P/locations/L/repositories/R`. */
  resource: string | null;
  /** The missing or malformed imagePullSecret, when the text names one. */
  secret: string | null;
  /** `pod="NAMESPACE/NAME"` in kubelet log lines. */
  pod: string | null;
  /** The container whose image failed: `spec.containers{NAME}` in events, `containerName="NAME"` in logs. */
  container: string | null;
  namespace: string | null;
  /** The id a VPC Service Controls denial carries, to look the violation up in Logs Explorer. */
  vpcServiceControlsId: string | null;
}

export interface Alternative {
  cause: Cause;
  confidence: number;
}

export interface MessageRef {
  id: string;
  params: Record<string, string | number>;
}

export interface Classification {
  cause: Cause;
  /** 0..1, two decimals. 0 for `unknown`. */
  confidence: number;
  /** Rendered per language later (`renderSummary`). */
  summary: MessageRef;
  evidence: Evidence[];
  extracted: Extracted;
  alternatives: Alternative[];
  /** True when only the start of the text was read (past MAX_INPUT_CHARS, or MAX_LINES lines). */
  truncated: boolean;
}

export type NodeOs = 'linux' | 'windows';
export type Via = 'gcloud' | 'console';
export type { Shell } from '../runbook';

export interface NodeContext {
  name?: string;
  zone?: string;
  projectId?: string;
  os?: NodeOs;
}

export interface PlanInput {
  /** The pasted event or command output, verbatim (only the first 64 KiB is read). */
  error?: string;
  /** `classifyPullError(error)`, when the caller already has it (saves classifying twice). */
  classification?: Classification;
  /** The request's image, already parsed; `null` when it was absent or failed to parse. */
  image?: ImageReference | null;
  /** The request's image text verbatim (shown when it did not parse). */
  imageText?: string;
  /** Why `imageText` did not parse (the AppError's code and detail). */
  imageError?: { code: string; detail: string } | null;
  node?: NodeContext;
  cluster?: ClusterFacts;
  repository?: { public?: boolean };
  via?: Via;
  /** Precondition checks already evaluated; failing/warning ones become fix steps. */
  checks?: Check[];
  language: Language;
}

export type PlanCommand = RunbookCommand;

export interface PlanStep extends RunbookStep {
  /** Set on steps that reuse a precondition check's remediation. */
  checkId?: CheckId;
}

export interface Diagnosis {
  cause: Cause;
  confidence: number;
  summary: string;
  evidence: Evidence[];
  extracted: Extracted;
}

export interface PlanContext {
  os: NodeOs;
  via: Via;
  repositoryPublic: boolean | null;
  projectId: string | null;
  zone: string | null;
  nodeName: string | null;
  image: string | null;
  /** The registry host the plan is about (`docker.io` for Docker Hub); `null` when unknown. */
  registry: string | null;
  /** Which registry that is; the node's Google token appears only in plans for `google`. */
  registryFamily: RegistryKind;
  /** `cluster.autopilot`: no node pools, no SSH to nodes, Linux and containerd only. */
  autopilot: boolean;
}

export interface TroubleshootingPlan {
  language: Language;
  diagnosis: Diagnosis;
  alternatives: Alternative[];
  steps: PlanStep[];
  checks: Check[];
  /** The values the plan was built with; `null` where the commands carry a placeholder. */
  context: PlanContext;
}
