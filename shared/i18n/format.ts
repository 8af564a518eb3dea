const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

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
