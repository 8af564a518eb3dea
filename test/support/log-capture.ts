import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every log line any test produces is appended to a file under LOG_CAPTURE_DIR (set by
 * scripts/run-tests.mjs), and every credential a fake issues is recorded there too. After the
 * whole run, scripts/check-log-leaks.mjs fails the build if any issued credential appears in
 * any log line.
 */
const directory = process.env.LOG_CAPTURE_DIR;

function capturePath(kind: 'log' | 'secrets'): string | undefined {
  if (!directory) return undefined;
  mkdirSync(directory, { recursive: true });
  return join(directory, `${kind}-${process.pid}.txt`);
}

export function recordLogLine(line: string): void {
  const path = capturePath('log');
  if (path) appendFileSync(path, line + '\n');
}

/** Fakes call this with each token or secret they hand out. */
export function recordIssuedSecret(secret: string): void {
  const path = capturePath('secrets');
  if (path && secret.length >= 8) appendFileSync(path, secret + '\n');
}
