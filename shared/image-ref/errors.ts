import { AppError, type FieldPath } from '../problems';

/** Where the reference came from: the text itself and the path of the input field it was in. */
export interface ParseContext {
  readonly input: string;
  readonly path: FieldPath;
}

/** What a grammar check found wrong, and how to fix it. Checks return it; the parser throws. */
export interface Defect {
  /** What is wrong, as a clause: `the tag is 129 characters long; the limit is 128`. */
  what: string;
  /** A sentence telling the user how to fix it. */
  hint?: string;
}

export const DEFAULT_PATH: FieldPath = ['reference'];

/** Inputs longer than this are shown truncated in a detail, so a problem document stays small. */
const MAX_QUOTED_LENGTH = 200;

/** The input as it appears in a detail: JSON-quoted (control characters visible), maybe cut. */
export function quote(value: string): string {
  if (value.length <= MAX_QUOTED_LENGTH) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, MAX_QUOTED_LENGTH))}… (${value.length} characters)`;
}

export function invalidReference(context: ParseContext, defect: Defect): AppError {
  const hint = defect.hint === undefined ? '' : ` ${defect.hint}`;
  return new AppError(
    'INVALID_REFERENCE',
    `${quote(context.input)} is not a valid image reference: ${defect.what}.${hint}`,
    { path: context.path },
  );
}
