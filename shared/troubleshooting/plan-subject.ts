import { parseRepositoryReference, type ImageReference } from '../image-ref';
import { isAppError } from '../problems';
import { foundImageOf } from './extract';
import {
  groupOf,
  registryFamilyOf,
  type RegistryFamily,
  type RegistryGroup,
  type RegistryKind,
} from '../registry-hosts';
import type { Classification, PlanInput } from './types';

/**
 * What a plan is about, decided once and only by the domain's parsers: the image (the request's,
 * else the one the pasted text names, both through `parseImageReference`), its registry and that
 * registry's family, and the Artifact Registry repository. A repository named only by its REST
 * resource (`projects/P/locations/L/repositories/R` in a denial) is written as its Docker host
 * path and parsed by `parseRepositoryReference`, so no second Artifact Registry grammar exists.
 */
export interface PlanSubject {
  image: ImageReference | null;
  /** Host as written in the reference (`docker.io` for Docker Hub); `null` when unknown. */
  registry: string | null;
  family: RegistryFamily | null;
  kind: RegistryKind;
  group: RegistryGroup;
  artifactRegistry: {
    project: string;
    location: string;
    repository: string;
    /** `LOCATION-docker.pkg.dev/PROJECT/REPOSITORY` or `gcr.io/PROJECT`. */
    path: string;
  } | null;
}

const RESOURCE_SEGMENTS = ['projects', 'locations', 'repositories'] as const;

/** `projects/P/locations/L/repositories/R` as the repository's Docker path, parsed. */
function repositoryOfResource(resource: string): PlanSubject['artifactRegistry'] {
  const parts = resource.split('/');
  if (parts.length !== 6 || RESOURCE_SEGMENTS.some((name, i) => parts[i * 2] !== name)) return null;
  const [, project = '', , location = '', , repository = ''] = parts;
  // A domain-scoped project (`example.com:proj`) is written `example.com/proj` in Docker paths.
  const text = `${location}-docker.pkg.dev/${project.replace(':', '/')}/${repository}`;
  try {
    const parsed = parseRepositoryReference(text);
    return {
      project: parsed.projectId,
      location: parsed.location,
      repository: parsed.repository,
      path: `${parsed.registry}/${parsed.repositoryPathPrefix}`,
    };
  } catch (error) {
    if (isAppError(error)) return null;
    throw error;
  }
}

function repositoryOfImage(image: ImageReference): PlanSubject['artifactRegistry'] {
  const ar = image.artifactRegistry;
  if (!ar) return null;
  return {
    project: ar.projectId,
    location: ar.location,
    repository: ar.repository,
    path: ar.containerRegistryHost
      ? `${ar.host}/${ar.projectId}`
      : `${ar.host}/${ar.projectId}/${ar.repository}`,
  };
}

export function planSubjectOf(input: PlanInput, classification: Classification): PlanSubject {
  const { extracted } = classification;
  const invalid = classification.cause === 'invalid-reference';
  // `image: null` means the request had no image or an invalid one; only then is the pasted
  // text's image used, and never for an invalid-reference diagnosis (that name is the fault).
  const image =
    input.image ??
    (invalid || extracted.image === null
      ? null
      : input.foundImage !== undefined
        ? input.foundImage
        : foundImageOf(extracted));
  const fromResource = extracted.resource ? repositoryOfResource(extracted.resource) : null;
  const artifactRegistry = (image ? repositoryOfImage(image) : null) ?? fromResource;
  const registry =
    image?.registry ??
    (invalid ? null : extracted.registry) ??
    (fromResource ? (fromResource.path.split('/')[0] ?? null) : null);
  const family = registry ? registryFamilyOf(registry) : null;
  const kind: RegistryKind = family?.id ?? 'unknown';
  return { image, registry, family, kind, group: groupOf(kind), artifactRegistry };
}
