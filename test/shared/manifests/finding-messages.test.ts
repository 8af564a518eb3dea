import { describe, expect, it } from 'vitest';
import { LANGUAGES, placeholdersOf } from '../../../shared/i18n';
import { FINDING_TEXT, VALUE_TYPE_TEXT } from '../../../shared/manifests/finding-messages';

describe('finding messages', () => {
  it.each(Object.entries(FINDING_TEXT))(
    '%s has the same placeholders in every language',
    (_code, text) => {
      const english = placeholdersOf(text.message.en);
      expect(english).toContain('objectPath');
      for (const language of LANGUAGES)
        expect(placeholdersOf(text.message[language])).toEqual(english);
    },
  );

  it.each(Object.entries(VALUE_TYPE_TEXT))(
    'the value type %s reads in every language',
    (_type, text) => {
      for (const language of LANGUAGES) expect(text[language].trim()).not.toBe('');
    },
  );
});
