import type { ManifestFindingCode } from './types';

export type ValueType = 'list' | 'object' | 'string' | 'number' | 'boolean' | 'null' | 'other';

/**
 * What each finding means. `error`: the API server rejects the object or the Pods it creates;
 * `warning`: accepted, but it does not do what it looks like it does. The text of each code is
 * in the i18n catalogue (`finding.CODE`; value types as `valueType.TYPE`).
 */
export const FINDING_SEVERITY: Record<ManifestFindingCode, 'error' | 'warning'> = {
  POD_SPEC_MISSING: 'error',
  NO_CONTAINERS: 'error',
  CONTAINER_WITHOUT_IMAGE: 'error',
  WRONG_TYPE: 'error',
  INVALID_IMAGE_PULL_POLICY: 'error',
  IMAGE_PULL_SECRET_WITHOUT_NAME: 'warning',
  EPHEMERAL_CONTAINERS_NOT_ALLOWED: 'error',
};
