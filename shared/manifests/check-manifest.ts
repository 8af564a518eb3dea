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
import type { ManifestFinding, ManifestImage } from './types';
import { WORKLOAD_KINDS } from './workload-kinds';

export interface CheckManifestInput {
  manifest: string;
  cluster: ClusterFacts;
  repository?: RepositoryFacts | undefined;
  live: boolean;
}

export interface CheckManifestDeps {
  /** Live mode's Google access; a factory, so offline answers never construct it. */
  preconditions: () => PreconditionsDeps;
  language: Language;
  /** The instance-wide bound on live look-ups in flight, shared by every request. */
  liveLookups: ConcurrencyLimit;
  /** Live look-ups one request may ask for (MAX_LIVE_LOOKUPS). */
  maxLiveLookups: number;
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
 * Every image of the manifest against one cluster, each distinct image string evaluated once.
 * The verdict is the worst of the images' and `action-required` when a finding is an error; an
 * image whose checks say the node cannot pull it on its own needs an imagePullSecret. Throws
 * INVALID_MANIFEST (`['manifest']`, with line and column) and TOO_MANY_LIVE_LOOKUPS (`['live']`:
 * live mode for more distinct images than one request may ask Google about).
 */
export async function checkManifest(
  input: CheckManifestInput,
  deps: CheckManifestDeps,
): Promise<ManifestCheck> {
  const { language } = deps;
  const cluster = definedOnly(input.cluster);
  const repository = input.repository ? definedOnly(input.repository) : undefined;
  const facts = { cluster, ...(repository ? { repository } : {}), language };

  const extracted = extractImagesFromManifest(input.manifest, { language });
  const distinct = [...new Set(extracted.images.map((image) => image.image))];
  if (input.live) checkLiveLookupBudget(distinct.length, deps.maxLiveLookups, 'manifest', ['live']);
  const preconditions: PreconditionsDeps = input.live ? deps.preconditions() : {};
  const evaluate = (image: string) =>
    evaluatePreconditions(
      { ...facts, image: parseImageOrError(image, ['manifest']), live: input.live },
      preconditions,
    );
  const results = await mapBounded(distinct, input.live ? LIVE_CONCURRENCY : 1, (image) =>
    input.live ? deps.liveLookups.run(() => evaluate(image)) : evaluate(image),
  );
  const evaluations = new Map(distinct.map((image, index) => [image, results[index]]));

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
      : translate(language, 'note.noWorkloads', { kinds: WORKLOAD_KINDS.join(', ') }),
    images,
    findings: extracted.findings,
    skippedObjects: extracted.skippedObjects,
  };
}
