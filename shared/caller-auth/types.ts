/** An authenticated caller: the verified claims of its OIDC ID token, nothing more. */
export interface Caller {
  /** The token's `iss`; Google's two spellings are normalised to `https://accounts.google.com`. */
  issuer: string;
  /** The token's `sub`. */
  subject: string;
  /** The token's `email`, only when the token says `email_verified: true` (the boolean). */
  email?: string;
  /** Every verified claim of the token, for claim-based policy rules. */
  claims: Record<string, unknown>;
}

/**
 * The repository a caller asks about, as `shared/image-ref`'s `parseRepositoryReference` returns
 * it. Only the two fields authorization needs are required, so any richer object fits.
 */
export interface RepositoryLocator {
  /** Docker host, e.g. `us-docker.pkg.dev`, `gcr.io`. */
  registry: string;
  /** Docker path of the repository: `proj/repo`, `example.com/proj/repo`, or `proj` for gcr.io. */
  repositoryPathPrefix: string;
}

export type Access = 'pull' | 'push';

export const ACCESS_VALUES = ['pull', 'push'] as const satisfies readonly Access[];
