import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateOpenApiYaml } from '../../../functions/contract/generate';
import { PROBLEM_CODES } from '../../../shared/problems';
import { createTestApp, httpTargets } from '../../support/app';
import { call } from '../../support/call';

const committed = readFileSync(new URL('../../../openapi.yaml', import.meta.url), 'utf8');
const targets = httpTargets(createTestApp().app);
afterAll(() => targets.forEach((t) => t.server.close()));

const document = parse(committed) as {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        operationId?: string;
        summary?: string;
        description?: string;
        responses: Record<
          string,
          { content?: Record<string, { example?: unknown; examples?: unknown }> }
        >;
        requestBody?: { content: Record<string, { example?: unknown; examples?: unknown }> };
      }
    >
  >;
  components: { schemas: { Problem: { properties: { code: { enum: string[] } } } } };
};

const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({
    name: `${method.toUpperCase()} ${path}`,
    operation,
  })),
);

describe('the OpenAPI contract', () => {
  it('is committed exactly as the route schemas generate it (run `npm run openapi` after a change)', () => {
    expect(generateOpenApiYaml()).toBe(committed);
  });

  it('is OpenAPI 3.1 and lists every problem code', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.schemas.Problem.properties.code.enum).toEqual(PROBLEM_CODES);
  });

  it.each(operations)(
    '$name has an operationId, summary, description and examples for every answer',
    ({ operation }) => {
      expect(operation.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.summary).toBeTruthy();
      expect(operation.description).toBeTruthy();
      expect(operation.responses['405']).toBeDefined();
      expect(operation.responses['500']).toBeDefined();
      for (const response of Object.values(operation.responses)) {
        for (const media of Object.values(response.content ?? {})) {
          expect(media.example ?? media.examples).toBeDefined();
        }
      }
      for (const media of Object.values(operation.requestBody?.content ?? {})) {
        expect(media.example ?? media.examples).toBeDefined();
      }
    },
  );
});

describe.each(targets)('the contract served through the $name entry', (target) => {
  it('serves openapi.yaml byte for byte as committed', async () => {
    const response = await call(target, 'get', '/openapi.yaml');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/yaml/);
    expect(response.text).toBe(committed);
  });

  it('serves the same document as JSON', async () => {
    const response = await call(target, 'get', '/openapi.json');
    expect(response.body).toEqual(parse(committed));
  });

  it('serves a readable reference page with every operation and problem code', async () => {
    const response = await call(target, 'get', '/docs');
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    for (const operation of operations)
      expect(response.text).toContain(`id="${operation.operation.operationId}"`);
    for (const code of PROBLEM_CODES) expect(response.text).toContain(`id="problem-${code}"`);
    expect(response.text).not.toMatch(/<script/i);
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    );
  });

  it('renders the Markdown of the descriptions: no backtick or ** shows outside code', async () => {
    const response = await call(target, 'get', '/docs');
    const prose = response.text
      .replace(/<pre>[\s\S]*?<\/pre>/g, '')
      .replace(/<code>[\s\S]*?<\/code>/g, '');
    expect(prose).not.toContain('`');
    expect(prose).not.toContain('**');
    // A response description and a parameter description, each with a code span.
    expect(response.text).toContain('Invalid request (see <code>code</code>).');
    expect(response.text).toContain(
      '<code>MAJOR.MINOR.PATCH-gke.N</code> (<code>1.15.9-gke.8</code>)',
    );
    expect(response.text).toContain('<strong>Resolve image references</strong>');
  });

  it.each([
    { path: '/docs', policy: "default-src 'none'; style-src 'unsafe-inline'" },
    { path: '/docs/reference', policy: "script-src 'self'" },
  ])(
    "sends $path's own Content-Security-Policy with its 304 too (a cache takes a 304's headers)",
    async ({ path, policy }) => {
      const first = await call(target, 'get', path);
      const again = await call(target, 'get', path, {
        headers: { 'if-none-match': first.headers.etag as string },
      });
      expect(again.status).toBe(304);
      expect(again.headers['content-security-policy']).toBe(
        first.headers['content-security-policy'],
      );
      expect(again.headers['content-security-policy']).toContain(policy);
    },
  );

  it('links the plain page and the interactive reference both ways', async () => {
    const plain = await call(target, 'get', '/docs');
    const reference = await call(target, 'get', '/docs/reference');
    expect(plain.text).toContain('<a href="/docs/reference">');
    expect(reference.text).toContain('<a href="/docs">');
  });

  it('serves the interactive reference with its own files only, under a policy that allows nothing else', async () => {
    const response = await call(target, 'get', '/docs/reference');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const csp = response.headers['content-security-policy'] as string;
    expect(csp.split('; ').sort()).toEqual(
      [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
      ].sort(),
    );
    // Every script is a file of this origin: no inline script, no other host.
    const scripts = [...response.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, inline] of scripts) {
      expect(attributes).toMatch(/ src="\/docs\/reference\/[^"]+"/);
      expect(inline).toBe('');
    }
    const files = [...response.text.matchAll(/(?:src|href)="(\/docs\/reference\/[^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    expect(files).toEqual(
      expect.arrayContaining([
        '/docs/reference/swagger-ui.css',
        '/docs/reference/swagger-ui-bundle.js',
        '/docs/reference/start.js',
      ]),
    );
    for (const file of files) {
      const asset = await call(target, 'get', file);
      expect(asset.status, file).toBe(200);
      expect(asset.headers['content-type']).toMatch(
        file.endsWith('.js') ? /^text\/javascript/ : /^text\/css/,
      );
    }
  });

  it("serves Swagger UI's files byte for byte from the installed swagger-ui-dist package", async () => {
    const folder = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
    for (const file of ['swagger-ui-bundle.js', 'swagger-ui.css']) {
      const response = await call(target, 'get', `/docs/reference/${file}`, {
        headers: { 'accept-encoding': 'identity' },
      });
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.text).toBe(readFileSync(join(folder, file), 'utf8'));
    }
  });

  it('compresses the files for clients that take gzip, with their own ETag', async () => {
    const path = '/docs/reference/swagger-ui-bundle.js';
    const plain = await call(target, 'get', path, { headers: { 'accept-encoding': 'identity' } });
    const gzipped = await call(target, 'get', path, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toBe('Accept-Encoding, Accept-Language');
    expect(gzipped.headers.etag).not.toBe(plain.headers.etag);
    expect(gzipped.text).toBe(plain.text);
    const refused = await call(target, 'get', path, {
      headers: { 'accept-encoding': 'gzip;q=0, identity' },
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it.each(['index.html', 'swagger-ui.js.map', '..%2Fpackage.json', 'oauth2-redirect.html'])(
    'answers 404 NOT_FOUND for %s, which is not one of the page files',
    async (name) => {
      const response = await call(target, 'get', `/docs/reference/${name}`);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
    },
  );

  it('lists the relative server "/" first, so "Try it out" calls the origin serving the page', () => {
    const served = parse(committed) as { servers: Array<{ url: string }> };
    expect(served.servers[0]?.url).toBe('/');
  });
});
