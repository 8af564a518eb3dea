import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  powershellQuote,
  shellQuote,
  splitAtPlaceholders,
} from '../../../shared/runbook';
import { placeholderOfSlot } from '../../../shared/troubleshooting/steps';

describe('quoting request values into commands', () => {
  it.each([
    ['a safe word stays bare', 'us-central1-a', 'us-central1-a'],
    ['a space is single-quoted', 'a b', "'a b'"],
    ['a single quote is closed and escaped', "it's", "'it'\\''s'"],
    ['an empty value is an empty word', '', "''"],
    ['command substitution stays literal', '$(id)', "'$(id)'"],
  ])('bash: %s', (_name, value, quoted) => expect(shellQuote(value)).toBe(quoted));

  it.each([
    ['a safe Windows path stays bare', 'C:\\etc\\x.log', 'C:\\etc\\x.log'],
    ['a single quote is doubled', "it's", "'it''s'"],
    ['a variable stays literal', '$env:X', "'$env:X'"],
  ])('PowerShell: %s', (_name, value, quoted) => expect(powershellQuote(value)).toBe(quoted));

  it.each([
    ['bare', 'echo {pod}', "echo 'a \"b'"],
    ['inside double quotes', 'echo "x={pod}"', 'echo "x=a \\"b"'],
    ['inside $( ) inside double quotes', 'echo "$(cat {pod})"', 'echo "$(cat \'a "b\')"'],
  ])('fills a slot %s for its context', (_name, template, run) => {
    expect(fillTemplate(template, 'bash', { pod: 'a "b' }, placeholderOfSlot).run).toBe(run);
  });

  it('leaves an unknown value as its placeholder and lists it once', () => {
    expect(
      fillTemplate(
        'kubectl describe pod {pod} -n {namespace} # {pod}',
        'bash',
        {},
        placeholderOfSlot,
      ),
    ).toEqual({
      run: 'kubectl describe pod POD -n NAMESPACE # POD',
      placeholders: ['POD', 'NAMESPACE'],
    });
  });

  it('refuses a slot inside single quotes and an unknown slot', () => {
    expect(() => fillTemplate("echo '{pod}'", 'bash', {}, placeholderOfSlot)).toThrow(
      /single quotes/,
    );
    expect(() => fillTemplate('echo {nope}', 'bash', {}, placeholderOfSlot)).toThrow(
      /unknown slot/,
    );
  });

  it('finds placeholders as whole words with their context', () => {
    expect(splitAtPlaceholders('a POD "POD" PODS $POD', ['POD'], 'bash')).toEqual([
      { text: 'a ' },
      { placeholder: 'POD', context: 'bare' },
      { text: ' "' },
      { placeholder: 'POD', context: 'double' },
      { text: '" PODS $POD' },
    ]);
  });
});
