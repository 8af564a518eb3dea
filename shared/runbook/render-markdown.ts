import type { Language, MessageId } from '../i18n';
import { translate } from '../i18n';
import type { RunbookCommand, RunbookStep } from './types';

/**
 * A runbook's steps as Markdown. All text from the steps is escaped (it may carry values from the
 * request or a pasted log); commands and excerpts go into code spans and fences that are longer
 * than any backtick run inside them, so nothing pasted can close them early.
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

export function fenced(code: string, language: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(code, '`') + 1));
  return `${fence}${language}\n${code}\n${fence}`;
}

function commandBlocks(commands: readonly RunbookCommand[], language: Language): string[] {
  const lines: string[] = [];
  // Group consecutive commands by where and how they run, one fence per group.
  let group: RunbookCommand[] = [];
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
  step: RunbookStep,
  number: number,
  numbers: Map<string, number>,
  language: Language,
  onFailureEnd: MessageId,
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
      ? translate(language, onFailureEnd, { step: step.id })
      : translate(language, 'md.on-failure', { number: target, step: step.onFailure });
  lines.push(`**↳** ${escapeMarkdown(onFailure)}`, '');
  return lines;
}

export interface RunbookMarkdownOptions {
  /** What a step without `onFailure` says to do when it fails; default `md.on-failure.end`. */
  onFailureEnd?: MessageId;
}

/** Every step as a numbered `###` section: id, detail, commands by where they run, expectation. */
export function renderStepsMarkdown(
  steps: readonly RunbookStep[],
  language: Language,
  options: RunbookMarkdownOptions = {},
): string[] {
  const numbers = new Map(steps.map((s, i) => [s.id, i + 1]));
  const onFailureEnd = options.onFailureEnd ?? 'md.on-failure.end';
  return steps.flatMap((step, i) => stepSection(step, i + 1, numbers, language, onFailureEnd));
}

/** Joins Markdown lines: at most one blank line in a row, one final newline. */
export function joinMarkdown(lines: readonly string[]): string {
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
