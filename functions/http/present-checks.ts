import type { Check } from '../../shared/preconditions';
import type { FieldPath } from '../../shared/problems';
import { jsonPointer } from './problem-document';

/** A check as the API answers it: the fields it names are JSON Pointers into the request. */
export type CheckAnswer = Omit<Check, 'missing'> & { missing: string[] };

/**
 * `missing` (and the `image-reference` check's `evidence.pointer`) hold domain paths; answers
 * name request fields by JSON Pointer (`['cluster', 'projectNumber']` → `/cluster/projectNumber`).
 */
export function presentCheck(check: Check): CheckAnswer {
  const pointer = check.evidence.pointer;
  return {
    ...check,
    missing: check.missing.map(jsonPointer),
    evidence: Array.isArray(pointer)
      ? { ...check.evidence, pointer: jsonPointer(pointer as FieldPath) }
      : check.evidence,
  };
}

export function presentChecks(checks: readonly Check[]): CheckAnswer[] {
  return checks.map(presentCheck);
}
