// Runs the vitest suites with log capture on, then fails if any credential a fake issued during
// the run appears in any captured log line (see test/support/log-capture.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLogLeaks } from './check-log-leaks.mjs';

const captureDir = mkdtempSync(join(tmpdir(), 'gke-pull-assistant-logs-'));
const summaryFile = join(captureDir, 'vitest-summary.json');
const args = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${summaryFile}`,
  ...process.argv.slice(2),
];
const result = spawnSync('npx', args, {
  stdio: 'inherit',
  env: { ...process.env, LOG_CAPTURE_DIR: captureDir },
});
let status = result.status ?? 1;
try {
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  // The plain closing line CI reads: counts of the whole vitest run.
  process.stdout.write(
    `tests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed\n`,
  );
} catch {
  process.stdout.write('tests: no summary was written\n');
}
if (status === 0) {
  const report = checkLogLeaks(captureDir);
  process.stdout.write(`${report.message}\n`);
  if (!report.ok) status = 1;
}
rmSync(captureDir, { recursive: true, force: true });
process.exit(status);
