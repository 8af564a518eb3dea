// The ceiling for any Node.js service on this machine: bare node:http answering a fixed small
// JSON body on every path. BENCH_SPIN_US (default 0) makes it busy-wait that long before each
// answer: a bare server as slow as a real one, to show what the slowness alone costs the kernel.
import { createServer } from 'node:http';

const body = JSON.stringify({ status: 'ok' });
const spinMs = Number(process.env.BENCH_SPIN_US ?? 0) / 1000;
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    if (spinMs > 0) {
      const started = performance.now();
      while (performance.now() - started < spinMs);
    }
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  });
});
server.listen(Number(process.env.PORT ?? 8081), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
