/**
 * Where a reference lives in Artifact Registry. Docker paths there are
 *
 *   LOCATION-docker.pkg.dev/PROJECT-ID/REPOSITORY/IMAGE            (IMAGE may contain "/")
 *   LOCATION-docker.pkg.dev/DOMAIN/PROJECT-ID/REPOSITORY/IMAGE     (domain-scoped project
 *                                                                  DOMAIN:PROJECT-ID)
 *   gcr.io/PROJECT-ID/IMAGE  (and us., eu., asia.)                 (repository = the host name)
 *
 * The first path component is a domain when it contains "." (project IDs never do). A path
 * without a repository is the classic mistake: every repository is a resource of its own.
 */
import { AppError } from '../problems';
import { nearest } from './edit-distance';
import { quote, type ParseContext } from './errors';
import { PATH_COMPONENT_SEPARATOR } from './path';
import {
  DOMAIN_SCOPE_SEPARATOR,
  isProjectNumber,
  PROJECT_ID_MAX_LENGTH,
  PROJECT_ID_MIN_LENGTH,
  projectDomainViolations,
  projectIdViolations,
} from './project-id';
import {
  ARTIFACT_REGISTRY_DOMAIN_SUFFIX,
  ARTIFACT_REGISTRY_LOCATIONS,
  classifyRegistryHost,
  DOCKER_FORMAT,
  REGIONAL_REPLICA_LABEL,
} from '../registry-hosts';
import type { ArtifactRegistryImage } from './types';

/** How many known locations an UNKNOWN_LOCATION detail suggests. */
export const LOCATION_SUGGESTION_COUNT = 3;
/** `/` inside a package name is escaped like this in Artifact Registry resource names. */
export const ESCAPED_PACKAGE_SEPARATOR = '%2F';
export const PROJECT_ID_EXAMPLE = 'tokyo-rain-123';

/** An Artifact Registry (or gcr.io) repository, and the image inside it when there is one. */
export interface ArtifactRegistryLocator {
  /** Lowercase host name. */
  host: string;
  location: string;
  /** API form: `example.com:my-project` for a domain-scoped project. */
  projectId: string;
  repository: string;
  /** The repository's Docker path: `proj/repo`, `example.com/proj/repo`; `proj` for gcr.io. */
  repositoryPathPrefix: string;
  image: string | null;
  containerRegistryHost: boolean;
}

/**
 * The Artifact Registry locator of `registry/path`, or null when the host is not Artifact
 * Registry. Throws UNKNOWN_LOCATION, UNSUPPORTED_FORMAT, INCOMPLETE_ARTIFACT_REGISTRY_PATH or
 * INVALID_PROJECT_ID. With `requireImage` false a bare repository is complete.
 */
export function locateInArtifactRegistry(
  context: ParseContext,
  registry: string,
  path: string,
  requireImage: boolean,
): ArtifactRegistryLocator | null {
  const kind = classifyRegistryHost(registry);
  switch (kind.kind) {
    case 'docker-hub':
    case 'other':
      return null;
    case 'unknown-location':
      throw unknownLocation(context, kind.host, kind.location);
    case 'unsupported-format':
      throw unsupportedFormat(context, kind.host, kind.formatName, kind.format, path);
    case 'artifact-registry':
    case 'container-registry':
      break;
  }
  const containerRegistryHost = kind.kind === 'container-registry';
  const components = path.split(PATH_COMPONENT_SEPARATOR);
  const domainScoped = (components[0] ?? '').includes('.');
  const projectComponents = domainScoped ? 2 : 1;
  const repositoryComponents = containerRegistryHost ? 0 : 1;
  const needed = projectComponents + repositoryComponents + (requireImage ? 1 : 0);
  if (components.length < needed) {
    throw incompletePath(context, {
      host: kind.host,
      components,
      domainScoped,
      containerRegistryHost,
      requireImage,
    });
  }
  const domain = domainScoped ? (components[0] as string) : null;
  const project = components[projectComponents - 1] as string;
  checkProject(context, domain, project);
  const projectId = domain === null ? project : `${domain}${DOMAIN_SCOPE_SEPARATOR}${project}`;
  const prefixLength = projectComponents + repositoryComponents;
  const imageComponents = components.slice(prefixLength);
  return {
    host: kind.host,
    location: kind.location,
    projectId,
    repository: containerRegistryHost ? kind.host : (components[projectComponents] as string),
    repositoryPathPrefix: components.slice(0, prefixLength).join(PATH_COMPONENT_SEPARATOR),
    image: imageComponents.length === 0 ? null : imageComponents.join(PATH_COMPONENT_SEPARATOR),
    containerRegistryHost,
  };
}

/** `projects/P/locations/L/repositories/R/packages/IMAGE`, with `/` in IMAGE as `%2F`. */
export function packageResourceName(image: ArtifactRegistryImage): string {
  const packageId = image.image.split(PATH_COMPONENT_SEPARATOR).join(ESCAPED_PACKAGE_SEPARATOR);
  return `projects/${image.projectId}/locations/${image.location}/repositories/${image.repository}/packages/${packageId}`;
}

function checkProject(context: ParseContext, domain: string | null, project: string): void {
  const domainProblems = domain === null ? [] : projectDomainViolations(domain);
  if (domainProblems.length > 0) {
    throw new AppError(
      'INVALID_PROJECT_ID',
      `${quote(context.input)}: ${JSON.stringify(domain)} is read as the domain of a domain-scoped project (a first path component with "." always is), and it is not a valid domain: ${domainProblems.join('; ')}. A domain-scoped project "example.com:my-project" is written "example.com/my-project" in the path.`,
      { path: context.path },
    );
  }
  const problems = projectIdViolations(project);
  if (problems.length === 0) return;
  const hints = [
    `Project IDs are ${PROJECT_ID_MIN_LENGTH} to ${PROJECT_ID_MAX_LENGTH} lowercase letters, digits or hyphens, start with a letter and do not end with a hyphen, for example "${PROJECT_ID_EXAMPLE}".`,
  ];
  if (isProjectNumber(project)) hints.push('Use the project ID, not the project number.');
  if (project.includes('_') || project.includes('.')) {
    hints.push(`Did you mean ${JSON.stringify(project.replace(/[_.]/g, '-'))}?`);
  }
  throw new AppError(
    'INVALID_PROJECT_ID',
    `${quote(context.input)}: project ID ${JSON.stringify(project)} is not valid: ${problems.join('; ')}. ${hints.join(' ')}`,
    { path: context.path },
  );
}

function unknownLocation(context: ParseContext, host: string, location: string): AppError {
  const suggestions = nearest(location, ARTIFACT_REGISTRY_LOCATIONS, LOCATION_SUGGESTION_COUNT);
  return new AppError(
    'UNKNOWN_LOCATION',
    `${quote(context.input)}: ${JSON.stringify(location)} in the host ${JSON.stringify(host)} is not a known Artifact Registry location. Nearest known locations: ${suggestions.join(', ')}. "gcloud artifacts locations list" shows them all.`,
    { path: context.path, extensions: { location, suggestions } },
  );
}

function unsupportedFormat(
  context: ParseContext,
  host: string,
  formatName: string,
  format: string,
  path: string,
): AppError {
  const dockerHost = host.includes(`.${REGIONAL_REPLICA_LABEL}.`)
    ? `${DOCKER_FORMAT}${host.slice(format.length)}`
    : `${host.slice(0, -(format.length + ARTIFACT_REGISTRY_DOMAIN_SUFFIX.length))}${DOCKER_FORMAT}${ARTIFACT_REGISTRY_DOMAIN_SUFFIX}`;
  return new AppError(
    'UNSUPPORTED_FORMAT',
    `${quote(context.input)}: ${JSON.stringify(host)} serves Artifact Registry ${formatName} repositories, which hold no container images. Container images are pulled from Docker repositories, for example ${JSON.stringify(`${dockerHost}/${path}`)} if that repository has the Docker format.`,
    { path: context.path },
  );
}

interface IncompletePath {
  host: string;
  components: string[];
  domainScoped: boolean;
  containerRegistryHost: boolean;
  requireImage: boolean;
}

function incompletePath(context: ParseContext, path: IncompletePath): AppError {
  const { host, components, domainScoped, containerRegistryHost, requireImage } = path;
  const projectShape = domainScoped ? 'DOMAIN/PROJECT-ID' : 'PROJECT-ID';
  const repositoryShape = containerRegistryHost ? '' : '/REPOSITORY';
  const imageShape = requireImage ? '/IMAGE' : '';
  const expected = `${host}/${projectShape}${repositoryShape}${imageShape}`;
  const projectCount = domainScoped ? 2 : 1;
  let what: string;
  let hint = '';
  if (components.length < projectCount) {
    what = `${JSON.stringify(components.join('/'))} is only the domain of a domain-scoped project; the project ID is missing`;
  } else if (containerRegistryHost || components.length === projectCount) {
    const missing = [containerRegistryHost ? null : 'repository', requireImage ? 'image' : null]
      .filter((part) => part !== null)
      .join(' and ');
    what = `the path names a project but no ${missing}`;
  } else {
    // project + one component: is that the repository or the image? The classic mistake.
    const project = components.slice(0, projectCount).join('/');
    const last = components[projectCount] as string;
    what = `the path has no repository: after the project ${JSON.stringify(project)} comes only ${JSON.stringify(last)}`;
    hint = ` Each repository is a separate resource that must be created before images are pushed to it; if ${JSON.stringify(last)} is the image, name its repository: ${JSON.stringify(`${host}/${project}/REPOSITORY/${last}`)}.`;
  }
  return new AppError(
    'INCOMPLETE_ARTIFACT_REGISTRY_PATH',
    `${quote(context.input)}: ${what}. Expected ${JSON.stringify(expected)}${containerRegistryHost ? '' : `, for example ${JSON.stringify(requireImage ? 'us-west1-docker.pkg.dev/my-project/my-repo/my-image:v1' : 'us-west1-docker.pkg.dev/my-project/my-repo')}`}.${hint}`,
    { path: context.path },
  );
}
