import type { AppError } from './app-error';

/**
 * Settles like `work`, unless `ms` pass first: then it rejects with `onTimeout()` (typically an
 * UPSTREAM_TIMEOUT AppError). The timer never outlives the race.
 */
export function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  onTimeout: () => AppError,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
