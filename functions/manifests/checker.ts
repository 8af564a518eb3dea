import type { ManifestLimits } from '../../shared/manifests';
import { TaskBudgetError, type WorkerPool } from '../../shared/off-thread';
import { AppError } from '../../shared/problems';
import type { ManifestCheckTask, ManifestTask } from './check';

type WithoutLimits<T> = Omit<T, 'limits'>;

/** The manifest check's heavy half, off the main thread (see check.ts and check-worker.ts). */
export interface ManifestChecker {
  /** The answer as UTF-8 JSON. Throws INVALID_MANIFEST (including a crossed limit or budget). */
  check(task: WithoutLimits<ManifestCheckTask>): Promise<Uint8Array<ArrayBuffer>>;
  /** The distinct image strings, for live mode (which asks Google about each). */
  distinctImages(task: WithoutLimits<ManifestTask>): Promise<string[]>;
}

export interface ManifestCheckerOptions {
  pool: WorkerPool;
  /** Server configuration (`MANIFEST_MAX_*`), over MANIFEST_LIMITS. */
  limits: Partial<ManifestLimits>;
}

export function createManifestChecker(options: ManifestCheckerOptions): ManifestChecker {
  const run = async <T>(operation: string, task: object): Promise<T> => {
    try {
      return await options.pool.run<T>(operation, { ...task, limits: options.limits });
    } catch (error) {
      throw error instanceof TaskBudgetError ? budgetExceeded(error) : error;
    }
  };
  return {
    check: (task) => run<Uint8Array<ArrayBuffer>>('check', task),
    distinctImages: (task) => run<string[]>('distinctImages', task),
  };
}

function budgetExceeded(error: TaskBudgetError): AppError {
  const what = {
    cpuMs: `used more than ${error.maximum} ms of CPU time, the most one request may use (MANIFEST_CHECK_BUDGET_MS)`,
    timeMs: `took more than ${error.maximum} ms`,
    heapMb: `needed more than ${error.maximum} MiB of memory`,
  }[error.budget];
  return new AppError(
    'INVALID_MANIFEST',
    `Reading this manifest ${what}. Split it into several requests.`,
    {
      pointer: '/manifest',
      extensions: { limit: error.budget, maximum: error.maximum },
      cause: error,
    },
  );
}
