import type { Language } from './language';

/**
 * Spanish contracts "a el" to "al" and "de el" to "del". A template cannot write the contraction
 * itself when the article comes from a slot ("a {registry}" with "el registro"), so it is made
 * where a preposition meets a slot whose value starts with the article: "llegar al registro".
 * Only those joints change; the template's own words and the values' insides never do.
 *
 * Where the joints are depends on the template only (`contractionJoints`, once per template);
 * whether one contracts depends on the value (`contract`, per answer).
 */
const SPANISH_JOINT = /(^|[^\p{L}\p{N}])(a|de) \{([a-zA-Z][a-zA-Z0-9]*)\}/gu;
const ARTICLE = 'el ';

/** The joints of a template in a language: the position of each joint slot's `{`, and its preposition. */
export function contractionJoints(language: Language, template: string): Map<number, string> {
  const joints = new Map<number, string>();
  if (language !== 'es' || !template.includes('{')) return joints;
  for (const match of template.matchAll(SPANISH_JOINT)) {
    const [, before = '', preposition = ''] = match;
    joints.set(match.index + before.length + preposition.length + 1, preposition);
  }
  return joints;
}

/** The contraction at a joint for this value ("a" + "el registro" → "al" + "registro"), if any. */
export function contract(
  preposition: string,
  value: string | number,
): { preposition: string; value: string } | undefined {
  if (typeof value !== 'string' || !value.startsWith(ARTICLE)) return undefined;
  return { preposition: preposition === 'a' ? 'al' : 'del', value: value.slice(ARTICLE.length) };
}
