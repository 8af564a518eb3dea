// The log-leak check over a whole test run: no secret a fake issued may appear in any log line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function checkLogLeaks(directory) {
  if (!existsSync(directory)) return { ok: true, message: 'log-leak check: nothing captured' };
  const files = readdirSync(directory);
  const read = (prefix) =>
    files
      .filter((name) => name.startsWith(prefix))
      .flatMap((name) => readFileSync(join(directory, name), 'utf8').split('\n'))
      .filter((line) => line !== '');
  const secrets = [...new Set(read('secrets-'))];
  const lines = read('log-');
  const leaks = [];
  for (const secret of secrets) {
    const line = lines.find((candidate) => candidate.includes(secret));
    if (line)
      leaks.push(`a secret beginning ${secret.slice(0, 6)}… appears in: ${line.slice(0, 200)}`);
  }
  if (leaks.length > 0) {
    return { ok: false, message: `log-leak check FAILED:\n${leaks.join('\n')}` };
  }
  return {
    ok: true,
    message: `log-leak check: ${secrets.length} issued secrets, ${lines.length} log lines, no leak`,
  };
}
