import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { loadConfig, type Config } from '../../shared/config';
import { createLogger } from '../../shared/log';
import { createApp } from '../../functions/app';
import type { AppDependencies } from '../../functions/dependencies';
import { registerFunction } from '../../functions/functions-framework-bridge';
import { createServices, type Services } from '../../functions/services';
import type { ApiApp } from '../../functions/http/env';
import { recordLogLine } from './log-capture';

export interface TestApp {
  app: ApiApp;
  config: Config;
  /** Every log line this app wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  rawLogs: string[];
}

export interface TestAppOptions {
  env?: Record<string, string>;
  services?: (config: Config, base: Services) => Services;
}

export function createTestApp(options: TestAppOptions = {}): TestApp {
  // The project is given, as on Cloud Run: without it google-auth-library would ask the gcloud CLI.
  const config = loadConfig({
    LOG_LEVEL: 'DEBUG',
    GOOGLE_CLOUD_PROJECT: 'test-project',
    ...options.env,
  });
  const rawLogs: string[] = [];
  const logs: Array<Record<string, unknown>> = [];
  const logger = createLogger({
    level: config.LOG_LEVEL,
    projectId: 'test-project',
    write: (line) => {
      rawLogs.push(line);
      logs.push(JSON.parse(line) as Record<string, unknown>);
      recordLogLine(line);
    },
  });
  const base = createServices(config, logger);
  const services = options.services ? options.services(config, base) : base;
  const deps: AppDependencies = { config, logger, services };
  return { app: createApp(deps), config, logs, rawLogs };
}

export interface HttpTarget {
  name: 'cloud-run' | 'functions-framework';
  server: Server;
}

let functionCounter = 0;

/**
 * The same app behind both production entries: @hono/node-server's listener (Cloud Run) and
 * functions-framework's Express server (Cloud Functions). HTTP suites run against each.
 */
export function httpTargets(app: ApiApp): HttpTarget[] {
  functionCounter += 1;
  const name = `api-test-${process.pid}-${functionCounter}`;
  registerFunction(name, app);
  return [
    { name: 'cloud-run', server: createServer(getRequestListener(app.fetch)) },
    { name: 'functions-framework', server: getTestServer(name) as Server },
  ];
}
