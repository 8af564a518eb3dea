// An HTTP client on its own thread (see client-thread.ts): sends what the main thread posts and
// answers with the status, headers and body, so the main thread's CPU time is the server's alone.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', async ({ id, url, init }) => {
  try {
    const response = await fetch(url, init);
    const text = await response.text();
    parentPort.postMessage({
      id,
      status: response.status,
      headers: Object.fromEntries(response.headers),
      text,
    });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
