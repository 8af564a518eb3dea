import type { ServerResponse } from 'node:http';

/**
 * Answers 200 with a body that never ends, as fast as the client reads it: the upstream a
 * size cap exists for. Returns a counter of the bytes written; writing stops when the client
 * closes the connection.
 */
export function streamEndlessly(
  response: ServerResponse,
  contentType = 'application/json',
): { written: () => number } {
  let written = 0;
  response.writeHead(200, { 'content-type': contentType });
  response.write('{"padding":"');
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const pump = () => {
    while (!response.destroyed) {
      written += chunk.length;
      if (!response.write(chunk)) return;
    }
  };
  response.on('drain', pump);
  pump();
  return { written: () => written };
}
