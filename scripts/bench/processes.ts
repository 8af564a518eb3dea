import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort } from '../../test/support/ports';

export interface Started {
  child: ChildProcess;
  baseUrl: string;
  stop(): Promise<void>;
}

/** Spawns a server and waits until `readyPath` answers 2xx; returns how long that took. */
export async function startServer(
  args: string[],
  env: Record<string, string>,
  readyPath = '/healthz',
  readyInit?: RequestInit,
  node = process.execPath,
): Promise<Started & { readyMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(node, args, {
    env: { ...process.env, LOG_LEVEL: 'WARNING', ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}${readyPath}`, readyInit);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    if (performance.now() - started > 20_000) throw new Error(`${args.join(' ')} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const readyMs = performance.now() - started;
  return {
    child,
    baseUrl,
    readyMs,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}

export function residentKilobytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) : 0;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
