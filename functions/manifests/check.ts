import { answerManifest, type ManifestTask } from '../../shared/manifests';
import type { Check } from '../../shared/preconditions';
import { presentChecks, type CheckAnswer } from '../http/present-checks';

/**
 * The answer of `POST /v1/manifests/check` as the API writes it (checks presented with JSON
 * Pointers), encoded as UTF-8 JSON: built on a worker thread (functions/worker.ts), so the
 * main thread only writes the bytes. Each distinct image's checks are presented once.
 */
export async function answerBytes(task: ManifestTask): Promise<Uint8Array<ArrayBuffer>> {
  const answer = await answerManifest(task);
  const presented = new Map<Check[], CheckAnswer[]>();
  const images = answer.images.map((image) => {
    let checks = presented.get(image.checks);
    if (checks === undefined) {
      checks = presentChecks(image.checks);
      presented.set(image.checks, checks);
    }
    return { ...image, checks };
  });
  return new TextEncoder().encode(JSON.stringify({ ...answer, images }));
}
