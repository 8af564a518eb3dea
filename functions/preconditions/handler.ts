import type { Context } from 'hono';
import { evaluateImage, type EvaluateImageInput } from '../../shared/preconditions';
import type { AppEnv } from '../http/env';
import { presentChecks } from '../http/present-checks';
import type { Services } from '../services';

export async function evaluate(c: Context<AppEnv>, services: Services, input: EvaluateImageInput) {
  const result = await evaluateImage(input, {
    preconditions: () => services.preconditions(),
    language: c.get('language'),
  });
  return { ...result, checks: presentChecks(result.checks) };
}
