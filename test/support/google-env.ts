import { createRequire } from 'node:module';

/**
 * Points google-auth-library at a fake GCE metadata server through gcp-metadata's own
 * `GCE_METADATA_HOST` variable, and forgets gcp-metadata's memoized availability probe (the copy
 * google-auth-library itself loads, which may be nested under it).
 */
export function useMetadataHost(host: string | undefined): void {
  if (host === undefined) delete process.env.GCE_METADATA_HOST;
  else process.env.GCE_METADATA_HOST = host;
  process.env.METADATA_SERVER_DETECTION = 'ping-only';
  delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
  const fromAuthLibrary = createRequire(
    createRequire(import.meta.url).resolve('google-auth-library'),
  );
  const gcpMetadata = fromAuthLibrary('gcp-metadata') as {
    resetIsAvailableCache(): void;
    gcpResidencyCache?: unknown;
  };
  gcpMetadata.resetIsAvailableCache();
}
