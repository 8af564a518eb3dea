import { Worker } from 'node:worker_threads';

export interface ThreadResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

export interface ClientThread {
  fetch(url: string, init?: RequestInit): Promise<ThreadResponse>;
  close(): Promise<void>;
}

/**
 * `fetch` run on a worker thread: building a 500 KiB request and reading a large answer cost the
 * client CPU time, which must not be counted as the server's (see thread-cpu.ts).
 */
export function startClientThread(): ClientThread {
  const worker = new Worker(new URL('./client-thread-worker.mjs', import.meta.url));
  const pending = new Map<number, (reply: ThreadResponse | { error: string }) => void>();
  let nextId = 0;
  worker.on('message', (reply: { id: number } & (ThreadResponse | { error: string })) => {
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  return {
    fetch(url, init = {}) {
      const id = (nextId += 1);
      return new Promise((resolve, reject) => {
        pending.set(id, (reply) =>
          'error' in reply ? reject(new Error(reply.error)) : resolve(reply),
        );
        worker.postMessage({ id, url, init });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
