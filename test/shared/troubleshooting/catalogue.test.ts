import { describe, expect, it } from 'vitest';
import { LANGUAGES, placeholdersOf } from '../../../shared/i18n';
import { CATALOGUES, CAUSES } from '../../../shared/troubleshooting';
import { STEP_IDS } from '../../../shared/troubleshooting/steps';

const EN_KEYS = Object.keys(CATALOGUES.en);

describe('troubleshooting catalogues', () => {
  it.each(LANGUAGES.map((l) => [l] as const))('%s has exactly the English keys', (language) => {
    expect(Object.keys(CATALOGUES[language]).sort()).toEqual([...EN_KEYS].sort());
  });

  it.each(EN_KEYS.map((k) => [k] as const))(
    'message %s has the same placeholders in every language',
    (key) => {
      const expected = placeholdersOf(CATALOGUES.en[key as keyof typeof CATALOGUES.en]);
      for (const language of LANGUAGES) {
        const text = CATALOGUES[language][key as keyof typeof CATALOGUES.en];
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        expect(placeholdersOf(text), `${language} ${key}`).toEqual(expected);
      }
    },
  );

  it('translates prose rather than copying English', () => {
    const same = EN_KEYS.filter((k) => {
      const en = CATALOGUES.en[k as keyof typeof CATALOGUES.en];
      return en === CATALOGUES.es[k as keyof typeof CATALOGUES.en] && en.split(' ').length > 3;
    });
    // Only literal tool output (what a command prints) may stay in English.
    for (const key of same) expect(key).toMatch(/\.expect$/);
  });

  it.each(STEP_IDS.map((id) => [id] as const))(
    'step %s has a title, a detail and an expectation',
    (id) => {
      for (const field of ['title', 'detail', 'expect']) {
        const keys = EN_KEYS.filter(
          (k) => k === `step.${id}.${field}` || k.startsWith(`step.${id}.${field}.`),
        );
        expect(keys.length, `step.${id}.${field}`).toBeGreaterThan(0);
      }
    },
  );

  it.each(CAUSES.map((c) => [c] as const))('cause %s has a title and a summary', (cause) => {
    expect(EN_KEYS).toContain(`cause.${cause}`);
    expect(EN_KEYS).toContain(`summary.${cause}`);
  });
});
