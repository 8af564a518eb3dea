import {
  runAutocannon,
  type AutocannonSummary,
  type LoadRequest,
} from '../../test/support/autocannon';

export interface Scenario extends LoadRequest {
  name: string;
}

export type LoadResult = AutocannonSummary;

/** One scenario, `connections` at a time, for `seconds`, from a separate process. */
export function runLoad(
  baseUrl: string,
  scenario: Scenario,
  options: { seconds: number; connections: number },
): Promise<LoadResult> {
  return runAutocannon(baseUrl, [scenario], options);
}

/** Several scenarios interleaved in one run (cycled per connection). */
export function runMixedLoad(
  baseUrl: string,
  scenarios: Scenario[],
  options: { seconds: number; connections: number },
): Promise<LoadResult> {
  return runAutocannon(baseUrl, scenarios, options);
}
