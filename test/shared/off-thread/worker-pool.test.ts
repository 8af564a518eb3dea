import { afterEach, describe, expect, it } from 'vitest';
import {
  createWorkerPool,
  TaskBudgetError,
  threadCpuMs,
  type WorkerPool,
} from '../../../shared/off-thread';
import { AppError } from '../../../shared/problems';

const entry = new URL('./pool-worker.ts', import.meta.url);
let pool: WorkerPool | undefined;

afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

function budgetOf(promise: Promise<unknown>): Promise<TaskBudgetError> {
  return promise.then(
    () => {
      throw new Error('the task finished within its budget');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(TaskBudgetError);
      return error as TaskBudgetError;
    },
  );
}

describe('createWorkerPool', () => {
  it('answers tasks with their value; bytes arrive whole', async () => {
    pool = createWorkerPool({ entry, budgetMs: 1000 });
    expect(await pool.run('echo', { a: [1, 'b'] })).toEqual({ a: [1, 'b'] });
    const bytes = await pool.run<Uint8Array>('bytes', '{"ok":true}');
    expect(new TextDecoder().decode(bytes)).toBe('{"ok":true}');
  });

  it('rejects with the AppError the worker threw, and with an Error for a bug', async () => {
    pool = createWorkerPool({ entry, budgetMs: 1000 });
    const error = await pool.run('fail', null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'INVALID_MANIFEST',
      detail: { id: 'manifest.yaml.duplicateKey' },
      path: ['manifest'],
      extensions: { limit: 'documents', maximum: 1 },
    });
    await expect(pool.run('crash', null)).rejects.toThrow('a bug');
    expect(await pool.run('echo', 'still serving')).toBe('still serving');
  });

  it('stops a task that uses more CPU than its budget, then serves the next on a new worker', async () => {
    pool = createWorkerPool({ entry, budgetMs: 200, size: 1 });
    const error = await budgetOf(pool.run('spin', 5000));
    expect(error).toMatchObject({ budget: 'cpuMs', maximum: 200 });
    expect(await pool.run('echo', 'next')).toBe('next');
  });

  it.runIf(threadCpuMs(process.pid) !== null)(
    'charges CPU time, not waiting: a task that sleeps past its budget finishes',
    async () => {
      pool = createWorkerPool({ entry, budgetMs: 200, size: 1 });
      expect(await pool.run('sleep', 600)).toBe('slept');
    },
  );

  it('stops a task past its wall-clock bound even when it uses no CPU', async () => {
    pool = createWorkerPool({ entry, budgetMs: 200, wallBudgetMs: 400, size: 1 });
    const error = await budgetOf(pool.run('sleep', 5000));
    expect(error).toMatchObject({ budget: 'timeMs', maximum: 400 });
  });

  it('stops a task that outgrows its heap', async () => {
    pool = createWorkerPool({ entry, budgetMs: 10_000, maxHeapMb: 32, size: 1 });
    const error = await budgetOf(pool.run('allocate', null));
    expect(error).toMatchObject({ budget: 'heapMb', maximum: 32 });
    expect(await pool.run('echo', 'recovered')).toBe('recovered');
  });

  it('runs tasks side by side up to its size', async () => {
    pool = createWorkerPool({ entry, budgetMs: 5000, size: 2 });
    await Promise.all([pool.run('echo', 'warm'), pool.run('echo', 'warm')]);
    const started = performance.now();
    await Promise.all([pool.run('sleep', 400), pool.run('sleep', 400)]);
    expect(performance.now() - started).toBeLessThan(790);
  });
});
