import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsFromZod } from '../../../functions/http/problem-response';

describe('field errors from zod issues', () => {
  it('points at each unknown member and escapes pointer characters', () => {
    const result = z
      .strictObject({ ok: z.string(), nested: z.strictObject({ 'a/b~c': z.number() }) })
      .safeParse({
        ok: 1,
        extra: true,
        nested: { 'a/b~c': 'x', other: 1 },
      });
    expect(result.success).toBe(false);
    const errors = fieldErrorsFromZod(result.error?.issues ?? [], 'body');
    expect(errors.map((e) => e.pointer).sort()).toEqual([
      '/extra',
      '/nested/a~1b~0c',
      '/nested/other',
      '/ok',
    ]);
    expect(errors.find((e) => e.pointer === '/extra')?.detail).toBe('Unknown field "extra".');
  });

  it('names the whole document with the empty pointer', () => {
    const result = z.object({ a: z.string() }).safeParse('text');
    expect(fieldErrorsFromZod(result.error?.issues ?? [], 'body')[0]?.pointer).toBe('');
  });
});
