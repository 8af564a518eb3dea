import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonPointer } from '../../../functions/http/problem-document';
import { fieldIssuesFromZod } from '../../../functions/http/problem-response';

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
    expect(issues.find((issue) => jsonPointer(issue.path) === '/extra')?.detail).toBe(
      'Unknown field "extra".',
    );
  });

  it('names the whole document with the empty pointer', () => {
    const result = z.object({ a: z.string() }).safeParse('text');
    const [issue] = fieldIssuesFromZod(result.error?.issues ?? []);
    expect(jsonPointer(issue?.path ?? ['x'])).toBe('');
  });
});
