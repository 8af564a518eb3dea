/**
 * Languages of human-readable text. Machine fields (codes, ids, causes, statuses) never change
 * with the language; only messages do. Catalogues are plain objects keyed by message id, one
 * file per language, with `{placeholder}` slots filled by `formatMessage`.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * Picks the best supported language from an `Accept-Language` header (RFC 9110 §12.5.4):
 * highest q-value first, a primary subtag match (`es-MX` → `es`) counts, `q=0` excludes.
 */
export function negotiateLanguage(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) return DEFAULT_LANGUAGE;
  const ranges = acceptLanguage
    .slice(0, 1024)
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { range: range.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.range !== '' && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { range } of ranges) {
    if (range === '*') return DEFAULT_LANGUAGE;
    const primary = range.split('-')[0];
    const match = LANGUAGES.find((language) => language === primary);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

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
