const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/**
 * A template split once at its `{name}` slots: literal text at even indexes of `parts`, slot
 * names at odd ones (`'Tag {tag} moved'` → `['Tag ', 'tag', ' moved']`), and for each slot the
 * preposition it follows when the language contracts there (contractions.ts). Filling it is a
 * concatenation, so a catalogue text is scanned once per process instead of once per answer.
 */
export interface PreparedTemplate {
  parts: readonly string[];
  /** Per slot, in order: the preposition of a contraction joint, if the slot is one. */
  joints: ReadonlyArray<string | undefined>;
}

/** `joints`: the position of each slot's `{` that is a contraction joint, with its preposition. */
export function prepareTemplate(
  template: string,
  joints: ReadonlyMap<number, string> = new Map(),
): PreparedTemplate {
  const parts: string[] = [];
  const slotJoints: Array<string | undefined> = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, match.index), match[1] as string);
    slotJoints.push(joints.get(match.index));
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return { parts, joints: slotJoints };
}

/**
 * Fills a prepared template. `valueOf` gives a slot's value, or undefined to leave the slot
 * visible (as `formatMessage` does for a missing value); `contract` may rewrite the preposition
 * before a joint slot together with its value ("a" + "el registro" → "al" + "registro").
 */
export function fillPrepared(
  { parts, joints }: PreparedTemplate,
  valueOf: (name: string) => string | number | undefined,
  contract: (
    preposition: string,
    value: string | number,
  ) => { preposition: string; value: string } | undefined = () => undefined,
): string {
  let out = parts[0] as string;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index] as string;
    const value = valueOf(name);
    const preposition = joints[(index - 1) / 2];
    const contracted =
      value === undefined || preposition === undefined ? undefined : contract(preposition, value);
    if (value === undefined) out += `{${name}}`;
    else if (contracted === undefined || preposition === undefined) out += String(value);
    else {
      // The literal before a joint slot ends with the preposition and a space.
      out = `${out.slice(0, out.length - preposition.length - 1)}${contracted.preposition} ${contracted.value}`;
    }
    out += parts[index + 1] as string;
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
