/**
 * A fake OIDC issuer on 127.0.0.1 (random port) that signs ID tokens with test keys (one RSA
 * 2048 key for RS256 and one P-256 key for ES256 at a time) and publishes them in both forms
 * verifiers fetch:
 *
 *   GET /.well-known/openid-configuration → {"issuer", "jwks_uri", ...}      (any OIDC issuer)
 *   GET /jwks                             → {"keys": [JWK...]}             (Kubernetes /openid/v1/jwks, CI)
 *   GET /oauth2/v3/certs                  → the same JWKS                   (Google's JWK form)
 *   GET /oauth2/v1/certs                  → {"<kid>": "<PEM>"}              (Google's PEM map; google-auth-library under Node)
 *
 * Google serves X.509 certificates in the PEM map; this fake serves SPKI public keys
 * (`-----BEGIN PUBLIC KEY-----`), which Node's crypto.verify — what google-auth-library calls —
 * accepts the same way. `issuer` may be any string, e.g. `https://accounts.google.com`: the
 * verifier is pointed here through its configured JWKS / certificate URL, not through `iss`.
 */
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { recordIssuedSecret } from '../support/log-capture';

export type TestAlgorithm = 'RS256' | 'ES256';

interface SigningKey {
  kid: string;
  alg: TestAlgorithm;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export interface MintOptions {
  alg?: TestAlgorithm;
  /** Extra or replacement header members (e.g. a foreign `kid`). */
  header?: Record<string, unknown>;
}

export interface FakeOidcIssuerOptions {
  /** The `iss` of minted tokens and of the discovery document; default the server URL. */
  issuer?: string;
  /** `Cache-Control: max-age` of the key documents; default 0 (verifiers refetch freely). */
  keysMaxAgeSeconds?: number;
  now?: () => number;
}

export interface FakeOidcIssuer {
  url: string;
  issuer: string;
  jwksUri: string;
  /** Google's PEM map format, for `googleCertsUrl` / `GOOGLE_OAUTH_CERTS_URL`. */
  googleCertsUrl: string;
  /**
   * A signed compact JWS. Defaults `iss`, `iat` (now), `exp` (now + 1 h) and `jti`; a claim set
   * to `undefined` is left out, so `{ exp: undefined }` mints a token without expiry.
   */
  mint(claims: Record<string, unknown>, options?: MintOptions): string;
  /** An unsecured JWT: `{"alg":"none"}` and an empty signature. */
  mintUnsigned(claims: Record<string, unknown>): string;
  /** Replaces payload claims of `token` while keeping its original signature. */
  tamper(token: string, changes: Record<string, unknown>): string;
  /** New keys for both algorithms; the old ones leave the key documents at once. */
  rotateKeys(): void;
  keyIds(): string[];
  /** How many times the key documents (JWKS or PEM map) were fetched. */
  keyRequests(): number;
  close(): Promise<void>;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Every token handed out, valid or not, is a credential a log must never show. */
function issue(token: string): string {
  recordIssuedSecret(token);
  return token;
}

function newKey(alg: TestAlgorithm): SigningKey {
  const pair =
    alg === 'RS256'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { kid: `${alg.toLowerCase()}-${randomBytes(8).toString('hex')}`, alg, ...pair };
}

export async function startFakeOidcIssuer(
  options: FakeOidcIssuerOptions = {},
): Promise<FakeOidcIssuer> {
  const now = options.now ?? Date.now;
  const maxAge = options.keysMaxAgeSeconds ?? 0;
  let keys: SigningKey[] = [newKey('RS256'), newKey('ES256')];
  let keyRequests = 0;
  let url = '';
  let issuer = '';

  function jwks() {
    return {
      keys: keys.map((key) => ({
        ...key.publicKey.export({ format: 'jwk' }),
        kid: key.kid,
        alg: key.alg,
        use: 'sig',
      })),
    };
  }

  function send(response: ServerResponse, body: unknown, cache = false): void {
    response.writeHead(200, {
      'Content-Type': 'application/json; charset=UTF-8',
      ...(cache
        ? { 'Cache-Control': `public, max-age=${maxAge}, must-revalidate, no-transform` }
        : {}),
    });
    response.end(JSON.stringify(body));
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    switch (path) {
      case '/.well-known/openid-configuration':
        return send(response, {
          issuer,
          jwks_uri: `${url}/jwks`,
          response_types_supported: ['id_token'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256', 'ES256'],
        });
      case '/jwks':
      case '/oauth2/v3/certs':
        keyRequests += 1;
        return send(response, jwks(), true);
      case '/oauth2/v1/certs':
        keyRequests += 1;
        return send(
          response,
          Object.fromEntries(
            keys.map((key) => [key.kid, key.publicKey.export({ type: 'spki', format: 'pem' })]),
          ),
          true,
        );
      default:
        response.writeHead(404, { 'Content-Type': 'text/plain' });
        response.end('Not Found');
    }
  }

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}`;
  issuer = options.issuer ?? url;

  function signWith(
    key: SigningKey,
    header: Record<string, unknown>,
    payload: Record<string, unknown>,
  ): string {
    const input = `${base64url(header)}.${base64url(payload)}`;
    const signature =
      key.alg === 'RS256'
        ? sign('sha256', Buffer.from(input), key.privateKey)
        : sign('sha256', Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
    return issue(`${input}.${signature.toString('base64url')}`);
  }

  function claimsOf(claims: Record<string, unknown>): Record<string, unknown> {
    const seconds = Math.floor(now() / 1000);
    const merged: Record<string, unknown> = {
      iss: issuer,
      iat: seconds,
      exp: seconds + 3600,
      jti: randomBytes(8).toString('hex'),
      ...claims,
    };
    return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
  }

  return {
    url,
    issuer,
    jwksUri: `${url}/jwks`,
    googleCertsUrl: `${url}/oauth2/v1/certs`,
    mint(claims, mintOptions = {}) {
      const alg = mintOptions.alg ?? 'RS256';
      const key = keys.find((candidate) => candidate.alg === alg)!;
      return signWith(
        key,
        { alg, typ: 'JWT', kid: key.kid, ...mintOptions.header },
        claimsOf(claims),
      );
    },
    mintUnsigned(claims) {
      return issue(`${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claimsOf(claims))}.`);
    },
    tamper(token, changes) {
      const [header, payload, signature] = token.split('.') as [string, string, string];
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
        string,
        unknown
      >;
      return issue(`${header}.${base64url({ ...claims, ...changes })}.${signature}`);
    },
    rotateKeys() {
      keys = [newKey('RS256'), newKey('ES256')];
    },
    keyIds: () => keys.map((key) => key.kid),
    keyRequests: () => keyRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
