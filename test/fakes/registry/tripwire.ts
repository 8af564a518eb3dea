import { createServer, type AddressInfo, type Socket } from 'node:net';

/**
 * A TCP listener on 127.0.0.1:0 that nothing should ever reach: SSRF tests point hosts, realms
 * and redirects at it and then assert `connections` is still 0.
 */
export interface Tripwire {
  host: string;
  port: number;
  readonly connections: number;
  /** Throws when anything connected. */
  assertUntouched(): void;
  stop(): Promise<void>;
}

export async function startTripwire(): Promise<Tripwire> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    port,
    get connections() {
      return connections;
    },
    assertUntouched() {
      if (connections > 0)
        throw new Error(`the tripwire on 127.0.0.1:${port} saw ${connections} connection(s)`);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
