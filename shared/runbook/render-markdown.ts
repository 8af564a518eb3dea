import type { Language, MessageId } from '../i18n';
import { translate } from '../i18n';
import type { RunbookCommand, RunbookStep } from './types';

/**
 * A runbook's steps as Markdown. All text from the steps is escaped (it may carry values from the
 * request or a pasted log); commands and excerpts go into code spans and fences that are longer
 * than any backtick run inside them, so nothing pasted can close them early.
 */

/** The characters CommonMark lets a backslash escape that can start markup in running text. */
const MARKDOWN_SPECIAL = '\\`*_{}[]()<>#+!|~';
/** Per ASCII code, whether it is special: a runbook escapes some forty texts per answer. */
const IS_SPECIAL = new Uint8Array(128);
for (const char of MARKDOWN_SPECIAL) IS_SPECIAL[char.charCodeAt(0)] = 1;

/** Line breaks become spaces (a text stays on its line); most texts have none. */
function flatten(text: string): string {
  return text.includes('\n') ? text.replace(/\r?\n/g, ' ') : text;
}

/** The text on one line with a backslash before each special character. */
export function escapeMarkdown(text: string): string {
  const flat = flatten(text);
  let escaped = '';
  let copied = 0;
  for (let i = 0; i < flat.length; i++) {
    const code = flat.charCodeAt(i);
    if (code < 128 && IS_SPECIAL[code] === 1) {
      escaped += `${flat.slice(copied, i)}\\`;
      copied = i;
    }
  }
  return escaped === '' ? flat : escaped + flat.slice(copied);
}

function longestRun(text: string, char: string): number {
  if (!text.includes(char)) return 0;
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}

export function inlineCode(text: string): string {
  const flat = flatten(text);
  const fence = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

export function fenced(code: string, language: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(code, '`') + 1));
  return `${fence}${language}\n${code}\n${fence}`;
}

function appendCommandBlocks(
  lines: string[],
  commands: readonly RunbookCommand[],
  language: Language,
): void {
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
}

function appendStepSection(
  lines: string[],
  step: RunbookStep,
  number: number,
  numbers: Map<string, number>,
  language: Language,
  onFailureEnd: MessageId,
): void {
  lines.push(`### ${number}. ${escapeMarkdown(step.title)}`, '');
  lines.push(
    `${inlineCode(step.id)}${step.branch ? ` — ${escapeMarkdown(translate(language, 'md.branch'))}` : ''}`,
    '',
  );
  lines.push(escapeMarkdown(step.detail), '');
  if (step.commands.length === 0)
    lines.push(`*${escapeMarkdown(translate(language, 'md.no-commands'))}*`, '');
  appendCommandBlocks(lines, step.commands, language);
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
}

export interface RunbookMarkdownOptions {
  /** What a step without `onFailure` says to do when it fails; default `md.on-failure.end`. */
  onFailureEnd?: MessageId;
}

/**
 * Appends every step as a numbered `###` section (id, detail, commands by where they run,
 * expectation) to a runbook's Markdown lines.
 */
export function appendStepsMarkdown(
  lines: string[],
  steps: readonly RunbookStep[],
  language: Language,
  options: RunbookMarkdownOptions = {},
): void {
  const numbers = new Map(steps.map((s, i) => [s.id, i + 1]));
  const onFailureEnd = options.onFailureEnd ?? 'md.on-failure.end';
  steps.forEach((step, i) =>
    appendStepSection(lines, step, i + 1, numbers, language, onFailureEnd),
  );
}

/** Joins Markdown lines: at most one blank line in a row, one final newline. */
export function joinMarkdown(lines: readonly string[]): string {
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
