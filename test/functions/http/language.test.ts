import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createTestApp, httpTargets } from '../../support/app';
import { call, type CallOptions } from '../../support/call';

const targets = httpTargets(createTestApp().app);
afterAll(() => targets.forEach((t) => t.server.close()));

const CLUSTER = { version: '1.30.5-gke.1014001' };
const IMAGE = 'us-central1-docker.pkg.dev/my-project/my-repo/web:1.0';

/** Vary as a set of lowercase names. */
function varyOf(headers: Record<string, string>): string[] {
  return (headers.vary ?? '').split(',').map((name) => name.trim().toLowerCase());
}

describe.each(targets)('Accept-Language through the $name entry', (target) => {
  const notFound = (acceptLanguage?: string) =>
    call(target, 'get', '/v1/nothing-here', {
      headers: acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage },
    });

  it.each([
    { header: undefined, language: 'en' },
    { header: 'es', language: 'es' },
    { header: 'es-419', language: 'es' },
    { header: 'es-ES', language: 'es' },
    { header: 'es-MX,es;q=0.9', language: 'es' },
    { header: 'ES-mx', language: 'es' },
    { header: 'fr-CH, fr;q=0.9, es;q=0.8, en;q=0.7', language: 'es' },
    { header: 'en;q=0.4, es;q=0.6', language: 'es' },
    { header: 'es;q=0.4, en;q=0.6', language: 'en' },
    { header: 'es;Q=0.9, en;q=0.8', language: 'es' },
    { header: 'en, es', language: 'en' },
    { header: '*', language: 'en' },
    { header: 'en;q=0, *', language: 'es' },
    { header: 'en;q=0, es;q=0', language: 'en' },
    { header: 'es;q=0', language: 'en' },
    { header: 'es;q=2, en;q=0.1', language: 'en' },
    { header: 'es;q=abc', language: 'en' },
    { header: 'de, fr', language: 'en' },
    { header: '*;q=0.5, es;q=0.1', language: 'en' },
  ])('answers $language to Accept-Language: $header', async ({ header, language }) => {
    const response = await notFound(header);
    expect(response.status).toBe(404);
    expect(response.headers['content-language']).toBe(language);
    expect(varyOf(response.headers)).toContain('accept-language');
    expect(response.body.title).toBe(
      language === 'es' ? 'No existe ese recurso' : 'No such resource',
    );
    expect(response.body.detail).toBe(
      language === 'es'
        ? 'No hay nada en /v1/nothing-here.'
        : 'There is nothing at /v1/nothing-here.',
    );
  });

  it('answers a 405 in Spanish, its Allow unchanged', async () => {
    const response = await call(target, 'delete', '/healthz', {
      headers: { 'accept-language': 'es-ES' },
    });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
    expect(response.headers['content-language']).toBe('es');
    expect(response.body).toMatchObject({
      title: 'El método no está permitido en este recurso',
      detail: 'DELETE no está permitido en /healthz; métodos permitidos: GET, HEAD.',
    });
  });

  it.each([
    { path: '/healthz', method: 'get' as const, options: {} },
    { path: '/v1/images/resolve', method: 'get' as const, options: { query: { reference: 'x' } } },
    {
      path: '/v1/preconditions/evaluate',
      method: 'post' as const,
      options: { json: { image: IMAGE, cluster: CLUSTER } },
    },
    {
      path: '/v1/troubleshooting/plans',
      method: 'post' as const,
      options: { json: { image: IMAGE }, headers: { accept: 'text/markdown' } },
    },
  ])(
    'sends Content-Language and Vary: Accept-Language on $method $path',
    async ({ path, method, options }) => {
      const response = await call(target, method, path, {
        ...(options as CallOptions),
        headers: { ...(options as CallOptions).headers, 'accept-language': 'es' },
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-language']).toBe('es');
      expect(varyOf(response.headers)).toContain('accept-language');
    },
  );

  it('keeps Accept in Vary beside Accept-Language when the representation is negotiated', async () => {
    const response = await call(target, 'post', '/v1/troubleshooting/plans', {
      json: { image: IMAGE },
      headers: { accept: 'text/markdown', 'accept-language': 'es' },
    });
    expect(varyOf(response.headers)).toEqual(['accept', 'accept-language']);
  });

  it('explains a refused image reference in the caller language, the code unchanged', async () => {
    const ask = (language: string) =>
      call(target, 'get', '/v1/images/resolve', {
        query: { reference: 'us-docker.pkg.dev/my_project/repo/app' },
        headers: { 'accept-language': language },
      });
    const [english, spanish] = await Promise.all([ask('en'), ask('es')]);
    for (const response of [english, spanish]) {
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('INVALID_PROJECT_ID');
      expect(response.body.pointer).toBe('/reference');
    }
    expect(english.body.detail).toBe(
      '"us-docker.pkg.dev/my_project/repo/app": project ID "my_project" is not valid: it may contain only lowercase letters, digits and hyphens, not "_". Project IDs are 6 to 30 lowercase letters, digits or hyphens, start with a letter and do not end with a hyphen, for example "tokyo-rain-123". Did you mean "my-project"?',
    );
    expect(spanish.body.detail).toBe(
      '"us-docker.pkg.dev/my_project/repo/app": el ID de proyecto "my_project" no es válido: solo puede contener letras minúsculas, dígitos y guiones, no "_". Los IDs de proyecto tienen entre 6 y 30 letras minúsculas, dígitos o guiones, empiezan por una letra y no terminan en guion; por ejemplo, "tokyo-rain-123". ¿Querías decir "my-project"?',
    );
  });

  it('says the contract is in English whatever the caller asks', async () => {
    const response = await call(target, 'get', '/openapi.json', {
      headers: { 'accept-language': 'es' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-language']).toBe('en');
  });
});

describe.each(targets)(
  'INVALID_REQUEST in the caller language through the $name entry',
  (target) => {
    const post = (path: string, json: unknown, language: string) =>
      call(target, 'post', path, { json, headers: { 'accept-language': language } });

    it.each([
      {
        name: 'a wrong type',
        json: { reference: 42 },
        en: 'Must be a string, but it is a number.',
        es: 'Tiene que ser una cadena, pero es un número.',
      },
      {
        name: 'a missing field',
        json: {},
        en: 'This field is required.',
        es: 'Este campo es obligatorio.',
      },
      {
        name: 'a platform breaking its rule',
        json: { reference: 'nginx', platform: 'amd64' },
        pointer: '/platform',
        en: '"amd64" is not a platform of the form os/architecture[/variant], e.g. linux/amd64.',
        es: '"amd64" no es una plataforma con la forma os/architecture[/variant]; por ejemplo, linux/amd64.',
      },
    ])('renders $name from the issue kind', async ({ json, pointer, en, es }) => {
      const english = await post('/v1/images/resolve', json, 'en');
      const spanish = await post('/v1/images/resolve', json, 'es');
      for (const response of [english, spanish]) {
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('INVALID_REQUEST');
      }
      const field = (body: { errors: Array<{ pointer: string; detail: string }> }) =>
        body.errors.find((error) => error.pointer === (pointer ?? '/reference'))?.detail;
      expect(field(english.body)).toBe(en);
      expect(field(spanish.body)).toBe(es);
      expect(english.body.detail).toBe(
        `The request has 1 invalid field: ${pointer ?? '/reference'}: ${en}.`,
      );
      expect(spanish.body.detail).toBe(
        `La solicitud tiene 1 campo no válido: ${pointer ?? '/reference'}: ${es}.`,
      );
    });

    it('quotes a refused cluster fact with the rule the domain schema states', async () => {
      const response = await post(
        '/v1/preconditions/evaluate',
        { image: IMAGE, cluster: { ...CLUSTER, projectId: 'My Project', location: 'us central1' } },
        'es-419',
      );
      expect(response.status).toBe(400);
      expect(response.headers['content-language']).toBe('es');
      expect(response.body.errors).toEqual([
        {
          pointer: '/cluster/projectId',
          detail: '"My Project" no es un ID de proyecto, como my-project-123.',
          in: 'body',
        },
        {
          pointer: '/cluster/location',
          detail: '"us central1" no es una región o una zona, como us-central1 o us-central1-a.',
          in: 'body',
        },
      ]);
      expect(response.body.detail).toMatch(/^La solicitud tiene 2 campos no válidos: /);
    });

    it('names the bounds of a size rule and the options of an enumeration', async () => {
      const batch = await post('/v1/images/resolve-batch', { references: [] }, 'es');
      expect(batch.body.errors[0]).toMatchObject({
        pointer: '/references',
        detail: 'No puede estar vacío.',
      });
      const plan = await post('/v1/troubleshooting/plans', { error: 'x', via: 'ssh' }, 'en');
      expect(plan.status).toBe(400);
      expect(plan.body.errors[0]).toMatchObject({
        pointer: '/via',
        detail: 'Must be one of "gcloud" or "console".',
      });
      const spanish = await post('/v1/troubleshooting/plans', { error: 'x', via: 'ssh' }, 'es');
      expect(spanish.body.errors[0].detail).toBe(
        'Tiene que ser uno de estos valores: "gcloud" o "console".',
      );
    });

    it('renders a refinement of the route in the caller language', async () => {
      const response = await post('/v1/troubleshooting/plans', { via: 'gcloud' }, 'es');
      expect(response.body).toMatchObject({ code: 'INVALID_REQUEST', pointer: '/error' });
      expect(response.body.errors[0].detail).toBe(
        'Envía al menos `error` (el evento pegado) o `image`.',
      );
    });

    it.each([
      {
        name: 'a body that is not JSON',
        raw: 'nginx',
        contentType: 'text/plain',
        es: 'El cuerpo se envió como text/plain; envíalo como application/json.',
      },
      {
        name: 'JSON cut short on its second line',
        raw: '{\n  "reference": ',
        contentType: 'application/json',
        es: 'El cuerpo no es JSON bien formado en la línea 2, columna 16 (el analizador de JSON indica: "Unexpected end of JSON input").',
      },
      {
        name: 'an empty JSON body',
        raw: '',
        contentType: 'application/json',
        es: 'El cuerpo está vacío; envía un objeto JSON.',
      },
    ])('answers $name in Spanish', async ({ raw, contentType, es }) => {
      const response = await call(target, 'post', '/v1/images/resolve', {
        raw,
        contentType,
        headers: { 'accept-language': 'es' },
      });
      expect(response.headers['content-language']).toBe('es');
      expect(response.body.detail).toBe(es);
    });
  },
);

describe('the contract', () => {
  const document = parse(
    readFileSync(new URL('../../../openapi.yaml', import.meta.url), 'utf8'),
  ) as {
    paths: Record<string, Record<string, { responses: Record<string, { headers?: object }> }>>;
  };

  it('declares Content-Language and Vary on every response of every operation', () => {
    const undeclared: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          const names = Object.keys(response.headers ?? {}).map((name) => name.toLowerCase());
          for (const header of ['content-language', 'vary']) {
            if (!names.includes(header)) undeclared.push(`${method} ${path} ${status} ${header}`);
          }
        }
      }
    }
    expect(undeclared).toEqual([]);
  });
});
