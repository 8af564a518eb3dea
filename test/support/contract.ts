import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/**
 * Validates real responses against the committed openapi.yaml with Ajv (JSON Schema 2020-12),
 * independently of the zod schemas the document was generated from: if code and contract drift,
 * this fails.
 */
type Json = Record<string, unknown>;

const documentPath = fileURLToPath(new URL('../../openapi.yaml', import.meta.url));
const document = parse(readFileSync(documentPath, 'utf8')) as Json;

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats.default(ajv);
ajv.addKeyword({ keyword: 'example' });
ajv.addSchema(rewriteRefs({ $id: 'openapi', components: document.components }) as Json);

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    const copy: Json = {};
    for (const [key, member] of Object.entries(value)) {
      copy[key] =
        key === '$ref' && typeof member === 'string' && member.startsWith('#/')
          ? `openapi${member}`
          : rewriteRefs(member);
    }
    return copy;
  }
  return value;
}

const paths = document.paths as Record<string, Record<string, Json>>;
const templates = Object.keys(paths).map((template) => ({
  template,
  pattern: new RegExp('^' + template.replace(/\{[^}]+\}/g, '[^/]+') + '$'),
}));

const validators = new Map<string, ReturnType<typeof ajv.compile>>();

export interface ObservedResponse {
  method: string;
  path: string;
  status: number;
  contentType: string | undefined;
  body: unknown;
  headers?: Record<string, string | string[] | undefined>;
}

/** Throws with a readable message when the response is not what openapi.yaml promises. */
export function assertMatchesContract(response: ObservedResponse): void {
  // The path as the server saw it: dot segments resolved, as every HTTP client and URL parser does.
  const path = new URL(response.path, 'http://contract.invalid').pathname;
  const method = response.method.toLowerCase() === 'head' ? 'get' : response.method.toLowerCase();
  const mediaType = (response.contentType ?? '').split(';')[0]?.trim() ?? '';
  const where = `${response.method} ${path} → ${response.status} ${mediaType}`;
  const match = templates.find((t) => t.pattern.test(path));
  if (!match) {
    // Paths outside the API (404s, documents) can only answer problems.
    if (response.status >= 400) return assertProblem(response, where);
    throw new Error(`${where}: path is not in openapi.yaml`);
  }
  const operation = paths[match.template]?.[method] as Json | undefined;
  if (!operation) {
    // Methods a path does not declare answer 405 (or an earlier problem, e.g. 413); OPTIONS, 204.
    if (response.status >= 400) return assertProblem(response, where);
    if (method === 'options' && response.status === 204) return;
    throw new Error(`${where}: method is not in openapi.yaml`);
  }
  const responses = operation.responses as Record<string, Json>;
  const declared = responses[String(response.status)] ?? responses.default;
  if (!declared)
    throw new Error(`${where}: status ${response.status} is not declared in openapi.yaml`);
  if (response.headers) assertHeaders(declared, response.headers, where);
  // A HEAD answer is the GET answer's status and headers, without its body (RFC 9110 §9.3.2).
  if (response.method.toLowerCase() === 'head') return;
  const content = declared.content as Record<string, Json> | undefined;
  if (!content) {
    if (
      response.body !== undefined &&
      response.body !== '' &&
      !(
        typeof response.body === 'object' &&
        response.body !== null &&
        Object.keys(response.body).length === 0
      )
    ) {
      throw new Error(`${where}: a body was sent but none is declared`);
    }
    return;
  }
  const media = content[mediaType];
  if (!media)
    throw new Error(
      `${where}: media type not declared (declared: ${Object.keys(content).join(', ')})`,
    );
  const key = `${match.template} ${method} ${response.status} ${mediaType}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(rewriteRefs(media.schema ?? {}) as Json);
    validators.set(key, validate);
  }
  if (!validate(response.body)) {
    throw new Error(
      `${where}: body does not match openapi.yaml: ${ajv.errorsText(validate.errors, { separator: '\n  ' })}\nbody: ${JSON.stringify(response.body).slice(0, 2000)}`,
    );
  }
}

const headerValidators = new Map<Json, ReturnType<typeof ajv.compile>>();

/** Every header the response declares: present when required, and valid against its schema. */
function assertHeaders(
  declared: Json,
  headers: Record<string, string | string[] | undefined>,
  where: string,
): void {
  for (const [name, declaredHeader] of Object.entries(
    (declared.headers ?? {}) as Record<string, Json>,
  )) {
    const header = resolveHeader(declaredHeader);
    const value = headers[name.toLowerCase()];
    if (value === undefined) {
      if (header.required === true) throw new Error(`${where}: required header ${name} is missing`);
      continue;
    }
    const schema = header.schema as Json | undefined;
    if (!schema) continue;
    let validate = headerValidators.get(schema);
    if (!validate) {
      validate = ajv.compile(rewriteRefs(schema) as Json);
      headerValidators.set(schema, validate);
    }
    if (!validate(value))
      throw new Error(
        `${where}: header ${name}: ${JSON.stringify(value)} does not match openapi.yaml: ${ajv.errorsText(validate.errors)}`,
      );
  }
}

/** A header object, or the `#/components/headers/NAME` it refers to. */
function resolveHeader(header: Json): Json {
  const ref = header.$ref;
  if (typeof ref !== 'string') return header;
  const name = ref.replace(/^#\/components\/headers\//, '');
  const components = document.components as Json | undefined;
  const resolved = (components?.headers as Record<string, Json> | undefined)?.[name];
  if (!resolved) throw new Error(`openapi.yaml: ${ref} does not exist`);
  return resolved;
}

function assertProblem(response: ObservedResponse, where: string): void {
  if (!(response.contentType ?? '').startsWith('application/problem+json')) {
    throw new Error(`${where}: an error must be application/problem+json`);
  }
  const validate = ajv.getSchema('openapi#/components/schemas/Problem');
  if (!validate || !validate(response.body)) {
    throw new Error(`${where}: not a valid Problem: ${ajv.errorsText(validate?.errors)}`);
  }
}

export function contractDocument(): Json {
  return document;
}

/**
 * Where the contract refuses a JSON request body of an operation: the instance paths (JSON
 * Pointers) Ajv reports against the operation's `requestBody` schema; empty when it is valid.
 */
export function requestBodyViolations(method: string, path: string, body: unknown): string[] {
  const operation = paths[path]?.[method.toLowerCase()] as Json | undefined;
  const content = (operation?.requestBody as Json | undefined)?.content as Json | undefined;
  const schema = (content?.['application/json'] as Json | undefined)?.schema;
  if (schema === undefined) throw new Error(`${method} ${path} takes no JSON body in the contract`);
  const validate = ajv.compile(rewriteRefs(schema) as Json);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((error) => error.instancePath);
}
