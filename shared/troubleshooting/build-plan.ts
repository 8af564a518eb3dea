import type { Check, CheckId } from '../preconditions/types';
import { regionOf } from '../preconditions';
import type { Language } from '../i18n';
import { classifyPullError } from './classify';
import { firstMessage, translate } from '../i18n';
import { planSubjectOf, type PlanSubject } from './plan-subject';
import { causePlanFor } from './plans';
import { registryFamilyById } from '../registry-hosts';
import { SLOT_PLACEHOLDERS, type Slot } from './steps';
import {
  fillStep,
  rememberTemplates,
  stepTemplatesFor,
  type BuildContext,
  type DraftStep,
  type StepTemplate,
} from './step-templates';
import type {
  Alternative,
  Classification,
  Evidence,
  MessageRef,
  NodeOs,
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

const UNKNOWN_VALUES = new Map<Language, Readonly<Record<string, string>>>();

/** The readable phrase for each summary value the text did not give, per language, made once. */
function unknownValuesIn(language: Language): Readonly<Record<string, string>> {
  let phrases = UNKNOWN_VALUES.get(language);
  if (phrases === undefined) {
    phrases = Object.fromEntries(
      SUMMARY_KEYS.map((key) => [key, translate(language, `value.unknown.${key}`)]),
    );
    UNKNOWN_VALUES.set(language, phrases);
  }
  return phrases;
}

/**
 * Renders a classifier summary in a language, unknown values replaced by a readable phrase.
 * `variants` (most specific first) pick a text written for the registry (`summary.tls.foreign`).
 */
export function renderSummary(
  summary: MessageRef,
  language: Language,
  variants: readonly string[] = [],
): string {
  const params: Record<string, string | number> = {
    ...unknownValuesIn(language),
    ...summary.params,
  };
  const id =
    firstMessage([...variants.map((variant) => `${summary.id}.${variant}`), summary.id]) ??
    'summary.unknown';
  return translate(language, id, params);
}

/**
 * A region from a node zone (`us-central1-a`), else from the cluster location: one rule,
 * `regionOf`. A zone text that is not a zone gives no region rather than itself.
 */
function regionFor(zone: string | undefined, clusterLocation: string | undefined): string | null {
  if (zone !== undefined) {
    const region = regionOf(zone);
    if (region !== zone) return region;
  }
  return clusterLocation === undefined ? null : regionOf(clusterLocation);
}

/** Combines the request and what the error text said into the values commands are filled with. */
function slotValues(
  input: PlanInput,
  classification: Classification,
  subject: PlanSubject,
): Partial<Record<Slot, string>> {
  const { extracted } = classification;
  const { image, registry, family, artifactRegistry: ar } = subject;
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
    region: regionFor(zone, cluster?.location),
    nodeName: input.node?.name,
    image: image?.normalized,
    imagePath: image?.repository,
    registryHost: registry,
    registryEndpoint: family?.endpoint ?? registry,
    registryRepository: image?.repositoryPath,
    dockerServer: family?.dockerServer ?? registry,
    arProject: ar?.project,
    arLocation: ar?.location,
    arRepository: ar?.repository,
    repositoryPath: ar?.path,
    pod: extracted.pod,
    namespace: extracted.namespace,
    container: extracted.container,
    secretName: extracted.secret?.includes(',') ? null : extracted.secret,
    clusterName: cluster?.name,
    clusterLocation: cluster?.location,
    nodeServiceAccount,
    subnet: cluster?.subnetwork,
    vpcscId: extracted.vpcServiceControlsId,
    ...(registry && family?.valuesFromHost ? family.valuesFromHost(registry) : {}),
  };
  const out: Partial<Record<Slot, string>> = {};
  for (const [slot, value] of Object.entries(values) as Array<[Slot, string | null | undefined]>) {
    if (typeof value === 'string' && value.trim() !== '') out[slot] = value;
  }
  return out;
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
  variants: readonly string[],
): {
  classification: Classification;
  summary: string;
} {
  const imageError = input.imageError;
  if (!imageError)
    return { classification, summary: renderSummary(classification.summary, language, variants) };
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
    summary: renderSummary(classification.summary, language, variants),
  };
}

/** The texts that name the registry, from its family's catalogue entries. */
function registryTextParams(subject: PlanSubject, language: Language): Record<string, string> {
  const host = subject.registry ?? SLOT_PLACEHOLDERS.registryHost;
  const docs = subject.family?.docs ?? registryFamilyById('other').docs;
  const params: Record<string, string> = { registryHost: host };
  for (const field of ['name', 'credentials', 'permissions', 'limits'] as const) {
    params[`registry${field[0]?.toUpperCase()}${field.slice(1)}`] = translate(
      language,
      `registry.${subject.kind}.${field}`,
      params,
    );
  }
  params.registryDocs = docs;
  return params;
}

/**
 * Builds the ordered, runnable plan for an image-pull failure: diagnosis (classifier), the cause's
 * steps for the registry at hand with commands filled from the request (UPPER_SNAKE placeholders
 * where a value is unknown, never invented), fix steps from failing precondition checks, and the
 * flow that verifies the pull as the kubelet would. The node's Google token appears only in
 * commands for the registries GKE nodes send it to. Pure; never throws for any input.
 */
export function buildTroubleshootingPlan(input: PlanInput): TroubleshootingPlan {
  const language = input.language;
  const raw = input.classification ?? classifyPullError(input.error ?? '');
  const subject = planSubjectOf(input, raw);
  const { classification, summary } = mergeRequestImageError(raw, input, language, [
    subject.kind,
    subject.group,
  ]);
  const cause = classification.cause;

  const autopilot = input.cluster?.autopilot === true;
  // Autopilot runs Linux nodes only.
  const os: NodeOs = !autopilot && input.node?.os === 'windows' ? 'windows' : 'linux';
  const via: Via = input.via === 'console' ? 'console' : 'gcloud';
  const repositoryPublic =
    typeof input.repository?.public === 'boolean' ? input.repository.public : null;
  const values = slotValues(input, classification, subject);
  // The request's own values; a slot without one is its placeholder (step-templates.ts).
  const textParams: Record<string, string> = Object.assign(
    {},
    values,
    registryTextParams(subject, language),
    { imageError: input.imageError?.detail ?? '' },
  );
  const plan = causePlanFor(cause, subject.kind, subject.group);
  const situation = {
    language,
    os,
    via,
    access:
      repositoryPublic === null
        ? (plan.defaultAccess ?? (subject.group === 'foreign' ? 'public' : 'private'))
        : repositoryPublic
          ? 'public'
          : 'private',
    kind: subject.kind,
    group: subject.group,
    autopilot,
    values,
    textParams,
  };
  const ctx: BuildContext = situation;

  const checks = input.checks ?? [];
  const fromChecks = actionableChecks(checks, plan.relevantChecks);
  const coveredBy = new Set(fromChecks.map((c) => c.id));

  const drafts: DraftStep[] = [];
  /** The template of each draft filled from one (check steps have none). */
  const templates: Array<StepTemplate | undefined> = [];
  let checksInserted = false;
  const insertChecks = () => {
    if (checksInserted) return;
    checksInserted = true;
    for (const check of fromChecks) {
      drafts.push(draftFromCheck(check, ctx));
      templates.push(undefined);
    }
  };
  for (const template of stepTemplatesFor(plan, ctx)) {
    if (template.definition.coveredByChecks?.some((id) => coveredBy.has(id))) continue;
    if (template.opensNodeFlow) insertChecks();
    drafts.push(fillStep(template, ctx));
    templates.push(template);
  }
  insertChecks();
  const steps = resolveFailures(drafts);
  rememberTemplates(steps, templates);

  const context: PlanContext = {
    os,
    via,
    repositoryPublic,
    projectId: values.projectId ?? null,
    zone: values.zone ?? null,
    nodeName: values.nodeName ?? null,
    image: values.image ?? null,
    registry: subject.registry,
    registryFamily: subject.kind,
    autopilot,
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
    steps,
    checks,
    context,
  };
}
