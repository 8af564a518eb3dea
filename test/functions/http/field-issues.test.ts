import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonPointer } from '../../../functions/http/problem-document';
import { fieldIssuesFromZod } from '../../../functions/http/field-issues';
import { renderMessage, type Message } from '../../../shared/i18n';
import { matchingRule, refusedWith } from '../../../shared/problems';

describe('field issues from zod issues', () => {
  it('names each unknown member by its own path, and pointers escape their characters', () => {
    const result = z
      .strictObject({ ok: z.string(), nested: z.strictObject({ 'a/b~c': z.number() }) })
      .safeParse({
        ok: 1,
        extra: true,
        nested: { 'a/b~c': 'x', other: 1 },
      });
    expect(result.success).toBe(false);
    const issues = fieldIssuesFromZod(result.error?.issues ?? []);
    expect(issues.map((issue) => jsonPointer(issue.path)).sort()).toEqual([
      '/extra',
      '/nested/a~1b~0c',
      '/nested/other',
      '/ok',
    ]);
    const extra = issues.find((issue) => jsonPointer(issue.path) === '/extra');
    expect(renderMessage(extra?.detail as Message, 'en')).toBe('Unknown field "extra".');
  });

  it('names the whole document with the empty pointer', () => {
    const result = z.object({ a: z.string() }).safeParse('text');
    const [issue] = fieldIssuesFromZod(result.error?.issues ?? []);
    expect(jsonPointer(issue?.path ?? ['x'])).toBe('');
  });
});

describe('the detail of each issue kind, from our catalogue', () => {
  const detailOf = (schema: z.ZodType, input: unknown, language: 'en' | 'es') => {
    const result = schema.safeParse(input);
    const [issue] = fieldIssuesFromZod(result.error?.issues ?? [], input);
    return renderMessage(issue?.detail as Message, language);
  };

  it.each([
    {
      kind: 'invalid_type',
      schema: z.object({ n: z.number() }),
      input: { n: 'x' },
      en: 'Must be a number, but it is a string.',
      es: 'Tiene que ser un número, pero es una cadena.',
    },
    {
      kind: 'invalid_type (integer)',
      schema: z.object({ n: z.int() }),
      input: { n: 1.5 },
      en: 'Must be a whole number.',
      es: 'Tiene que ser un número entero.',
    },
    {
      kind: 'invalid_type (missing)',
      schema: z.object({ n: z.number() }),
      input: {},
      en: 'This field is required.',
      es: 'Este campo es obligatorio.',
    },
    {
      kind: 'too_small (string)',
      schema: z.object({ s: z.string().min(3) }),
      input: { s: 'ab' },
      en: 'Must be at least 3 characters long.',
      es: 'Tiene que tener al menos 3 caracteres.',
    },
    {
      kind: 'too_small (empty list)',
      schema: z.object({ s: z.array(z.string()).min(1) }),
      input: { s: [] },
      en: 'Must not be empty.',
      es: 'No puede estar vacío.',
    },
    {
      kind: 'too_small (number)',
      schema: z.object({ n: z.number().min(60) }),
      input: { n: 1 },
      en: 'Must be at least 60.',
      es: 'Tiene que ser 60 o más.',
    },
    {
      kind: 'too_small (exclusive)',
      schema: z.object({ n: z.number().positive() }),
      input: { n: 0 },
      en: 'Must be greater than 0.',
      es: 'Tiene que ser mayor que 0.',
    },
    {
      kind: 'too_big (string)',
      schema: z.object({ s: z.string().max(2) }),
      input: { s: 'abc' },
      en: 'Must be at most 2 characters long.',
      es: 'Puede tener como máximo 2 caracteres.',
    },
    {
      kind: 'too_big (list)',
      schema: z.object({ s: z.array(z.number()).max(2) }),
      input: { s: [1, 2, 3] },
      en: 'Must have at most 2 items.',
      es: 'Puede tener como máximo 2 elementos.',
    },
    {
      kind: 'too_big (number)',
      schema: z.object({ n: z.number().max(3600) }),
      input: { n: 4000 },
      en: 'Must be at most 3600.',
      es: 'Tiene que ser 3600 o menos.',
    },
    {
      kind: 'invalid_format (a rule in words)',
      schema: z.object({ p: matchingRule(/^[a-z]+$/, 'rule.subnetName') }),
      input: { p: 'A B' },
      en: '"A B" is not a subnet name (lowercase letters, digits, hyphens).',
      es: '"A B" no es un nombre de subred (letras minúsculas, dígitos y guiones).',
    },
    {
      kind: 'invalid_format (a bare pattern)',
      schema: z.object({ p: z.string().regex(/^x$/) }),
      input: { p: 'y' },
      en: 'Must match the pattern /^x$/.',
      es: 'Tiene que cumplir el patrón /^x$/.',
    },
    {
      kind: 'invalid_value',
      schema: z.object({ e: z.enum(['a', 'b', 'c']) }),
      input: { e: 'd' },
      en: 'Must be one of "a" or "b" or "c".',
      es: 'Tiene que ser uno de estos valores: "a" o "b" o "c".',
    },
    {
      kind: 'unrecognized_keys',
      schema: z.strictObject({}),
      input: { extra: 1 },
      en: 'Unknown field "extra".',
      es: 'Campo desconocido: "extra".',
    },
    {
      kind: 'custom, refused with a catalogue message',
      schema: z.object({}).refine(() => false, refusedWith('validation.errorOrImage')),
      input: {},
      en: 'Send at least one of `error` (the pasted event) or `image`.',
      es: 'Envía al menos `error` (el evento pegado) o `image`.',
    },
    {
      kind: 'custom, with only a zod message',
      schema: z.object({}).refine(() => false, 'nope'),
      input: {},
      en: 'This value is not valid.',
      es: 'Este valor no es válido.',
    },
  ])('$kind', ({ schema, input, en, es }) => {
    expect(detailOf(schema, input, 'en')).toBe(en);
    expect(detailOf(schema, input, 'es')).toBe(es);
  });

  it("never shows zod's own English message", () => {
    const result = z.object({ n: z.number() }).safeParse({ n: 'x' });
    const zodMessage = result.error?.issues[0]?.message ?? '';
    expect(zodMessage).not.toBe('');
    const [issue] = fieldIssuesFromZod(result.error?.issues ?? [], { n: 'x' });
    for (const language of ['en', 'es'] as const) {
      expect(renderMessage(issue?.detail as Message, language)).not.toContain(zodMessage);
    }
  });
});
