// Load: 200 concurrent connections for LOAD_SECONDS (default 30) on a mix of endpoints, driven by
// autocannon in a separate process against the Cloud Run listener on 127.0.0.1. No errors, no
// 5xx, and no growth in open handles once the load stops.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { runAutocannon } from '../support/autocannon';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);

describe('the Cloud Run listener under load', () => {
  it(
    `serves 200 connections for ${SECONDS} s on a mix of endpoints without errors or leaked handles`,
    async () => {
      const { app } = createTestApp({ env: { LOG_LEVEL: 'WARNING' } });
      const server = createServer(getRequestListener(app.fetch));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const handlesBefore = process.getActiveResourcesInfo().length;
      const json = { 'content-type': 'application/json' };
      const result = await runAutocannon(
        url,
        [
          { method: 'GET', path: '/healthz' },
          {
            method: 'POST',
            path: '/v1/images/resolve',
            headers: json,
            body: JSON.stringify({ reference: 'us-docker.pkg.dev/p-123456/repo/app:1' }),
          },
          { method: 'GET', path: '/v1/images/resolve?reference=nginx' },
          {
            method: 'POST',
            path: '/v1/images/resolve',
            headers: json,
            body: JSON.stringify({ reference: 'NOT A REFERENCE' }),
          },
          {
            method: 'POST',
            path: '/v1/images/resolve-batch',
            headers: json,
            body: JSON.stringify({
              references: Array.from({ length: 50 }, (_, i) => `nginx:${i}`),
            }),
          },
        ],
        { seconds: SECONDS, connections: 200 },
      );
      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(result.total).toBeGreaterThan(SECONDS * 200);
      const statuses = Object.keys(result.statusCodeStats).map(Number);
      expect(
        statuses.every((status) => status < 500),
        JSON.stringify(result.statusCodeStats),
      ).toBe(true);
      expect(statuses).toContain(400);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const handlesAfter = process.getActiveResourcesInfo().length;
      expect(handlesAfter).toBeLessThanOrEqual(handlesBefore + 2);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    (SECONDS + 60) * 1000,
  );
});
