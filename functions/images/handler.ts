import type { Context } from 'hono';
import {
  addLiveDigests,
  resolveImage,
  resolveImageBatch,
  type ResolveImageDeps,
} from '../../shared/images';
import { TaskBudgetError } from '../../shared/off-thread';
import { AppError, isAppError } from '../../shared/problems';
import type { AppDependencies } from '../dependencies';
import type { AppEnv } from '../http/env';
import { instanceFor } from '../http/problem-response';
import type { ResolveImageInput, ResolveImageBatchInput } from '../../shared/images';
import {
  OFF_THREAD_MIN_CHARACTERS,
  presentBatchItems,
  totalCharacters,
  type BatchAnswerItem,
  type BatchTask,
} from './batch';

function depsOf(c: Context<AppEnv>, deps: AppDependencies): ResolveImageDeps {
  return {
    registry: () => deps.services.registryClient(),
    language: c.get('language'),
    liveLookups: deps.services.liveLookups(),
    maxLiveLookups: deps.config.MAX_LIVE_LOOKUPS,
  };
}

export function resolveOne(c: Context<AppEnv>, deps: AppDependencies, input: ResolveImageInput) {
  return resolveImage(input, depsOf(c, deps));
}

/** A batch's answer: its items, or (offline, built on a worker) its JSON bytes. */
export type BatchAnswer = { results: BatchAnswerItem[] } | Uint8Array<ArrayBuffer>;

/**
 * Each failed item carries the problem document it would have received alone. A large batch's
 * offline half runs on the worker pool; its live half (look-ups) stays here. A batch that needs
 * more than the worker's budget to read is PAYLOAD_TOO_LARGE. Should the worker meet a failure
 * that is not a domain error, the batch is answered here, where it is logged.
 */
export async function resolveMany(
  c: Context<AppEnv>,
  deps: AppDependencies,
  input: ResolveImageBatchInput,
): Promise<BatchAnswer> {
  const context = { instance: instanceFor(c.get('requestId')), language: c.get('language') };
  if (totalCharacters(input.references) >= OFF_THREAD_MIN_CHARACTERS) {
    const offline = await offThread(c, deps, input, {
      references: [...input.references],
      ...context,
    });
    if (offline instanceof Uint8Array) return offline;
    if (offline !== undefined) {
      const items = await addLiveDigests(offline, input.platform, depsOf(c, deps));
      return { results: presentBatchItems(items, context, logUnexpected(c)) };
    }
  }
  const items = await resolveImageBatch(input, depsOf(c, deps));
  return { results: presentBatchItems(items, context, logUnexpected(c)) };
}

/**
 * The offline half on the worker pool: the whole answer's bytes, or (live) the presented items
 * to continue from; `undefined` when the worker failed for a reason that is not a domain error
 * (logged), so the caller answers on the main thread.
 */
async function offThread(
  c: Context<AppEnv>,
  deps: AppDependencies,
  input: ResolveImageBatchInput,
  task: BatchTask,
): Promise<Uint8Array<ArrayBuffer> | BatchAnswerItem[] | undefined> {
  const work = deps.services.imageBatchWork();
  try {
    return input.resolveDigest ? await work.items(task) : await work.answer(task);
  } catch (error) {
    if (error instanceof TaskBudgetError) throw budgetExceeded(error);
    if (isAppError(error)) throw error;
    c.get('logger').error('Batch worker failed; answering on the main thread', {
      requestId: c.get('requestId'),
      error,
    });
    return undefined;
  }
}

function logUnexpected(c: Context<AppEnv>) {
  return (error: unknown) =>
    c.get('logger').error('Batch item failed', { requestId: c.get('requestId'), error });
}

/** A batch whose reading ran out of the worker's budget: too much to read in one request. */
function budgetExceeded(error: TaskBudgetError): AppError {
  return new AppError(
    'PAYLOAD_TOO_LARGE',
    { id: `batch.budget.${error.budget}`, params: { maximum: error.maximum } },
    {
      path: ['references'],
      extensions: { limit: error.budget, maximum: error.maximum },
      cause: error,
    },
  );
}
