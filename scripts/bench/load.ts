import { spawn } from 'node:child_process';

export interface Scenario {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  total: number;
}

/** Drives `baseUrl` with autocannon from a separate process, bounded in time. */
export function runLoad(
  baseUrl: string,
  scenario: Scenario,
  options: { seconds: number; connections: number },
): Promise<LoadResult> {
  const args = [
    'node_modules/autocannon/autocannon.js',
    '--json',
    '-c',
    String(options.connections),
    '-d',
    String(options.seconds),
    '-m',
    scenario.method,
  ];
  for (const [name, value] of Object.entries({
    'content-type': 'application/json',
    ...scenario.headers,
  })) {
    args.push('-H', `${name}=${value}`);
  }
  if (scenario.body !== undefined) args.push('-b', scenario.body);
  args.push(`${baseUrl}${scenario.path}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    const guard = setTimeout(() => child.kill('SIGKILL'), (options.seconds + 30) * 1000);
    child.on('exit', () => {
      clearTimeout(guard);
      try {
        const result = JSON.parse(output) as {
          requests: { average: number; total: number };
          latency: { p50: number; p99: number; max: number };
          errors: number;
          non2xx: number;
        };
        resolve({
          requestsPerSecond: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          max: result.latency.max,
          errors: result.errors,
          non2xx: result.non2xx,
          total: result.requests.total,
        });
      } catch (error) {
        reject(
          new Error(`autocannon gave no result for ${scenario.name}: ${(error as Error).message}`),
        );
      }
    });
  });
}

/** Several scenarios interleaved in one autocannon run (its `requests` list, cycled per connection). */
export function runMixedLoad(
  baseUrl: string,
  scenarios: Scenario[],
  options: { seconds: number; connections: number },
): Promise<{ total: number; errors: number; non2xx: number }> {
  const requests = scenarios.map((scenario) => ({
    method: scenario.method,
    path: scenario.path,
    headers: { 'content-type': 'application/json', ...scenario.headers },
    ...(scenario.body === undefined ? {} : { body: scenario.body }),
  }));
  const script = `
    const autocannon = require('autocannon');
    const [url, seconds, connections, requests] = process.argv.slice(1);
    autocannon({ url, duration: Number(seconds), connections: Number(connections), requests: JSON.parse(requests) }, (error, result) => {
      if (error) { console.error(error); process.exit(1); }
      process.stdout.write(JSON.stringify({ total: result.requests.total, errors: result.errors, non2xx: result.non2xx }));
    });`;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-e',
        script,
        baseUrl,
        String(options.seconds),
        String(options.connections),
        JSON.stringify(requests),
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    const guard = setTimeout(() => child.kill('SIGKILL'), (options.seconds + 30) * 1000);
    child.on('exit', () => {
      clearTimeout(guard);
      try {
        resolve(JSON.parse(output));
      } catch {
        reject(new Error(`autocannon gave no result for the mixed load: ${output}`));
      }
    });
  });
}
