import type { Language, MessageId } from '../i18n';
import { translate } from '../i18n';
import { splitAtPlaceholders } from './shell-text';
import type { RunbookCommand, RunbookStep } from './types';

/**
 * A runbook as a safe bash script. Guarantees:
 * - `set -eu`; each step is a function that prints its title and stops the script at the first
 *   failing command, saying what was expected and which step to read next;
 * - commands that change anything (`mutates`) run only with `--apply`, otherwise they are printed;
 * - `gcloud compute ssh` is such a command (it may create SSH keys and write them to project or
 *   instance metadata, or OS Login), so node commands run through it only with `--apply`; with
 *   `--on-node` they run locally; otherwise they are printed. The commands of `info` steps (how to
 *   connect) are printed, never run. PowerShell commands appear as comments only, so the file is
 *   always valid bash;
 * - unknown values are read from environment variables named like the placeholders and quoted
 *   for the context they land in; a step that needs an unset one stops with a clear message.
 */

const PRELUDE_LINES: readonly string[] = [
  'q_u() { printf \'%q\' "$1"; }',
  'q_d() {',
  '  local value="$1" out=\'\' c i',
  '  for ((i = 0; i < ${#value}; i++)); do',
  '    c="${value:i:1}"',
  '    case "$c" in',
  "      '\\' | '\"' | '$' | '`') out+=\"\\\\$c\" ;;",
  '      *) out+="$c" ;;',
  '    esac',
  '  done',
  '  printf \'%s\' "$out"',
  '}',
  'q_s() { local value="$1" squote="\'"; printf \'%s\' "${value//$squote/$squote\\\\$squote$squote}"; }',
  '# v_u/v_d/v_s NAME: the value of variable NAME quoted for a bare word / "..." / \'...\',',
  '# or the name itself (a visible placeholder) when it is empty.',
  'v_u() { if [ -n "${!1:-}" ]; then q_u "${!1}"; else printf \'%s\' "$1"; fi; }',
  'v_d() { if [ -n "${!1:-}" ]; then q_d "${!1}"; else printf \'%s\' "$1"; fi; }',
  'v_s() { if [ -n "${!1:-}" ]; then q_s "${!1}"; else printf \'%s\' "$1"; fi; }',
  'say() { printf \'%s\\n\' "$*"; }',
];

function q(text: string): string {
  // Always quote (even safe words) so translated text with spaces stays one argument.
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function comment(text: string): string[] {
  return text.split(/\r?\n/).map((line) => `# ${line}`.trimEnd());
}

/** A bash expression that evaluates to the command text, placeholders filled from variables. */
export function commandExpression(command: RunbookCommand): string {
  const parts = splitAtPlaceholders(command.run, command.placeholders, 'bash');
  return parts
    .map((part) => {
      if ('text' in part) return q(part.text);
      const helper = part.context === 'double' ? 'v_d' : part.context === 'single' ? 'v_s' : 'v_u';
      return `"$(${helper} ${part.placeholder})"`;
    })
    .join('');
}

function needLine(names: readonly string[]): string | null {
  return names.length === 0 ? null : `need ${[...new Set(names)].join(' ')}`;
}

interface StepRender {
  number: number;
  step: RunbookStep;
  numbers: Map<string, number>;
  language: Language;
  nextEnd: MessageId;
}

function failCall({ number, step, numbers, language, nextEnd }: StepRender): string {
  const target = step.onFailure === null ? undefined : numbers.get(step.onFailure);
  const next =
    step.onFailure === null || target === undefined
      ? translate(language, nextEnd, { step: step.id })
      : translate(language, 'sh.next', {
          next: `${target} (${step.onFailure}) — bash SCRIPT --from=${step.onFailure}`,
        });
  return `fail ${q(translate(language, 'sh.failed', { number, title: step.title }))} ${q(
    translate(language, 'sh.expected', { expect: step.expect }),
  )} ${q(next)}`;
}

function stepFunction(render: StepRender): string[] {
  const { number, step, language } = render;
  const lines: string[] = [
    '# ---------------------------------------------------------------------------',
  ];
  lines.push(
    ...comment(`${translate(language, 'sh.step', { number, title: step.title })} [${step.id}]`),
  );
  lines.push(...comment(step.detail));
  lines.push(...comment(translate(language, 'sh.expected', { expect: step.expect })));
  const powershell = step.commands.filter((c) => c.shell === 'powershell');
  if (powershell.length > 0) {
    lines.push(`# ${translate(language, 'sh.powershell')}`);
    for (const c of powershell) lines.push(...comment(`  ${c.run}`));
  }
  lines.push(`step_${number}() {`);
  lines.push(`  say ''`);
  lines.push(`  say ${q(`==> ${translate(language, 'sh.step', { number, title: step.title })}`)}`);
  lines.push('  local cmd');
  const fail = failCall(render);

  const bash = step.commands.filter((c) => c.shell === 'bash');
  if (step.kind === 'info') {
    // How to get somewhere (an interactive SSH session, a tunnel): for the reader, not the script.
    for (const command of bash) {
      lines.push(`  cmd=${commandExpression(command)}`);
      lines.push(`  say ${q(translate(language, 'sh.run-yourself'))}; say "  $cmd"`);
    }
    if (powershell.length > 0) lines.push(`  say ${q(translate(language, 'sh.powershell'))}`);
    if (bash.length === 0) lines.push(`  say ${q(step.detail)}`);
    lines.push('}', '');
    return lines;
  }
  const workstation = bash.filter((c) => c.runOn === 'workstation');
  for (const command of workstation) {
    lines.push(`  cmd=${commandExpression(command)}`);
    const need = needLine(command.placeholders);
    const run = [need, `run_local "$cmd" || ${fail}`].filter((l): l is string => l !== null);
    if (command.mutates) {
      lines.push('  if [ "$ON_NODE" = 1 ]; then');
      lines.push(`    say ${q(translate(language, 'sh.skipped-workstation'))}; say "  $cmd"`);
      lines.push('  elif [ "$APPLY" = 1 ]; then');
      for (const l of run) lines.push(`    ${l}`);
      lines.push('  else');
      lines.push(`    say ${q(translate(language, 'sh.would-run'))}; say "  $cmd"`);
      lines.push('  fi');
    } else {
      lines.push('  if [ "$ON_NODE" = 1 ]; then');
      lines.push(`    say ${q(translate(language, 'sh.skipped-workstation'))}; say "  $cmd"`);
      lines.push('  else');
      for (const l of run) lines.push(`    ${l}`);
      lines.push('  fi');
    }
  }
  const node = bash.filter((c) => c.runOn === 'node');
  if (node.length > 0) {
    // One session for all node commands of the step: later ones use variables set by earlier ones.
    lines.push(`  cmd=${node.map(commandExpression).join('"$NL"')}`);
    const need = needLine(node.flatMap((c) => c.placeholders));
    lines.push('  if node_reachable; then');
    if (need) lines.push(`    ${need}`);
    lines.push(`    run_node "$cmd" || ${fail}`);
    lines.push('  else');
    lines.push(`    say ${q(translate(language, 'sh.manual-node'))}; say "$cmd"`);
    lines.push('  fi');
  }
  if (powershell.length > 0) lines.push(`  say ${q(translate(language, 'sh.powershell'))}`);
  if (bash.length === 0 && powershell.length === 0) lines.push(`  say ${q(step.detail)}`);
  lines.push('}', '');
  return lines;
}

export interface RunbookScript {
  steps: readonly RunbookStep[];
  language: Language;
  /** Comment text after the shebang, before the safety and usage notes: what the script is for. */
  header: readonly string[];
  /** The command that reaches the node (without `--command`); none: node commands are printed. */
  ssh?: RunbookCommand | undefined;
  /** What a step without `onFailure` says when it fails (params: `step`); default `sh.next-end`. */
  nextEnd?: MessageId;
  /** The safety note and the usage text; default `sh.safety` and `sh.usage`. */
  safety?: MessageId;
  usage?: MessageId;
}

/** The runbook as a commented, read-only-by-default bash script. */
export function renderRunbookScript(script: RunbookScript): string {
  const { steps, language, ssh } = script;
  const nextEnd = script.nextEnd ?? 'sh.next-end';
  const usage = translate(language, script.usage ?? 'sh.usage');
  const placeholders = [
    ...new Set(
      steps.flatMap((s) =>
        s.commands.filter((c) => c.shell === 'bash').flatMap((c) => c.placeholders),
      ),
    ),
  ];
  const numbers = new Map(steps.map((s, i) => [s.id, i + 1]));

  const lines: string[] = ['#!/usr/bin/env bash'];
  for (const text of script.header) lines.push(...comment(text));
  lines.push(...comment(translate(language, script.safety ?? 'sh.safety')));
  lines.push(...comment(usage));
  if (placeholders.length > 0) {
    lines.push(...comment(translate(language, 'sh.values')));
    lines.push(`#   ${placeholders.join(' ')}`);
  }
  lines.push('set -eu', '');
  lines.push('APPLY=0', 'ON_NODE=0', "FROM=''", "NL=$'\\n'");
  lines.push('for arg in "$@"; do');
  lines.push('  case "$arg" in');
  lines.push('    --apply) APPLY=1 ;;');
  lines.push('    --on-node) ON_NODE=1 ;;');
  lines.push('    --from=*) FROM="${arg#--from=}" ;;');
  lines.push(`    -h | --help) printf '%s\\n' ${q(usage)}; exit 0 ;;`);
  lines.push(
    `    *) printf '%s: %s\\n' ${q(translate(language, 'sh.unknown-option'))} "$arg" >&2; exit 2 ;;`,
  );
  lines.push('  esac', 'done', '');
  for (const name of placeholders) lines.push(`${name}="\${${name}:-}"`);
  lines.push(...PRELUDE_LINES, '');
  lines.push(
    'need() {',
    '  local name',
    '  for name in "$@"; do',
    '    if [ -z "${!name:-}" ]; then',
  );
  lines.push(
    `      printf '%s\\n' "$(printf ${q(translate(language, 'sh.missing-value', { name: '%s' }))} "$name")" >&2`,
  );
  lines.push('      exit 2', '    fi', '  done', '}');
  lines.push(`fail() { printf '\\n%s\\n%s\\n%s\\n' "$1" "$2" "$3" >&2; exit 1; }`);
  lines.push(`run_local() { bash -o pipefail -c "$1"; }`);
  if (ssh) {
    lines.push(`SSH_CMD=${commandExpression(ssh)}`);
    lines.push(`SSH_NEEDS=${q(ssh.placeholders.join(' '))}`);
  } else {
    lines.push("SSH_CMD=''", "SSH_NEEDS=''");
  }
  // gcloud compute ssh may write keys to metadata: like any change, only with --apply.
  lines.push(
    'node_reachable() { [ "$ON_NODE" = 1 ] || { [ "$APPLY" = 1 ] && [ -n "$SSH_CMD" ]; }; }',
  );
  lines.push('run_node() {');
  lines.push('  if [ "$ON_NODE" = 1 ]; then bash -o pipefail -c "$1"; return; fi');
  lines.push('  # shellcheck disable=SC2086 # SSH_NEEDS is a list of names');
  lines.push('  [ -z "$SSH_NEEDS" ] || need $SSH_NEEDS');
  lines.push('  bash -o pipefail -c "$SSH_CMD --command $(q_u "$1")"');
  lines.push('}', '');

  steps.forEach((step, i) =>
    lines.push(...stepFunction({ number: i + 1, step, numbers, language, nextEnd })),
  );

  lines.push(`STEP_IDS=(${steps.map((s) => q(s.id)).join(' ')})`);
  lines.push(`STEP_BRANCH=(${steps.map((s) => (s.branch ? 1 : 0)).join(' ')})`);
  lines.push('if [ -n "$FROM" ]; then');
  lines.push('  found=0');
  lines.push('  for id in "${STEP_IDS[@]}"; do [ "$id" != "$FROM" ] || found=1; done');
  lines.push(
    `  if [ "$found" = 0 ]; then printf '%s: %s\\n' ${q(translate(language, 'sh.from-unknown'))} "$FROM" >&2; exit 2; fi`,
  );
  lines.push('fi');
  lines.push('started=0');
  lines.push('[ -n "$FROM" ] || started=1');
  lines.push('for i in "${!STEP_IDS[@]}"; do');
  lines.push('  id="${STEP_IDS[$i]}"');
  lines.push('  if [ "$started" = 0 ]; then');
  lines.push('    [ "$id" = "$FROM" ] || continue');
  lines.push('    started=1');
  lines.push('  elif [ "${STEP_BRANCH[$i]}" = 1 ]; then');
  lines.push('    continue');
  lines.push('  fi');
  lines.push('  "step_$((i + 1))"');
  lines.push('done');
  lines.push(`say ''`, `say ${q(translate(language, 'sh.done'))}`);
  return `${lines.join('\n')}\n`;
}
