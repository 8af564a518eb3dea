const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/**
 * A template split once at its `{name}` slots: literal text at even indexes, slot names at odd
 * ones (`'Tag {tag} moved'` → `['Tag ', 'tag', ' moved']`). Filling it is a concatenation, so a
 * catalogue text is scanned for slots once per process instead of once per answer.
 */
export type PreparedTemplate = readonly string[];

export function prepareTemplate(template: string): PreparedTemplate {
  const parts: string[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, match.index), match[1] as string);
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

/**
 * Fills a prepared template; `valueOf` gives a slot's text, or undefined to leave the slot
 * visible (as `formatMessage` does for a missing value).
 */
export function fillPrepared(
  parts: PreparedTemplate,
  valueOf: (name: string) => string | undefined,
): string {
  let out = parts[0] as string;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index] as string;
    out += (valueOf(name) ?? `{${name}}`) + (parts[index + 1] as string);
  }
  return out;
}

/** Fills `{name}` slots; a slot without a value is left visible rather than silently dropped. */
export function formatMessage(
  template: string,
  params: Record<string, string | number> = {},
): string {
  return template.replace(PLACEHOLDER, (slot, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : slot,
  );
}

/** The placeholder names of a template, for catalogue parity tests. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string).sort();
}
