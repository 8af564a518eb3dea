import { spawn } from 'node:child_process';

/**
 * Drives a server on 127.0.0.1 with autocannon from a separate process (so the load generator
 * never shares an event loop with the server), bounded in time. Used by the load test and by
 * `npm run bench`.
 */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface AutocannonSummary {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  total: number;
  statusCodeStats: Record<string, { count: number }>;
}

const SCRIPT = `
  const autocannon = require('autocannon');
  const [url, seconds, connections, requests] = process.argv.slice(1);
  autocannon({ url, duration: Number(seconds), connections: Number(connections), requests: JSON.parse(requests) }, (error, result) => {
    if (error) { console.error(error); process.exit(1); }
    process.stdout.write(JSON.stringify({
      requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max,
      errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, total: result.requests.total, statusCodeStats: result.statusCodeStats,
    }));
  });`;

/** The requests are cycled through by every connection. */
export function runAutocannon(
  baseUrl: string,
  requests: LoadRequest[],
  options: { seconds: number; connections: number },
): Promise<AutocannonSummary> {
  const payload = requests.map((request) => ({
    method: request.method,
    path: request.path,
    headers: { 'content-type': 'application/json', ...request.headers },
    ...(request.body === undefined ? {} : { body: request.body }),
  }));
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-e',
        SCRIPT,
        baseUrl,
        String(options.seconds),
        String(options.connections),
        JSON.stringify(payload),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    const guard = setTimeout(() => child.kill('SIGKILL'), (options.seconds + 30) * 1000);
    child.on('exit', () => {
      clearTimeout(guard);
      try {
        resolve(JSON.parse(output) as AutocannonSummary);
      } catch {
        reject(new Error(`autocannon gave no result: ${output.slice(0, 500)}`));
      }
    });
  });
}
