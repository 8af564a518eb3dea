import type { Context } from 'hono';
import { resolveImage, resolveImageBatch, type ResolveImageDeps } from '../../shared/images';
import { isAppError } from '../../shared/problems';
import type { Services } from '../services';
import type { AppEnv } from '../http/env';
import { toProblemDocument } from '../http/problem-document';
import { instanceFor } from '../http/problem-response';
import type { ResolveImageInput, ResolveImageBatchInput } from '../../shared/images';

function depsOf(c: Context<AppEnv>, services: Services): ResolveImageDeps {
  return { registry: () => services.registryClient(), language: c.get('language') };
}

export function resolveOne(c: Context<AppEnv>, services: Services, input: ResolveImageInput) {
  return resolveImage(input, depsOf(c, services));
}

/** Each failed item carries the problem document it would have received alone. */
export async function resolveMany(
  c: Context<AppEnv>,
  services: Services,
  input: ResolveImageBatchInput,
) {
  const items = await resolveImageBatch(input, depsOf(c, services));
  const context = { instance: instanceFor(c.get('requestId')), language: c.get('language') };
  return items.map((item) => {
    if (item.ok) return item;
    const error = isAppError(item.error) ? item.error : item.error.unexpected;
    if (error !== item.error) {
      c.get('logger').error('Batch item failed', { requestId: c.get('requestId'), error });
    }
    return {
      reference: item.reference,
      ok: false as const,
      problem: toProblemDocument(error, context),
    };
  });
}
