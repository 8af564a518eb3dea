// The generated-SDK suite: generates a TypeScript client from openapi.yaml (openapi-typescript +
// openapi-fetch), type-checks the suite that uses it, builds and starts the real service
// (the `npm start` bundle) on a free loopback port, and runs the suite against it.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

// Fields with a default are optional in requests: generate them so (openapi-typescript v7 would
// otherwise make them required).
run('npx', [
  'openapi-typescript',
  'openapi.yaml',
  '-o',
  'test/sdk/generated/api.d.ts',
  '--default-non-nullable=false',
  '--silent',
]);
run('npx', ['tsc', '-p', 'test/sdk/tsconfig.json']);
run('node', ['scripts/build.mjs']);

const port = await freePort();
const service = spawn(process.execPath, ['dist/server.js'], {
  env: { ...process.env, PORT: String(port), LOG_LEVEL: 'WARNING' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const baseUrl = `http://127.0.0.1:${port}`;
const deadline = Date.now() + 15_000;
for (;;) {
  try {
    if ((await fetch(`${baseUrl}/healthz`)).ok) break;
  } catch {
    // not listening yet
  }
  if (Date.now() > deadline) {
    service.kill();
    process.stderr.write('the service did not start within 15 s\n');
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
}
const result = spawnSync('npx', ['vitest', 'run', '--config', 'test/sdk/vitest.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, SDK_BASE_URL: baseUrl },
});
service.kill('SIGTERM');
process.exit(result.status ?? 1);
