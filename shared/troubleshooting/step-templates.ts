/**
 * A plan's steps as templates prepared once per situation, then filled per request.
 *
 * Which steps a cause's plan runs, which catalogue variant each text takes, which commands apply
 * and which placeholders each command keeps depend only on the plan's situation (the cause's
 * plan, Autopilot, OS, via, access, registry, language) and on which values the request gave,
 * not on the values themselves. Those choices are made once per situation (`stepTemplatesFor`);
 * a request then fills only the texts and commands that carry one of its values, and its JSON
 * answer is written from fragments serialized once (`appendStepsJson`), the same bytes as
 * `JSON.stringify` of the steps.
 */
import { CATALOGUES, firstMessage, placeholdersOf, translate, type Language } from '../i18n';
import type { MessageId } from '../i18n';
import type { RegistryGroup, RegistryKind } from '../registry-hosts';
import { commandSlotNames, fillTemplate } from '../runbook';
import type { CausePlan, PlanEntry } from './plans';
import {
  placeholderOfSlot,
  SLOT_PLACEHOLDERS,
  stepDefinition,
  type CommandTemplate,
  type Slot,
  type StepDefinition,
  type StepId,
} from './steps';
import type { NodeOs, PlanCommand, PlanStep, Via } from './types';

/** The situation a plan is built in, and the values its texts and commands are filled with. */
export interface BuildContext {
  language: Language;
  os: NodeOs;
  via: Via;
  access: 'public' | 'private';
  kind: RegistryKind;
  group: RegistryGroup;
  autopilot: boolean;
  /** The request's values, by slot; a slot without a value is absent. */
  values: Partial<Record<Slot, string>>;
  /**
   * The parameters a step text may use that a request sets: its values, registry texts. A slot
   * without a value is filled with its placeholder (SLOT_PLACEHOLDERS). The placeholders are
   * not copied into this record: merged per request, ~50 keys cost more than the rest of a
   * plan's texts (measured on Node 20).
   */
  textParams: Record<string, string>;
}

/** A step before its `onFailure` is resolved against the plan's final list of steps. */
export interface DraftStep extends Omit<PlanStep, 'onFailure'> {
  onFailure: string;
}

/** Whether a command is offered: its conditions, and never a node command on Autopilot. */
function applies(template: CommandTemplate, ctx: BuildContext): boolean {
  if (ctx.autopilot && template.runOn === 'node') return false;
  const when = template.when;
  if (!when) return true;
  return (
    (when.os === undefined || when.os === ctx.os) &&
    (when.via === undefined || when.via === ctx.via) &&
    (when.access === undefined || when.access === ctx.access) &&
    (when.registry === undefined || when.registry.includes(ctx.kind)) &&
    (when.autopilot === undefined || when.autopilot === ctx.autopilot)
  );
}

/**
 * The most specific catalogue variant of a step text: Autopilot, then os+via, os+access,
 * registry family+access, family, registry group+access, group, os, via, access, plain.
 */
function stepTextId(step: string, field: 'title' | 'detail' | 'expect', ctx: BuildContext) {
  const base = `step.${step}.${field}`;
  const id = firstMessage([
    ...(ctx.autopilot ? [`${base}.autopilot`] : []),
    `${base}.${ctx.os}.${ctx.via}`,
    `${base}.${ctx.os}.${ctx.access}`,
    `${base}.${ctx.kind}.${ctx.access}`,
    `${base}.${ctx.kind}`,
    `${base}.${ctx.group}.${ctx.access}`,
    `${base}.${ctx.group}`,
    `${base}.${ctx.os}`,
    `${base}.${ctx.via}`,
    `${base}.${ctx.access}`,
    base,
  ]);
  if (id === undefined) throw new Error(`no catalogue text for ${base}`);
  return id;
}

/** A step text: its catalogue id, and its words when no value of the request appears in them. */
interface TextTemplate {
  id: MessageId;
  fixed: string | undefined;
  /** `fixed` as JSON. */
  fixedJson: string | undefined;
}

interface StepCommandTemplate {
  template: CommandTemplate;
  /** The command when none of its slots has a value (placeholders only), else undefined. */
  fixedRun: string | undefined;
  fixedRunJson: string | undefined;
  /** Which slots stay placeholders depends only on which values were given. */
  placeholders: readonly string[];
  /** `{"shell":…,"run":` */
  openJson: string;
  /** `,"runOn":…,"mutates":…,"placeholders":[…]}` */
  closeJson: string;
}

export interface StepTemplate {
  id: StepId;
  /** `{"id":…,"title":` */
  idJsonOpen: string;
  entry: PlanEntry;
  definition: StepDefinition;
  /** A step that opens the node flow: failing precondition checks are fixed before it. */
  opensNodeFlow: boolean;
  title: TextTemplate;
  detail: TextTemplate;
  expect: TextTemplate;
  commands: readonly StepCommandTemplate[];
  /** `,"kind":…,"branch":…}` */
  closeJson: string;
}

/** Steps that open the node flow: failing precondition checks are fixed before them. */
const NODE_FLOW_OPENERS: ReadonlySet<StepId> = new Set<StepId>([
  'find-node',
  'connect-node',
  'pull-with-pod',
]);

/**
 * Whether a text parameter is a slot the request gave no value for: its placeholder, the same for
 * every request of the situation. Not `registryHost`, which the registry's texts set per request.
 */
function isSlotWithoutValue(name: string, values: BuildContext['values']): boolean {
  return (
    Object.hasOwn(SLOT_PLACEHOLDERS, name) &&
    name !== 'registryHost' &&
    !Object.hasOwn(values, name)
  );
}

/** A step text in the request's language: its values and registry texts, else placeholders. */
function stepText(id: MessageId, ctx: BuildContext): string {
  return translate(ctx.language, id, ctx.textParams, SLOT_PLACEHOLDERS);
}

function textTemplate(step: StepId, field: 'title' | 'detail' | 'expect', ctx: BuildContext) {
  const id = stepTextId(step, field, ctx);
  // A text is the same for every request of the situation when each of its slots is a slot
  // without a value (its placeholder): registry texts and request values vary per request.
  const fixed = placeholdersOf(CATALOGUES[ctx.language][id]).every((name) =>
    isSlotWithoutValue(name, ctx.values),
  )
    ? stepText(id, ctx)
    : undefined;
  return { id, fixed, fixedJson: fixed === undefined ? undefined : JSON.stringify(fixed) };
}

function commandTemplate(template: CommandTemplate, ctx: BuildContext): StepCommandTemplate {
  const filled = fillTemplate(template.template, template.shell, ctx.values, placeholderOfSlot);
  const fixed = commandSlotNames(template.template, template.shell).every(
    (name) => !Object.hasOwn(ctx.values, name),
  );
  const mutates = template.mutates === true;
  return {
    template,
    fixedRun: fixed ? filled.run : undefined,
    fixedRunJson: fixed ? JSON.stringify(filled.run) : undefined,
    placeholders: Object.freeze(filled.placeholders),
    openJson: `{"shell":${JSON.stringify(template.shell)},"run":`,
    closeJson: `,"runOn":${JSON.stringify(template.runOn)},"mutates":${mutates},"placeholders":${JSON.stringify(filled.placeholders)}}`,
  };
}

/** The plan's entries on Autopilot: each step replaced by its Autopilot form, or left out. */
function entriesFor(plan: CausePlan, autopilot: boolean): readonly PlanEntry[] {
  if (!autopilot) return plan.entries;
  const entries: PlanEntry[] = [];
  const seen = new Set<string>();
  for (const entry of plan.entries) {
    const replacement = stepDefinition(entry.step).onAutopilot;
    const step = replacement === undefined ? entry.step : replacement;
    if (step === null || seen.has(step)) continue;
    seen.add(step);
    entries.push({ ...entry, step: step as StepId });
  }
  return entries;
}

function compile(plan: CausePlan, ctx: BuildContext): StepTemplate[] {
  const templates: StepTemplate[] = [];
  for (const entry of entriesFor(plan, ctx.autopilot)) {
    const definition = stepDefinition(entry.step);
    if (definition.onlyWhenUnknown?.every((slot) => ctx.values[slot] !== undefined)) continue;
    const branch = entry.branch === true;
    templates.push({
      id: entry.step,
      idJsonOpen: `{"id":${JSON.stringify(entry.step)},"title":`,
      entry,
      definition,
      opensNodeFlow: !branch && NODE_FLOW_OPENERS.has(entry.step),
      title: textTemplate(entry.step, 'title', ctx),
      detail: textTemplate(entry.step, 'detail', ctx),
      expect: textTemplate(entry.step, 'expect', ctx),
      commands: definition.commands
        .filter((command) => applies(command, ctx))
        .map((command) => commandTemplate(command, ctx)),
      closeJson: `,"kind":${JSON.stringify(definition.kind)},"branch":${branch}}`,
    });
  }
  return templates;
}

/**
 * Situations are few (causes × registries × OS × via × access × languages × which values were
 * given); the bound (about 15 MB of templates at most) keeps a stream of unusual requests from
 * growing the table without end: when full it starts again, and a situation seen again is
 * prepared again (~50 µs).
 */
const MAX_SITUATIONS = 1024;
const TEMPLATES = new Map<string, StepTemplate[]>();
/** Each cause plan's number in the table's keys. */
const PLAN_NUMBERS = new Map<CausePlan, number>();

function planNumberOf(plan: CausePlan): number {
  let number = PLAN_NUMBERS.get(plan);
  if (number === undefined) {
    number = PLAN_NUMBERS.size;
    PLAN_NUMBERS.set(plan, number);
  }
  return number;
}

/** The cause plan's steps in this situation, prepared once. */
export function stepTemplatesFor(plan: CausePlan, ctx: BuildContext): readonly StepTemplate[] {
  const key = `${planNumberOf(plan)}|${ctx.language}|${ctx.autopilot}|${ctx.os}|${ctx.via}|${ctx.access}|${ctx.kind}|${ctx.group}|${Object.keys(ctx.values).join(',')}`;
  let templates = TEMPLATES.get(key);
  if (templates === undefined) {
    templates = compile(plan, ctx);
    if (TEMPLATES.size >= MAX_SITUATIONS) TEMPLATES.clear();
    TEMPLATES.set(key, templates);
  }
  return templates;
}

/** The step of a plan that a template gives, filled with the request's values. */
export function fillStep(template: StepTemplate, ctx: BuildContext): DraftStep {
  const text = (part: TextTemplate) => part.fixed ?? stepText(part.id, ctx);
  return {
    id: template.id,
    title: text(template.title),
    detail: text(template.detail),
    commands: template.commands.map(
      ({ template: command, fixedRun, placeholders }): PlanCommand => ({
        shell: command.shell,
        run:
          fixedRun ??
          fillTemplate(command.template, command.shell, ctx.values, placeholderOfSlot).run,
        runOn: command.runOn,
        mutates: command.mutates === true,
        placeholders: [...placeholders],
      }),
    ),
    expect: text(template.expect),
    onFailure: template.entry.onFailure ?? template.definition.onFailure,
    kind: template.definition.kind,
    branch: template.entry.branch === true,
  };
}

/** The templates a plan's steps were filled from, by position (none for a check's step). */
const TEMPLATES_OF_STEPS = new WeakMap<
  readonly PlanStep[],
  ReadonlyArray<StepTemplate | undefined>
>();

export function rememberTemplates(
  steps: readonly PlanStep[],
  templates: ReadonlyArray<StepTemplate | undefined>,
): void {
  TEMPLATES_OF_STEPS.set(steps, templates);
}

function textJson(value: string, part: TextTemplate): string {
  return value === part.fixed ? (part.fixedJson as string) : JSON.stringify(value);
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function matchesCommand(command: PlanCommand, filled: StepCommandTemplate): boolean {
  const { template } = filled;
  return (
    command.shell === template.shell &&
    command.runOn === template.runOn &&
    command.mutates === (template.mutates === true) &&
    sameItems(command.placeholders, filled.placeholders) &&
    Object.keys(command).length === 5
  );
}

function matchesStep(step: PlanStep, template: StepTemplate): boolean {
  if (
    step.id !== template.id ||
    step.kind !== template.definition.kind ||
    step.branch !== (template.entry.branch === true) ||
    step.commands.length !== template.commands.length ||
    Object.keys(step).length !== 8
  )
    return false;
  for (let i = 0; i < step.commands.length; i++) {
    if (
      !matchesCommand(step.commands[i] as PlanCommand, template.commands[i] as StepCommandTemplate)
    )
      return false;
  }
  return true;
}

/** Appends a step's JSON from its template's fragments. */
function writeStep(step: PlanStep, template: StepTemplate, parts: string[]): void {
  parts.push(
    template.idJsonOpen,
    textJson(step.title, template.title),
    ',"detail":',
    textJson(step.detail, template.detail),
    ',"commands":[',
  );
  for (let i = 0; i < step.commands.length; i++) {
    const command = step.commands[i] as PlanCommand;
    const filled = template.commands[i] as StepCommandTemplate;
    parts.push(
      i === 0 ? filled.openJson : `,${filled.openJson}`,
      command.run === filled.fixedRun
        ? (filled.fixedRunJson as string)
        : JSON.stringify(command.run),
      filled.closeJson,
    );
  }
  parts.push(
    '],"expect":',
    textJson(step.expect, template.expect),
    ',"onFailure":',
    step.onFailure === null ? 'null' : JSON.stringify(step.onFailure),
    template.closeJson,
  );
}

/**
 * Appends `JSON.stringify(steps)`, byte for byte, each step filled from a template written from
 * the template's fragments: only the texts and commands that carry a request's value are
 * serialized. The caller joins the parts once, into one flat string, as `JSON.stringify` gives.
 */
export function appendStepsJson(steps: readonly PlanStep[], parts: string[]): void {
  const templates = TEMPLATES_OF_STEPS.get(steps);
  parts.push('[');
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as PlanStep;
    const template = templates?.[i];
    if (i > 0) parts.push(',');
    if (template !== undefined && matchesStep(step, template)) writeStep(step, template, parts);
    else parts.push(JSON.stringify(step));
  }
  parts.push(']');
}
