/**
 * Every endpoint group, in the order the OpenAPI document lists them. Adding an endpoint is adding
 * its route to a group, or a group here.
 *
 * A group's module (its route schemas, handlers and the domain code only they use) is imported on
 * the group's first request rather than at start-up: a cold start then builds the zod schemas of
 * the endpoint it serves, not of all of them (route-groups.ts).
 */
import type { RouteGroup } from './http/route-groups';

export const ROUTE_GROUPS: readonly RouteGroup[] = [
  { prefix: '/v1/images', load: async () => (await import('./images')).registerImageRoutes },
  { prefix: '/v1/tokens', load: async () => (await import('./tokens')).registerTokenRoutes },
  {
    prefix: '/v1/credential-provider',
    load: async () => (await import('./credential-provider')).registerCredentialProviderRoutes,
  },
  {
    prefix: '/v1/preconditions',
    load: async () => (await import('./preconditions')).registerPreconditionsRoutes,
  },
  {
    prefix: '/v1/gke/versions',
    load: async () => (await import('./gke-versions')).registerGkeVersionRoutes,
  },
  {
    prefix: '/v1/manifests',
    load: async () => (await import('./manifests')).registerManifestRoutes,
  },
  {
    prefix: '/v1/troubleshooting',
    load: async () => (await import('./troubleshooting')).registerTroubleshootingRoutes,
  },
  {
    prefix: '/v1/workload-identity',
    load: async () => (await import('./workload-identity')).registerWorkloadIdentityRoutes,
  },
];
