import { messageList, type Message, type MessageId } from '../../shared/i18n';
import {
  messageOfIssue,
  ruleOfPattern,
  shownValue,
  type FieldIssue,
  type FieldPath,
} from '../../shared/problems';

/**
 * A validation issue as zod reports it: its kind (`code`) and the facts of that kind. Only these
 * facts are read, so the detail of each field is written by our catalogue in the caller's
 * language; zod's own English `message` is never shown (and its locale bundles never loaded).
 */
export interface ValidationIssue {
  code?: string;
  path: ReadonlyArray<PropertyKey>;
  message: string;
  keys?: readonly string[];
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  pattern?: string;
  values?: readonly unknown[];
  divisor?: number | bigint;
  params?: unknown;
}

/** At most this many fields are named in an INVALID_REQUEST summary; `errors` lists them all. */
export const MAX_SUMMARY_FIELDS = 5;

/** "The request has 2 invalid fields: /reference: …; /platform: …." */
export function validationSummary(
  errors: readonly FieldIssue[],
  locate: (path: FieldPath) => { pointer: string },
): Message {
  const fields = messageList(
    errors.slice(0, MAX_SUMMARY_FIELDS).map((issue): Message => ({
      id: 'validation.field',
      params: { pointer: locate(issue.path).pointer, detail: issue.detail },
    })),
    '; ',
  );
  return errors.length === 1
    ? { id: 'validation.summary.one', params: { fields } }
    : { id: 'validation.summary.many', params: { count: errors.length, fields } };
}

/** At most this many fields are named in one answer. */
export const MAX_FIELD_ISSUES = 50;

/**
 * One field issue per offending field, its detail a catalogue message; an unknown member is named
 * by its own path. `input` is what was validated: the refused value is quoted from it.
 */
export function fieldIssuesFromZod(
  issues: ReadonlyArray<ValidationIssue>,
  input?: unknown,
): FieldIssue[] {
  return issues
    .flatMap((issue): FieldIssue[] => {
      const path = pathOf(issue.path);
      if (issue.code === 'unrecognized_keys' && issue.keys) {
        return issue.keys.map((key) => ({
          path: [...path, key],
          detail: { id: 'validation.unknownField', params: { name: key.slice(0, 100) } },
        }));
      }
      return [{ path, detail: detailOf(issue, valueAt(input, path)) }];
    })
    .slice(0, MAX_FIELD_ISSUES);
}

function pathOf(path: ReadonlyArray<PropertyKey>): FieldPath {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

/** The value at `path` in `input`, or undefined when the input has nothing there. */
function valueAt(input: unknown, path: FieldPath): { value: unknown } | undefined {
  let current: unknown = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return { value: current };
}

const EXPECTED_TYPES: Readonly<Record<string, MessageId>> = {
  string: 'valueType.string',
  number: 'valueType.number',
  int: 'valueType.integer',
  boolean: 'valueType.boolean',
  object: 'valueType.object',
  record: 'valueType.object',
  array: 'valueType.list',
  tuple: 'valueType.list',
  null: 'valueType.null',
};

function typeOf(value: unknown): MessageId {
  if (value === null) return 'valueType.null';
  if (Array.isArray(value)) return 'valueType.list';
  if (typeof value === 'string') return 'valueType.string';
  if (typeof value === 'number') return 'valueType.number';
  if (typeof value === 'boolean') return 'valueType.boolean';
  if (typeof value === 'object') return 'valueType.object';
  return 'valueType.other';
}

function isCollection(origin: string | undefined): boolean {
  return origin === 'string' || origin === 'array' || origin === 'set';
}

function bound(value: number | bigint | undefined): string {
  return String(value ?? '');
}

function detailOf(issue: ValidationIssue, found: { value: unknown } | undefined): Message {
  const own = messageOfIssue(issue);
  if (own) return own;
  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined || found.value === undefined) return { id: 'validation.required' };
      const expected = EXPECTED_TYPES[issue.expected ?? ''];
      if (expected === undefined) return { id: 'validation.invalid' };
      // A number that is not whole: "Must be a whole number.", not "…but it is a number".
      if (issue.expected === 'int' && typeof found.value === 'number') {
        return { id: 'validation.invalidType.noValue', params: { expected: { id: expected } } };
      }
      return {
        id: 'validation.invalidType',
        params: { expected: { id: expected }, received: { id: typeOf(found.value) } },
      };
    }
    case 'too_small':
      if (isCollection(issue.origin) && Number(issue.minimum) === 1) {
        return { id: 'validation.nonEmpty' };
      }
      if (issue.origin === 'string') {
        return { id: 'validation.tooSmall.string', params: { minimum: bound(issue.minimum) } };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { id: 'validation.tooSmall.array', params: { minimum: bound(issue.minimum) } };
      }
      return {
        id:
          issue.inclusive === false
            ? 'validation.tooSmall.number.exclusive'
            : 'validation.tooSmall.number',
        params: { minimum: bound(issue.minimum) },
      };
    case 'too_big':
      if (issue.origin === 'string') {
        return { id: 'validation.tooBig.string', params: { maximum: bound(issue.maximum) } };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { id: 'validation.tooBig.array', params: { maximum: bound(issue.maximum) } };
      }
      return {
        id:
          issue.inclusive === false
            ? 'validation.tooBig.number.exclusive'
            : 'validation.tooBig.number',
        params: { maximum: bound(issue.maximum) },
      };
    case 'invalid_format': {
      const rule = ruleOfPattern(issue.pattern);
      if (rule !== undefined) {
        return found === undefined
          ? { id: 'validation.format.rule.noValue', params: { rule: { id: rule } } }
          : {
              id: 'validation.format.rule',
              params: { value: shownValue(found.value), rule: { id: rule } },
            };
      }
      if (issue.format === 'regex' && issue.pattern !== undefined) {
        return { id: 'validation.format.pattern', params: { pattern: issue.pattern } };
      }
      return { id: 'validation.format', params: { format: issue.format ?? 'string' } };
    }
    case 'invalid_value':
      return {
        id: 'validation.oneOf',
        params: {
          options: messageList(
            (issue.values ?? []).slice(0, 20).map((value) => shownValue(value)),
            'or',
          ),
        },
      };
    case 'not_multiple_of':
      return { id: 'validation.multipleOf', params: { divisor: bound(issue.divisor) } };
    default:
      return { id: 'validation.invalid' };
  }
}
