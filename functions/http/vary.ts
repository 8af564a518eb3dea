/**
 * `Vary` (RFC 9110 §12.5.5) as a set: the request headers an answer depended on, each named once
 * whatever its case, in the order first named; `*` stands alone.
 */
export function mergeVary(current: string | null | undefined, ...names: string[]): string {
  const seen = new Map<string, string>();
  for (const name of [...(current ?? '').split(','), ...names]) {
    const trimmed = name.trim();
    if (trimmed === '') continue;
    if (trimmed === '*') return '*';
    const key = trimmed.toLowerCase();
    if (!seen.has(key)) seen.set(key, trimmed);
  }
  return [...seen.values()].join(', ');
}
