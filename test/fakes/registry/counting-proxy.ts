import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedRequest } from './scripted-server';

/**
 * A loopback HTTP proxy in front of another loopback server (the registry): it forwards every
 * request unchanged and records it, so tests can count what a client really sent upstream.
 * With `rewriteChallenge` it also rewrites the `WWW-Authenticate` header of every answer: a way
 * to show a client challenges the real registry will not send (distribution will not start token
 * auth without a `service`, while Artifact Registry's multi-region hosts send none).
 */
export interface CountingProxyOptions {
  rewriteChallenge?: (challenge: string) => string;
}

/**
 * Drops the `service` parameter of a Bearer challenge as distribution writes it
 * (`Bearer realm="…",service="…",scope="…"`): quoted values hold no `"` there.
 */
export function dropChallengeService(challenge: string): string {
  return challenge
    .replace(/,\s*service="[^"]*"/i, '')
    .replace(/(Bearer\s+)service="[^"]*",\s*/i, '$1');
}

export interface CountingProxy {
  host: string;
  requests: RecordedRequest[];
  count(predicate: (request: RecordedRequest) => boolean): number;
  stop(): Promise<void>;
}

export async function startCountingProxy(
  targetHost: string,
  options: CountingProxyOptions = {},
): Promise<CountingProxy> {
  const [hostname = '127.0.0.1', port = '80'] = targetHost.split(':');
  const requests: RecordedRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    requests.push({
      method: incoming.method ?? '',
      path: incoming.url ?? '',
      headers: incoming.headers,
    });
    const upstream = httpRequest(
      {
        hostname,
        port: Number(port),
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: targetHost },
      },
      (answer) => {
        const challenge = answer.headers['www-authenticate'];
        if (options.rewriteChallenge !== undefined && challenge !== undefined)
          answer.headers['www-authenticate'] = options.rewriteChallenge(challenge);
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${address.port}`,
    requests,
    count: (predicate) => requests.filter(predicate).length,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
