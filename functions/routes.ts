/**
 * Every endpoint module's registration, in the order the OpenAPI document lists them. Adding an
 * endpoint is adding its line here.
 */
import type { AppDependencies } from './dependencies';
import type { ApiApp } from './http/env';
import { registerGkeVersionRoutes } from './gke-versions';
import { registerImageRoutes } from './images';
import { registerTokenRoutes } from './tokens';
import { registerCredentialProviderRoutes } from './credential-provider';
import { registerManifestRoutes } from './manifests';
import { registerPreconditionsRoutes } from './preconditions';
import { registerTroubleshootingRoutes } from './troubleshooting';
import { registerWorkloadIdentityRoutes } from './workload-identity';

export const ROUTE_MODULES: ReadonlyArray<(app: ApiApp, deps: AppDependencies) => void> = [
  registerImageRoutes,
  registerTokenRoutes,
  registerCredentialProviderRoutes,
  registerPreconditionsRoutes,
  registerGkeVersionRoutes,
  registerManifestRoutes,
  registerTroubleshootingRoutes,
  registerWorkloadIdentityRoutes,
];
