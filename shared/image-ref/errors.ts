import type { Message, MessageId, MessageParams } from '../i18n';
import { AppError, type FieldPath } from '../problems';

/** Where the reference came from: the text itself and the path of the input field it was in. */
export interface ParseContext {
  readonly input: string;
  readonly path: FieldPath;
  /**
   * A name found in pasted text rather than sent as a reference (`findImageReference`): nobody
   * reads why it does not parse, so its faults are not described, only signalled.
   */
  readonly quiet?: boolean;
}

/**
 * What a quiet parse throws instead of a described problem: describing one (the quoted input,
 * hints, the nearest known locations) costs more than the parse. Never leaves this module's
 * parser (`findImageReference` catches it).
 */
export const UNDESCRIBED_FAULT: unique symbol = Symbol('undescribed reference fault');

/** The problem `describe` builds, or in a quiet parse the bare signal that there is one. */
export function fault(
  context: ParseContext,
  describe: () => AppError,
): AppError | typeof UNDESCRIBED_FAULT {
  return context.quiet === true ? UNDESCRIBED_FAULT : describe();
}

/** What a grammar check found wrong, and how to fix it. Checks return it; the parser throws. */
export interface Defect {
  /** What is wrong, as a clause: `the tag is 129 characters long; the limit is 128`. */
  what: Message;
  /** A sentence telling the user how to fix it. */
  hint?: Message;
}

/** A defect from catalogue ids: the clause, and the sentence that fixes it when there is one. */
export function defect(
  what: MessageId,
  params?: MessageParams,
  hint?: MessageId | Message,
): Defect {
  const clause: Message = params === undefined ? { id: what } : { id: what, params };
  if (hint === undefined) return { what: clause };
  return { what: clause, hint: typeof hint === 'string' ? { id: hint } : hint };
}

export const DEFAULT_PATH: FieldPath = ['reference'];

/** Inputs longer than this are shown truncated in a detail, so a problem document stays small. */
const MAX_QUOTED_LENGTH = 200;

/** The input as it appears in a detail: JSON-quoted (control characters visible), maybe cut. */
export function quote(value: string): string | Message {
  if (value.length <= MAX_QUOTED_LENGTH) return JSON.stringify(value);
  return {
    id: 'reference.quoted.cut',
    params: { start: JSON.stringify(value.slice(0, MAX_QUOTED_LENGTH)), length: value.length },
  };
}

export function invalidReference(
  context: ParseContext,
  found: Defect,
): AppError | typeof UNDESCRIBED_FAULT {
  return fault(context, () => {
    const input = quote(context.input);
    return new AppError(
      'INVALID_REFERENCE',
      found.hint === undefined
        ? { id: 'reference.invalid', params: { input, what: found.what } }
        : { id: 'reference.invalid.hint', params: { input, what: found.what, hint: found.hint } },
      { path: context.path },
    );
  });
}
