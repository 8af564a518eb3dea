import { stringify } from 'yaml';
import { PROBLEM_CATALOGUE, PROBLEM_CODES } from '../../shared/problems';
import { LANGUAGES } from '../../shared/i18n';
import type { ApiApp } from '../http/env';

export const API_VERSION = '1.0.0';

const DESCRIPTION = `Gets container images from Google Artifact Registry running on GKE (and on clusters outside Google Cloud).

- **Resolve image references** exactly as the OCI/Docker reference grammar does, with Artifact Registry specifics, and pin tags to digests against the live registry.
- **Mint short-lived, least-privilege pull credentials** for one repository, in the shapes people paste (\`crictl pull --creds\`, docker config, a Kubernetes \`imagePullSecrets\` Secret).
- **Evaluate preconditions**: GKE version minimums, node service account, cross-project IAM, access scopes, public repositories and runtime facts, each with the command that fixes it.
- **Troubleshooting plans** from a pasted image-pull error, as JSON, Markdown or a shell script, in English and Spanish.
- **Clusters outside Google Cloud**: a kubelet image credential provider that pulls with the Pod's own service-account identity, and the Workload Identity Federation procedure, generated.

Every non-2xx answer is an RFC 9457 \`application/problem+json\` document with a stable \`code\`:

| code | status | title |
|---|---|---|
${PROBLEM_CODES.map((code) => `| \`${code}\` | ${PROBLEM_CATALOGUE[code].status} | ${PROBLEM_CATALOGUE[code].title} |`).join('\n')}
`;

/** The OpenAPI 3.1 document, derived from the same route schemas that validate requests. */
export function buildOpenApiDocument(app: ApiApp): Record<string, unknown> {
  app.openAPIRegistry.registerComponent('securitySchemes', 'callerIdToken', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'An OIDC ID token of the caller (Google, a Kubernetes service-account issuer or a CI issuer trusted by the server configuration), whose `aud` is the configured audience.',
  });
  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'gke-pull-assistant',
      version: API_VERSION,
      description: DESCRIPTION,
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
      contact: { name: 'gke-pull-assistant maintainers' },
    },
    servers: [
      {
        // Relative to where this document is served (OpenAPI 3.1 §4.8.5): the service itself, so
        // the interactive reference's "Try it out" calls the origin that serves the page.
        url: '/',
        description: 'The service that serves this document.',
      },
      {
        url: 'https://{service}.a.run.app',
        description:
          'A Cloud Run deployment; locally, `npm start` serves the same API on http://127.0.0.1:8080.',
        variables: {
          service: {
            default: 'gke-pull-assistant',
            description: 'The Cloud Run service host prefix.',
          },
        },
      },
    ],
    security: [],
    tags: [
      { name: 'Images', description: 'Parse, normalize, validate and pin image references.' },
      { name: 'Credentials', description: 'Short-lived, least-privilege registry credentials.' },
      {
        name: 'Preconditions',
        description: 'Will GKE pull this image, and what to change if not.',
      },
      {
        name: 'Troubleshooting',
        description: 'From a pasted image-pull error to a runnable plan.',
      },
      {
        name: 'Workload Identity',
        description:
          'Workload Identity Federation for clusters outside Google Cloud: the procedure, generated.',
      },
      { name: 'Service', description: 'Health of the service itself.' },
      {
        name: 'Contract',
        description:
          'This document, its plain reference page and its interactive reference (Swagger UI).',
      },
    ],
  });
  declareLanguageHeaders(document as unknown as Record<string, unknown>);
  return document as unknown as Record<string, unknown>;
}

/** YAML text of the document; deterministic, so the committed file can be compared byte for byte. */
export function renderOpenApiYaml(document: Record<string, unknown>): string {
  return stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** `Content-Language` as every answer carries it. */
const CONTENT_LANGUAGE_HEADER = {
  description:
    'The language of the human text in this answer: the best match of `Accept-Language` (`es`, `es-ES`, `es-419`, `es-MX` → `es`; q-values and `*` honoured), else `en`. Machine fields (codes, ids, pointers) never change with it; the contract and its pages are English only.',
  required: true,
  schema: { type: 'string', enum: [...LANGUAGES] },
};

/** `Vary` as every answer carries it: at least `Accept-Language`. */
const VARY_HEADER = {
  description:
    'Request headers the answer depends on; always includes `Accept-Language` (with `Accept` where the representation is negotiated too).',
  required: true,
  schema: { type: 'string', pattern: '[Aa]ccept-[Ll]anguage', example: 'Accept-Language' },
};

/**
 * Every response of every operation declares `Content-Language` and `Vary` (the request context
 * sets them on every answer, problem documents included); an operation that declares its own
 * keeps it.
 */
function declareLanguageHeaders(document: Record<string, unknown>): void {
  const components = (document.components ??= {}) as Record<string, Record<string, unknown>>;
  components.headers = {
    ...components.headers,
    ContentLanguage: CONTENT_LANGUAGE_HEADER,
    VaryAcceptLanguage: VARY_HEADER,
  };
  const paths = (document.paths ?? {}) as Record<string, Record<string, unknown>>;
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      const responses = (operation as { responses?: Record<string, Record<string, unknown>> })
        ?.responses;
      for (const response of Object.values(responses ?? {})) {
        const headers = (response.headers ?? {}) as Record<string, unknown>;
        const declared = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
        response.headers = {
          ...headers,
          ...(declared.has('content-language')
            ? {}
            : { 'Content-Language': { $ref: '#/components/headers/ContentLanguage' } }),
          ...(declared.has('vary')
            ? {}
            : { Vary: { $ref: '#/components/headers/VaryAcceptLanguage' } }),
        };
      }
    }
  }
}
