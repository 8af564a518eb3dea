import { formatMessage, type Language } from '../../shared/i18n';
import {
  extractImagesFromManifest,
  WORKLOAD_KINDS,
  type ManifestFinding,
  type ManifestImage,
} from '../../shared/manifests';
import {
  buildContext,
  evaluatePreconditions,
  needsImagePullSecrets,
  parseImageOrError,
  type Check,
  type ClusterFacts,
  type PreconditionsDeps,
  type RepositoryFacts,
  type Verdict,
} from '../../shared/preconditions';
import { AppError, isAppError, type FieldError } from '../../shared/problems';
import { definedOnly } from '../preconditions/handler';
import type { Services } from '../services';
import { MANIFEST_NOTES } from './notes';
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

export interface ManifestImageCheck {
  image: string;
  objectPath: string;
  fieldPath: string;
  kind: string;
  name: string | null;
  namespace: string | null;
  documentIndex: number;
  itemIndex: number | null;
  container: string | null;
  containerType: ManifestImage['containerType'];
  containerIndex: number;
  line: number;
  column: number;
  verdict: Verdict;
  checks: Check[];
  imagePullSecrets: { present: boolean; names: string[]; needed: boolean; missing: boolean };
}

export interface ManifestCheckAnswer {
  verdict: Verdict;
  summary: {
    images: number;
    distinctImages: number;
    ready: number;
    actionRequired: number;
    unknown: number;
    imagePullSecretsMissing: number;
    workloads: number;
    errors: number;
    warnings: number;
  };
  hasWorkloads: boolean;
  note: string | null;
  images: ManifestImageCheck[];
  findings: ManifestFinding[];
  skippedObjects: number;
}

const LIVE_CONCURRENCY = 8;
const VERDICT_RANK: Record<Verdict, number> = { ready: 0, unknown: 1, 'action-required': 2 };

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

function worst(verdicts: Iterable<Verdict>): Verdict {
  let result: Verdict = 'ready';
  for (const verdict of verdicts)
    if (VERDICT_RANK[verdict] > VERDICT_RANK[result]) result = verdict;
  return result;
}

/**
 * Every image of the manifest against one cluster, each distinct image string evaluated once.
 * Throws the domain's request errors: INVALID_GKE_VERSION / INVALID_REQUEST (cluster facts, even
 * when the manifest has no image) and INVALID_MANIFEST (line, column).
 */
export async function checkManifest(
  input: ManifestCheckInput,
  language: Language,
  services: Services,
): Promise<ManifestCheckAnswer> {
  const cluster = definedOnly(input.cluster);
  const repository = input.repository ? definedOnly(input.repository) : undefined;
  const facts = { cluster, ...(repository ? { repository } : {}), language };
  // Validates the cluster facts up front, so a bad version is a 400 whatever the manifest holds.
  buildContext({ ...facts, image: parseImageOrError('', '/manifest') });

  const extracted = extractImagesFromManifest(input.manifest, { language });
  const distinct = [...new Set(extracted.images.map((image) => image.image))];
  if (input.live && distinct.length > MAX_LIVE_IMAGES) {
    throw new AppError(
      'INVALID_REQUEST',
      `Live mode checks at most ${MAX_LIVE_IMAGES} distinct images per request; this manifest has ${distinct.length}. Split it, or check it offline (live: false).`,
      { pointer: '/live' },
    );
  }
  const deps: PreconditionsDeps = input.live ? services.preconditions() : {};
  const evaluations = new Map<string, { verdict: Verdict; checks: Check[] }>();
  await forEachBounded(distinct, input.live ? LIVE_CONCURRENCY : 1, async (image) => {
    const result = await evaluatePreconditions(
      { ...facts, image: parseImageOrError(image, '/manifest'), live: input.live },
      deps,
    );
    evaluations.set(image, result);
  });

  const images = extracted.images.map((found): ManifestImageCheck => {
    const result = evaluations.get(found.image) as { verdict: Verdict; checks: Check[] };
    const names = found.imagePullSecrets.map((secret) => secret.name);
    const needed = needsImagePullSecrets(result);
    return {
      image: found.image,
      objectPath: found.objectPath,
      fieldPath: found.fieldPath,
      kind: found.kind,
      name: found.name,
      namespace: found.namespace,
      documentIndex: found.documentIndex,
      itemIndex: found.itemIndex,
      container: found.container,
      containerType: found.containerType,
      containerIndex: found.containerIndex,
      line: found.line,
      column: found.column,
      verdict: result.verdict,
      checks: result.checks,
      imagePullSecrets: {
        present: names.length > 0,
        names,
        needed,
        missing: needed && names.length === 0,
      },
    };
  });

  const count = (verdict: Verdict) => images.filter((image) => image.verdict === verdict).length;
  const errors = extracted.findings.filter((finding) => finding.severity === 'error').length;
  const verdicts = images.map((image) => image.verdict);
  if (errors > 0) verdicts.push('action-required');
  return {
    verdict: worst(verdicts),
    summary: {
      images: images.length,
      distinctImages: distinct.length,
      ready: count('ready'),
      actionRequired: count('action-required'),
      unknown: count('unknown'),
      imagePullSecretsMissing: images.filter((image) => image.imagePullSecrets.missing).length,
      workloads: extracted.objects.filter((object) => object.workload).length,
      errors,
      warnings: extracted.findings.length - errors,
    },
    hasWorkloads: extracted.hasWorkloads,
    note: extracted.hasWorkloads
      ? null
      : formatMessage(MANIFEST_NOTES[language].noWorkloads, { kinds: WORKLOAD_KINDS.join(', ') }),
    images,
    findings: extracted.findings,
    skippedObjects: extracted.skippedObjects,
  };
}
