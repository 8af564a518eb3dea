/**
 * Content negotiation (RFC 9110 §12.5.1): picks the representation the client ranks highest
 * among those offered, honouring q-values and wildcards. A `?format=` override wins.
 */
export function negotiateMediaType(
  accept: string | undefined,
  offered: readonly string[],
): string | undefined {
  if (!accept || accept.trim() === '') return offered[0];
  const ranges = accept
    .slice(0, 2048)
    .split(',')
    .slice(0, 50)
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('q='));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { range: range.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.range !== '');
  let best: { type: string; q: number; specificity: number; index: number } | undefined;
  for (const type of offered) {
    const [major] = type.split('/');
    for (const r of ranges) {
      const specificity =
        r.range === type ? 2 : r.range === `${major}/*` ? 1 : r.range === '*/*' ? 0 : -1;
      if (specificity < 0 || r.q <= 0) continue;
      const better =
        !best ||
        r.q > best.q ||
        (r.q === best.q &&
          (specificity > best.specificity ||
            (specificity === best.specificity && r.index < best.index)));
      if (better) best = { type, q: r.q, specificity, index: r.index };
    }
  }
  return best?.type;
}
