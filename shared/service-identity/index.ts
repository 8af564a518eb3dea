/**
 * The service's own Google identity: Application Default Credentials through google-auth-library,
 * loaded on first use only (the library costs cold-start time, and offline endpoints never need
 * it). One instance is shared by every consumer: registry look-ups, credential minting and live
 * precondition checks. A missing credential becomes AppError NO_CREDENTIALS with the fix. Every
 * answer body read through it is capped (GOOGLE_API_MAX_BODY_BYTES).
 */
export {
  cappedTransporterOptions,
  createApplicationDefaultCredentials,
  GOOGLE_CLOUD_PLATFORM_SCOPE,
  type ApplicationDefaultCredentials,
} from './application-default-credentials';
export { loadGoogleAuthLibrary } from './load-library';
