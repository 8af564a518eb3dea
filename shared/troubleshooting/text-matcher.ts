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

export function createTextMatcher(texts: readonly string[]): TextMatcher {
  const next: Array<Map<number, number>> = [new Map()];
  const outputs: number[][] = [[]];
  const failure: number[] = [0];
  texts.forEach((text, id) => {
    let state = 0;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      let target = next[state]?.get(code);
      if (target === undefined) {
        target = next.length;
        next.push(new Map());
        outputs.push([]);
        failure.push(0);
        next[state]?.set(code, target);
      }
      state = target;
    }
    outputs[state]?.push(id);
  });
  // Breadth first, so that a state's failure target is complete before the state itself.
  const queue = [...(next[0]?.values() ?? [])];
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] as number;
    for (const [code, target] of next[state] ?? []) {
      queue.push(target);
      let fallback = failure[state] as number;
      while (fallback !== 0 && !next[fallback]?.has(code)) fallback = failure[fallback] as number;
      const candidate = next[fallback]?.get(code);
      failure[target] = candidate !== undefined && candidate !== target ? candidate : 0;
      outputs[target] = [...(outputs[target] ?? []), ...(outputs[failure[target] as number] ?? [])];
    }
  }
  return {
    size: texts.length,
    scan(line, found) {
      let state = 0;
      for (let index = 0; index < line.length; index += 1) {
        const code = line.charCodeAt(index);
        let target = next[state]?.get(code);
        while (target === undefined && state !== 0) {
          state = failure[state] as number;
          target = next[state]?.get(code);
        }
        state = target ?? 0;
        for (const id of outputs[state] as number[]) found[id] = 1;
      }
    },
  };
}
