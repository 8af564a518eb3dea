import { loadConfig, type Config } from '../shared/config';
import { createLogger, type Logger } from '../shared/log';
import { createApp } from './app';
import type { ApiApp } from './http/env';
import { createServices } from './services';

export interface Composition {
  app: ApiApp;
  config: Config;
  logger: Logger;
}

/** The production wiring shared by both entry points: configuration, logger, services, app. */
export function composeFromEnvironment(
  env: Record<string, string | undefined> = process.env,
): Composition {
  const config = loadConfig(env);
  const logger = createLogger({
    level: config.LOG_LEVEL,
    ...(config.GOOGLE_CLOUD_PROJECT ? { projectId: config.GOOGLE_CLOUD_PROJECT } : {}),
  });
  const services = createServices(config, logger);
  return { app: createApp({ config, logger, services }), config, logger };
}
