import { readFileSync } from 'node:fs';

/**
 * The Linux id of the calling thread (`/proc/thread-self`), or null where there is none. A worker
 * reports it so the pool can read the worker's CPU time from the main thread.
 */
export function currentThreadId(): number | null {
  try {
    return Number(readFileSync('/proc/thread-self/stat', 'utf8').split(' ', 1)[0]);
  } catch {
    return null;
  }
}

/**
 * CPU time one thread of this process has used, in milliseconds, or null where the kernel does not
 * say: the first field of `/proc/<pid>/task/<tid>/schedstat` is the time it spent on a CPU, in
 * nanoseconds (https://docs.kernel.org/scheduler/sched-stats.html). Unlike a wall clock it does
 * not grow while the thread waits for a CPU on a busy machine.
 */
export function threadCpuMs(threadId: number): number | null {
  try {
    const stat = readFileSync(`/proc/${process.pid}/task/${threadId}/schedstat`, 'utf8');
    const nanoseconds = Number(stat.split(' ', 1)[0]);
    return Number.isFinite(nanoseconds) ? nanoseconds / 1e6 : null;
  } catch {
    return null;
  }
}
