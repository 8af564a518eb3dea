import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';

export interface GracefulShutdown {
  /** The server's request listener: `listener` while serving, a closed connection after `stop`. */
  listener: RequestListener;
  /** Starts the shutdown; `onDone` runs once every connection has closed. Idempotent. */
  stop(onDone: () => void): void;
}

/**
 * Graceful shutdown of a Node HTTP server (Cloud Run sends SIGTERM, then SIGKILL after its grace
 * period: https://cloud.google.com/run/docs/container-contract#instance-shutdown). On `stop`:
 * the server stops accepting connections and closes its idle ones; every answer still to be
 * written carries `Connection: close` (RFC 9112 §9.6), and an answer already being written closes
 * its connection when it ends; a request that arrives afterwards on a kept-alive connection is
 * not served (the connection is closed, which clients retry on another one). `onDone` runs as
 * soon as the last connection closes, not at a deadline.
 */
export function createGracefulShutdown(
  server: Server,
  listener: RequestListener,
): GracefulShutdown {
  const inFlight = new Set<ServerResponse>();
  // One listener for every response: 'close' is emitted once per response.
  function forget(this: ServerResponse): void {
    inFlight.delete(this);
  }
  let stopping = false;

  const closeAfter = (response: ServerResponse): void => {
    if (!response.headersSent) response.setHeader('connection', 'close');
    else response.once('finish', () => response.socket?.end());
  };

  return {
    listener(request: IncomingMessage, response: ServerResponse) {
      if (stopping) {
        request.socket.destroy();
        return;
      }
      inFlight.add(response);
      response.on('close', forget);
      return listener(request, response);
    },
    stop(onDone) {
      if (stopping) return;
      stopping = true;
      server.close(() => onDone());
      for (const response of inFlight) closeAfter(response);
      server.closeIdleConnections();
    },
  };
}
