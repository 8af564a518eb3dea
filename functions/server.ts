/**
 * Cloud Run entry (`npm start`): the app on @hono/node-server, listening on PORT (8080).
 * On SIGTERM (Cloud Run's shutdown signal) it stops accepting connections and lets in-flight
 * requests finish within SHUTDOWN_GRACE_MS.
 */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { ConfigError } from '../shared/config';
import { AppError } from '../shared/problems';
import { composeFromEnvironment } from './composition';
import { rawProblemResponse } from './http/raw-problem';

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
  const server = serve({ fetch: app.fetch, port: config.PORT }, (info) => {
    logger.info(`gke-pull-assistant listening on port ${info.port}`, { port: info.port });
  }) as Server;
  server.keepAliveTimeout = 65_000;

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
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

start();
