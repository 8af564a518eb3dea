import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUTH_REALM,
  INVALID_TOKEN_REASONS,
  createCallerVerifier,
  parseTrustedIssuers,
  type CallerVerifier,
  type InvalidTokenReason,
} from '../../../shared/caller-auth';
import { startFakeOidcIssuer, type FakeOidcIssuer } from '../../fakes/oidc-issuer';
import { appErrorFrom, expectNoSecretIn } from '../credentials/expect-no-secret';

const AUDIENCE = 'https://gke-pull-assistant.example.run.app';
const K8S_SUBJECT = 'system:serviceaccount:ci:image-puller';
const GOOGLE_SUBJECT = '110248495921238986420';

let kubernetes: FakeOidcIssuer;
let google: FakeOidcIssuer;
let stranger: FakeOidcIssuer;
let verifier: CallerVerifier;

const nowSeconds = () => Math.floor(Date.now() / 1000);

function kubernetesClaims(extra: Record<string, unknown> = {}) {
  return {
    aud: [AUDIENCE],
    sub: K8S_SUBJECT,
    nbf: nowSeconds(),
    'kubernetes.io': { namespace: 'ci', serviceaccount: { name: 'image-puller', uid: 'a1b2' } },
    ...extra,
  };
}

function googleClaims(extra: Record<string, unknown> = {}) {
  return {
    aud: AUDIENCE,
    azp: 'robot@my-project.iam.gserviceaccount.com',
    sub: GOOGLE_SUBJECT,
    email: 'robot@my-project.iam.gserviceaccount.com',
    email_verified: true,
    ...extra,
  };
}

beforeAll(async () => {
  kubernetes = await startFakeOidcIssuer();
  google = await startFakeOidcIssuer({ issuer: 'https://accounts.google.com' });
  stranger = await startFakeOidcIssuer();
  verifier = createCallerVerifier({
    audience: AUDIENCE,
    issuers: parseTrustedIssuers([{ issuer: kubernetes.issuer, jwksUri: kubernetes.jwksUri }]),
    googleCertsUrl: google.googleCertsUrl,
    jwksCooldownMs: 0,
  });
});

afterAll(async () => {
  await Promise.all([kubernetes.close(), google.close(), stranger.close()]);
});

async function refusal(token: string) {
  const error = await appErrorFrom(() => verifier.verify(`Bearer ${token}`));
  expectNoSecretIn(
    error,
    [token, token.split('.')[2] ?? token].filter((part) => part.length > 0),
  );
  return error;
}

describe('createCallerVerifier accepts', () => {
  it('a Kubernetes projected service-account token (RS256) and returns its verified claims', async () => {
    const caller = await verifier.verify(`Bearer ${kubernetes.mint(kubernetesClaims())}`);
    expect(caller).toMatchObject({
      issuer: kubernetes.issuer,
      subject: K8S_SUBJECT,
      claims: { 'kubernetes.io': { namespace: 'ci' } },
    });
    expect(caller.email).toBeUndefined();
  });

  it('an ES256 token of the same issuer', async () => {
    const caller = await verifier.verify(
      `Bearer ${kubernetes.mint(kubernetesClaims(), { alg: 'ES256' })}`,
    );
    expect(caller.subject).toBe(K8S_SUBJECT);
  });

  it('a Google ID token, verified by google-auth-library against the (fake) Google certificates', async () => {
    const caller = await verifier.verify(`Bearer ${google.mint(googleClaims())}`);
    expect(caller).toMatchObject({
      issuer: 'https://accounts.google.com',
      subject: GOOGLE_SUBJECT,
      email: 'robot@my-project.iam.gserviceaccount.com',
    });
  });

  it('a Google ID token whose iss is the bare "accounts.google.com", normalised to the URL form', async () => {
    const caller = await verifier.verify(
      `Bearer ${google.mint(googleClaims({ iss: 'accounts.google.com' }))}`,
    );
    expect(caller.issuer).toBe('https://accounts.google.com');
  });

  it('a token that expired less than the clock skew (30 s) ago', async () => {
    const token = kubernetes.mint(
      kubernetesClaims({
        iat: nowSeconds() - 600,
        nbf: nowSeconds() - 600,
        exp: nowSeconds() - 10,
      }),
    );
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toMatchObject({
      subject: K8S_SUBJECT,
    });
  });

  it('the scheme name in any letter case', async () => {
    await expect(
      verifier.verify(`bearer ${kubernetes.mint(kubernetesClaims())}`),
    ).resolves.toMatchObject({
      subject: K8S_SUBJECT,
    });
  });

  it('a token of an issuer found through OIDC discovery when no jwksUri is configured', async () => {
    const discovering = createCallerVerifier({
      audience: AUDIENCE,
      issuers: parseTrustedIssuers([{ issuer: stranger.issuer }]),
    });
    const caller = await discovering.verify(
      `Bearer ${stranger.mint({ aud: AUDIENCE, sub: 'ci-job-42' })}`,
    );
    expect(caller).toMatchObject({ issuer: stranger.issuer, subject: 'ci-job-42' });
  });

  it('leaves out an email the issuer marks unverified', async () => {
    const caller = await verifier.verify(
      `Bearer ${google.mint(googleClaims({ email: 'someone@example.com', email_verified: false }))}`,
    );
    expect(caller.email).toBeUndefined();
  });
});

describe('createCallerVerifier refuses with 401 UNAUTHENTICATED and an invalid_token challenge', () => {
  const cases: { name: string; token: () => string; reason: InvalidTokenReason }[] = [
    {
      name: 'an expired Kubernetes token',
      token: () =>
        kubernetes.mint(
          kubernetesClaims({
            iat: nowSeconds() - 7200,
            nbf: nowSeconds() - 7200,
            exp: nowSeconds() - 120,
          }),
        ),
      reason: 'expired',
    },
    {
      name: 'a Google token expired 2 minutes ago (inside google-auth-library’s own 300 s skew)',
      token: () => google.mint(googleClaims({ iat: nowSeconds() - 3720, exp: nowSeconds() - 120 })),
      reason: 'expired',
    },
    {
      name: 'a Google token expired an hour ago',
      token: () =>
        google.mint(googleClaims({ iat: nowSeconds() - 7200, exp: nowSeconds() - 3600 })),
      reason: 'expired',
    },
    {
      name: 'a token that is not valid yet (nbf in 10 minutes)',
      token: () => kubernetes.mint(kubernetesClaims({ nbf: nowSeconds() + 600 })),
      reason: 'notYetValid',
    },
    {
      name: 'a token issued in the future (iat in 10 minutes)',
      token: () => kubernetes.mint(kubernetesClaims({ iat: nowSeconds() + 600, nbf: undefined })),
      reason: 'issuedInFuture',
    },
    {
      name: 'a Kubernetes token for another audience',
      token: () => kubernetes.mint(kubernetesClaims({ aud: ['https://kubernetes.default.svc'] })),
      reason: 'wrongAudience',
    },
    {
      name: 'a Google token for another audience',
      token: () => google.mint(googleClaims({ aud: 'https://other-service.example.com' })),
      reason: 'wrongAudience',
    },
    {
      name: 'a token of an issuer that is not trusted',
      token: () => stranger.mint({ aud: AUDIENCE, sub: 'intruder' }),
      reason: 'untrustedIssuer',
    },
    {
      name: 'a token claiming a trusted issuer but signed with another issuer’s key',
      token: () => stranger.mint(kubernetesClaims({ iss: kubernetes.issuer })),
      reason: 'unknownKey',
    },
    {
      name: 'a token claiming Google as issuer but signed with another issuer’s key',
      token: () => stranger.mint(googleClaims({ iss: 'https://accounts.google.com' })),
      reason: 'unknownKey',
    },
    {
      name: 'an unsigned token (alg "none")',
      token: () => kubernetes.mintUnsigned(kubernetesClaims()),
      reason: 'unsigned',
    },
    {
      name: 'an unsigned Google-issuer token (alg "none")',
      token: () => google.mintUnsigned(googleClaims()),
      reason: 'unsigned',
    },
    {
      name: 'an HMAC token (alg HS256) carrying a real key ID',
      token: () => {
        const real = kubernetes.mint(kubernetesClaims());
        const header = Buffer.from(
          JSON.stringify({ alg: 'HS256', kid: kubernetes.keyIds()[0] }),
        ).toString('base64url');
        return `${header}.${real.split('.')[1]}.${real.split('.')[2]}`;
      },
      reason: 'algorithmNotAllowed',
    },
    {
      name: 'a Kubernetes token whose subject was changed after signing',
      token: () =>
        kubernetes.tamper(kubernetes.mint(kubernetesClaims()), {
          sub: 'system:serviceaccount:kube-system:admin',
        }),
      reason: 'badSignature',
    },
    {
      name: 'an ES256 token whose audience was changed after signing',
      token: () =>
        kubernetes.tamper(kubernetes.mint(kubernetesClaims({ aud: ['other'] }), { alg: 'ES256' }), {
          aud: [AUDIENCE],
        }),
      reason: 'badSignature',
    },
    {
      name: 'a Google token whose email was changed after signing',
      token: () =>
        google.tamper(google.mint(googleClaims()), {
          email: 'admin@my-project.iam.gserviceaccount.com',
        }),
      reason: 'badSignature',
    },
    {
      name: 'a token without an expiry',
      token: () => kubernetes.mint(kubernetesClaims({ exp: undefined })),
      reason: 'missingExpiry',
    },
    {
      name: 'a token valid for three days',
      token: () => kubernetes.mint(kubernetesClaims({ exp: nowSeconds() + 3 * 24 * 3600 })),
      reason: 'tooLong',
    },
    {
      name: 'a token of two segments',
      token: () => 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0',
      reason: 'malformed',
    },
    {
      name: 'an opaque access token',
      token: () => 'ya29.a0AfH6SMBx-not-a-jwt',
      reason: 'malformed',
    },
  ];

  it.each(cases)('$name', async ({ token, reason }) => {
    const error = await refusal(token());
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.status).toBe(401);
    expect(error.message).toBe(INVALID_TOKEN_REASONS[reason]);
    expect(error.headers['WWW-Authenticate']).toBe(
      `Bearer realm="${AUTH_REALM}", error="invalid_token", error_description="${INVALID_TOKEN_REASONS[reason]}"`,
    );
  });
});

describe('key rotation', () => {
  it.each([
    { name: 'a Kubernetes-style issuer (jose, JWKS)', google: false },
    { name: 'Google (google-auth-library, PEM certificates)', google: true },
  ])(
    'refuses a token signed by a key the issuer has removed and accepts the new key — $name',
    async (row) => {
      const issuer = await startFakeOidcIssuer(
        row.google ? { issuer: 'https://accounts.google.com' } : {},
      );
      try {
        const rotating = createCallerVerifier({
          audience: AUDIENCE,
          issuers: parseTrustedIssuers(
            row.google ? [] : [{ issuer: issuer.issuer, jwksUri: issuer.jwksUri }],
          ),
          googleCertsUrl: issuer.googleCertsUrl,
          jwksCooldownMs: 0,
          jwksCacheMaxAgeMs: 100,
        });
        const claims = row.google ? googleClaims() : kubernetesClaims();
        const before = issuer.mint(claims);
        await expect(rotating.verify(`Bearer ${before}`)).resolves.toMatchObject({
          issuer: issuer.issuer,
        });
        issuer.rotateKeys();
        // A removed key is trusted until the cached key set ages out (Google: its Cache-Control).
        await new Promise((resolve) => setTimeout(resolve, 150));
        const error = await appErrorFrom(() => rotating.verify(`Bearer ${before}`));
        expect(error.message).toBe(INVALID_TOKEN_REASONS.unknownKey);
        await expect(rotating.verify(`Bearer ${issuer.mint(claims)}`)).resolves.toMatchObject({
          issuer: issuer.issuer,
        });
      } finally {
        await issuer.close();
      }
    },
  );
});

describe('the Authorization header', () => {
  it.each([
    { name: 'is missing', header: undefined, reason: 'missing' },
    { name: 'is empty', header: '   ', reason: 'missing' },
    {
      name: 'uses the Basic scheme',
      header: 'Basic cm9ib3Q6aHVudGVyMg==',
      reason: 'unsupportedScheme',
    },
    {
      name: 'carries a bare token without a scheme',
      header: 'ya29.a0AfH6SMBx-secret',
      reason: 'unsupportedScheme',
    },
  ])('answers the bare challenge (no error code) when it $name', async ({ header, reason }) => {
    const error = await appErrorFrom(() => verifier.verify(header));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.headers['WWW-Authenticate']).toBe(`Bearer realm="${AUTH_REALM}"`);
    expect(error.extensions.reason).toBe(reason);
    expectNoSecretIn(error, ['cm9ib3Q6aHVudGVyMg==', 'hunter2', 'ya29.a0AfH6SMBx-secret']);
  });

  it('names the foreign scheme so the caller knows what to change', async () => {
    const error = await appErrorFrom(() => verifier.verify('Basic cm9ib3Q6aHVudGVyMg=='));
    expect(error.message).toContain('"Basic"');
  });

  it('treats "Bearer" without a token as a malformed token', async () => {
    const error = await appErrorFrom(() => verifier.verify('Bearer'));
    expect(error.headers['WWW-Authenticate']).toContain('error="invalid_token"');
    expect(error.message).toBe(INVALID_TOKEN_REASONS.malformed);
  });
});

describe('when the issuer keys cannot be fetched', () => {
  let silent: Server;
  let silentPort: number;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    // Accepts connections and never answers.
    silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as AddressInfo).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('answers 504 UPSTREAM_TIMEOUT within the bound when the JWKS endpoint hangs', async () => {
    const hanging = createCallerVerifier({
      audience: AUDIENCE,
      issuers: parseTrustedIssuers([
        { issuer: kubernetes.issuer, jwksUri: `http://127.0.0.1:${silentPort}/jwks` },
      ]),
      timeoutMs: 300,
    });
    const started = Date.now();
    const error = await appErrorFrom(() =>
      hanging.verify(`Bearer ${kubernetes.mint(kubernetesClaims())}`),
    );
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('answers 502 UPSTREAM_ERROR (not 401: the token may be fine) when the JWKS endpoint is down', async () => {
    const down = createCallerVerifier({
      audience: AUDIENCE,
      issuers: parseTrustedIssuers([
        { issuer: kubernetes.issuer, jwksUri: `${kubernetes.url}/no-such-jwks` },
      ]),
    });
    const token = kubernetes.mint(kubernetesClaims());
    const error = await appErrorFrom(() => down.verify(`Bearer ${token}`));
    expect(error.code).toBe('UPSTREAM_ERROR');
    expect(error.message).toContain(kubernetes.issuer);
    expectNoSecretIn(error, [token]);
  });

  it('answers 504 UPSTREAM_TIMEOUT when Google’s certificate URL hangs', async () => {
    const hanging = createCallerVerifier({
      audience: AUDIENCE,
      googleCertsUrl: `http://127.0.0.1:${silentPort}/oauth2/v1/certs`,
      timeoutMs: 300,
    });
    const error = await appErrorFrom(() => hanging.verify(`Bearer ${google.mint(googleClaims())}`));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
  });
});
