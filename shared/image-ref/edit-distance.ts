/** Levenshtein distance (insert, delete, substitute each cost 1), in O(a·b) time, O(b) space. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        substitution,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidates nearest to `value`, closest first (ties keep the candidates' order).
 * `value` is cut to `maxValueLength` first so the cost stays bounded whatever the input.
 */
export function nearest(
  value: string,
  candidates: readonly string[],
  count: number,
  maxValueLength = 64,
): string[] {
  const subject = value.slice(0, maxValueLength);
  return candidates
    .map((candidate, index) => ({ candidate, index, distance: editDistance(subject, candidate) }))
    .sort((x, y) => x.distance - y.distance || x.index - y.index)
    .slice(0, count)
    .map((entry) => entry.candidate);
}
