/** Credentials: POST /v1/tokens mints a short-lived, least-privilege registry credential. */
import type { AppDependencies } from '../dependencies';
import type { ApiApp } from '../http/env';
import { renderSecretYaml } from '../../shared/credentials';
import { AppError } from '../../shared/problems';
import { negotiateMediaType } from '../http/negotiate';
import { authenticateCaller, mintCredential } from './handler';
import { mintTokenRoute, TOKEN_MEDIA_TYPES, YAML_MEDIA_TYPE } from './route';

export function registerTokenRoutes(app: ApiApp, deps: AppDependencies): void {
  app.openapi(
    { ...mintTokenRoute, middleware: [authenticateCaller(deps.services)] as const },
    async (c) => {
      const mediaType = negotiateMediaType(c.req.header('accept'), TOKEN_MEDIA_TYPES);
      if (mediaType === undefined) {
        throw new AppError(
          'NOT_ACCEPTABLE',
          `The credential is available as ${TOKEN_MEDIA_TYPES.join(' or ')} (the Secret manifest alone); set Accept to one of them.`,
        );
      }
      const secretOnly = mediaType === YAML_MEDIA_TYPE;
      const language = c.get('language');
      const answer = await mintCredential(c.req.valid('json'), {
        caller: c.get('caller'),
        services: deps.services,
        config: deps.config,
        language,
        secretOnly,
        logger: c.get('logger'),
        requestId: c.get('requestId'),
      });
      // Cache-Control: no-store is already on every answer; the representation depends on Accept.
      c.header('vary', 'Accept, Accept-Language, Authorization');
      if (secretOnly) {
        return c.body(renderSecretYaml(answer.kubernetesSecret), 200, {
          'content-type': YAML_MEDIA_TYPE,
        });
      }
      c.header('content-language', language);
      return c.json(answer, 200);
    },
  );
}
