import { randomUUID, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SigningIdentity } from './certificate';

/**
 * A Docker token issuer (the `realm` of distribution's `auth: token`), on 127.0.0.1:0. It reads
 * Basic credentials and `scope` parameters, asks a pluggable `authorize` callback, and signs a
 * JWT exactly as distribution 2.8.2 verifies it: libtrust `kid`, `aud` a string, numeric `exp`,
 * ES256 signatures in raw r‖s form.
 */

export interface ScopeRequest {
  type: string;
  name: string;
  actions: string[];
}

export interface AuthorizeRequest {
  /** From Basic credentials; null for an anonymous request. */
  username: string | null;
  password: string | null;
  service: string | null;
  scopes: ScopeRequest[];
}

/** `grant`: everything asked; `{ grant }`: only these (an empty list gives a token with no access). */
export type AuthorizeDecision = 'grant' | 'deny-401' | 'deny-403' | { grant: ScopeRequest[] };

export type Authorize = (request: AuthorizeRequest) => AuthorizeDecision;

export interface TokenRequestRecord extends AuthorizeRequest {
  decision: 'grant' | 'deny-401' | 'deny-403' | 'partial';
  authorizationHeader: string | null;
}

export interface TokenIssuer {
  url: string;
  /** `host:port` of the issuer. */
  host: string;
  requests: TokenRequestRecord[];
  setAuthorize(authorize: Authorize): void;
  mint(access: ScopeRequest[], options?: { subject?: string; lifetimeSeconds?: number }): string;
  close(): Promise<void>;
}

export interface TokenIssuerOptions {
  identity: SigningIdentity;
  issuer: string;
  service: string;
  authorize: Authorize;
  lifetimeSeconds?: number;
}

const base64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

/** `repository:team/app:pull,push` → { type, name, actions }. */
export function parseScope(scope: string): ScopeRequest | null {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first <= 0 || last <= first) return null;
  return {
    type: scope.slice(0, first),
    name: scope.slice(first + 1, last),
    actions: scope
      .slice(last + 1)
      .split(',')
      .filter((action) => action !== ''),
  };
}

function parseBasic(header: string | undefined): { username: string; password: string } | null {
  if (header === undefined || !/^basic /i.test(header)) return null;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0
    ? null
    : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function deny(response: ServerResponse, status: 401 | 403, scopes: ScopeRequest[]): void {
  const resource = scopes.map((scope) => scope.name).join(', ') || 'the registry';
  const body =
    status === 403
      ? {
          errors: [
            {
              code: 'DENIED',
              message: `Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "${resource}" (or it may not exist)`,
            },
          ],
        }
      : { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] };
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export async function startTokenIssuer(options: TokenIssuerOptions): Promise<TokenIssuer> {
  let authorize = options.authorize;
  const requests: TokenRequestRecord[] = [];
  const lifetimeSeconds = options.lifetimeSeconds ?? 300;

  const mint: TokenIssuer['mint'] = (access, mintOptions = {}) => {
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: options.identity.algorithm, kid: options.identity.keyId };
    const claims = {
      iss: options.issuer,
      sub: mintOptions.subject ?? 'test',
      aud: options.service,
      exp: now + (mintOptions.lifetimeSeconds ?? lifetimeSeconds),
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const signature =
      options.identity.algorithm === 'ES256'
        ? sign('sha256', Buffer.from(signingInput), {
            key: options.identity.privateKey,
            dsaEncoding: 'ieee-p1363',
          })
        : sign('sha256', Buffer.from(signingInput), options.identity.privateKey);
    return `${signingInput}.${base64url(signature)}`;
  };

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://issuer');
    if (url.pathname !== '/token' || request.method !== 'GET') {
      response.writeHead(404).end();
      return;
    }
    const basic = parseBasic(request.headers.authorization);
    const scopes = url.searchParams
      .getAll('scope')
      .flatMap((value) => value.split(' '))
      .map(parseScope)
      .filter((scope): scope is ScopeRequest => scope !== null);
    const authorizeRequest: AuthorizeRequest = {
      username: basic?.username ?? null,
      password: basic?.password ?? null,
      service: url.searchParams.get('service'),
      scopes,
    };
    const decision = authorize(authorizeRequest);
    const record: TokenRequestRecord = {
      ...authorizeRequest,
      decision: typeof decision === 'string' ? decision : 'partial',
      authorizationHeader: request.headers.authorization ?? null,
    };
    requests.push(record);
    if (decision === 'deny-401' || decision === 'deny-403') {
      deny(response, decision === 'deny-401' ? 401 : 403, scopes);
      return;
    }
    const granted = decision === 'grant' ? scopes : decision.grant;
    const token = mint(granted, { subject: authorizeRequest.username ?? 'anonymous' });
    response.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        token,
        access_token: token,
        expires_in: lifetimeSeconds,
        issued_at: new Date().toISOString(),
      }),
    );
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/token`,
    host: `127.0.0.1:${port}`,
    requests,
    setAuthorize: (next) => {
      authorize = next;
    },
    mint,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
