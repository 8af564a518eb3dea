/**
 * A real OCI registry for tests: Debian's `docker-registry` (distribution 2.8.2) on 127.0.0.1
 * with token auth, a Node token issuer in this process, and three images pushed over the HTTP
 * API (single-platform OCI, Docker v2 schema 2, two-platform OCI index). See
 * shared/docs/test-registry.md for every rule this follows. Works from vitest `beforeAll`;
 * `stop()` kills the process, closes the issuer and removes the temp directory.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSigningIdentity, type SigningAlgorithm } from './certificate';
import { pushImage, pushIndex, type PlatformSpec } from './image-push';
import { startRegistryProcess, type RegistryProcess } from './registry-process';
import {
  startTokenIssuer,
  type Authorize,
  type ScopeRequest,
  type TokenIssuer,
  type TokenRequestRecord,
} from './token-issuer';

export { startTripwire, type Tripwire } from './tripwire';
export {
  startScriptedServer,
  type RecordedRequest,
  type ScriptedHandler,
  type ScriptedServer,
} from './scripted-server';
export {
  dropChallengeService,
  startCountingProxy,
  type CountingProxy,
  type CountingProxyOptions,
} from './counting-proxy';
export { skopeoInspectRaw, type SkopeoInspectOptions, type SkopeoInspectResult } from './skopeo';
export {
  MEDIA_TYPES,
  pushBlob,
  pushImage,
  pushIndex,
  pushManifest,
  sha256,
  type PushTarget,
} from './image-push';
export type {
  Authorize,
  AuthorizeDecision,
  AuthorizeRequest,
  ScopeRequest,
  TokenRequestRecord,
} from './token-issuer';

/** Accepted as an `oauth2accesstoken` password, with pull on the three pushed repositories, when `accessTokens` is not given. */
export const TEST_ACCESS_TOKEN = 'ya29.test-registry-access-token';

export interface RepositoryRights {
  pull?: string[];
  push?: string[];
}

export interface TestRegistryOptions {
  /**
   * Access tokens accepted as `oauth2accesstoken` passwords, each with the repositories it may
   * pull/push. Default: `TEST_ACCESS_TOKEN` with pull on the three pushed repositories.
   */
  accessTokens?: Record<string, RepositoryRights>;
  /** Repositories an anonymous token request may pull (default none: the token grants nothing). */
  anonymousPull?: string[];
  /** Replaces the access-token policy above. */
  authorize?: Authorize;
  algorithm?: SigningAlgorithm;
  service?: string;
  issuer?: string;
  tokenLifetimeSeconds?: number;
  /** First path component of the pushed repositories. Default `team`. */
  namespace?: string;
  /** The tag every image is pushed under. Default `1.0`. */
  tag?: string;
}

export interface PushedImageInfo {
  repository: string;
  tag: string;
  digest: string;
  mediaType: string;
}

export interface PushedIndexInfo extends PushedImageInfo {
  platforms: Array<PlatformSpec & { digest: string; mediaType: string }>;
}

export interface TestRegistry {
  /** `127.0.0.1:PORT`, plain HTTP. */
  host: string;
  baseUrl: string;
  issuerUrl: string;
  /** `127.0.0.1:PORT` of the token issuer (the challenge realm's host). */
  issuerHost: string;
  service: string;
  /**
   * `[host, issuerHost]`: what a registry client needs in `insecureHosts` (plain HTTP) and, to be
   * sent Google credentials, in `googleCredentialHosts` (the realm is on another port than the registry).
   */
  loopbackHosts: string[];
  /** The temp directory holding config, certificate bundle and storage; removed by `stop()`. */
  directory: string;
  images: { single: PushedImageInfo; docker: PushedImageInfo; index: PushedIndexInfo };
  /** Every token request the issuer answered, in order. */
  tokenRequests: TokenRequestRecord[];
  /** Swaps the issuer's decision; `undefined` restores the configured policy. */
  setAuthorize(authorize: Authorize | undefined): void;
  /** Signs a registry JWT directly (no issuer round trip). */
  mintRegistryToken(
    access: ScopeRequest[],
    options?: { subject?: string; lifetimeSeconds?: number },
  ): string;
  /** The registry's stderr log. */
  log(): string;
  stop(): Promise<void>;
}

export const TEST_PLATFORMS: PlatformSpec[] = [
  { os: 'linux', architecture: 'amd64' },
  { os: 'linux', architecture: 'arm64', variant: 'v8' },
];

/** The default decision: access tokens mapped to repositories, AR-like 403 when nothing is granted. */
export function accessTokenPolicy(
  accessTokens: Record<string, RepositoryRights>,
  anonymousPull: string[] = [],
): Authorize {
  return ({ username, password, scopes }) => {
    const allowed = (name: string, action: string, rights: RepositoryRights): boolean =>
      (action === 'pull' && (rights.pull ?? []).includes(name)) ||
      (action === 'push' && (rights.push ?? []).includes(name));
    let rights: RepositoryRights;
    if (username === null) rights = { pull: anonymousPull };
    else if (
      username === 'oauth2accesstoken' &&
      password !== null &&
      Object.hasOwn(accessTokens, password)
    ) {
      rights = accessTokens[password] ?? {};
    } else return 'deny-401';
    const granted = scopes
      .filter((scope) => scope.type === 'repository')
      .map((scope) => ({
        ...scope,
        actions: scope.actions.filter((action) => allowed(scope.name, action, rights)),
      }))
      .filter((scope) => scope.actions.length > 0);
    const requested = scopes.reduce((total, scope) => total + scope.actions.length, 0);
    const given = granted.reduce((total, scope) => total + scope.actions.length, 0);
    if (given === requested) return 'grant';
    if (username !== null && given === 0) return 'deny-403';
    return { grant: granted };
  };
}

/**
 * Artifact Registry IAM for minted credentials: the access token names the service account it
 * was minted for (`identityOf`, e.g. the fake IAM Credentials' `lookupToken`), and each account
 * may pull only the repositories `readers` lists for it (never push): 401 without a known token,
 * 403 when nothing requested is readable.
 */
export function impersonatedReaderPolicy(
  identityOf: (accessToken: string) => string | undefined,
  readers: Record<string, string[]>,
): Authorize {
  return ({ username, password, scopes }) => {
    const identity =
      username === 'oauth2accesstoken' && password !== null ? identityOf(password) : undefined;
    if (identity === undefined) return 'deny-401';
    const readable = readers[identity] ?? [];
    const granted = scopes
      .filter((scope) => scope.type === 'repository' && readable.includes(scope.name))
      .map((scope) => ({ ...scope, actions: scope.actions.filter((action) => action === 'pull') }))
      .filter((scope) => scope.actions.length > 0);
    return granted.length === 0 ? 'deny-403' : { grant: granted };
  };
}

export async function startTestRegistry(options: TestRegistryOptions = {}): Promise<TestRegistry> {
  const service = options.service ?? 'test-registry';
  const issuerName = options.issuer ?? 'test-token-issuer';
  const namespace = options.namespace ?? 'team';
  const tag = options.tag ?? '1.0';
  const repositories = {
    single: `${namespace}/single`,
    docker: `${namespace}/docker`,
    index: `${namespace}/multi`,
  };
  const accessTokens = options.accessTokens ?? {
    [TEST_ACCESS_TOKEN]: { pull: Object.values(repositories) },
  };
  const defaultAuthorize =
    options.authorize ?? accessTokenPolicy(accessTokens, options.anonymousPull);
  const directory = await mkdtemp(join(tmpdir(), 'test-registry-'));
  let issuer: TokenIssuer | undefined;
  let registry: RegistryProcess | undefined;
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await registry?.stop();
    await issuer?.close();
    await rm(directory, { recursive: true, force: true });
  };

  try {
    const identity = createSigningIdentity(options.algorithm ?? 'ES256', issuerName);
    const bundlePath = join(directory, 'root-bundle.pem');
    await writeFile(bundlePath, identity.certificatePem);
    issuer = await startTokenIssuer({
      identity,
      issuer: issuerName,
      service,
      authorize: defaultAuthorize,
      ...(options.tokenLifetimeSeconds === undefined
        ? {}
        : { lifetimeSeconds: options.tokenLifetimeSeconds }),
    });
    registry = await startRegistryProcess({
      directory,
      realm: issuer.url,
      service,
      issuer: issuerName,
      rootCertBundlePath: bundlePath,
    });
    const baseUrl = `http://${registry.host}`;
    const pusher = issuer;
    const target = (repository: string) => ({
      baseUrl,
      repository,
      token: pusher.mint([{ type: 'repository', name: repository, actions: ['pull', 'push'] }], {
        subject: 'harness',
      }),
    });
    const single = await pushImage(target(repositories.single), {
      format: 'oci',
      platform: { os: 'linux', architecture: 'amd64' },
      reference: tag,
      label: 'single',
    });
    const docker = await pushImage(target(repositories.docker), {
      format: 'docker',
      platform: { os: 'linux', architecture: 'amd64' },
      reference: tag,
      label: 'docker',
    });
    const index = await pushIndex(target(repositories.index), tag, TEST_PLATFORMS, 'multi');
    const tokenRequests = issuer.requests;

    return {
      host: registry.host,
      baseUrl,
      issuerUrl: issuer.url,
      issuerHost: issuer.host,
      service,
      loopbackHosts: [registry.host, issuer.host],
      directory,
      images: {
        single: {
          repository: repositories.single,
          tag,
          digest: single.digest,
          mediaType: single.mediaType,
        },
        docker: {
          repository: repositories.docker,
          tag,
          digest: docker.digest,
          mediaType: docker.mediaType,
        },
        index: {
          repository: repositories.index,
          tag,
          digest: index.digest,
          mediaType: index.mediaType,
          platforms: index.platforms,
        },
      },
      tokenRequests,
      setAuthorize: (authorize) => pusher.setAuthorize(authorize ?? defaultAuthorize),
      mintRegistryToken: (access, mintOptions) => pusher.mint(access, mintOptions),
      log: () => registry?.log() ?? '',
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
