import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The provisioning step `npm test` starts with, run as a separate process with a PATH of our
// choosing. (Its install path, apt-get as root, is shown by scripts/fresh-machine-check.sh.)
const script = 'scripts/provision-test-tools.mjs';
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function folderWith(programs: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'provision-'));
  folders.push(folder);
  for (const program of programs) {
    writeFileSync(join(folder, program), '#!/bin/sh\nexit 0\n');
    chmodSync(join(folder, program), 0o755);
  }
  return folder;
}

function provision(path: string) {
  return spawnSync(process.execPath, [script], { encoding: 'utf8', env: { PATH: path } });
}

describe('provisioning the test tools', () => {
  it('says nothing and goes on when every tool is there', () => {
    const result = provision(folderWith(['docker-registry', 'skopeo', 'chromium']));
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
  });

  it.each([
    {
      name: 'all three are missing',
      present: [],
      command:
        'apt-get update && apt-get install -y --no-install-recommends docker-registry skopeo chromium',
    },
    {
      name: 'only Chromium is missing',
      present: ['docker-registry', 'skopeo'],
      command: 'apt-get update && apt-get install -y --no-install-recommends chromium',
    },
  ])(
    'stops before any suite with the exact command when $name and apt-get is not available',
    ({ present, command }) => {
      const result = provision(folderWith(present));
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`\n  ${command}\n`);
      expect(result.stderr.trim().split('\n')).toHaveLength(2);
    },
  );
});
