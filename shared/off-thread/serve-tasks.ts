import { parentPort } from 'node:worker_threads';
import { toTransferable, type TaskReply, type TaskRequest } from './protocol';
import { currentThreadId } from './thread-cpu';

/** The operations a worker offers: each takes the structured-cloned input, returns a clonable value. */
export type TaskHandlers = Record<string, (input: never) => unknown>;

/** Bytes that are the whole of their ArrayBuffer: moved to the main thread, not copied. */
function ownsItsBuffer(value: unknown): value is Uint8Array<ArrayBuffer> {
  return (
    value instanceof Uint8Array &&
    value.buffer instanceof ArrayBuffer &&
    value.byteOffset === 0 &&
    value.byteLength === value.buffer.byteLength
  );
}

/**
 * The worker side of `createWorkerPool`: answers each task with the handler's value or its error
 * (a Uint8Array that owns its buffer is transferred rather than copied),
 * then tells the pool it is ready (its code is loaded) and which thread it is, so the pool can
 * charge each task the CPU time this thread spends on it.
 */
export function serveTasks(handlers: TaskHandlers): void {
  const port = parentPort;
  if (port === null) throw new Error('serveTasks runs inside a worker thread only');
  port.on('message', async (request: TaskRequest) => {
    let reply: TaskReply;
    const transfer: ArrayBuffer[] = [];
    try {
      const handler = handlers[request.operation];
      if (handler === undefined) throw new Error(`unknown operation ${request.operation}`);
      const value = await handler(request.input as never);
      if (ownsItsBuffer(value)) transfer.push(value.buffer);
      reply = { id: request.id, ok: true, value };
    } catch (error) {
      reply = { id: request.id, ok: false, error: toTransferable(error) };
    }
    port.postMessage(reply, transfer);
  });
  port.postMessage({ ready: true, threadId: currentThreadId() });
}
