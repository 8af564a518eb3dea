/**
 * Server configuration: every setting comes from an environment variable, parsed once at start-up
 * by one zod schema. An invalid value stops the process with a message naming the variable.
 * Endpoint overrides (registry allowlist, Google API base URLs) come from here only, never from a
 * request, so a caller can never steer the service's outbound connections.
 */
export { loadConfig, CONFIG_VARIABLES, type Config } from './config';
export { ConfigError, toConfigError } from './config-error';
