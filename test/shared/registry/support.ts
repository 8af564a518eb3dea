import { expect } from 'vitest';
import { renderMessage, type Language } from '../../../shared/i18n';
import { parseImageReference, type ImageReference } from '../../../shared/image-ref';
import { AppError } from '../../../shared/problems';
import type { ManifestTarget } from '../../../shared/registry';

/** `registry/repositoryPath:tag` (or `@digest`), parsed as every caller of the client does. */
export function referenceAt(
  registry: string,
  repositoryPath: string,
  reference: string,
): ImageReference {
  const separator = reference.includes(':') ? '@' : ':';
  return parseImageReference(`${registry}/${repositoryPath}${separator}${reference}`);
}

/**
 * What the registry client reads of a parsed reference, built verbatim: for hosts the SSRF tests
 * need as written (look-alikes, a trailing dot) that the grammar would refuse before the client
 * ever saw them. A digest (`sha256:…`) fills `digest`, anything else `tag`.
 */
export function targetAt(
  registry: string,
  repositoryPath: string,
  reference: string,
): ManifestTarget {
  return reference.includes(':')
    ? { registry, repositoryPath, tag: null, digest: reference }
    : { registry, repositoryPath, tag: reference, digest: null };
}

export async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The detail as a client reads it, in `language`. */
export function detailOf(error: AppError, language: Language = 'en'): string {
  return typeof error.detail === 'string' ? error.detail : renderMessage(error.detail, language);
}
