import type { ManifestTask, ManifestWork } from '../../shared/manifests';
import { TaskBudgetError, type WorkerPool } from '../../shared/off-thread';
import { AppError } from '../../shared/problems';

/**
 * The manifest check's heavy half on the worker pool (functions/worker.ts): answers arrive as UTF-8
 * JSON bytes. A task past its budget is INVALID_MANIFEST naming the budget.
 */
export function createManifestWork(pool: WorkerPool): ManifestWork<Uint8Array<ArrayBuffer>> {
  const run = async <T>(operation: string, task: ManifestTask): Promise<T> => {
    try {
      return await pool.run<T>(operation, task);
    } catch (error) {
      throw error instanceof TaskBudgetError ? budgetExceeded(error) : error;
    }
  };
  return {
    answer: (task) => run<Uint8Array<ArrayBuffer>>('answer', task),
    distinctImages: (task) => run<string[]>('distinctImages', task),
  };
}

function budgetExceeded(error: TaskBudgetError): AppError {
  return new AppError(
    'INVALID_MANIFEST',
    { id: `manifest.budget.${error.budget}`, params: { maximum: error.maximum } },
    {
      path: ['manifest'],
      extensions: { limit: error.budget, maximum: error.maximum },
      cause: error,
    },
  );
}
