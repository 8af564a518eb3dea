export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Longer headers are read only this far, and only this many ranges of them. */
const MAX_HEADER_LENGTH = 1024;
const MAX_RANGES = 50;
/** RFC 9110 §12.4.2: `q=` then 0 to 1 with at most three decimals. */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

interface LanguageRange {
  /** Lowercase primary subtag (`es` for `es-419`), or `*`. */
  primary: string;
  q: number;
  index: number;
}

function parseRanges(header: string): LanguageRange[] {
  const ranges: LanguageRange[] = [];
  const parts = header.slice(0, MAX_HEADER_LENGTH).split(',').slice(0, MAX_RANGES);
  parts.forEach((part, index) => {
    const [tag = '', ...params] = part.split(';').map((piece) => piece.trim());
    if (tag === '') return;
    let q = 1;
    for (const param of params) {
      const [name = '', value = ''] = param.split('=').map((piece) => piece.trim());
      if (name.toLowerCase() !== 'q') continue;
      // A malformed weight makes the whole range meaningless: it is skipped, not guessed at.
      if (!QVALUE.test(value)) return;
      q = Number(value);
    }
    ranges.push({ primary: tag.toLowerCase().split('-')[0] ?? '', q, index });
  });
  return ranges;
}

/**
 * Picks the best supported language from an `Accept-Language` header (RFC 9110 §12.5.4, basic
 * filtering of RFC 4647): each language gets the highest weight of the ranges naming its primary
 * subtag (`es`, `es-ES`, `es-419`, `es-MX` all name `es`), or else the weight of `*`; `q=0`
 * refuses it. The heaviest wins, ties going to the range named first and then to the default
 * language. When every language is refused or none is named, the default language answers:
 * a text in a language not asked for beats no answer (the `Content-Language` says which).
 */
export function negotiateLanguage(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) return DEFAULT_LANGUAGE;
  const ranges = parseRanges(acceptLanguage);
  const wildcard = ranges.find((range) => range.primary === '*');
  let best: { language: Language; q: number; index: number } | undefined;
  for (const language of LANGUAGES) {
    const named = ranges.filter((range) => range.primary === language);
    const weight =
      named.length > 0 ? named.reduce((top, range) => (range.q > top.q ? range : top)) : wildcard;
    if (weight === undefined || weight.q <= 0) continue;
    const index = named.length > 0 ? weight.index : Number.MAX_SAFE_INTEGER;
    if (best === undefined || weight.q > best.q || (weight.q === best.q && index < best.index)) {
      best = { language, q: weight.q, index };
    }
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}
