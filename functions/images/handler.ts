import { parseImageReference, type ImageReference } from '../../shared/image-ref';
import { toProblemDocument, type ProblemDocument } from '../../shared/problems';
import type { ResolvedDigest } from '../../shared/registry';
import type { Services } from '../services';

export interface ResolveInput {
  reference: string;
  resolveDigest: boolean;
  platform?: string | undefined;
}

export type ResolvedImage = ImageReference & { resolved: boolean } & Partial<
    Omit<ResolvedDigest, 'registry' | 'repositoryPath' | 'reference' | 'digest'>
  >;

/** Offline parse, then (on request) the live digest; `pointer` names the request field. */
export async function resolveImage(
  input: ResolveInput,
  services: Services,
  pointer: string,
): Promise<ResolvedImage> {
  const image = parseImageReference(input.reference, { pointer });
  if (!input.resolveDigest) return { ...image, resolved: false };
  const live = await services.registryClient().resolveDigest(
    {
      registry: image.registry,
      repositoryPath: image.repositoryPath,
      reference: image.digest ?? image.tag ?? 'latest',
    },
    input.platform === undefined ? {} : { platform: input.platform },
  );
  const { registry: _r, repositoryPath: _p, reference: _ref, ...liveFields } = live;
  return { ...image, ...liveFields, digest: live.digest, resolved: true };
}

export type BatchResult =
  | { reference: string; ok: true; image: ResolvedImage }
  | { reference: string; ok: false; problem: ProblemDocument };

const LIVE_CONCURRENCY = 8;

/** Every reference answered in input order; a failure is that item's problem, never the batch's. */
export async function resolveBatch(
  input: { references: string[]; resolveDigest: boolean; platform?: string | undefined },
  services: Services,
  instance: string,
  onUnexpected: (error: unknown) => void,
): Promise<BatchResult[]> {
  const results: BatchResult[] = new Array(input.references.length);
  const resolveAt = async (index: number) => {
    const reference = input.references[index] as string;
    try {
      const image = await resolveImage(
        { reference, resolveDigest: input.resolveDigest, platform: input.platform },
        services,
        `/references/${index}`,
      );
      results[index] = { reference, ok: true, image };
    } catch (error) {
      const problem = toProblemDocument(error, instance);
      if (problem.code === 'INTERNAL') onUnexpected(error);
      results[index] = { reference, ok: false, problem };
    }
  };
  if (!input.resolveDigest) {
    for (let index = 0; index < input.references.length; index += 1) await resolveAt(index);
    return results;
  }
  let next = 0;
  const worker = async () => {
    while (next < input.references.length) await resolveAt(next++);
  };
  await Promise.all(
    Array.from({ length: Math.min(LIVE_CONCURRENCY, input.references.length) }, worker),
  );
  return results;
}
