import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fromTransferable, type TaskReply, type TaskRequest } from './protocol';
import { threadCpuMs } from './thread-cpu';

export interface WorkerPoolOptions {
  /**
   * The worker module (it calls `serveTasks`). A `.ts` file (running from sources under tsx or
   * vitest) is loaded through tsx; the bundle passes its own `.js` file.
   */
  entry: URL;
  /**
   * CPU milliseconds one task may use on its worker thread (read from Linux's per-thread
   * accounting, so a busy machine does not shorten it). Where the kernel does not report it,
   * the same number of wall-clock milliseconds.
   */
  budgetMs: number;
  /** Wall-clock milliseconds one task may take in any case; default 10 × budgetMs. */
  wallBudgetMs?: number;
  /** Workers at most; default the machine's parallelism, at most 2 (each holds its own heap). */
  size?: number;
  /** Old-generation heap of each worker, in MiB (its `resourceLimits`); default 256. */
  maxHeapMb?: number;
}

/** A task ran out of its budget (CPU time, wall-clock time or heap); its worker was stopped. */
export class TaskBudgetError extends Error {
  constructor(
    readonly budget: 'cpuMs' | 'timeMs' | 'heapMb',
    readonly maximum: number,
  ) {
    super(`the task exceeded its budget of ${maximum} ${budget === 'heapMb' ? 'MiB' : 'ms'}`);
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
  /** The worker's Linux thread id, for its CPU time; null where there is none. */
  threadId: number | null;
  task: Task | undefined;
  taskId: number;
  timers: NodeJS.Timeout[];
}

/** How often a running task's CPU time is read. */
const CPU_POLL_MS = 20;

const TS_ENTRY = new URL('./ts-entry.mjs', import.meta.url);

/**
 * Runs CPU-heavy pure work (parsing a large manifest and building its answer) on worker threads,
 * so the event loop keeps answering `/healthz`, other requests and SIGTERM meanwhile
 * (https://nodejs.org/api/worker_threads.html). Each worker takes one task at a time; a task that
 * uses more than `budgetMs` of CPU (or `wallBudgetMs` of time, or the worker's heap) stops its
 * worker, which is replaced on demand. Budgets start when a worker takes the task, not while a
 * new worker loads its code. Idle workers do not keep the process alive.
 */
export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const size = Math.max(1, options.size ?? Math.min(2, availableParallelism()));
  const maxHeapMb = options.maxHeapMb ?? 256;
  const wallBudgetMs = options.wallBudgetMs ?? 10 * options.budgetMs;
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
    const slot: Slot = {
      worker,
      ready: false,
      threadId: null,
      task: undefined,
      taskId: 0,
      timers: [],
    };
    slots.add(slot);
    worker.unref();
    worker.on('message', (message: TaskReply | { ready: true; threadId: number | null }) => {
      if ('ready' in message) {
        slot.ready = true;
        slot.threadId = message.threadId;
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
    for (const timer of slot.timers) clearTimeout(timer);
    slot.task = undefined;
    slot.timers = [];
    slot.worker.unref();
    return task;
  }

  /** Stops a task past its budget, and its worker (a synchronous parse cannot be interrupted). */
  function stop(slot: Slot, error: TaskBudgetError): void {
    const stopped = finish(slot);
    slots.delete(slot);
    void slot.worker.terminate();
    stopped?.reject(error);
    dispatch();
  }

  function watch(slot: Slot): void {
    const cpuAtStart = slot.threadId === null ? null : threadCpuMs(slot.threadId);
    const cpuBudget = cpuAtStart !== null;
    slot.timers.push(
      setTimeout(
        () =>
          stop(
            slot,
            cpuBudget
              ? new TaskBudgetError('timeMs', wallBudgetMs)
              : new TaskBudgetError('timeMs', options.budgetMs),
          ),
        cpuBudget ? wallBudgetMs : options.budgetMs,
      ),
    );
    if (!cpuBudget) return;
    slot.timers.push(
      setInterval(() => {
        const used = threadCpuMs(slot.threadId as number);
        if (used !== null && used - cpuAtStart > options.budgetMs)
          stop(slot, new TaskBudgetError('cpuMs', options.budgetMs));
      }, CPU_POLL_MS),
    );
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
      watch(idle);
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
