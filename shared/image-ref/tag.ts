/**
 * The tag: `[\w][\w.-]{0,127}`, so 1 to 128 characters, starting with a letter, digit or `_`;
 * uppercase is allowed. A reference without tag or digest means tag `latest`.
 */
import { describeChar, isWordChar } from './chars';
import { defect, type Defect } from './errors';

export const TAG_MAX_LENGTH = 128;
export const DEFAULT_TAG = 'latest';
export const TAG_SEPARATOR = ':';

export function checkTag(tag: string): Defect | undefined {
  if (tag === '') return defect('tag.empty', undefined, 'tag.empty.hint');
  if (tag.length > TAG_MAX_LENGTH) {
    return defect('tag.tooLong', { length: tag.length, limit: TAG_MAX_LENGTH });
  }
  const first = tag[0] as string;
  if (!isWordChar(first)) {
    return defect('tag.start', { tag: JSON.stringify(tag), char: describeChar(first) });
  }
  for (const c of tag) {
    if (c === TAG_SEPARATOR) {
      return defect('tag.colon', { tag: JSON.stringify(tag) }, 'tag.colon.hint');
    }
    if (!isWordChar(c) && c !== '.' && c !== '-') {
      return defect(
        'tag.badChar',
        { char: describeChar(c), tag: JSON.stringify(tag) },
        'tag.badChar.hint',
      );
    }
  }
  return undefined;
}
