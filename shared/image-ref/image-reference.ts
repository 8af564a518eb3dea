/**
 * `parseImageReference`: the offline answer for one reference: grammar and normalization
 * (grammar.ts), Artifact Registry knowledge (artifact-registry.ts), warnings and commands.
 */
import { packageResourceName, locateInArtifactRegistry } from './artifact-registry';
import { commandsFor } from './commands';
import { isAppError, type FieldPath } from '../problems';
import {
  DOCKER_HUB_DOMAIN,
  isGoogleRunRegistryHost,
  legacyRegistryHostOf,
} from '../registry-hosts';
import { DEFAULT_PATH, UNDESCRIBED_FAULT, type ParseContext } from './errors';
import { parseReferenceParts } from './grammar';
import { DEFAULT_TAG } from './tag';
import type { ArtifactRegistryImage, ImageReference, ImageWarning } from './types';
import { imageWarning } from './warnings';

export interface ParseOptions {
  /** Path of the input field the reference came from; default `['reference']`. */
  path?: FieldPath;
}

/**
 * Parses, validates and normalizes an image reference exactly as Docker, containerd and kubelet
 * do (distribution/reference `ParseNormalizedNamed`), then places it in Artifact Registry.
 *
 * `registry` keeps the host as written (case included), since that is the host runtimes
 * contact and `normalized` must round-trip; `artifactRegistry.host` is the lowercase host.
 *
 * @throws AppError INVALID_REFERENCE, UNKNOWN_LOCATION, UNSUPPORTED_FORMAT,
 *   INCOMPLETE_ARTIFACT_REGISTRY_PATH or INVALID_PROJECT_ID, with `path` set.
 */
export function parseImageReference(input: string, options: ParseOptions = {}): ImageReference {
  return parseIn({ input, path: options.path ?? DEFAULT_PATH });
}

const FOUND_PATH = ['image'];

/**
 * An image named in pasted text (a log, an event), parsed by the same rules; `null` when any
 * rule fails. Such a name is evidence, not a request: its faults are not described.
 */
export function findImageReference(text: string): ImageReference | null {
  try {
    return parseIn({ input: text, path: FOUND_PATH, quiet: true });
  } catch (error) {
    if (error === UNDESCRIBED_FAULT || isAppError(error)) return null;
    throw error;
  }
}

function parseIn(context: ParseContext): ImageReference {
  const { input } = context;
  const parts = parseReferenceParts(context);
  const { registry, path, digest } = parts;
  const tag = parts.tag ?? (digest === null ? DEFAULT_TAG : null);
  const repository = `${registry}/${path}`;
  const normalized = `${repository}${tag === null ? '' : `:${tag}`}${digest === null ? '' : `@${digest}`}`;

  const locator = locateInArtifactRegistry(context, registry, path, true);
  const artifactRegistry: ArtifactRegistryImage | null =
    locator === null
      ? null
      : {
          location: locator.location,
          projectId: locator.projectId,
          repository: locator.repository,
          image: locator.image ?? '',
          host: locator.host,
          containerRegistryHost: locator.containerRegistryHost,
        };

  const warnings: ImageWarning[] = [];
  if (parts.tag === null && digest === null) {
    warnings.push(imageWarning('IMPLICIT_LATEST_TAG', { normalized }));
  }
  if (digest === null) {
    warnings.push(imageWarning('MUTABLE_TAG', { tag: tag ?? DEFAULT_TAG, repository }));
  } else if (tag !== null) {
    warnings.push(imageWarning('TAG_IGNORED_WITH_DIGEST', { tag, digest }));
  }
  if (artifactRegistry === null) {
    // Google's other hosts (marketplace.gcr.io, k8s.gcr.io, …) get the nodes' credentials too.
    if (!isGoogleRunRegistryHost(registry)) {
      warnings.push(imageWarning('NOT_ARTIFACT_REGISTRY', { registry }));
    }
    if (registry === DOCKER_HUB_DOMAIN) warnings.push(imageWarning('DOCKER_HUB_RATE_LIMITS'));
  } else if (artifactRegistry.containerRegistryHost) {
    warnings.push(
      imageWarning('CONTAINER_REGISTRY_HOST', {
        registry: artifactRegistry.host,
        repository: artifactRegistry.repository,
        location: artifactRegistry.location,
        projectId: artifactRegistry.projectId,
      }),
    );
  }

  const legacy = legacyRegistryHostOf(registry);
  if (legacy !== null) {
    warnings.push(
      imageWarning('LEGACY_REGISTRY_HOST', {
        registry,
        successor: legacy.successor,
        replacement: `${legacy.successor}${normalized.slice(registry.length)}`,
      }),
    );
  }

  return {
    reference: input,
    registry,
    repositoryPath: path,
    tag,
    digest,
    normalized,
    repository,
    artifactRegistry,
    resourceName: artifactRegistry === null ? null : packageResourceName(artifactRegistry),
    commands: commandsFor(normalized, path),
    warnings,
  };
}
