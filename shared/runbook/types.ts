/** The two shells a runbook's commands are written for. */
export type Shell = 'bash' | 'powershell';

/** One command of a step, exactly as the reader runs it. */
export interface RunbookCommand {
  shell: Shell;
  /** Exact command; unknown values appear as UPPER_SNAKE placeholders listed in `placeholders`. */
  run: string;
  /** `workstation`: where gcloud/kubectl run; `node`: on the node, after connecting to it. */
  runOn: 'workstation' | 'node';
  /** True when the command changes the cluster, IAM, the registry or local config. */
  mutates: boolean;
  /** Placeholders still in `run`, to be replaced by the reader. */
  placeholders: string[];
}

/** One step of an ordered runbook. */
export interface RunbookStep {
  id: string;
  title: string;
  detail: string;
  commands: RunbookCommand[];
  expect: string;
  /** The step to follow when this one fails; `null` when there is none. */
  onFailure: string | null;
  /** `fix` steps change something; `diagnose` and `verify` steps only read. */
  kind: 'diagnose' | 'fix' | 'verify' | 'info';
  /** Reached only through another step's `onFailure`, not in sequence. */
  branch: boolean;
}
