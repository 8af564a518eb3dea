import { readFileSync } from 'node:fs';
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
  });
});
