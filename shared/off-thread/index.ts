/**
 * Off-thread work: CPU-heavy pure functions run on worker threads with a CPU and memory budget,
 * so one request never holds the event loop (https://nodejs.org/api/worker_threads.html).
 *
 * Invariants: a task's input and answer are structured-cloned values; an AppError thrown in a
 * worker arrives as the same AppError (without its cause); a task past its budget stops its
 * worker and rejects with TaskBudgetError; idle workers never keep the process alive.
 */
export {
  createWorkerPool,
  TaskBudgetError,
  type WorkerPool,
  type WorkerPoolOptions,
} from './worker-pool';
export { serveTasks, type TaskHandlers } from './serve-tasks';
export { currentThreadId, threadCpuMs } from './thread-cpu';
