import { describe, expect, it } from 'vitest';
import { negotiateMediaType } from '../../../functions/http/negotiate';

const OFFERED = ['application/json', 'text/markdown', 'text/x-shellscript'];

describe('content negotiation', () => {
  it.each([
    { accept: undefined, expected: 'application/json' },
    { accept: '*/*', expected: 'application/json' },
    { accept: 'text/markdown', expected: 'text/markdown' },
    { accept: 'text/*', expected: 'text/markdown' },
    { accept: 'text/x-shellscript, application/json;q=0.5', expected: 'text/x-shellscript' },
    { accept: 'application/json;q=0.2, text/markdown;q=0.9', expected: 'text/markdown' },
    { accept: 'text/html, */*;q=0.1', expected: 'application/json' },
    { accept: 'image/png', expected: undefined },
    { accept: 'text/markdown;q=0', expected: undefined },
  ])('picks $expected for Accept: $accept', ({ accept, expected }) => {
    expect(negotiateMediaType(accept, OFFERED)).toBe(expected);
  });
});
