/**
 * `parseRepositoryReference`: an Artifact Registry (or gcr.io) repository, for minting pull
 * credentials scoped to it. Accepts the repository itself (`us-docker.pkg.dev/proj/repo`,
 * `gcr.io/proj`) or any image reference inside it; a tag or digest is validated, then ignored.
 */
import { locateInArtifactRegistry } from './artifact-registry';
import { DEFAULT_POINTER, invalidReference, type ParseContext } from './errors';
import { parseReferenceParts } from './grammar';
import type { ParseOptions } from './image-reference';

export interface RepositoryReference {
  /** Lowercase host: `us-docker.pkg.dev`, `docker.us-central1.rep.pkg.dev`, `gcr.io`. */
  registry: string;
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
 *   project, or no repository), INVALID_PROJECT_ID; `pointer` is set on all of them.
 */
export function parseRepositoryReference(
  input: string,
  options: ParseOptions = {},
): RepositoryReference {
  const context: ParseContext = { input, pointer: options.pointer ?? DEFAULT_POINTER };
  const { registry, path } = parseReferenceParts(context);
  const locator = locateInArtifactRegistry(context, registry, path, false);
  if (locator === null) {
    throw invalidReference(context, {
      what: `${JSON.stringify(registry)} is not an Artifact Registry or gcr.io host, and credentials can be minted only for Artifact Registry repositories`,
      hint: 'Name a repository such as "us-docker.pkg.dev/my-project/my-repo" or "gcr.io/my-project".',
    });
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
