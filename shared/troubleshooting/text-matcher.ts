/**
 * Finds which of many texts occur in a line, in one pass over it (Aho–Corasick: a trie of the
 * texts with failure links, https://doi.org/10.1145/360825.360855): the classifier's prefilter,
 * so that the work per line no longer grows with the number of patterns. Every occurrence is
 * reported, overlapping ones included.
 */
export interface TextMatcher {
  /** Marks `found[i]` for every text `i` that occurs in `line`; `found` has one slot per text. */
  scan(line: string, found: Uint8Array): void;
  readonly size: number;
}

/**
 * The trie with its failure links is compiled into a table of transitions (a deterministic
 * automaton over the characters the texts use, every other character being one class), so the
 * scan reads one table cell per character and never follows a failure link.
 */
export function createTextMatcher(texts: readonly string[]): TextMatcher {
  // Character classes: 0 for every character no text uses, then one per character used.
  const asciiClass = new Uint8Array(128);
  const otherClass = new Map<number, number>();
  let classes = 1;
  const classOf = (code: number): number =>
    code < 128 ? (asciiClass[code] as number) : (otherClass.get(code) ?? 0);
  for (const text of texts) {
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (classOf(code) !== 0) continue;
      if (code < 128) asciiClass[code] = classes;
      else otherClass.set(code, classes);
      classes += 1;
    }
  }
  if (classes > 255) throw new RangeError('the texts use more than 254 distinct characters');

  const next: Array<Map<number, number>> = [new Map()];
  const outputs: number[][] = [[]];
  texts.forEach((text, id) => {
    let state = 0;
    for (let index = 0; index < text.length; index += 1) {
      const symbol = classOf(text.charCodeAt(index));
      let target = next[state]?.get(symbol);
      if (target === undefined) {
        target = next.length;
        next.push(new Map());
        outputs.push([]);
        next[state]?.set(symbol, target);
      }
      state = target;
    }
    outputs[state]?.push(id);
  });

  // Breadth first, so that a state's failure target is complete before the state itself: each
  // state's row is its own transitions over its failure target's row.
  const delta = new Int32Array(next.length * classes);
  const failure = new Int32Array(next.length);
  for (const [symbol, target] of next[0] ?? []) delta[symbol] = target;
  const queue = [...(next[0]?.values() ?? [])];
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] as number;
    const row = state * classes;
    const fallbackRow = (failure[state] as number) * classes;
    for (let symbol = 0; symbol < classes; symbol += 1) {
      delta[row + symbol] = delta[fallbackRow + symbol] as number;
    }
    for (const [symbol, target] of next[state] ?? []) {
      delta[row + symbol] = target;
      failure[target] = delta[fallbackRow + symbol] as number;
      queue.push(target);
    }
  }
  // Each state's outputs with those of its failure chain, flattened (BFS order again).
  const all: number[][] = outputs.map((own) => own);
  for (const state of queue) {
    const inherited = all[failure[state] as number] as number[];
    if (inherited.length > 0) all[state] = [...(all[state] as number[]), ...inherited];
  }
  const outputStart = new Int32Array(next.length + 1);
  all.forEach((ids, state) => {
    outputStart[state + 1] = (outputStart[state] as number) + ids.length;
  });
  const outputIds = Int32Array.from(all.flat());

  return {
    size: texts.length,
    scan(line, found) {
      let state = 0;
      for (let index = 0; index < line.length; index += 1) {
        const code = line.charCodeAt(index);
        const symbol = code < 128 ? (asciiClass[code] as number) : (otherClass.get(code) ?? 0);
        state = delta[state * classes + symbol] as number;
        const end = outputStart[state + 1] as number;
        for (let at = outputStart[state] as number; at < end; at += 1) {
          found[outputIds[at] as number] = 1;
        }
      }
    },
  };
}
