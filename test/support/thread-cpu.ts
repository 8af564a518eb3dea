import { threadCpuMs } from '../../shared/off-thread';

/**
 * CPU time of this process's main thread, in milliseconds: what one request costs the event loop.
 * Linux reports it per thread (see shared/off-thread/thread-cpu.ts), so work on worker threads
 * (the worker pool's threads, the test's own client thread) is not counted, and, unlike event-loop
 * utilisation, neither is time spent waiting for a CPU on a busy machine. Elsewhere it falls back
 * to `process.cpuUsage()`, which counts every thread (a stricter bound).
 */
export function mainThreadCpuMs(): number {
  return threadCpuMs(process.pid) ?? processCpuMs();
}

/** CPU time of the whole process (every thread), in milliseconds. */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The CPU time `work` costs this process, in milliseconds (getrusage, every thread): the measure
 * of a CPU bound that holds on a busy machine, where wall-clock time includes waiting for a CPU.
 * For synchronous work on the main thread, whose cost it is.
 */
export function cpuTimeOf(work: () => unknown): number {
  const before = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}
