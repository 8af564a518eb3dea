import { z } from 'zod';
import { parsedBy } from '../problems';
import { DEFAULT_PATH } from './errors';
import { MAX_REFERENCE_LENGTH, parseReferenceParts } from './grammar';
import { REFERENCE_PATTERN } from './reference-pattern';

/** The grammar alone, without Artifact Registry's rules: throws INVALID_REFERENCE as the parsers do. */
export function checkReferenceGrammar(input: string): void {
  parseReferenceParts({ input, path: DEFAULT_PATH });
}

/**
 * A reference as text in a request schema: the contract carries the grammar's pattern and limit,
 * and a refusal keeps the parser's own code and detail. What depends on server configuration
 * (stand-in hosts) or on Artifact Registry's rules is decided by the use case's parser.
 */
export const ReferenceTextSchema = z
  .string()
  .max(MAX_REFERENCE_LENGTH)
  .regex(REFERENCE_PATTERN)
  .superRefine(parsedBy(checkReferenceGrammar));
