/**
 * A fake GCE metadata server on 127.0.0.1 (random port), speaking the real wire format:
 * every request must carry `Metadata-Flavor: Google` and every answer carries it back.
 *
 *   GET /                                                  → "computeMetadata/"
 *   GET /computeMetadata/v1/instance                       → directory listing (gcp-metadata's isAvailable probe)
 *   GET /computeMetadata/v1/instance/service-accounts/{default|EMAIL}/token[?scopes=a,b]
 *                                                          → {"access_token","expires_in","token_type":"Bearer"}
 *   GET /computeMetadata/v1/instance/service-accounts/{default|EMAIL}/email
 *   GET /computeMetadata/v1/project/project-id | numeric-project-id
 *   GET /computeMetadata/v1/universe/universe-domain      → "googleapis.com"
 *
 * google-auth-library finds it through gcp-metadata's own variable:
 * `process.env.GCE_METADATA_HOST = server.host` (and `gcpMetadata.resetIsAvailableCache()`
 * between tests, since gcp-metadata memoizes the probe).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { recordIssuedSecret } from '../support/log-capture';

export interface FakeMetadataServerOptions {
  /** Email of the instance's service account; default `gke-pull-assistant@test-project.iam.gserviceaccount.com`. */
  email?: string;
  projectId?: string;
  numericProjectId?: string;
  /**
   * The VM's access scopes: when set, every token carries exactly these, whatever the caller asks
   * for (as on a Compute Engine VM or GKE node). Default: the scopes asked for, else cloud-platform.
   */
  scopes?: string[];
  /** `expires_in` of each token; default 3599, like the real server right after a refresh. */
  tokenLifetimeSeconds?: number;
  /** Start of every access token; default `ya29.fake-metadata-` (the shape of real Google tokens). */
  tokenPrefix?: string;
  now?: () => number;
}

export interface IssuedSourceToken {
  accessToken: string;
  email: string;
  expiresAt: Date;
  scopes: string[];
}

export interface FakeMetadataServer {
  /** `127.0.0.1:PORT`, the value for `GCE_METADATA_HOST`. */
  host: string;
  url: string;
  email: string;
  /** Tokens issued so far, oldest first. */
  issuedTokens(): IssuedSourceToken[];
  /** The token's record if this server issued it and it has not expired; for the IAM and registry fakes. */
  lookupToken(accessToken: string): IssuedSourceToken | undefined;
  tokenRequests(): number;
  close(): Promise<void>;
}

export async function startFakeMetadataServer(
  options: FakeMetadataServerOptions = {},
): Promise<FakeMetadataServer> {
  const email = options.email ?? 'gke-pull-assistant@test-project.iam.gserviceaccount.com';
  const projectId = options.projectId ?? 'test-project';
  const numericProjectId = options.numericProjectId ?? '123456789012';
  const lifetime = options.tokenLifetimeSeconds ?? 3599;
  const now = options.now ?? Date.now;
  const tokenPrefix = options.tokenPrefix ?? 'ya29.fake-metadata-';
  const issued: IssuedSourceToken[] = [];
  let tokenRequests = 0;

  function answer(
    response: ServerResponse,
    status: number,
    body: string,
    type = 'application/text',
  ): void {
    response.writeHead(status, {
      'Metadata-Flavor': 'Google',
      'Content-Type': type,
      Server: 'Metadata Server for VM',
    });
    response.end(body);
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://metadata.google.internal');
    if (request.method !== 'GET') return answer(response, 405, 'Method Not Allowed');
    if (url.pathname === '/') return answer(response, 200, 'computeMetadata/\n');
    if (
      request.headers['metadata-flavor'] !== 'Google' ||
      request.headers['x-forwarded-for'] !== undefined
    ) {
      // The real server's refusal when the header is missing.
      return answer(
        response,
        403,
        'Missing required header "Metadata-Flavor": "Google"',
        'text/html; charset=UTF-8',
      );
    }
    const path = url.pathname.replace(/^\/computeMetadata\/v1\//, '').replace(/\/+$/, '');
    const account = /^instance\/service-accounts\/([^/]+)\/(token|email)$/.exec(path);
    if (account !== null) {
      const [, who, what] = account;
      if (who !== 'default' && who !== email) return answer(response, 404, 'Not Found');
      if (what === 'email') return answer(response, 200, email);
      tokenRequests += 1;
      const token: IssuedSourceToken = {
        accessToken: `${tokenPrefix}${randomBytes(24).toString('base64url')}`,
        email,
        expiresAt: new Date(now() + lifetime * 1000),
        scopes:
          options.scopes ??
          (url.searchParams.get('scopes') ?? 'https://www.googleapis.com/auth/cloud-platform')
            .split(',')
            .filter((scope) => scope !== ''),
      };
      issued.push(token);
      recordIssuedSecret(token.accessToken);
      return answer(
        response,
        200,
        JSON.stringify({
          access_token: token.accessToken,
          expires_in: lifetime,
          token_type: 'Bearer',
        }),
        'application/json',
      );
    }
    switch (path) {
      case 'instance':
        return answer(response, 200, 'attributes/\nhostname\nid\nservice-accounts/\nzone\n');
      case 'project/project-id':
        return answer(response, 200, projectId);
      case 'project/numeric-project-id':
        return answer(response, 200, numericProjectId);
      case 'universe/universe-domain':
        return answer(response, 200, 'googleapis.com');
      default:
        return answer(response, 404, 'Not Found');
    }
  }

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    email,
    issuedTokens: () => [...issued],
    lookupToken: (accessToken) =>
      issued.find(
        (token) => token.accessToken === accessToken && token.expiresAt.getTime() > now(),
      ),
    tokenRequests: () => tokenRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
