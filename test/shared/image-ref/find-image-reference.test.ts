import { describe, expect, it } from 'vitest';
import { findImageReference, parseImageReference } from '../../../shared/image-ref';
import { isAppError } from '../../../shared/problems';

/** Names as they appear in pasted logs, each breaking one rule `parseImageReference` reports. */
const FAULTY: ReadonlyArray<readonly [string, string]> = [
  ['INVALID_REFERENCE', 'us-docker.pkg.dev/Proj/Repo/App:1'],
  ['INVALID_REFERENCE', 'registry.example.com/app:bad tag'],
  ['UNKNOWN_LOCATION', 'us-centrl1-docker.pkg.dev/acme-prod/services/checkout:1.8.2'],
  ['UNSUPPORTED_FORMAT', 'us-central1-maven.pkg.dev/acme-prod/libs/app:1'],
  ['INCOMPLETE_ARTIFACT_REGISTRY_PATH', 'us-central1-docker.pkg.dev/acme-prod/checkout:1.8.2'],
  ['INVALID_PROJECT_ID', 'us-central1-docker.pkg.dev/acme/services/checkout:1.8.2'],
  ['INVALID_PROJECT_ID', `us-docker.pkg.dev/${'a'.repeat(64)}.com/acme-prod/apps/web:1`],
];

describe('findImageReference', () => {
  it.each(FAULTY)('gives null where parseImageReference reports %s', (code, text) => {
    let reported: unknown;
    try {
      parseImageReference(text);
    } catch (error) {
      reported = error;
    }
    expect(isAppError(reported) && reported.code).toBe(code);
    expect(findImageReference(text)).toBeNull();
  });

  it.each([
    'us-central1-docker.pkg.dev/acme-prod/services/checkout:1.8.2',
    'gcr.io/google-containers/pause:3.9',
    'docker.io/library/nginx@sha256:' + '0'.repeat(64),
    'quay.io/team/app',
    'us-docker.pkg.dev/example.com/acme-prod/apps/web:1',
  ])('gives the same reference as parseImageReference for %s', (text) => {
    expect(findImageReference(text)).toEqual(parseImageReference(text));
  });

  it('describes the faults of a reference sent in a request as before, after a quiet parse', () => {
    const text = 'us-central1-docker.pkg.dev/acme/services/checkout:1.8.2';
    expect(findImageReference(text)).toBeNull();
    expect(() => parseImageReference(text, { path: ['image'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_PROJECT_ID', path: ['image'] }),
    );
  });
});
