import { AppError } from '../problems';
import { redactSecrets, sanitizeError } from './sanitize';
import type { CredentialAccess } from './token-minter';

/** Docker's default when the token endpoint gives no `expires_in` (distribution token spec). */
export const DEFAULT_REGISTRY_TOKEN_SECONDS = 60;
export const OAUTH2_USERNAME = 'oauth2accesstoken';

/** Actions of the Docker token scope for each access: a push also needs to read. */
export const SCOPE_ACTIONS = { pull: 'pull', push: 'pull,push' } as const satisfies Record<
  CredentialAccess,
  string
>;

const REPOSITORY_PATH =
  /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

export interface RegistryTokenRequest {
  /** Registry host (`us-docker.pkg.dev`), as parsed from the request. */
  host: string;
  /** Docker repository path the token is scoped to (`proj/repo/image`). */
  repositoryPath: string;
  access: CredentialAccess;
  /** The Google access token exchanged (Basic `oauth2accesstoken:<token>`). */
  accessToken: string;
}

export interface RegistryTokenOptions {
  /**
   * Hosts reached over plain HTTP (`REGISTRY_INSECURE_HOSTS`, a loopback test registry only).
   * Server configuration only: a request can never choose the scheme.
   */
  insecureHosts?: readonly string[];
  /** Bound on the whole exchange, in milliseconds; default 5000. */
  timeoutMs?: number;
  now?: () => number;
}

export interface RegistryToken {
  token: string;
  expiresAt: Date;
  /** The exact scope asked for, e.g. `repository:proj/repo/image:pull`. */
  scope: string;
}

interface Challenge {
  realm: string;
  service: string | undefined;
}

/**
 * Exchanges a Google access token for the registry's own bearer token for exactly
 * `repository:<path>:<actions>` (Docker token authentication). The token endpoint comes from the
 * registry's `WWW-Authenticate` challenge on `/v2/` — for Artifact Registry
 * `https://HOST/v2/token` with `service=HOST` — and is used only when it lives on the same host
 * name as the registry, so the Google token is never sent to a host the operator did not choose.
 */
export async function fetchRegistryToken(
  request: RegistryTokenRequest,
  options: RegistryTokenOptions = {},
): Promise<RegistryToken> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const now = options.now ?? Date.now;
  if (!REPOSITORY_PATH.test(request.repositoryPath)) {
    throw new AppError(
      'INVALID_REQUEST',
      `"${request.repositoryPath}" is not a Docker repository path.`,
      {
        path: ['repository'],
      },
    );
  }
  const insecure = (options.insecureHosts ?? []).includes(request.host);
  const base = `${insecure ? 'http' : 'https'}://${request.host}`;
  const scope = `repository:${request.repositoryPath}:${SCOPE_ACTIONS[request.access]}`;
  const signal = AbortSignal.timeout(timeoutMs);
  const secrets = [request.accessToken];

  try {
    const challenge = await readChallenge(base, request.host, insecure, signal);
    const url = new URL(challenge.realm);
    url.searchParams.set('service', challenge.service ?? request.host);
    url.searchParams.set('scope', scope);
    const basic = Buffer.from(`${OAUTH2_USERNAME}:${request.accessToken}`).toString('base64');
    const response = await fetch(url, {
      headers: { authorization: `Basic ${basic}` },
      signal,
      redirect: 'error',
    });
    const body = (await response.json().catch(() => undefined)) as
      Record<string, unknown> | undefined;
    if (response.status === 401 || response.status === 403) {
      throw new AppError(
        'REGISTRY_PERMISSION_DENIED',
        `The registry ${request.host} refused a token for ${scope} (HTTP ${response.status}): the minted credential does not reach this repository.`,
      );
    }
    const token = typeof body?.token === 'string' ? body.token : body?.access_token;
    if (!response.ok || typeof token !== 'string' || token === '') {
      throw new AppError(
        'UPSTREAM_ERROR',
        `The token endpoint of ${request.host} answered HTTP ${response.status} without a token for ${scope}.`,
      );
    }
    const seconds =
      typeof body?.expires_in === 'number' && body.expires_in > 0
        ? body.expires_in
        : DEFAULT_REGISTRY_TOKEN_SECONDS;
    const issuedAt = typeof body?.issued_at === 'string' ? Date.parse(body.issued_at) : Number.NaN;
    const start = Number.isNaN(issuedAt) ? now() : issuedAt;
    return { token, expiresAt: new Date(start + seconds * 1000), scope };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const cause = sanitizeError(error, secrets);
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      throw new AppError(
        'UPSTREAM_TIMEOUT',
        `The registry ${request.host} did not issue a token within ${timeoutMs} ms.`,
        {
          cause,
        },
      );
    }
    throw new AppError(
      'UPSTREAM_ERROR',
      `The registry ${request.host} could not be reached for a token (${redactSecrets(cause.message, secrets)}).`,
      { cause },
    );
  }
}

async function readChallenge(
  base: string,
  host: string,
  insecure: boolean,
  signal: AbortSignal,
): Promise<Challenge> {
  const response = await fetch(`${base}/v2/`, { signal, redirect: 'error' });
  await response.body?.cancel();
  const challenge = parseBearerChallenge(response.headers.get('www-authenticate') ?? '');
  if (response.status !== 401 || challenge === undefined) {
    throw new AppError(
      'UPSTREAM_ERROR',
      `The registry ${host} did not answer /v2/ with a Bearer challenge (HTTP ${response.status}), so it has no token endpoint.`,
    );
  }
  let realm: URL;
  try {
    realm = new URL(challenge.realm);
  } catch {
    throw new AppError(
      'UPSTREAM_ERROR',
      `The registry ${host} named a token endpoint that is not a URL.`,
    );
  }
  const registryHostname = new URL(base).hostname;
  const schemeOk = realm.protocol === 'https:' || (insecure && realm.protocol === 'http:');
  if (
    !schemeOk ||
    realm.hostname !== registryHostname ||
    realm.username !== '' ||
    realm.password !== ''
  ) {
    throw new AppError(
      'UPSTREAM_ERROR',
      `The registry ${host} named a token endpoint on another host or without https (${realm.protocol}//${realm.host}); the access token is not sent there.`,
    );
  }
  return challenge;
}

/** `Bearer realm="…",service="…",scope="…"` (RFC 6750 §3 / Docker token spec) → its parameters. */
export function parseBearerChallenge(header: string): Challenge | undefined {
  const match = /^\s*Bearer\s+(.*)$/i.exec(header);
  if (match?.[1] === undefined) return undefined;
  const params = new Map<string, string>();
  for (const param of match[1].matchAll(/([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)) {
    params.set(param[1]!.toLowerCase(), (param[2] ?? param[3] ?? '').replace(/\\(.)/g, '$1'));
  }
  const realm = params.get('realm');
  return realm === undefined ? undefined : { realm, service: params.get('service') };
}
