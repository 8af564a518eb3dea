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
import { messageList, type Message } from '../i18n';
import { AppError } from '../problems';
import { nearest } from './edit-distance';
import { fault, quote, type ParseContext } from './errors';
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
      throw fault(context, () => unknownLocation(context, kind.host, kind.location));
    case 'unsupported-format':
      throw fault(context, () =>
        unsupportedFormat(context, kind.host, kind.formatName, kind.format, path),
      );
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
    throw fault(context, () =>
      incompletePath(context, {
        host: kind.host,
        components,
        domainScoped,
        containerRegistryHost,
        requireImage,
      }),
    );
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
    throw fault(
      context,
      () =>
        new AppError(
          'INVALID_PROJECT_ID',
          {
            id: 'projectDomain.invalid',
            params: {
              input: quote(context.input),
              domain: JSON.stringify(domain),
              problems: messageList(domainProblems, '; '),
            },
          },
          { path: context.path },
        ),
    );
  }
  const problems = projectIdViolations(project);
  if (problems.length > 0) throw fault(context, () => invalidProjectId(context, project, problems));
}

function invalidProjectId(context: ParseContext, project: string, problems: Message[]): AppError {
  const hints: Message[] = [
    {
      id: 'projectId.rule.hint',
      params: {
        min: PROJECT_ID_MIN_LENGTH,
        max: PROJECT_ID_MAX_LENGTH,
        example: PROJECT_ID_EXAMPLE,
      },
    },
  ];
  if (isProjectNumber(project)) hints.push({ id: 'projectId.number.hint' });
  if (project.includes('_') || project.includes('.')) {
    hints.push({
      id: 'projectId.didYouMean.hint',
      params: { suggestion: JSON.stringify(project.replace(/[_.]/g, '-')) },
    });
  }
  return new AppError(
    'INVALID_PROJECT_ID',
    {
      id: 'projectId.invalid',
      params: {
        input: quote(context.input),
        project: JSON.stringify(project),
        problems: messageList(problems, '; '),
        hints: messageList(hints, ' '),
      },
    },
    { path: context.path },
  );
}

function unknownLocation(context: ParseContext, host: string, location: string): AppError {
  const suggestions = nearest(location, ARTIFACT_REGISTRY_LOCATIONS, LOCATION_SUGGESTION_COUNT);
  return new AppError(
    'UNKNOWN_LOCATION',
    {
      id: 'artifactRegistry.unknownLocation',
      params: {
        input: quote(context.input),
        location: JSON.stringify(location),
        host: JSON.stringify(host),
        suggestions: suggestions.join(', '),
      },
    },
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
    {
      id: 'artifactRegistry.unsupportedFormat',
      params: {
        input: quote(context.input),
        host: JSON.stringify(host),
        formatName,
        example: JSON.stringify(`${dockerHost}/${path}`),
      },
    },
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
  const input = quote(context.input);
  const expected = JSON.stringify(`${host}/${projectShape}${repositoryShape}${imageShape}`);
  const example = JSON.stringify(
    requireImage
      ? 'us-west1-docker.pkg.dev/my-project/my-repo/my-image:v1'
      : 'us-west1-docker.pkg.dev/my-project/my-repo',
  );
  const projectCount = domainScoped ? 2 : 1;
  let detail: Message;
  if (components.length > projectCount && !containerRegistryHost) {
    // project + one component: is that the repository or the image? The classic mistake.
    const project = components.slice(0, projectCount).join('/');
    const last = components[projectCount] as string;
    detail = {
      id: 'artifactRegistry.incomplete.imageOrRepository',
      params: {
        input,
        what: {
          id: 'artifactRegistry.noRepositoryAfterProject',
          params: { project: JSON.stringify(project), last: JSON.stringify(last) },
        },
        expected,
        example,
        last: JSON.stringify(last),
        fixed: JSON.stringify(`${host}/${project}/REPOSITORY/${last}`),
      },
    };
  } else {
    const what: Message =
      components.length < projectCount
        ? {
            id: 'artifactRegistry.onlyDomain',
            params: { path: JSON.stringify(components.join('/')) },
          }
        : {
            id: containerRegistryHost
              ? 'artifactRegistry.noImage'
              : requireImage
                ? 'artifactRegistry.noRepositoryAndImage'
                : 'artifactRegistry.noRepository',
          };
    detail = containerRegistryHost
      ? { id: 'artifactRegistry.incomplete', params: { input, what, expected } }
      : { id: 'artifactRegistry.incomplete.example', params: { input, what, expected, example } };
  }
  return new AppError('INCOMPLETE_ARTIFACT_REGISTRY_PATH', detail, { path: context.path });
}
