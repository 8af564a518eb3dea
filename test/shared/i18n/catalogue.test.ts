import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  LANGUAGES,
  MESSAGE_FILES,
  placeholdersOf,
  translate,
  type MessageId,
} from '../../../shared/i18n';

const english = CATALOGUES.en;
const ids = Object.keys(english) as MessageId[];

/** Texts that are what a tool prints, or a product or code name, may read the same in Spanish. */
const SAME_IN_EVERY_LANGUAGE = /^(?:step\.[a-z-]+\.expect(?:\.|$)|valueType\.null$|sh\.)/;

describe('the one message catalogue', () => {
  it('has no id in two message files (a later file would silently win)', () => {
    for (const language of LANGUAGES) {
      const total = MESSAGE_FILES[language].reduce(
        (sum, file) => sum + Object.keys(file).length,
        0,
      );
      expect(total, language).toBe(Object.keys(CATALOGUES[language]).length);
    }
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the English ids', (language) => {
    expect(Object.keys(CATALOGUES[language]).sort()).toEqual([...ids].sort());
  });

  it.each(LANGUAGES.flatMap((language) => ids.map((id) => ({ language, id }))))(
    '$language $id has real text and the same placeholders as English',
    ({ language, id }) => {
      const text = CATALOGUES[language][id];
      expect(text.trim()).not.toBe('');
      expect(placeholdersOf(text)).toEqual(placeholdersOf(english[id]));
    },
  );

  it('translates prose rather than copying the English', () => {
    const copied = ids.filter(
      (id) =>
        CATALOGUES.es[id] === english[id] &&
        english[id].split(' ').length > 3 &&
        !SAME_IN_EVERY_LANGUAGE.test(id),
    );
    expect(copied).toEqual([]);
  });

  it('renders a message held in a slot in the same language', () => {
    const text = translate('es', 'imageReference.invalid', {
      code: 'INVALID_REFERENCE',
      detail: { id: 'warning.IMPLICIT_LATEST_TAG', params: { normalized: 'docker.io/x:latest' } },
    });
    expect(text).toContain(
      translate('es', 'warning.IMPLICIT_LATEST_TAG', { normalized: 'docker.io/x:latest' }),
    );
  });

  it('fills a slot its parameters lack from the fallback, never over a parameter', () => {
    const id = 'warning.IMPLICIT_LATEST_TAG';
    const fallback = { normalized: 'NORMALIZED_NAME' };
    expect(translate('en', id, {}, fallback)).toBe(translate('en', id, fallback));
    expect(translate('en', id, { normalized: 'docker.io/x:latest' }, fallback)).toBe(
      translate('en', id, { normalized: 'docker.io/x:latest' }),
    );
    expect(translate('en', id, {}, fallback)).toContain('NORMALIZED_NAME');
    expect(translate('en', id, {}, { toString: 'inherited' })).toBe(translate('en', id));
  });
});
