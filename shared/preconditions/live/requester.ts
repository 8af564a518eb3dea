import type { GoogleApiRequester } from '../../google-api';

export type {
  GoogleApiRequestOptions,
  GoogleApiRequester,
  GoogleApiResponse,
} from '../../google-api';

/** Production endpoints; a server passes them (or a test double's address) in `LiveCheckOptions`. */
export const GOOGLE_API_BASE_URLS = {
  policyTroubleshooter: 'https://policytroubleshooter.googleapis.com',
  artifactRegistry: 'https://artifactregistry.googleapis.com',
} as const;

export const DEFAULT_LIVE_TIMEOUT_MS = 5_000;

/** Server configuration for live mode. Base URLs never come from the request. */
export interface LiveCheckOptions {
  requester: GoogleApiRequester;
  /** e.g. `https://policytroubleshooter.googleapis.com` (no trailing path). */
  policyTroubleshooterUrl: string;
  /** e.g. `https://artifactregistry.googleapis.com`. */
  artifactRegistryUrl: string;
  /** Bound on each Google call (default 5000 ms). */
  timeoutMs?: number;
}
