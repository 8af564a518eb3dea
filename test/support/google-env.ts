import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/**
 * Gives gcloud (and google-auth-library's well-known ADC file) an empty configuration folder, so
 * no user credentials of the machine running the tests are found. Returns the undo.
 */
export function isolateGcloudConfig(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'gcloud-'));
  const saved = process.env.CLOUDSDK_CONFIG;
  process.env.CLOUDSDK_CONFIG = folder;
  return () => {
    if (saved === undefined) delete process.env.CLOUDSDK_CONFIG;
    else process.env.CLOUDSDK_CONFIG = saved;
    rmSync(folder, { recursive: true, force: true });
  };
}
