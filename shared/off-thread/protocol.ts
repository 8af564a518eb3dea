import type { Message } from '../i18n';
import { AppError, type AppErrorOptions, type ProblemCode } from '../problems';

/** What the pool sends a worker: one task. */
export interface TaskRequest {
  id: number;
  operation: string;
  input: unknown;
}

/** An error as it crosses the thread boundary (structured clone keeps no class). */
export type TransferableError =
  | {
      kind: 'app';
      code: ProblemCode;
      detail: Message;
      options: Omit<AppErrorOptions, 'cause'>;
    }
  | { kind: 'other'; name: string; message: string; stack: string | undefined };

/** What a worker answers. */
export type TaskReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: TransferableError };

export function toTransferable(error: unknown): TransferableError {
  if (error instanceof AppError) {
    return {
      kind: 'app',
      code: error.code,
      detail: error.detail,
      options: {
        ...(error.path === undefined ? {} : { path: error.path }),
        ...(error.errors === undefined ? {} : { errors: error.errors }),
        extensions: error.extensions,
        headers: error.headers,
      },
    };
  }
  const { name, message, stack } =
    error instanceof Error ? error : new Error(`non-error thrown: ${String(error)}`);
  return { kind: 'other', name, message, stack };
}

/** The AppError again (its cause stays in the worker), or an Error carrying the worker's stack. */
export function fromTransferable(error: TransferableError): Error {
  if (error.kind === 'app') return new AppError(error.code, error.detail, error.options);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  rebuilt.stack = error.stack;
  return rebuilt;
}
