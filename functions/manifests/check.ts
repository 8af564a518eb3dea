import { formatMessage, type Language } from '../../shared/i18n';
import {
  extractImagesFromManifest,
  WORKLOAD_KINDS,
  type ManifestFinding,
  type ManifestImage,
  type ManifestImages,
  type ManifestLimits,
} from '../../shared/manifests';
import {
  evaluatePreconditions,
  needsImagePullSecrets,
  parseImageOrError,
  type Check,
  type ClusterFacts,
  type RepositoryFacts,
  type Verdict,
} from '../../shared/preconditions';
import { MANIFEST_NOTES } from './notes';

/**
 * The CPU-heavy half of `POST /v1/manifests/check`: reading the manifest, evaluating each distinct
 * image offline and writing the answer. Pure (no I/O), so it runs on a worker thread (see
 * check-worker.ts); live evaluations, which need Google, are made on the main thread and passed in.
 */

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

export interface Evaluation {
  verdict: Verdict;
  checks: Check[];
}

/** Everything a worker needs to read one manifest: plain data, structured-cloned. */
export interface ManifestTask {
  manifest: string;
  language: Language;
  limits: Partial<ManifestLimits>;
}

export interface ManifestCheckTask extends ManifestTask {
  /** Cluster facts, already validated on the main thread. */
  cluster: ClusterFacts;
  repository?: RepositoryFacts;
  /** Live evaluations of every distinct image (made on the main thread); absent: offline here. */
  evaluations?: Array<[string, Evaluation]>;
}

const VERDICT_RANK: Record<Verdict, number> = { ready: 0, unknown: 1, 'action-required': 2 };

function worst(verdicts: Iterable<Verdict>): Verdict {
  let result: Verdict = 'ready';
  for (const verdict of verdicts)
    if (VERDICT_RANK[verdict] > VERDICT_RANK[result]) result = verdict;
  return result;
}

function extract(task: ManifestTask): ManifestImages {
  return extractImagesFromManifest(task.manifest, {
    language: task.language,
    limits: task.limits,
  });
}

function distinctOf(extracted: ManifestImages): string[] {
  return [...new Set(extracted.images.map((image) => image.image))];
}

/** The distinct image strings of a manifest, in order of first appearance. */
export function distinctManifestImages(task: ManifestTask): string[] {
  return distinctOf(extract(task));
}

/**
 * The answer to a manifest check: a ManifestCheckAnswer as UTF-8 JSON bytes, encoded here so the
 * main thread receives them without a copy (the worker transfers the buffer) and writes them as
 * they are. Throws INVALID_MANIFEST (line, column; or the limit crossed).
 */
export async function answerManifestCheck(
  task: ManifestCheckTask,
): Promise<Uint8Array<ArrayBuffer>> {
  const extracted = extract(task);
  const distinct = distinctOf(extracted);
  const facts = {
    cluster: task.cluster,
    ...(task.repository ? { repository: task.repository } : {}),
    language: task.language,
  };
  const evaluations = new Map<string, Evaluation>(task.evaluations ?? []);
  for (const image of distinct) {
    if (evaluations.has(image)) continue;
    if (task.evaluations !== undefined) throw new Error(`no live evaluation for ${image}`);
    const result = await evaluatePreconditions(
      { ...facts, image: parseImageOrError(image, '/manifest'), live: false },
      {},
    );
    evaluations.set(image, { verdict: result.verdict, checks: result.checks });
  }
  const answer = manifestAnswer(extracted, distinct.length, evaluations, task.language);
  return new TextEncoder().encode(JSON.stringify(answer));
}

function manifestAnswer(
  extracted: ManifestImages,
  distinctImages: number,
  evaluations: ReadonlyMap<string, Evaluation>,
  language: Language,
): ManifestCheckAnswer {
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
      distinctImages,
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
