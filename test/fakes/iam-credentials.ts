/**
 * A fake IAM Credentials API on 127.0.0.1 (random port):
 *
 *   POST /v1/projects/-/serviceAccounts/{email}:generateAccessToken
 *   Authorization: Bearer <a token the fake metadata server issued>
 *   {"scope": [...], "lifetime": "1800s", "delegates": []}
 *   → 200 {"accessToken": "...", "expireTime": "2024-05-01T12:00:00Z"}
 *
 * Errors use Google's JSON error format, told apart by their `google.rpc.ErrorInfo` reason as
 * Google does: the API switched off in the caller's project (`disableApi`: 403 SERVICE_DISABLED),
 * a source token without cloud-platform (403 ACCESS_TOKEN_SCOPE_INSUFFICIENT), an impersonation
 * not allowed (403 IAM_PERMISSION_DENIED "(or it may not exist)"), and a deleted service account
 * (`removeServiceAccount`: 404 to a caller allowed to impersonate it, the same 403 to others).
 * Which source identity may impersonate which service account is configured with
 * `allow(source, target)`.
 * Point google-auth-library's `Impersonated` at it with its `endpoint` option (the minter's
 * `iamCredentialsEndpoint`).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { recordIssuedSecret } from '../support/log-capture';

export interface SourceTokenLookup {
  /** The token's identity and, when known, its OAuth scopes. */
  lookupToken(accessToken: string): { email: string; scopes?: string[] } | undefined;
}

export interface FakeIamCredentialsOptions {
  /** Who issued the callers' bearer tokens: normally the fake metadata server. */
  sourceTokens: SourceTokenLookup;
  /** Initial impersonation grants: source email → service accounts it may impersonate. */
  allow?: Record<string, string[]>;
  now?: () => number;
}

export interface GenerateAccessTokenCall {
  /** When the call arrived (performance.now()): bounds are measured from the upstream's side. */
  receivedAt: number;
  serviceAccount: string;
  /** The source identity, when its bearer token was recognised. */
  caller: string | undefined;
  scope: unknown;
  lifetime: unknown;
  delegates: unknown;
}

export interface IssuedImpersonatedToken {
  accessToken: string;
  serviceAccount: string;
  scopes: string[];
  expiresAt: Date;
}

/** How the next generateAccessToken calls are answered, until `respondNormally()`. */
export type IamFailure = { kind: 'status'; status: number; body: unknown } | { kind: 'hang' };

export interface FakeIamCredentials {
  /** Base URL, for `iamCredentialsEndpoint`. */
  url: string;
  allow(source: string, serviceAccount: string): void;
  /** The IAM Credentials API is switched off in the caller's project (`projects/NUMBER`). */
  disableApi(projectNumber?: string): void;
  /** The service account no longer exists. */
  removeServiceAccount(serviceAccount: string): void;
  failWith(failure: IamFailure): void;
  respondNormally(): void;
  /** Every generateAccessToken request received (including refused ones). */
  calls(): GenerateAccessTokenCall[];
  issuedTokens(): IssuedImpersonatedToken[];
  /** The record of a token this fake issued and that has not expired; for a registry issuer's callback. */
  lookupToken(accessToken: string): IssuedImpersonatedToken | undefined;
  close(): Promise<void>;
}

export const PERMISSION_DENIED_BODY = {
  error: {
    code: 403,
    message:
      "Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).",
    status: 'PERMISSION_DENIED',
    details: [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'IAM_PERMISSION_DENIED',
        domain: 'iam.googleapis.com',
        metadata: { permission: 'iam.serviceAccounts.getAccessToken' },
      },
    ],
  },
};

/** The API switched off in the consumer project (Google's body, with its Help and ErrorInfo). */
export function serviceDisabledBody(projectNumber: string) {
  const activationUrl = `https://console.developers.google.com/apis/api/iamcredentials.googleapis.com/overview?project=${projectNumber}`;
  return {
    error: {
      code: 403,
      message: `IAM Service Account Credentials API has not been used in project ${projectNumber} before or it is disabled. Enable it by visiting ${activationUrl} then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.`,
      status: 'PERMISSION_DENIED',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.Help',
          links: [{ description: 'Google developers console API activation', url: activationUrl }],
        },
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'SERVICE_DISABLED',
          domain: 'googleapis.com',
          metadata: {
            service: 'iamcredentials.googleapis.com',
            consumer: `projects/${projectNumber}`,
            serviceTitle: 'IAM Service Account Credentials API',
            containerInfo: projectNumber,
            activationUrl,
          },
        },
      ],
    },
  };
}

/** A source token without the cloud-platform (or iam) scope. */
export const SCOPE_INSUFFICIENT_BODY = {
  error: {
    code: 403,
    message: 'Request had insufficient authentication scopes.',
    status: 'PERMISSION_DENIED',
    details: [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
        domain: 'googleapis.com',
        metadata: {
          method: 'google.iam.credentials.v1.IAMCredentials.GenerateAccessToken',
          service: 'iamcredentials.googleapis.com',
        },
      },
    ],
  },
};

/** A service account that does not exist, to a caller allowed to know. */
export function serviceAccountNotFoundBody(serviceAccount: string) {
  return {
    error: {
      code: 404,
      message: `Not found; Gaia id not found for email ${serviceAccount}`,
      status: 'NOT_FOUND',
    },
  };
}

/** Scopes IAM Credentials accepts on the caller's token. */
const IAM_CREDENTIALS_SCOPES = [
  'https://www.googleapis.com/auth/cloud-platform',
  'https://www.googleapis.com/auth/iam',
];

const ROUTE = /^\/v1\/projects\/-\/serviceAccounts\/([^/:]+):generateAccessToken$/;

function googleError(code: number, status: string, message: string) {
  return { error: { code, message, status } };
}

export async function startFakeIamCredentials(
  options: FakeIamCredentialsOptions,
): Promise<FakeIamCredentials> {
  const now = options.now ?? Date.now;
  const grants = new Map<string, Set<string>>();
  for (const [source, targets] of Object.entries(options.allow ?? {}))
    grants.set(source, new Set(targets));
  const calls: GenerateAccessTokenCall[] = [];
  const issued: IssuedImpersonatedToken[] = [];
  let failure: IamFailure | undefined;
  let disabledIn: string | undefined;
  const removed = new Set<string>();

  function send(response: ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' });
    response.end(JSON.stringify(body));
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const route = ROUTE.exec(new URL(request.url ?? '/', 'http://x').pathname);
    if (route === null || request.method !== 'POST') {
      return send(response, 404, googleError(404, 'NOT_FOUND', 'Requested entity was not found.'));
    }
    const serviceAccount = decodeURIComponent(route[1]!);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    } catch {
      return send(
        response,
        400,
        googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.'),
      );
    }
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const source = bearer === undefined ? undefined : options.sourceTokens.lookupToken(bearer);
    calls.push({
      receivedAt: performance.now(),
      serviceAccount,
      caller: source?.email,
      scope: body.scope,
      lifetime: body.lifetime,
      delegates: body.delegates,
    });

    if (failure?.kind === 'hang') return; // never answers; close() drops the connection
    if (failure?.kind === 'status') return send(response, failure.status, failure.body);

    if (source === undefined) {
      return send(
        response,
        401,
        googleError(
          401,
          'UNAUTHENTICATED',
          'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
        ),
      );
    }
    const lifetime =
      typeof body.lifetime === 'string' ? /^(\d+)s$/.exec(body.lifetime)?.[1] : '3600';
    const seconds = Number(lifetime);
    if (lifetime === undefined || seconds < 1 || seconds > 3600) {
      return send(
        response,
        400,
        googleError(
          400,
          'INVALID_ARGUMENT',
          'The lifetime must be between 1 second and 3600 seconds.',
        ),
      );
    }
    if (disabledIn !== undefined) return send(response, 403, serviceDisabledBody(disabledIn));
    if (source.scopes && !source.scopes.some((scope) => IAM_CREDENTIALS_SCOPES.includes(scope)))
      return send(response, 403, SCOPE_INSUFFICIENT_BODY);
    if (
      !Array.isArray(body.scope) ||
      body.scope.length === 0 ||
      !body.scope.every((s) => typeof s === 'string')
    ) {
      return send(response, 400, googleError(400, 'INVALID_ARGUMENT', 'Scope required.'));
    }
    const allowed = grants.get(source.email)?.has(serviceAccount) ?? false;
    if (removed.has(serviceAccount)) {
      return allowed
        ? send(response, 404, serviceAccountNotFoundBody(serviceAccount))
        : send(response, 403, PERMISSION_DENIED_BODY);
    }
    if (!allowed) return send(response, 403, PERMISSION_DENIED_BODY);

    // Google's expireTime has whole seconds.
    const expiresAt = new Date(Math.floor((now() + seconds * 1000) / 1000) * 1000);
    const token: IssuedImpersonatedToken = {
      accessToken: `ya29.c.fake-iam-${randomBytes(32).toString('base64url')}`,
      serviceAccount,
      scopes: body.scope as string[],
      expiresAt,
    };
    issued.push(token);
    recordIssuedSecret(token.accessToken);
    send(response, 200, {
      accessToken: token.accessToken,
      expireTime: expiresAt.toISOString().replace('.000Z', 'Z'),
    });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() =>
      send(response, 500, googleError(500, 'INTERNAL', 'Internal error.')),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    allow(source, serviceAccount) {
      const targets = grants.get(source) ?? new Set<string>();
      targets.add(serviceAccount);
      grants.set(source, targets);
    },
    disableApi(projectNumber = '123456789012') {
      disabledIn = projectNumber;
    },
    removeServiceAccount(serviceAccount) {
      removed.add(serviceAccount);
    },
    failWith(next) {
      failure = next;
    },
    respondNormally() {
      failure = undefined;
      disabledIn = undefined;
      removed.clear();
    },
    calls: () => [...calls],
    issuedTokens: () => [...issued],
    lookupToken: (accessToken) =>
      issued.find(
        (token) => token.accessToken === accessToken && token.expiresAt.getTime() > now(),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
