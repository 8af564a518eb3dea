import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fromTransferable, type TaskReply, type TaskRequest } from './protocol';

export interface WorkerPoolOptions {
  /**
   * The worker module (it calls `serveTasks`). A `.ts` file (running from sources under tsx or
   * vitest) is loaded through tsx; the bundle passes its own `.js` file.
   */
  entry: URL;
  /** Wall-clock milliseconds one task may run once a worker has taken it. */
  budgetMs: number;
  /** Workers at most; default the machine's parallelism, at most 2 (each holds its own heap). */
  size?: number;
  /** Old-generation heap of each worker, in MiB (its `resourceLimits`); default 256. */
  maxHeapMb?: number;
}

/** A task ran out of its budget (time, or the worker's heap) and its worker was stopped. */
export class TaskBudgetError extends Error {
  constructor(
    readonly budget: 'timeMs' | 'heapMb',
    readonly maximum: number,
  ) {
    super(`the task exceeded its budget of ${maximum} ${budget === 'timeMs' ? 'ms' : 'MiB'}`);
    this.name = 'TaskBudgetError';
  }
}

export interface WorkerPool {
  /** Runs `operation` on `input` in a worker; rejects with its AppError, or a TaskBudgetError. */
  run<T>(operation: string, input: unknown): Promise<T>;
  /** Stops every worker; pending tasks reject. */
  close(): Promise<void>;
}

interface Task {
  operation: string;
  input: unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | undefined;
  taskId: number;
  timer: NodeJS.Timeout | undefined;
}

const TS_ENTRY = new URL('./ts-entry.mjs', import.meta.url);

/**
 * Runs CPU-heavy pure work (parsing a large manifest and building its answer) on worker threads,
 * so the event loop keeps answering `/healthz`, other requests and SIGTERM meanwhile
 * (https://nodejs.org/api/worker_threads.html). Each worker takes one task at a time; a task that
 * outlives `budgetMs` (or the worker's heap) stops its worker, which is replaced on demand. The
 * budget starts when a worker takes the task, not while a new worker loads its code. Idle
 * workers do not keep the process alive.
 */
export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const size = Math.max(1, options.size ?? Math.min(2, availableParallelism()));
  const maxHeapMb = options.maxHeapMb ?? 256;
  const slots = new Set<Slot>();
  const queue: Task[] = [];
  let nextId = 0;
  let closed = false;

  function spawn(): Slot {
    const fromSources = options.entry.pathname.endsWith('.ts');
    const worker = new Worker(fromSources ? TS_ENTRY : options.entry, {
      workerData: fromSources ? { entry: options.entry.href } : undefined,
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, ready: false, task: undefined, taskId: 0, timer: undefined };
    slots.add(slot);
    worker.unref();
    worker.on('message', (message: TaskReply | { ready: true }) => {
      if ('ready' in message) {
        slot.ready = true;
        worker.unref();
        dispatch();
        return;
      }
      if (message.id !== slot.taskId) return;
      const task = finish(slot);
      if (task === undefined) return;
      if (message.ok) task.resolve(message.value);
      else task.reject(fromTransferable(message.error));
      dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const task = finish(slot);
      slots.delete(slot);
      task?.reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new TaskBudgetError('heapMb', maxHeapMb)
          : error,
      );
      // A worker that cannot even load would fail the same way again: fail what waits for it.
      if (!slot.ready) for (const waiting of queue.splice(0)) waiting.reject(error);
      dispatch();
    });
    worker.on('exit', () => {
      const task = finish(slot);
      slots.delete(slot);
      task?.reject(new Error('the worker stopped before answering'));
      dispatch();
    });
    return slot;
  }

  /** Detaches the slot's task (if any) and makes the worker idle again. */
  function finish(slot: Slot): Task | undefined {
    const task = slot.task;
    clearTimeout(slot.timer);
    slot.task = undefined;
    slot.timer = undefined;
    slot.worker.unref();
    return task;
  }

  function dispatch(): void {
    if (closed) return;
    while (queue.length > 0) {
      const idle = [...slots].find((slot) => slot.ready && slot.task === undefined);
      if (idle === undefined) {
        // A worker that is still loading counts as one that will take a task.
        const loading = [...slots].filter((slot) => !slot.ready).length;
        if (slots.size < size && loading < queue.length) spawn().worker.ref();
        return;
      }
      const task = queue.shift() as Task;
      idle.task = task;
      idle.worker.ref();
      idle.timer = setTimeout(() => {
        const stopped = finish(idle);
        slots.delete(idle);
        void idle.worker.terminate();
        stopped?.reject(new TaskBudgetError('timeMs', options.budgetMs));
        dispatch();
      }, options.budgetMs);
      idle.taskId = nextId += 1;
      const request: TaskRequest = {
        id: idle.taskId,
        operation: task.operation,
        input: task.input,
      };
      idle.worker.postMessage(request);
    }
  }

  return {
    run<T>(operation: string, input: unknown): Promise<T> {
      if (closed) return Promise.reject(new Error('the worker pool is closed'));
      return new Promise<T>((resolve, reject) => {
        queue.push({ operation, input, resolve: resolve as (value: unknown) => void, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error('the worker pool is closed'));
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
    },
  };
}
