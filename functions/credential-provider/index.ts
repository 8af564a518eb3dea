/**
 * The kubelet image credential provider: POST /v1/credential-provider answers the plugin's
 * forwarded `CredentialProviderRequest`; GET …/config and …/rbac write the kubelet's config file
 * and the nodes' RBAC.
 */
import type { AppDependencies } from '../dependencies';
import type { ApiApp } from '../http/env';
import {
  answerKubeletConfig,
  answerKubeletCredential,
  answerKubeletRbac,
  authenticateKubelet,
} from './handler';
import { kubeletConfigRoute, kubeletRbacRoute, provideKubeletCredentialRoute } from './route';

export function registerCredentialProviderRoutes(app: ApiApp, deps: AppDependencies): void {
  app.openapi(
    { ...provideKubeletCredentialRoute, middleware: [authenticateKubelet(deps.services)] as const },
    async (c) =>
      c.json(
        await answerKubeletCredential(c, deps.services, deps.config, c.req.valid('json')),
        200,
      ),
  );
  app.openapi(kubeletConfigRoute, (c) => answerKubeletConfig(c, c.req.valid('query')));
  app.openapi(kubeletRbacRoute, (c) => answerKubeletRbac(c, c.req.valid('query').audience));
}
