/**
 * Repository patterns of the access policy.
 *
 * Grammar (written out so a reader can predict every match):
 *   pattern  := host "/" segment ( "/" segment )*
 *   host     := a Docker registry host, optionally with ":port"; literal, never a wildcard
 *   segment  := 1*( [a-z0-9._-] | "*" )     ; "**" is not a thing and is refused
 *
 * A pattern is compared with `registry + "/" + repositoryPathPrefix` of the asked repository
 * (`us-docker.pkg.dev/proj/repo`, `gcr.io/proj`), case-insensitively. It matches when it has the
 * SAME NUMBER of segments and each segment matches; inside a segment `*` matches any run of
 * characters except `/` (so `*` is "one whole segment" and `team-*` is "a segment starting with
 * team-"). There is no recursive wildcard: a pattern never reaches deeper or shallower paths.
 */
export const PATTERN_HOST = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::[0-9]{1,5})?$/;
export const PATTERN_SEGMENT = /^[a-z0-9._*-]+$/;

export interface RepositoryPattern {
  source: string;
  matches(repository: string): boolean;
}

/** Why `pattern` is not a valid repository pattern, or undefined when it is. */
export function repositoryPatternProblem(pattern: string): string | undefined {
  const [host, ...segments] = pattern.toLowerCase().split('/');
  if (host === undefined || !PATTERN_HOST.test(host)) {
    return 'must start with a literal registry host (no wildcard), e.g. "us-docker.pkg.dev/my-project/my-repo"';
  }
  if (segments.length === 0) return 'must name at least one path segment after the host';
  for (const segment of segments) {
    if (segment.includes('**'))
      return 'uses "**", which is not supported: "*" matches within one path segment';
    if (!PATTERN_SEGMENT.test(segment)) {
      return `has the segment "${segment}"; segments are lowercase letters, digits, ".", "_", "-" and "*"`;
    }
  }
  return undefined;
}

export function compileRepositoryPattern(pattern: string): RepositoryPattern {
  const problem = repositoryPatternProblem(pattern);
  if (problem !== undefined) throw new Error(`Repository pattern "${pattern}" ${problem}`);
  const source = pattern.toLowerCase();
  const expression = source
    .split('/')
    .map((segment) =>
      segment
        .split('*')
        .map((literal) => literal.replace(/[.]/g, '\\.'))
        .join('[^/]*'),
    )
    .join('/');
  const regex = new RegExp(`^${expression}$`);
  return { source, matches: (repository) => regex.test(repository.toLowerCase()) };
}
