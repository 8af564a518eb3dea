// `/healthz` latency while the worst manifests arrive, and what each costs the server: its event
// loop (the main thread's CPU time) and the whole process (the worker threads included). Read
// from /proc, so the figures are the server's own, not this client's.
import { readFileSync } from 'node:fs';
import { WORST_MANIFESTS } from '../../test/support/worst-manifests';
import { median } from './processes';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux
const VERSION = '1.30.5-gke.1014001';

export interface LatencySummary {
  samples: number;
  p50: number;
  p99: number;
  max: number;
}

export interface WorstInputFigure {
  name: string;
  bytes: number;
  status: number;
  limit: string | null;
  eventLoopCpuMs: number;
  processCpuMs: number;
  wallMs: number;
}

/** CPU time of one thread of `pid` (schedstat: nanoseconds on a CPU). */
function threadCpuMs(pid: number, tid: number): number {
  const stat = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8');
  return Number(stat.split(' ', 1)[0]) / 1e6;
}

/** CPU time of the whole process, threads that have ended included (stat: utime + stime). */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

function summarise(latencies: number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { samples: sorted.length, p50: median(sorted), p99: at(0.99), max: at(1) };
}

/** `/healthz` answered every 10 ms (one at a time) until `work` settles. */
async function healthzWhile(baseUrl: string, work: Promise<unknown>): Promise<LatencySummary> {
  const latencies: number[] = [];
  let done = false;
  void work.finally(() => (done = true));
  while (!done) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/healthz`);
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await work;
  return summarise(latencies);
}

export async function measureWorstInputs(baseUrl: string, pid: number) {
  const check = (text: string) =>
    fetch(`${baseUrl}/v1/manifests/check?version=${VERSION}`, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml' },
      body: text,
    }).then((response) => response.arrayBuffer());
  await check('kind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: nginx}]}\n');
  const idle = await healthzWhile(baseUrl, new Promise((resolve) => setTimeout(resolve, 2000)));
  const figures: WorstInputFigure[] = [];
  const underWorst = await healthzWhile(
    baseUrl,
    (async () => {
      for (const manifest of WORST_MANIFESTS) {
        const eventLoop = threadCpuMs(pid, pid);
        const process = processCpuMs(pid);
        const started = performance.now();
        const response = await fetch(`${baseUrl}/v1/manifests/check?version=${VERSION}`, {
          method: 'POST',
          headers: { 'content-type': 'application/yaml' },
          body: manifest.text,
        });
        const body = (await response.json()) as { limit?: unknown };
        figures.push({
          name: manifest.name,
          bytes: Buffer.byteLength(manifest.text),
          status: response.status,
          limit: typeof body.limit === 'string' ? body.limit : null,
          wallMs: performance.now() - started,
          eventLoopCpuMs: threadCpuMs(pid, pid) - eventLoop,
          processCpuMs: processCpuMs(pid) - process,
        });
      }
    })(),
  );
  return { idle, underWorst, figures };
}
