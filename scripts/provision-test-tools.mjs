// The first step of `npm test`: the programs the suites run, present before any suite starts.
// - docker-registry: a real OCI registry (CNCF distribution) for the registry-protocol tests;
// - skopeo: the interoperability tests and the benchmark's comparison;
// - chromium: the interactive reference page's browser test.
// All three are Debian packages. A missing one is installed with apt-get where this machine can
// (root, apt-get present), saying so in one line; anywhere else the run stops here with one
// message naming the exact command to run. No suite is ever skipped for want of a tool.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Program on PATH → the Debian package that provides it, and what needs it. */
export const TEST_TOOLS = [
  { command: 'docker-registry', debianPackage: 'docker-registry', usedBy: 'registry tests' },
  { command: 'skopeo', debianPackage: 'skopeo', usedBy: 'skopeo interoperability tests' },
  { command: 'chromium', debianPackage: 'chromium', usedBy: 'reference page browser test' },
];

export function findOnPath(command, path = process.env.PATH ?? '') {
  for (const folder of path.split(delimiter)) {
    if (!folder) continue;
    try {
      accessSync(join(folder, command), constants.X_OK);
      return join(folder, command);
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

export function installCommand(packages) {
  return `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

function run(command, args) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function provision() {
  const missing = TEST_TOOLS.filter((tool) => !findOnPath(tool.command));
  if (missing.length === 0) return 0;
  const packages = missing.map((tool) => tool.debianPackage);
  const needs = missing.map((tool) => `${tool.command} (${tool.usedBy})`).join(', ');
  const canInstall = process.getuid?.() === 0 && findOnPath('apt-get') !== undefined;
  if (!canInstall) {
    process.stderr.write(
      `npm test needs ${needs}, which this machine lacks; install them as root, then run npm test again:\n  ${installCommand(packages)}\n`,
    );
    return 1;
  }
  const update = run('apt-get', ['update', '-qq']);
  const install = update.ok
    ? run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages])
    : update;
  const stillMissing = TEST_TOOLS.filter((tool) => !findOnPath(tool.command));
  if (!install.ok || stillMissing.length > 0) {
    process.stderr.write(
      `${install.output.trim().split('\n').slice(-20).join('\n')}\nnpm test needs ${needs}, and installing them failed (above); run as root, then npm test again:\n  ${installCommand(packages)}\n`,
    );
    return 1;
  }
  process.stdout.write(
    `provision: installed ${packages.join(', ')} with apt-get (for the ${missing.map((tool) => tool.usedBy).join(', ')})\n`,
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(provision());
