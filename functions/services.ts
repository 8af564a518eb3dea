import type { Config } from '../shared/config';
import type { Logger } from '../shared/log';

/**
 * The domain services the handlers call, behind lazy getters: nothing heavy (google-auth-library,
 * registry clients) is constructed or even imported until a request needs it.
 */
export interface Services {
  config: Config;
}

export function createServices(config: Config, _logger: Logger): Services {
  return { config };
}
