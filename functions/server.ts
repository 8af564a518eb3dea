/**
 * Cloud Run entry (`npm start`): the app on @hono/node-server, listening on PORT (8080).
 * On SIGTERM (Cloud Run's shutdown signal) it stops accepting connections, closes every
 * connection after its current answer (`Connection: close`), serves no new request, and exits as
 * soon as the last in-flight request ends, or after SHUTDOWN_GRACE_MS at the latest.
 */
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { ConfigError } from '../shared/config';
import { AppError } from '../shared/problems';
import { composeFromEnvironment } from './composition';
import { rawProblemResponse } from './http/raw-problem';
import { requireHost } from './http/require-host';
import { createGracefulShutdown } from './http/shutdown';

function start(): void {
  let composition;
  try {
    composition = composeFromEnvironment();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const { app, config, logger } = composition;
  // Node would answer a request without Host with a bare 400; requireHost answers a problem.
  const server = createServer({ requireHostHeader: false });
  const shutdown = createGracefulShutdown(server, requireHost(getRequestListener(app.fetch)));
  server.on('request', shutdown.listener);
  server.keepAliveTimeout = 65_000;
  server.listen(config.PORT, () => {
    logger.info(`gke-pull-assistant listening on port ${config.PORT}`, { port: config.PORT });
  });

  // Requests Node rejects before the app sees them (oversized headers, bad framing) still get
  // a problem document instead of a bare status line.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    socket.end(
      rawProblemResponse(
        tooLarge
          ? new AppError('HEADERS_TOO_LARGE', {
              id: 'http.headersTooLarge',
              params: { limit: '16 KiB' },
            })
          : new AppError('INVALID_REQUEST', { id: 'http.invalidHttp' }),
      ),
    );
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`Received ${signal}; finishing in-flight requests`, { signal });
    const deadline = setTimeout(() => process.exit(0), config.SHUTDOWN_GRACE_MS);
    deadline.unref();
    shutdown.stop(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

start();
