import type { Shell } from './types';

/**
 * Quoting for the two shells plans speak. Values from a request are never pasted raw into a
 * command: each is quoted for the quoting context it lands in (bare word, inside "…", inside a
 * bash `$(…)`), so a node name or image cannot break out of its argument.
 */

const BASH_SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
const POWERSHELL_SAFE = /^[A-Za-z0-9_@%+=:,./\\-]+$/;

/** A bash word: bare when safe, single-quoted otherwise. */
export function shellQuote(value: string): string {
  if (value !== '' && BASH_SAFE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A PowerShell argument: bare when safe, single-quoted (with '' for ') otherwise. */
export function powershellQuote(value: string): string {
  if (value !== '' && POWERSHELL_SAFE.test(value)) return value;
  return `'${value.replace(/'/g, "''")}'`;
}

export type QuoteContext = 'bare' | 'double' | 'single';

/** Escapes a value for the inside of a double-quoted string of the given shell. */
export function escapeInDoubleQuotes(value: string, shell: Shell): string {
  return shell === 'bash'
    ? value.replace(/[\\"$`]/g, (c) => `\\${c}`)
    : value.replace(/[`"$]/g, (c) => `\`${c}`);
}

export function quoteFor(value: string, shell: Shell, context: QuoteContext): string {
  if (context === 'double') return escapeInDoubleQuotes(value, shell);
  if (context === 'single') throw new Error('a value cannot be placed inside single quotes');
  return shell === 'bash' ? shellQuote(value) : powershellQuote(value);
}

/**
 * Walks a command and reports the quoting context at each index. Bash: '…', "…" with \ escapes,
 * and `$(…)` which opens a bare context even inside double quotes. PowerShell: '…' ('' escapes)
 * and "…" (` escapes).
 */
export function contextsOf(text: string, shell: Shell): QuoteContext[] {
  const contexts: QuoteContext[] = new Array<QuoteContext>(text.length);
  // Stack of open constructs; the base is bare text.
  const stack: Array<'bare' | 'subshell' | 'single' | 'double'> = ['bare'];
  const top = () => stack[stack.length - 1] ?? 'bare';
  const contextOf = (state: ReturnType<typeof top>): QuoteContext =>
    state === 'single' ? 'single' : state === 'double' ? 'double' : 'bare';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const state = top();
    contexts[i] = contextOf(state);
    if (state === 'single') {
      if (c === "'") {
        if (shell === 'powershell' && text[i + 1] === "'") {
          contexts[++i] = 'single';
        } else {
          stack.pop();
        }
      }
      continue;
    }
    const escape = shell === 'bash' ? '\\' : '`';
    if (c === escape) {
      if (i + 1 < text.length) contexts[++i] = contextOf(state);
      continue;
    }
    if (shell === 'bash' && c === '$' && text[i + 1] === '(') {
      contexts[++i] = contextOf(state);
      stack.push('subshell');
      continue;
    }
    if (state === 'double') {
      if (c === '"') stack.pop();
      continue;
    }
    if (c === "'") stack.push('single');
    else if (c === '"') stack.push('double');
    else if (c === ')' && state === 'subshell') stack.pop();
  }
  return contexts;
}

const SLOT = /\{([a-z][A-Za-z]*)\}/g;

export interface FilledCommand {
  run: string;
  placeholders: string[];
}

/** A command template read once: its text between slots, and each slot with its quoting context. */
interface PreparedCommand {
  /** `texts[i]` precedes `slots[i]`; the last text follows the last slot. */
  texts: string[];
  slots: Array<{ match: string; name: string; context: QuoteContext }>;
}

const PREPARED_COMMANDS: Readonly<Record<Shell, Map<string, PreparedCommand>>> = {
  bash: new Map(),
  powershell: new Map(),
};

/** Command templates are data: each is scanned for slots and quoting contexts once per process. */
function preparedCommand(template: string, shell: Shell): PreparedCommand {
  const cache = PREPARED_COMMANDS[shell];
  let prepared = cache.get(template);
  if (prepared === undefined) {
    const contexts = contextsOf(template, shell);
    prepared = { texts: [], slots: [] };
    let last = 0;
    for (const match of template.matchAll(SLOT)) {
      prepared.texts.push(template.slice(last, match.index));
      prepared.slots.push({
        match: match[0],
        name: match[1] as string,
        context: contexts[match.index] ?? 'bare',
      });
      last = match.index + match[0].length;
    }
    prepared.texts.push(template.slice(last));
    cache.set(template, prepared);
  }
  return prepared;
}

/**
 * Fills `{slot}` names in a command template: known values quoted for their context, unknown ones
 * as their UPPER_SNAKE placeholder. Throws on a slot the table does not know (a bug in the data).
 */
export function fillTemplate(
  template: string,
  shell: Shell,
  values: Readonly<Record<string, string | null | undefined>>,
  placeholderOf: (slot: string) => string | undefined,
): FilledCommand {
  const { texts, slots } = preparedCommand(template, shell);
  const placeholders: string[] = [];
  let run = texts[0] as string;
  slots.forEach(({ match, name, context }, index) => {
    const placeholder = placeholderOf(name);
    if (placeholder === undefined)
      throw new Error(`unknown slot ${match} in command template: ${template}`);
    const value = values[name];
    let filled: string;
    if (value === null || value === undefined || value === '') {
      if (context === 'single') throw new Error(`slot ${match} inside single quotes: ${template}`);
      if (!placeholders.includes(placeholder)) placeholders.push(placeholder);
      filled = placeholder;
    } else {
      filled = quoteFor(value, shell, context);
    }
    run += filled + (texts[index + 1] as string);
  });
  return { run, placeholders };
}

/** The slots a command template fills, by name, in order: the same one-time scan `fillTemplate` uses. */
export function commandSlotNames(template: string, shell: Shell): string[] {
  return preparedCommand(template, shell).slots.map((slot) => slot.name);
}

export interface TextPart {
  text: string;
}
export interface PlaceholderPart {
  placeholder: string;
  context: QuoteContext;
}

/**
 * Splits a filled command at its (known) placeholders, with the quoting context of each, so a
 * script can substitute values given at run time.
 */
export function splitAtPlaceholders(
  run: string,
  placeholders: readonly string[],
  shell: Shell,
): Array<TextPart | PlaceholderPart> {
  if (placeholders.length === 0) return [{ text: run }];
  const names = [...placeholders].sort((a, b) => b.length - a.length).join('|');
  const re = new RegExp(`(?<![A-Za-z0-9_$])(?:${names})(?![A-Za-z0-9_])`, 'g');
  const contexts = contextsOf(run, shell);
  const parts: Array<TextPart | PlaceholderPart> = [];
  let last = 0;
  for (const m of run.matchAll(re)) {
    const index = m.index;
    if (index > last) parts.push({ text: run.slice(last, index) });
    parts.push({ placeholder: m[0], context: contexts[index] ?? 'bare' });
    last = index + m[0].length;
  }
  if (last < run.length) parts.push({ text: run.slice(last) });
  return parts;
}
