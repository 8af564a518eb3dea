import type { Context } from 'hono';
import { resolveImage, resolveImageBatch, type ResolveImageDeps } from '../../shared/images';
import { isAppError } from '../../shared/problems';
import type { AppDependencies } from '../dependencies';
import type { AppEnv } from '../http/env';
import { toProblemDocument } from '../http/problem-document';
import { instanceFor } from '../http/problem-response';
import type { ResolveImageInput, ResolveImageBatchInput } from '../../shared/images';

function depsOf(c: Context<AppEnv>, deps: AppDependencies): ResolveImageDeps {
  return {
    registry: () => deps.services.registryClient(),
    language: c.get('language'),
    liveLookups: deps.services.liveLookups(),
    maxLiveLookups: deps.config.MAX_LIVE_LOOKUPS,
  };
}

export function resolveOne(c: Context<AppEnv>, deps: AppDependencies, input: ResolveImageInput) {
  return resolveImage(input, depsOf(c, deps));
}

/** Each failed item carries the problem document it would have received alone. */
export async function resolveMany(
  c: Context<AppEnv>,
  deps: AppDependencies,
  input: ResolveImageBatchInput,
) {
  const items = await resolveImageBatch(input, depsOf(c, deps));
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
