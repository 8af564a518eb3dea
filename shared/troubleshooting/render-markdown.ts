import type { Language } from '../i18n';
import { translate } from '../i18n';
import type { PlanCommand, PlanStep, TroubleshootingPlan } from './types';

/**
 * A plan as a Markdown runbook. All text from the plan is escaped (it may carry values from the
 * request or the pasted log); commands and excerpts go into code spans and fences that are
 * longer than any backtick run inside them, so nothing pasted can close them early.
 */

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+!|~]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}

export function inlineCode(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  const fence = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function fenced(code: string, language: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(code, '`') + 1));
  return `${fence}${language}\n${code}\n${fence}`;
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)} %`;
}

function commandBlocks(commands: readonly PlanCommand[], language: Language): string[] {
  const lines: string[] = [];
  // Group consecutive commands by where and how they run, one fence per group.
  let group: PlanCommand[] = [];
  const flush = () => {
    const first = group[0];
    if (!first) return;
    lines.push(
      translate(language, first.runOn === 'node' ? 'md.runs-on.node' : 'md.runs-on.workstation'),
    );
    lines.push('');
    if (group.some((c) => c.mutates)) {
      lines.push(`> ${translate(language, 'md.mutates')}`);
      lines.push('');
    }
    lines.push(
      fenced(
        group.map((c) => c.run).join('\n'),
        first.shell === 'powershell' ? 'powershell' : 'bash',
      ),
    );
    lines.push('');
    group = [];
  };
  for (const command of commands) {
    const first = group[0];
    if (
      first &&
      (first.runOn !== command.runOn ||
        first.shell !== command.shell ||
        first.mutates !== command.mutates)
    )
      flush();
    group.push(command);
  }
  flush();
  return lines;
}

function stepSection(
  step: PlanStep,
  number: number,
  numbers: Map<string, number>,
  language: Language,
): string[] {
  const lines = [`### ${number}. ${escapeMarkdown(step.title)}`, ''];
  lines.push(
    `${inlineCode(step.id)}${step.branch ? ` — ${escapeMarkdown(translate(language, 'md.branch'))}` : ''}`,
    '',
  );
  lines.push(escapeMarkdown(step.detail), '');
  if (step.commands.length === 0)
    lines.push(`*${escapeMarkdown(translate(language, 'md.no-commands'))}*`, '');
  lines.push(...commandBlocks(step.commands, language));
  const placeholders = [...new Set(step.commands.flatMap((c) => c.placeholders))];
  if (placeholders.length > 0) {
    lines.push(
      escapeMarkdown(translate(language, 'md.placeholders', { names: placeholders.join(', ') })),
      '',
    );
  }
  lines.push(
    `**${escapeMarkdown(translate(language, 'md.expect'))}:** ${escapeMarkdown(step.expect)}`,
    '',
  );
  const target = step.onFailure === null ? undefined : numbers.get(step.onFailure);
  const onFailure =
    step.onFailure === null || target === undefined
      ? translate(language, 'md.on-failure.end')
      : translate(language, 'md.on-failure', { number: target, step: step.onFailure });
  lines.push(`**↳** ${escapeMarkdown(onFailure)}`, '');
  return lines;
}

/** The plan as a readable runbook in the plan's language (or the one given). */
export function renderPlanMarkdown(
  plan: TroubleshootingPlan,
  language: Language = plan.language,
): string {
  const { diagnosis } = plan;
  const causeTitle = translate(language, `cause.${diagnosis.cause}`);
  const lines: string[] = [
    `# ${escapeMarkdown(translate(language, 'md.title', { cause: causeTitle }))}`,
    '',
  ];

  lines.push(`## ${escapeMarkdown(translate(language, 'md.diagnosis'))}`, '');
  lines.push(
    `- **${escapeMarkdown(translate(language, 'md.cause'))}:** ${inlineCode(diagnosis.cause)} (${escapeMarkdown(causeTitle)})`,
  );
  lines.push(
    `- **${escapeMarkdown(translate(language, 'md.confidence'))}:** ${percent(diagnosis.confidence)}`,
    '',
  );
  lines.push(escapeMarkdown(diagnosis.summary), '');

  if (plan.alternatives.length > 0) {
    lines.push(`### ${escapeMarkdown(translate(language, 'md.alternatives'))}`, '');
    for (const alt of plan.alternatives) {
      lines.push(
        `- ${inlineCode(alt.cause)} (${escapeMarkdown(translate(language, `cause.${alt.cause}`))}): ${percent(alt.confidence)}`,
      );
    }
    lines.push('');
  }
  if (diagnosis.evidence.length > 0) {
    lines.push(`### ${escapeMarkdown(translate(language, 'md.evidence'))}`, '');
    for (const e of diagnosis.evidence)
      lines.push(`- ${inlineCode(e.pattern)}: ${inlineCode(e.excerpt)}`);
    lines.push('');
  }
  const facts = Object.entries(diagnosis.extracted).filter(([, v]) => v !== null);
  if (facts.length > 0) {
    lines.push(`### ${escapeMarkdown(translate(language, 'md.extracted'))}`, '');
    lines.push(
      `| ${escapeMarkdown(translate(language, 'md.field'))} | ${escapeMarkdown(translate(language, 'md.value'))} |`,
      '| --- | --- |',
    );
    for (const [key, value] of facts)
      lines.push(`| ${key} | ${inlineCode(String(value)).replace(/\|/g, '\\|')} |`);
    lines.push('');
  }

  lines.push(`## ${escapeMarkdown(translate(language, 'md.steps'))}`, '');
  const numbers = new Map(plan.steps.map((s, i) => [s.id, i + 1]));
  plan.steps.forEach((step, i) => lines.push(...stepSection(step, i + 1, numbers, language)));

  if (plan.checks.length > 0) {
    lines.push(`## ${escapeMarkdown(translate(language, 'md.checks'))}`, '');
    for (const check of plan.checks)
      lines.push(
        `- ${inlineCode(check.id)} ${inlineCode(check.status)}: ${escapeMarkdown(check.message)}`,
      );
    lines.push('');
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
