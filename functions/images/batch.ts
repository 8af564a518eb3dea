import type { Language } from '../../shared/i18n';
import { parseImageBatch, type BatchItem, type ResolvedImage } from '../../shared/images';
import type { WorkerPool } from '../../shared/off-thread';
import { isAppError } from '../../shared/problems';
import { toProblemDocument, type ProblemDocument } from '../http/problem-document';

/** One result of `POST /v1/images/resolve-batch` as the API writes it. */
export type BatchAnswerItem =
  | { reference: string; ok: true; image: ResolvedImage }
  | { reference: string; ok: false; problem: ProblemDocument };

/** What the offline half of a batch needs, as it crosses to a worker thread. */
export interface BatchTask {
  references: string[];
  language: Language;
  /** The request's `instance` URI, which every item's problem document carries. */
  instance: string;
}

/**
 * Batches whose references add up to this many characters or more are parsed and answered on the
 * worker pool: parsing costs ~70 ns per character, so a full batch of long or invalid references
 * (1000 × 480 characters answer 2 MB) would hold the event loop for tens of milliseconds, while
 * below this the thread hop costs more than it saves.
 */
export const OFF_THREAD_MIN_CHARACTERS = 16_384;

export function totalCharacters(references: readonly string[]): number {
  let total = 0;
  for (const reference of references) total += reference.length;
  return total;
}

/**
 * Each failed item carries the problem document it would have received alone (items already
 * presented stay as they are). `onUnexpected` sees each failure that is not a domain error (a
 * bug), answered as INTERNAL.
 */
export function presentBatchItems(
  items: ReadonlyArray<BatchItem | BatchAnswerItem>,
  context: { instance: string; language: Language },
  onUnexpected: (error: unknown) => void,
): BatchAnswerItem[] {
  return items.map((item) => {
    if (item.ok || 'problem' in item) return item;
    const error = isAppError(item.error) ? item.error : item.error.unexpected;
    if (error !== item.error) onUnexpected(error);
    return { reference: item.reference, ok: false, problem: toProblemDocument(error, context) };
  });
}

/**
 * The offline half, presented (on a worker: what a live batch continues from on the main thread).
 * Throws the first unexpected failure instead, which a worker cannot log: the caller answers again.
 */
export function batchItems(task: BatchTask): BatchAnswerItem[] {
  return presentBatchItems(parseImageBatch(task.references, task.language), task, (error) => {
    throw error;
  });
}

/** A whole offline batch's answer, encoded as UTF-8 JSON where it was built. */
export function batchAnswerBytes(task: BatchTask): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify({ results: batchItems(task) }));
}

/** The offline half of large batches, on the worker pool (worker.ts). */
export interface ImageBatchWork {
  /** A whole offline batch's answer, as UTF-8 JSON bytes. */
  answer(task: BatchTask): Promise<Uint8Array<ArrayBuffer>>;
  /** The offline half, presented, for a live batch to continue from. */
  items(task: BatchTask): Promise<BatchAnswerItem[]>;
}

export function createImageBatchWork(pool: WorkerPool): ImageBatchWork {
  return {
    answer: (task) => pool.run<Uint8Array<ArrayBuffer>>('imageBatchAnswer', task),
    items: (task) => pool.run<BatchAnswerItem[]>('imageBatchItems', task),
  };
}
