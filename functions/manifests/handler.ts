import type { Language } from '../../shared/i18n';
import {
  buildContext,
  evaluatePreconditions,
  parseImageOrError,
  type ClusterFacts,
  type PreconditionsDeps,
  type RepositoryFacts,
} from '../../shared/preconditions';
import { AppError, isAppError, type FieldError } from '../../shared/problems';
import { definedOnly } from '../preconditions/handler';
import type { Services } from '../services';
import type { Evaluation } from './check';
import { MAX_LIVE_IMAGES } from './route';

export interface ManifestCheckInput {
  manifest: string;
  cluster: ClusterFacts;
  repository?: RepositoryFacts | undefined;
  live: boolean;
}

/** The query form's fields, already typed by the route's query schema. */
export interface ManifestCheckQuery {
  version?: string | undefined;
  projectId?: string | undefined;
  projectNumber?: string | undefined;
  location?: string | undefined;
  nodeServiceAccount?: string | undefined;
  nodeOauthScopes?: string[] | undefined;
  nodeImageType?: string | undefined;
  privateNodes?: boolean | undefined;
  privateGoogleAccess?: boolean | undefined;
  cloudNat?: boolean | undefined;
  name?: string | undefined;
  subnetwork?: string | undefined;
  repositoryPublic?: boolean | undefined;
  live?: boolean | undefined;
}

const LIVE_CONCURRENCY = 8;

function invalidQuery(detail: string, pointer: string): AppError {
  return new AppError('INVALID_REQUEST', detail, {
    pointer,
    errors: [{ pointer, detail, in: 'query' }],
  });
}

/** The JSON form; query parameters would be a second, conflicting source of cluster facts. */
export function inputFromJson(
  body: Partial<ManifestCheckInput>,
  query: ManifestCheckQuery,
): ManifestCheckInput {
  const sent = Object.entries(query).find(([, value]) => value !== undefined);
  if (sent) {
    throw invalidQuery(
      `Query parameter "${sent[0]}" is only read with a YAML body; with a JSON body, send the cluster facts in "cluster".`,
      `/${sent[0]}`,
    );
  }
  if (typeof body.manifest !== 'string' || body.cluster === undefined) {
    throw new AppError(
      'INVALID_REQUEST',
      'The body is required: send {"manifest", "cluster"} as application/json, or the raw manifest as application/yaml with the cluster fields as query parameters.',
      { pointer: '/manifest' },
    );
  }
  return {
    manifest: body.manifest,
    cluster: body.cluster,
    repository: body.repository,
    live: body.live ?? false,
  };
}

/** The YAML form: the body is the manifest, the query carries the cluster facts. */
export function inputFromYaml(text: string, query: ManifestCheckQuery): ManifestCheckInput {
  const { version, repositoryPublic, live, ...cluster } = query;
  if (version === undefined) {
    throw invalidQuery(
      'Query parameter "version" is required with a YAML body: the GKE version, e.g. ?version=1.30.5-gke.1014001.',
      '/version',
    );
  }
  return {
    manifest: text,
    cluster: { version, ...cluster },
    ...(repositoryPublic === undefined ? {} : { repository: { public: repositoryPublic } }),
    live: live ?? false,
  };
}

/**
 * A cluster field's problem, pointed at the query parameter it came from (`/cluster/version` →
 * `/version` in the query) for the YAML form.
 */
export function pointAtQuery(error: unknown): unknown {
  if (!isAppError(error) || error.pointer?.startsWith('/cluster/') !== true) return error;
  const relocate = (pointer: string) => pointer.replace(/^\/cluster\//, '/');
  const errors: FieldError[] = (
    error.errors ?? [{ pointer: error.pointer, detail: error.detail }]
  ).map((field) => ({ ...field, pointer: relocate(field.pointer), in: 'query' }));
  const detail = error.errors
    ? `Invalid query parameters: ${errors.map((field) => `${field.pointer.slice(1)}: ${field.detail}`).join(' ')}`
    : error.detail;
  return new AppError(error.code, detail, {
    pointer: relocate(error.pointer),
    errors,
    extensions: error.extensions,
    headers: error.headers,
    cause: error,
  });
}

async function forEachBounded<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/**
 * Every image of the manifest against one cluster, each distinct image string evaluated once; the
 * answer as UTF-8 JSON. Reading the manifest and writing the answer happen on a worker thread, so
 * a large manifest never holds the event loop; only live questions to Google are asked from here.
 * Throws the domain's request errors: INVALID_GKE_VERSION / INVALID_REQUEST (cluster facts, even
 * when the manifest has no image) and INVALID_MANIFEST (line, column; or the limit crossed).
 */
export async function checkManifest(
  input: ManifestCheckInput,
  language: Language,
  services: Services,
): Promise<Uint8Array<ArrayBuffer>> {
  const cluster = definedOnly(input.cluster);
  const repository = input.repository ? definedOnly(input.repository) : undefined;
  const facts = { cluster, ...(repository ? { repository } : {}), language };
  // Validates the cluster facts up front, so a bad version is a 400 whatever the manifest holds.
  buildContext({ ...facts, image: parseImageOrError('', '/manifest') });

  const checker = services.manifestChecker();
  const task = { manifest: input.manifest, ...facts };
  if (!input.live) return checker.check(task);

  const distinct = await checker.distinctImages(task);
  if (distinct.length > MAX_LIVE_IMAGES) {
    throw new AppError(
      'INVALID_REQUEST',
      `Live mode checks at most ${MAX_LIVE_IMAGES} distinct images per request; this manifest has ${distinct.length}. Split it, or check it offline (live: false).`,
      { pointer: '/live' },
    );
  }
  const deps: PreconditionsDeps = services.preconditions();
  const evaluations: Array<[string, Evaluation]> = [];
  await forEachBounded(distinct, LIVE_CONCURRENCY, async (image) => {
    const result = await evaluatePreconditions(
      { ...facts, image: parseImageOrError(image, '/manifest'), live: true },
      deps,
    );
    evaluations.push([image, { verdict: result.verdict, checks: result.checks }]);
  });
  return checker.check({ ...task, evaluations });
}
