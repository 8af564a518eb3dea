/** What `createApp` is built from: injected, so tests pass fakes and production passes real ones. */
import type { Config } from '../shared/config';
import type { Logger } from '../shared/log';
import type { Services } from './services';

export interface AppDependencies {
  config: Config;
  logger: Logger;
  /** Domain services; created lazily so a cold start pays only for what the first request uses. */
  services: Services;
  /** Request ids; injectable so tests can predict them. */
  requestId?: () => string;
}
