/**
 * `parseRepositoryReference`: an Artifact Registry (or gcr.io) repository, for minting pull
 * credentials scoped to it. Accepts the repository itself (`us-docker.pkg.dev/proj/repo`,
 * `gcr.io/proj`) or any image reference inside it; a tag or digest is validated, then ignored.
 *
 * Opt-in only (`standInHosts`): registry hosts the server operator declared to accept the same
 * `oauth2accesstoken` credentials as Artifact Registry (a test or mirror registry). A repository
 * there is written like Artifact Registry's, `HOST/PROJECT/REPOSITORY[/IMAGE]`, and checked with
 * the OCI path grammar only: no location, no project-ID rules. Artifact Registry and gcr.io
 * hosts always follow their own rules, listed or not.
 */
import { AppError } from '../problems';
import { locateInArtifactRegistry } from './artifact-registry';
import { DEFAULT_PATH, defect, invalidReference, quote, type ParseContext } from './errors';
import { parseReferenceParts } from './grammar';
import type { ParseOptions } from './image-reference';
import { PATH_COMPONENT_SEPARATOR } from './path';

export interface RepositoryParseOptions extends ParseOptions {
  /**
   * Extra registry hosts (`host` or `host:port`, case-insensitive) accepted as stand-ins for
   * Artifact Registry, from server configuration (`REGISTRY_GOOGLE_CREDENTIAL_HOSTS`), never
   * from a request. Default none. Their repositories have `location: ""`.
   */
  standInHosts?: readonly string[];
}

export interface RepositoryReference {
  /** Lowercase host: `us-docker.pkg.dev`, `docker.us-central1.rep.pkg.dev`, `gcr.io`. */
  registry: string;
  /** Artifact Registry location (`us`, `europe-west1`); `""` on a stand-in host. */
  location: string;
  /** API form: `example.com:my-project` for a domain-scoped project. */
  projectId: string;
  /** Repository ID; the host name for gcr.io hosts. */
  repository: string;
  /** The repository's Docker path: `proj/repo`, `example.com/proj/repo`; `proj` for gcr.io. */
  repositoryPathPrefix: string;
  /** The image path inside the repository, when the input named one; else null. */
  image: string | null;
  /** True for the gcr.io family. */
  containerRegistryHost: boolean;
}

/**
 * @throws AppError INVALID_REFERENCE (bad grammar, or a host that is neither Artifact Registry
 *   nor gcr.io), UNKNOWN_LOCATION, UNSUPPORTED_FORMAT, INCOMPLETE_ARTIFACT_REGISTRY_PATH (no
 *   project, or no repository), INVALID_PROJECT_ID; `path` is set on all of them.
 */
export function parseRepositoryReference(
  input: string,
  options: RepositoryParseOptions = {},
): RepositoryReference {
  const context: ParseContext = { input, path: options.path ?? DEFAULT_PATH };
  const { registry, path } = parseReferenceParts(context);
  const locator = locateInArtifactRegistry(context, registry, path, false);
  if (locator === null && isStandIn(registry, options.standInHosts)) {
    return standInRepository(context, registry, path);
  }
  if (locator === null) {
    throw invalidReference(
      context,
      defect(
        'reference.notArtifactRegistryHost',
        { registry: JSON.stringify(registry) },
        'reference.notArtifactRegistryHost.hint',
      ),
    );
  }
  return {
    registry: locator.host,
    location: locator.location,
    projectId: locator.projectId,
    repository: locator.repository,
    repositoryPathPrefix: locator.repositoryPathPrefix,
    image: locator.image,
    containerRegistryHost: locator.containerRegistryHost,
  };
}

function isStandIn(registry: string, hosts: readonly string[] | undefined): boolean {
  const host = registry.toLowerCase();
  return (hosts ?? []).some((candidate) => candidate.toLowerCase() === host);
}

/** `PROJECT/REPOSITORY[/IMAGE]` on an operator-declared stand-in host; the grammar was checked. */
function standInRepository(
  context: ParseContext,
  registry: string,
  path: string,
): RepositoryReference {
  const host = registry.toLowerCase();
  const [project, repository, ...image] = path.split(PATH_COMPONENT_SEPARATOR);
  if (project === undefined || repository === undefined) {
    throw new AppError(
      'INCOMPLETE_ARTIFACT_REGISTRY_PATH',
      {
        id: 'artifactRegistry.incomplete',
        params: {
          input: quote(context.input),
          what: { id: 'artifactRegistry.namesNoRepository' },
          expected: JSON.stringify(`${host}/PROJECT/REPOSITORY`),
        },
      },
      { path: context.path },
    );
  }
  return {
    registry: host,
    location: '',
    projectId: project,
    repository,
    repositoryPathPrefix: `${project}${PATH_COMPONENT_SEPARATOR}${repository}`,
    image: image.length === 0 ? null : image.join(PATH_COMPONENT_SEPARATOR),
    containerRegistryHost: false,
  };
}
