import { describe, expect, it } from 'vitest';
import { LANGUAGES, placeholdersOf } from '../../../shared/i18n';
import { MESSAGE_CATALOGUES, type MessageId } from '../../../shared/preconditions';

const english = MESSAGE_CATALOGUES.en;
const ids = Object.keys(english) as MessageId[];

describe('message catalogues', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s has exactly the English message ids',
    (language) => {
      expect(Object.keys(MESSAGE_CATALOGUES[language]).sort()).toEqual([...ids].sort());
    },
  );

  it.each(LANGUAGES.flatMap((language) => ids.map((id) => ({ language, id }))))(
    '$language $id has the same placeholders as English and real text',
    ({ language, id }) => {
      const text = MESSAGE_CATALOGUES[language][id];
      expect(typeof text).toBe('string');
      expect(text.trim().length).toBeGreaterThan(10);
      expect(placeholdersOf(text)).toEqual(placeholdersOf(english[id]));
    },
  );

  it.each(ids)('Spanish %s is a translation, not a copy of the English', (id) => {
    expect(MESSAGE_CATALOGUES.es[id]).not.toBe(english[id]);
  });
});
