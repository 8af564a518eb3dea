import type { Language } from './language';

/**
 * Spanish contracts "a el" to "al" and "de el" to "del". A template cannot write the contraction
 * itself when the article comes from a slot ("a {registry}" with "el registro"), so it is made
 * where a preposition meets a slot whose value starts with the article: "llegar al registro".
 * Only those joints change; the template's own words and the values' insides never do.
 */
const SPANISH_JOINT = /(^|[^\p{L}\p{N}])(a|de) \{([a-zA-Z][a-zA-Z0-9]*)\}/gu;
const ARTICLE = 'el ';

export function contractAtSlots(
  language: Language,
  template: string,
  values: Record<string, string | number>,
): { template: string; values: Record<string, string | number> } {
  if (language !== 'es' || !template.includes('{')) return { template, values };
  let contracted: Record<string, string | number> | undefined;
  const rewritten = template.replace(
    SPANISH_JOINT,
    (joint, before: string, preposition: string, name: string) => {
      const value = values[name];
      if (typeof value !== 'string' || !value.startsWith(ARTICLE)) return joint;
      contracted ??= { ...values };
      const slot = `${name}WithoutArticle`;
      contracted[slot] = value.slice(ARTICLE.length);
      return `${before}${preposition === 'a' ? 'al' : 'del'} {${slot}}`;
    },
  );
  return contracted === undefined
    ? { template, values }
    : { template: rewritten, values: contracted };
}
