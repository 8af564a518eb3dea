// The worker of worker-pool.test.ts: tasks that spin, sleep, fail, allocate or answer bytes.
import { serveTasks } from '../../../shared/off-thread';
import { AppError } from '../../../shared/problems';

serveTasks({
  echo: (input: unknown) => input,
  bytes: (text: string) => new TextEncoder().encode(text),
  spin: (ms: number) => {
    const end = performance.now() + ms;
    while (performance.now() < end);
    return 'spun';
  },
  // Blocks the thread without using a CPU.
  sleep: (ms: number) => {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    return 'slept';
  },
  fail: () => {
    throw new AppError(
      'INVALID_MANIFEST',
      { id: 'manifest.yaml.duplicateKey' },
      {
        path: ['manifest'],
        extensions: { limit: 'documents', maximum: 1 },
      },
    );
  },
  crash: () => {
    throw new TypeError('a bug');
  },
  allocate: () => {
    const kept: number[][] = [];
    for (;;) kept.push(new Array(1_000_000).fill(kept.length));
  },
});
