import { readFileSync } from 'node:fs';

/**
 * CPU time of this process's main thread, in milliseconds: what one request costs the event loop.
 * Linux reports it per thread (`/proc/<pid>/task/<tid>/schedstat`, first field: nanoseconds on a
 * CPU; https://docs.kernel.org/scheduler/sched-stats.html), so work on worker threads (the
 * manifest worker, the test's own client thread) is not counted, and, unlike event-loop
 * utilisation, time spent waiting for a CPU on a busy machine is not counted either. Elsewhere
 * it falls back to `process.cpuUsage()`, which counts every thread (a stricter bound).
 */
export function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, 'utf8');
    return Number(stat.split(' ')[0]) / 1e6;
  } catch {
    return processCpuMs();
  }
}

/** CPU time of the whole process (every thread), in milliseconds. */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
