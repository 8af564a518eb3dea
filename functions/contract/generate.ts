import { loadConfig } from '../../shared/config';
import { createLogger } from '../../shared/log';
import { createApp } from '../app';
import { loadRegistrations } from '../http/route-groups';
import { ROUTE_GROUPS } from '../routes';
import { createServices } from '../services';
import { buildOpenApiDocument, renderOpenApiYaml } from './openapi-document';

const registrations = await loadRegistrations(ROUTE_GROUPS);

/** The OpenAPI YAML of an app built with default configuration (what `npm run openapi` commits). */
export function generateOpenApiYaml(): string {
  const config = loadConfig({});
  const logger = createLogger({ level: 'ERROR', write: () => {} });
  const app = createApp(
    { config, logger, services: createServices(config, logger) },
    registrations,
  );
  return renderOpenApiYaml(buildOpenApiDocument(app));
}
