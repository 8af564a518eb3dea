import { threadCpuMs } from '../../shared/off-thread';

/**
 * CPU time of this process's main thread, in milliseconds: what one request costs the event loop.
 * Linux reports it per thread (see shared/off-thread/thread-cpu.ts), so work on worker threads
 * (the manifest worker, the test's own client thread) is not counted, and, unlike event-loop
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
