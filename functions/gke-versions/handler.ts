import { describeGkeVersion, type GkeVersionFacts } from '../../shared/gke';
import { AppError, isAppError } from '../../shared/problems';

/** The version table's facts; an invalid version is INVALID_GKE_VERSION at `version` in the path. */
export function describeVersion(version: string): GkeVersionFacts {
  try {
    return describeGkeVersion(version, { path: ['version'] });
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new AppError(error.code, error.detail, {
      path: ['version'],
      errors: [{ path: ['version'], detail: error.detail }],
      cause: error,
    });
  }
}
