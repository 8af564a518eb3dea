import type { Check, CheckId } from '../preconditions/types';
import type { Language } from '../i18n';
import { classifyPullError } from './classify';
import { firstMessage, translate } from '../i18n';
import { registryOfImage } from './extract';
import { CAUSE_PLANS, type PlanEntry } from './plans';
import { fillTemplate } from './shell-text';
import {
  placeholderOfSlot,
  SLOT_PLACEHOLDERS,
  stepDefinition,
  type CommandTemplate,
  type Slot,
} from './steps';
import type {
  Alternative,
  Classification,
  Evidence,
  MessageRef,
  NodeOs,
  PlanCommand,
  PlanContext,
  PlanInput,
  PlanStep,
  TroubleshootingPlan,
  Via,
} from './types';

const SUMMARY_KEYS = [
  'image',
  'registry',
  'httpStatus',
  'permission',
  'resource',
  'secret',
] as const;

/** Renders a classifier summary in a language, unknown values replaced by a readable phrase. */
export function renderSummary(summary: MessageRef, language: Language): string {
  const params: Record<string, string | number> = {};
  for (const key of SUMMARY_KEYS) params[key] = translate(language, `value.unknown.${key}`);
  Object.assign(params, summary.params);
  const id = firstMessage([summary.id]) ?? 'summary.unknown';
  return translate(language, id, params);
}

interface ArLocation {
  project: string;
  location: string;
  repository: string;
  /** `LOCATION-docker.pkg.dev/PROJECT/REPO` or `gcr.io/PROJECT`. */
  path: string;
}

const GCR_LOCATIONS: Readonly<Record<string, string>> = {
  'gcr.io': 'us',
  'us.gcr.io': 'us',
  'eu.gcr.io': 'europe',
  'asia.gcr.io': 'asia',
};
const AR_IMAGE = /^([a-z][a-z0-9-]{0,62})-docker\.pkg\.dev\/([^/\s]{1,100})\/([^/\s]{1,100})\//;
const GCR_IMAGE = /^((?:us\.|eu\.|asia\.)?gcr\.io)\/([^/\s]{1,100})\//;
const RESOURCE_PARTS = /^projects\/([^/]+)\/locations\/([^/]+)\/repositories\/([^/]+)$/;

/** Where an image text lives in Artifact Registry, by host shape alone (for images found in logs). */
function locateInArtifactRegistry(
  image: string | null,
  resource: string | null,
): ArLocation | null {
  if (image) {
    const ar = AR_IMAGE.exec(image);
    if (ar) {
      const [, location = '', project = '', repository = ''] = ar;
      return {
        project,
        location,
        repository,
        path: `${location}-docker.pkg.dev/${project}/${repository}`,
      };
    }
    const gcr = GCR_IMAGE.exec(image);
    if (gcr) {
      const [, host = '', project = ''] = gcr;
      return {
        project,
        location: GCR_LOCATIONS[host] ?? 'us',
        repository: host,
        path: `${host}/${project}`,
      };
    }
  }
  const parts = resource ? RESOURCE_PARTS.exec(resource) : null;
  if (parts) {
    const [, project = '', location = '', repository = ''] = parts;
    return {
      project,
      location,
      repository,
      path: `${location}-docker.pkg.dev/${project}/${repository}`,
    };
  }
  return null;
}

/** The image without tag or digest. */
function imagePathOf(image: string): string {
  const at = image.indexOf('@');
  const noDigest = at >= 0 ? image.slice(0, at) : image;
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > lastSlash ? noDigest.slice(0, colon) : noDigest;
}

const ZONE = /^([a-z]+-[a-z]+\d+)-[a-z]$/;

/** Combines the request and what the error text said into the values commands are filled with. */
function slotValues(
  input: PlanInput,
  classification: Classification,
): Partial<Record<Slot, string>> {
  const { extracted } = classification;
  const parsed = input.image ?? null;
  const invalid = classification.cause === 'invalid-reference';
  const image = invalid ? null : (parsed?.normalized ?? extracted.image);
  const registryHost =
    parsed?.registry ?? extracted.registry ?? (image ? registryOfImage(image) : null);
  const ar = parsed?.artifactRegistry
    ? {
        project: parsed.artifactRegistry.projectId,
        location: parsed.artifactRegistry.location,
        repository: parsed.artifactRegistry.repository,
        path: parsed.artifactRegistry.containerRegistryHost
          ? `${parsed.artifactRegistry.host}/${parsed.artifactRegistry.projectId}`
          : `${parsed.artifactRegistry.host}/${parsed.artifactRegistry.projectId}/${parsed.artifactRegistry.repository}`,
      }
    : locateInArtifactRegistry(image, extracted.resource);
  const zone = input.node?.zone;
  const cluster = input.cluster;
  let nodeServiceAccount = cluster?.nodeServiceAccount;
  if (nodeServiceAccount === 'default') {
    nodeServiceAccount = cluster?.projectNumber
      ? `${cluster.projectNumber}-compute@developer.gserviceaccount.com`
      : undefined;
  }
  const values: Partial<Record<Slot, string | undefined | null>> = {
    projectId: input.node?.projectId ?? cluster?.projectId,
    zone,
    region: zone ? ZONE.exec(zone)?.[1] : undefined,
    nodeName: input.node?.name,
    image,
    imagePath: parsed?.repository ?? (image ? imagePathOf(image) : null),
    registryHost,
    arProject: ar?.project,
    arLocation: ar?.location,
    arRepository: ar?.repository,
    repositoryPath: ar?.path,
    pod: extracted.pod,
    namespace: extracted.namespace,
    secretName: extracted.secret?.includes(',') ? null : extracted.secret,
    clusterName: cluster?.name,
    clusterLocation: cluster?.location,
    nodeServiceAccount,
    vpcscId: extracted.vpcServiceControlsId,
  };
  const out: Partial<Record<Slot, string>> = {};
  for (const [slot, value] of Object.entries(values) as Array<[Slot, string | null | undefined]>) {
    if (typeof value === 'string' && value.trim() !== '') out[slot] = value;
  }
  return out;
}

interface BuildContext {
  language: Language;
  os: NodeOs;
  via: Via;
  access: 'public' | 'private';
  values: Partial<Record<Slot, string>>;
  textParams: Record<string, string>;
}

function applies(template: CommandTemplate, ctx: BuildContext): boolean {
  const when = template.when;
  if (!when) return true;
  return (
    (when.os === undefined || when.os === ctx.os) &&
    (when.via === undefined || when.via === ctx.via) &&
    (when.access === undefined || when.access === ctx.access)
  );
}

function commandFrom(template: CommandTemplate, ctx: BuildContext): PlanCommand {
  const { run, placeholders } = fillTemplate(
    template.template,
    template.shell,
    ctx.values,
    placeholderOfSlot,
  );
  return {
    shell: template.shell,
    run,
    runOn: template.runOn,
    mutates: template.mutates === true,
    placeholders,
  };
}

/** The most specific catalogue variant of a step text: os+via, os+access, os, via, access, plain. */
function stepText(step: string, field: 'title' | 'detail' | 'expect', ctx: BuildContext): string {
  const base = `step.${step}.${field}`;
  const id = firstMessage([
    `${base}.${ctx.os}.${ctx.via}`,
    `${base}.${ctx.os}.${ctx.access}`,
    `${base}.${ctx.os}`,
    `${base}.${ctx.via}`,
    `${base}.${ctx.access}`,
    base,
  ]);
  if (id === undefined) throw new Error(`no catalogue text for ${base}`);
  return translate(ctx.language, id, ctx.textParams);
}

interface DraftStep extends Omit<PlanStep, 'onFailure'> {
  onFailure: string;
}

function draftFromDefinition(entry: PlanEntry, ctx: BuildContext): DraftStep {
  const definition = stepDefinition(entry.step);
  return {
    id: entry.step,
    title: stepText(entry.step, 'title', ctx),
    detail: stepText(entry.step, 'detail', ctx),
    commands: definition.commands.filter((c) => applies(c, ctx)).map((c) => commandFrom(c, ctx)),
    expect: stepText(entry.step, 'expect', ctx),
    onFailure: entry.onFailure ?? definition.onFailure,
    kind: definition.kind,
    branch: entry.branch === true,
  };
}

/** Read-only commands a check may suggest; anything else is treated as a change (guarded in scripts). */
const READ_ONLY_COMMAND =
  /^\s*(?:gcloud\s(?:[a-z-]+\s){1,4}(?:describe|list|get-iam-policy|read|print-access-token|troubleshoot)\b|kubectl\s(?:get|describe|auth can-i)\b|crictl\s(?:pull|images|ps|info|inspecti?)\b|curl\s)/;

function draftFromCheck(check: Check, ctx: BuildContext): DraftStep {
  const remediation = check.remediation;
  return {
    id: `fix-check-${check.id}`,
    title: translate(ctx.language, 'step.fix-check.title', { checkId: check.id }),
    detail: translate(ctx.language, 'step.fix-check.detail', {
      message: check.message,
      summary: remediation?.summary ?? '',
    }).trim(),
    commands: (remediation?.commands ?? []).map((run) => ({
      shell: 'bash' as const,
      run,
      runOn: 'workstation' as const,
      mutates: !READ_ONLY_COMMAND.test(run),
      placeholders: [
        ...new Set(
          run.match(
            /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b(?:IMAGE|ZONE|REGION|LOCATION|REPOSITORY)\b/g,
          ) ?? [],
        ),
      ],
    })),
    expect: translate(ctx.language, 'step.fix-check.expect', { checkId: check.id }),
    onFailure: 'next',
    kind: 'fix',
    branch: false,
    checkId: check.id,
  };
}

/** Failing/warning checks with commands, the ones relevant to the cause first. */
function actionableChecks(checks: readonly Check[], relevant: readonly CheckId[]): Check[] {
  const actionable = checks.filter(
    (c) =>
      (c.status === 'fail' || c.status === 'warn') &&
      c.remediation !== null &&
      c.remediation.commands.length > 0,
  );
  const isRelevant = (c: Check) => relevant.includes(c.id);
  return [
    ...actionable.filter(isRelevant),
    ...actionable.filter((c) => !isRelevant(c) && c.status === 'fail'),
  ];
}

function resolveFailures(drafts: DraftStep[]): PlanStep[] {
  const ids = new Set(drafts.map((d) => d.id));
  return drafts.map((draft, index) => {
    const nextInSequence = drafts.slice(index + 1).find((d) => !d.branch)?.id ?? null;
    const nextAny = drafts[index + 1]?.id ?? null;
    let onFailure: string | null;
    if (draft.onFailure !== 'next' && ids.has(draft.onFailure) && draft.onFailure !== draft.id)
      onFailure = draft.onFailure;
    else onFailure = draft.branch ? nextAny : nextInSequence;
    return { ...draft, onFailure };
  });
}

function mergeRequestImageError(
  classification: Classification,
  input: PlanInput,
  language: Language,
): {
  classification: Classification;
  summary: string;
} {
  const imageError = input.imageError;
  if (!imageError)
    return { classification, summary: renderSummary(classification.summary, language) };
  const evidence: Evidence = {
    pattern: 'request-image-invalid',
    excerpt: imageError.detail.slice(0, 160),
  };
  if (classification.cause === 'unknown') {
    const merged: Classification = {
      ...classification,
      cause: 'invalid-reference',
      confidence: 0.9,
      evidence: [evidence, ...classification.evidence],
      extracted: {
        ...classification.extracted,
        image: classification.extracted.image ?? input.imageText ?? null,
      },
    };
    return {
      classification: merged,
      summary: translate(language, 'summary.request-image-invalid', {
        imageError: imageError.detail,
      }),
    };
  }
  const alternatives: Alternative[] = [
    ...classification.alternatives.filter((a) => a.cause !== 'invalid-reference'),
    { cause: 'invalid-reference', confidence: 0.5 },
  ];
  return {
    classification: {
      ...classification,
      alternatives,
      evidence: [...classification.evidence, evidence],
    },
    summary: renderSummary(classification.summary, language),
  };
}

/**
 * Builds the ordered, runnable plan for an image-pull failure: diagnosis (classifier), the cause's
 * steps with commands filled from the request (UPPER_SNAKE placeholders where a value is
 * unknown, never invented), fix steps from failing precondition checks, and the node flow that
 * verifies the pull with crictl. Pure; never throws for any input.
 */
export function buildTroubleshootingPlan(input: PlanInput): TroubleshootingPlan {
  const language = input.language;
  const raw = input.classification ?? classifyPullError(input.error ?? '');
  const { classification, summary } = mergeRequestImageError(raw, input, language);
  const cause = classification.cause;

  const os: NodeOs = input.node?.os === 'windows' ? 'windows' : 'linux';
  const via: Via = input.via === 'console' ? 'console' : 'gcloud';
  const repositoryPublic =
    typeof input.repository?.public === 'boolean' ? input.repository.public : null;
  const values = slotValues(input, classification);
  const textParams: Record<string, string> = {};
  for (const slot of Object.keys(SLOT_PLACEHOLDERS) as Slot[]) {
    textParams[slot] = values[slot] ?? placeholderOfSlot(slot) ?? slot;
  }
  textParams.imageError = input.imageError?.detail ?? '';
  const ctx: BuildContext = {
    language,
    os,
    via,
    access: repositoryPublic === true ? 'public' : 'private',
    values,
    textParams,
  };

  const plan = CAUSE_PLANS[cause];
  const checks = input.checks ?? [];
  const fromChecks = actionableChecks(checks, plan.relevantChecks);
  const coveredBy = new Set(fromChecks.map((c) => c.id));

  const drafts: DraftStep[] = [];
  let checksInserted = false;
  const insertChecks = () => {
    if (checksInserted) return;
    checksInserted = true;
    for (const check of fromChecks) drafts.push(draftFromCheck(check, ctx));
  };
  for (const entry of plan.entries) {
    const definition = stepDefinition(entry.step);
    if (definition.onlyWhenUnknown?.every((slot) => values[slot] !== undefined)) continue;
    if (definition.coveredByChecks?.some((id) => coveredBy.has(id))) continue;
    if (!entry.branch && (entry.step === 'find-node' || entry.step === 'connect-node'))
      insertChecks();
    drafts.push(draftFromDefinition(entry, ctx));
  }
  insertChecks();

  const context: PlanContext = {
    os,
    via,
    repositoryPublic,
    projectId: values.projectId ?? null,
    zone: values.zone ?? null,
    nodeName: values.nodeName ?? null,
    image: values.image ?? null,
  };
  return {
    language,
    diagnosis: {
      cause,
      confidence: classification.confidence,
      summary,
      evidence: classification.evidence,
      extracted: classification.extracted,
    },
    alternatives: classification.alternatives,
    steps: resolveFailures(drafts),
    checks,
    context,
  };
}
