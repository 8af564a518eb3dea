import { readFileSync } from 'node:fs';
import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/app';
import type { AppDependencies } from '../../../functions/dependencies';
import type { ApiApp, AppEnv } from '../../../functions/http/env';
import {
  createRouteGroupLoader,
  loadRegistrations,
  type RegisterRoutes,
} from '../../../functions/http/route-groups';
import { ReopeningRouter } from '../../../functions/http/reopening-router';
import { ROUTE_GROUPS } from '../../../functions/routes';
import { createServices } from '../../../functions/services';
import { loadConfig } from '../../../shared/config';
import { createLogger } from '../../../shared/log';
import { createTestApp } from '../../support/app';

const committedContract = readFileSync(new URL('../../../openapi.yaml', import.meta.url), 'utf8');

function dependencies(): AppDependencies {
  const config = loadConfig({ GOOGLE_CLOUD_PROJECT: 'test-project' });
  const logger = createLogger({ level: 'ERROR', write: () => {} });
  return { config, logger, services: createServices(config, logger) };
}

/** The operations an app has registered, as `METHOD path`. */
function operationsOf(app: ApiApp): string[] {
  return app.routes
    .filter((route) => route.method !== 'ALL' && !route.path.includes('*'))
    .map((route) => `${route.method} ${route.path}`);
}

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

const PLAN_REQUEST = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ error: 'Failed to pull image "nginx:1.27": 403 Forbidden' }),
};

describe('route groups registered on first use', () => {
  it('keep every route of a group under its prefix, and under no other group’s', async () => {
    const registrations = await loadRegistrations(ROUTE_GROUPS);
    const deps = dependencies();
    const base = new Set(operationsOf(createApp(deps, [])));
    const seen = new Set<string>();
    ROUTE_GROUPS.forEach((group, index) => {
      const own = operationsOf(createApp(deps, [registrations[index] as RegisterRoutes])).filter(
        (operation) => !base.has(operation),
      );
      expect(own.length, group.prefix).toBeGreaterThan(0);
      for (const operation of own) {
        const path = operation.slice(operation.indexOf(' ') + 1);
        expect(under(path, group.prefix), operation).toBe(true);
        for (const other of ROUTE_GROUPS)
          if (other !== group) expect(under(path, other.prefix), operation).toBe(false);
        seen.add(operation);
      }
    });
    // Together, the groups are every operation of the complete app beyond health and contract.
    const complete = operationsOf(createApp(deps, registrations)).filter((op) => !base.has(op));
    expect(new Set(complete)).toEqual(seen);
  });

  it('registers only the groups the requests so far have reached', async () => {
    const { app } = createTestApp();
    expect((await app.request('/healthz')).status).toBe(200);
    expect(operationsOf(app).filter((operation) => operation.includes(' /v1/'))).toEqual([]);

    const resolved = await app.request('/v1/images/resolve?reference=nginx');
    expect(resolved.status).toBe(200);
    const paths = operationsOf(app).map((operation) => operation.split(' ')[1]);
    expect(paths).toContain('/v1/images/resolve');
    expect(
      paths.filter((path) => path?.startsWith('/v1/') && !path.startsWith('/v1/images/')),
    ).toEqual([]);
  });

  it('answers a group’s first requests, arriving together, from one registration', async () => {
    const { app } = createTestApp();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => app.request('/v1/troubleshooting/plans', PLAN_REQUEST)),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
    // Each middleware, validator and handler of a route is one entry: as many as when registered once.
    const entries = (target: ApiApp) =>
      operationsOf(target).filter((operation) => operation === 'POST /v1/troubleshooting/plans');
    const once = createApp(dependencies(), await loadRegistrations(ROUTE_GROUPS));
    expect(entries(once).length).toBeGreaterThan(0);
    expect(entries(app)).toHaveLength(entries(once).length);
  });

  it('answers 405 with Allow for a group’s path before any of its routes was used', async () => {
    const { app } = createTestApp();
    const answer = await app.request('/v1/tokens', { method: 'GET' });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
    expect((await app.request('/v1/tokens/anything')).status).toBe(404);
  });

  it('extends the method table and the logged route templates as groups are registered', async () => {
    const { app, logs } = createTestApp();
    // These compute the tables from the routes registered so far: health and contract only.
    expect((await app.request('/healthz', { method: 'PUT' })).status).toBe(405);
    expect((await app.request('/v1/nothing-here')).status).toBe(404);

    const versions = await app.request('/v1/gke/versions/1.30.5-gke.1014001', { method: 'POST' });
    expect(versions.status).toBe(405);
    expect(versions.headers.get('allow')).toBe('GET, HEAD');
    expect((await app.request('/v1/gke/versions/1.30.5-gke.1014001')).status).toBe(200);
    expect(logs.map((line) => (line.httpRequest as { requestUrl?: string })?.requestUrl)).toEqual([
      '/healthz',
      '(no route)',
      '/v1/gke/versions/{version}',
      '/v1/gke/versions/{version}',
    ]);
  });

  it('serves the contract as committed whatever order the groups were reached in', async () => {
    const { app } = createTestApp();
    expect((await app.request('/v1/troubleshooting/plans', PLAN_REQUEST)).status).toBe(200);
    expect((await app.request('/v1/gke/versions/1.30.5-gke.1014001')).status).toBe(200);
    expect((await app.request('/v1/images/resolve?reference=nginx')).status).toBe(200);
    const contract = await app.request('/openapi.yaml');
    expect(contract.status).toBe(200);
    expect(await contract.text()).toBe(committedContract);
  });

  it('tries a group again on the next request when its module failed to load', async () => {
    const app: ApiApp = new OpenAPIHono<AppEnv>({ router: new ReopeningRouter() });
    let attempts = 0;
    const loader = createRouteGroupLoader(app, dependencies(), [
      {
        prefix: '/v1/flaky',
        load: async () => {
          attempts += 1;
          if (attempts === 1) throw new Error('module failed to evaluate');
          return (target) => {
            target.get('/v1/flaky/thing', (c) => c.text('here'));
          };
        },
      },
    ]);
    expect(loader.readyFor('/healthz')).toBeUndefined();
    await expect(loader.readyFor('/v1/flaky/thing')).rejects.toThrow('module failed');
    await loader.readyFor('/v1/flaky/thing');
    expect(loader.readyFor('/v1/flaky/thing')).toBeUndefined();
    expect(await (await app.request('/v1/flaky/thing')).text()).toBe('here');
    expect(attempts).toBe(2);
  });
});
