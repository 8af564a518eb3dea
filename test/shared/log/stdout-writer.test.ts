import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBatchedStdoutWriter } from '../../../shared/log';

function tempFile() {
  const path = join(mkdtempSync(join(tmpdir(), 'writer-')), 'out.log');
  return { path, fd: openSync(path, 'w') };
}

describe('the batched stdout writer', () => {
  it('writes the lines of one event-loop turn together, in order, one per line', async () => {
    const { path, fd } = tempFile();
    const write = createBatchedStdoutWriter(fd);
    write('{"n":1}');
    write('{"n":2}');
    expect(readFileSync(path, 'utf8')).toBe('');
    await new Promise((resolve) => setImmediate(resolve));
    expect(readFileSync(path, 'utf8')).toBe('{"n":1}\n{"n":2}\n');
    write('{"n":3}');
    await new Promise((resolve) => setImmediate(resolve));
    expect(readFileSync(path, 'utf8')).toBe('{"n":1}\n{"n":2}\n{"n":3}\n');
    closeSync(fd);
  });

  it('flushes at once when the pending lines reach the size bound', () => {
    const { path, fd } = tempFile();
    const write = createBatchedStdoutWriter(fd, 100);
    write('a'.repeat(60));
    write('b'.repeat(60));
    expect(readFileSync(path, 'utf8')).toBe(`${'a'.repeat(60)}\n${'b'.repeat(60)}\n`);
    closeSync(fd);
  });
});
