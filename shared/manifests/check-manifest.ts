import type { ClusterFacts, RepositoryFacts } from '../cluster';
import { checkLiveLookupBudget, mapBounded, type ConcurrencyLimit } from '../concurrency';
import { translate, type Language } from '../i18n';
import {
  definedOnly,
  evaluatePreconditions,
  needsImagePullSecrets,
  parseImageOrError,
  type Check,
  type PreconditionsDeps,
  type Verdict,
} from '../preconditions';
import { extractImagesFromManifest } from './extract-images';
import type { ManifestLimits } from './limits';
import type { ManifestFinding, ManifestImage, ManifestImages } from './types';
import { WORKLOAD_KINDS } from './workload-kinds';

export interface CheckManifestInput {
  manifest: string;
  cluster: ClusterFacts;
  repository?: RepositoryFacts | undefined;
  live: boolean;
}

/** One distinct image's verdict and checks. */
export interface Evaluation {
  verdict: Verdict;
  checks: Check[];
}

/** A manifest to read and answer, as plain data: it crosses to a worker thread. */
export interface ManifestTask {
  manifest: string;
  cluster: ClusterFacts;
  repository?: RepositoryFacts;
  language: Language;
  /** Bounds of the work, over MANIFEST_LIMITS. */
  limits?: Partial<ManifestLimits>;
  /** Live evaluations of every distinct image, made by `checkManifest`; absent: offline. */
  evaluations?: Array<[string, Evaluation]>;
}

/**
 * Where the CPU-heavy half of a check runs (reading the manifest, evaluating its images offline,
 * writing the answer; see `answerManifest`). The service runs it on a worker thread, so the event
 * loop never waits on a large manifest; `Answer` is what that runner hands back.
 */
export interface ManifestWork<Answer> {
  answer(task: ManifestTask): Promise<Answer>;
  distinctImages(task: ManifestTask): Promise<string[]>;
}

export interface CheckManifestDeps<Answer> {
  /** Live mode's Google access; a factory, so offline answers never construct it. */
  preconditions: () => PreconditionsDeps;
  language: Language;
  /** The instance-wide bound on live look-ups in flight, shared by every request. */
  liveLookups: ConcurrencyLimit;
  /** Live look-ups one request may ask for (MAX_LIVE_LOOKUPS). */
  maxLiveLookups: number;
  /** Bounds of reading the manifest (server configuration), over MANIFEST_LIMITS. */
  limits?: Partial<ManifestLimits>;
  work: ManifestWork<Answer>;
}

export interface ManifestImageCheck extends Pick<
  ManifestImage,
  | 'image'
  | 'objectPath'
  | 'fieldPath'
  | 'kind'
  | 'name'
  | 'namespace'
  | 'documentIndex'
  | 'itemIndex'
  | 'container'
  | 'containerType'
  | 'containerIndex'
  | 'line'
  | 'column'
> {
  verdict: Verdict;
  checks: Check[];
  imagePullSecrets: { present: boolean; names: string[]; needed: boolean; missing: boolean };
}

export interface ManifestCheck {
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

/** Live look-ups of one manifest in flight at once. */
export const LIVE_CONCURRENCY = 8;

const VERDICT_RANK: Record<Verdict, number> = { ready: 0, unknown: 1, 'action-required': 2 };

function worst(verdicts: Iterable<Verdict>): Verdict {
  let result: Verdict = 'ready';
  for (const verdict of verdicts)
    if (VERDICT_RANK[verdict] > VERDICT_RANK[result]) result = verdict;
  return result;
}

/**
 * Every image of the manifest against one cluster, each distinct image string evaluated once, as
 * `deps.work` answers it. Offline, the whole check is one task of `deps.work`; live, the distinct
 * images come from it, are asked about here (Google, bounded by `liveLookups`), and the answer is
 * written by it from those evaluations. Throws INVALID_MANIFEST (`['manifest']`, with line and
 * column, or the limit crossed) and TOO_MANY_LIVE_LOOKUPS (`['live']`: live mode for more distinct
 * images than one request may ask Google about).
 */
export async function checkManifest<Answer>(
  input: CheckManifestInput,
  deps: CheckManifestDeps<Answer>,
): Promise<Answer> {
  const { language } = deps;
  const cluster = definedOnly(input.cluster);
  const repository = input.repository ? definedOnly(input.repository) : undefined;
  const task: ManifestTask = {
    manifest: input.manifest,
    cluster,
    ...(repository ? { repository } : {}),
    language,
    ...(deps.limits ? { limits: deps.limits } : {}),
  };
  if (!input.live) return deps.work.answer(task);

  const distinct = await deps.work.distinctImages(task);
  checkLiveLookupBudget(distinct.length, deps.maxLiveLookups, 'manifest', ['live']);
  const preconditions = deps.preconditions();
  const results = await mapBounded(distinct, LIVE_CONCURRENCY, (image) =>
    deps.liveLookups.run(() =>
      evaluatePreconditions(
        {
          cluster,
          ...(repository ? { repository } : {}),
          language,
          image: parseImageOrError(image, ['manifest']),
          live: true,
        },
        preconditions,
      ),
    ),
  );
  const evaluations = distinct.map((image, index): [string, Evaluation] => {
    const { verdict, checks } = results[index] as Evaluation;
    return [image, { verdict, checks }];
  });
  return deps.work.answer({ ...task, evaluations });
}

function extract(task: ManifestTask): ManifestImages {
  return extractImagesFromManifest(task.manifest, {
    language: task.language,
    ...(task.limits ? { limits: task.limits } : {}),
  });
}

/** The distinct image strings of a manifest, in order of first appearance. */
export function distinctManifestImages(task: ManifestTask): string[] {
  return [...new Set(extract(task).images.map((image) => image.image))];
}

/**
 * The heavy half of a check: reads the manifest (bounded by `task.limits`), evaluates each
 * distinct image offline (or takes `task.evaluations`) and builds the answer. Pure, so it runs on
 * a worker thread. An image shares its distinct image's `checks` array.
 */
export async function answerManifest(task: ManifestTask): Promise<ManifestCheck> {
  const { language } = task;
  const extracted = extract(task);
  const distinct = [...new Set(extracted.images.map((image) => image.image))];
  const facts = {
    cluster: task.cluster,
    ...(task.repository ? { repository: task.repository } : {}),
    language,
  };
  const evaluations = new Map<string, Evaluation>(task.evaluations ?? []);
  for (const image of distinct) {
    if (evaluations.has(image)) continue;
    if (task.evaluations !== undefined) throw new Error(`no live evaluation for ${image}`);
    const { verdict, checks } = await evaluatePreconditions(
      { ...facts, image: parseImageOrError(image, ['manifest']), live: false },
      {},
    );
    evaluations.set(image, { verdict, checks });
  }

  const images = extracted.images.map((found): ManifestImageCheck => {
    const result = evaluations.get(found.image) as Evaluation;
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
      : translate(language, 'note.noWorkloads', { kinds: WORKLOAD_KINDS.join(', ') }),
    images,
    findings: extracted.findings,
    skippedObjects: extracted.skippedObjects,
  };
}
