/**
 * The tag: `[\w][\w.-]{0,127}`, so 1 to 128 characters, starting with a letter, digit or `_`;
 * uppercase is allowed. A reference without tag or digest means tag `latest`.
 */
import { describeChar, isWordChar } from './chars';
import type { Defect } from './errors';

export const TAG_MAX_LENGTH = 128;
export const DEFAULT_TAG = 'latest';
export const TAG_SEPARATOR = ':';

export function checkTag(tag: string): Defect | undefined {
  if (tag === '') {
    return {
      what: '":" is not followed by a tag',
      hint: 'Write a tag after ":" or remove the ":".',
    };
  }
  if (tag.length > TAG_MAX_LENGTH) {
    return {
      what: `the tag is ${tag.length} characters long; the limit is ${TAG_MAX_LENGTH}`,
    };
  }
  const first = tag[0] as string;
  if (!isWordChar(first)) {
    return {
      what: `the tag ${JSON.stringify(tag)} must start with a letter, digit or "_", not ${describeChar(first)}`,
    };
  }
  for (const c of tag) {
    if (c === TAG_SEPARATOR) {
      return {
        what: `the tag ${JSON.stringify(tag)} contains ":"`,
        hint: 'A reference has at most one tag; a registry port must be followed by "/" and the path ("host:5000/image:tag").',
      };
    }
    if (!isWordChar(c) && c !== '.' && c !== '-') {
      return {
        what: `character ${describeChar(c)} is not allowed in the tag ${JSON.stringify(tag)}`,
        hint: 'A tag holds letters, digits, "_", "." and "-".',
      };
    }
  }
  return undefined;
}
