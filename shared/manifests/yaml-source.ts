import {
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Alias,
  type Document,
  type Node,
  type YAMLError,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { AppError } from '../problems';
import { MANIFEST_LIMITS } from './limits';

/** A 1-based position in the manifest text, as editors and `kubectl` count. */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface ManifestDocument {
  /** 0-based index in the YAML stream. */
  index: number;
  /** The document's root node; null for an empty document (only comments, or nothing). */
  root: Node | null;
}

/** YAML merge keys (`<<: *defaults`) nest rarely; this bounds a merge chain (and any cycle in it). */
const MAX_MERGE_DEPTH = 16;
const MAX_QUOTED_REASON = 160;
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Parses a YAML (or JSON) stream into documents whose nodes keep their source positions, and
 * reads those nodes the way Kubernetes' YAML decoder does: aliases resolved, `<<` merge keys
 * applied (own keys win), explicit `null` the same as absent.
 *
 * Every failure is an `INVALID_MANIFEST` AppError at `/manifest` with `line` and `column`.
 */
export class YamlSource {
  readonly documents: ManifestDocument[];
  private readonly lineCounter = new LineCounter();
  private readonly aliasTargets = new Map<Alias, Node>();

  constructor(text: string) {
    // A byte order mark is invisible in editors; columns on line 1 must not count it.
    const source = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
    let parsed: Document.Parsed[];
    try {
      parsed = [
        ...parseAllDocuments(source, {
          lineCounter: this.lineCounter,
          prettyErrors: false,
          merge: true,
          uniqueKeys: true,
        }),
      ];
    } catch (error) {
      throw invalidManifest(
        'the YAML parser failed on this text',
        { line: 1, column: 1 },
        0,
        error,
      );
    }
    if (parsed.length > MANIFEST_LIMITS.documents) {
      throw new AppError(
        'INVALID_MANIFEST',
        `The manifest has ${parsed.length} YAML documents; at most ${MANIFEST_LIMITS.documents} are accepted in one request. Split it into several requests.`,
        {
          path: ['manifest'],
          extensions: { limit: 'documents', maximum: MANIFEST_LIMITS.documents },
        },
      );
    }
    parsed.forEach((document, index) => this.checkSyntax(document, index));
    this.documents = parsed.map((document, index) => {
      this.indexNodes(document, index);
      this.checkAliasExpansion(document, index);
      return { index, root: document.contents ?? null };
    });
  }

  positionOf(node: Node): SourcePosition {
    const { line, col } = this.lineCounter.linePos(node.range?.[0] ?? 0);
    return { line, column: col };
  }

  /** The node an alias stands for (any other node is itself); null for an explicit `null`. */
  resolve(node: unknown): Node | null {
    const target = isAlias(node) ? this.aliasTargets.get(node) : node;
    if (target === undefined || target === null) return null;
    if (isScalar(target) && target.value === null) return null;
    return target as Node;
  }

  /** The value of `key` in a mapping (own key first, then `<<` merge sources), or null. */
  get(map: YAMLMap, key: string): Node | null {
    return this.resolve(this.lookup(map, key, 0) ?? null);
  }

  asMap(node: Node | null): YAMLMap | null {
    return isMap(node) ? node : null;
  }

  asSeq(node: Node | null): YAMLSeq | null {
    return isSeq(node) ? node : null;
  }

  /** The string value of a scalar node, or null for anything else. */
  stringOf(node: Node | null): string | null {
    return isScalar(node) && typeof node.value === 'string' ? node.value : null;
  }

  /** The keys of a mapping with string keys, own keys and merged keys, without duplicates. */
  keysOf(map: YAMLMap): string[] {
    const keys = new Set<string>();
    this.collectKeys(map, keys, 0);
    return [...keys];
  }

  private collectKeys(map: YAMLMap, keys: Set<string>, depth: number): void {
    for (const pair of map.items) {
      if (isMergeKey(pair.key)) {
        if (depth < MAX_MERGE_DEPTH) {
          for (const source of this.mergeSources(pair.value))
            this.collectKeys(source, keys, depth + 1);
        }
      } else if (isScalar(pair.key) && typeof pair.key.value === 'string') {
        keys.add(pair.key.value);
      }
    }
  }

  /** undefined: absent; otherwise the (unresolved) value node, which may be a null scalar. */
  private lookup(map: YAMLMap, key: string, depth: number): unknown {
    const merges: unknown[] = [];
    for (const pair of map.items) {
      if (isMergeKey(pair.key)) merges.push(pair.value);
      else if (isScalar(pair.key) && pair.key.value === key) return pair.value ?? null;
    }
    if (depth >= MAX_MERGE_DEPTH) return undefined;
    for (const merge of merges) {
      for (const source of this.mergeSources(merge)) {
        const found = this.lookup(source, key, depth + 1);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }

  /** A merge value is a mapping or a sequence of mappings; earlier mappings win. */
  private mergeSources(value: unknown): YAMLMap[] {
    const source = this.resolve(value);
    if (isMap(source)) return [source];
    if (isSeq(source))
      return source.items.map((item) => this.resolve(item)).filter((item) => isMap(item));
    return [];
  }

  private checkSyntax(document: Document.Parsed, index: number): void {
    const error: YAMLError | undefined = document.errors[0];
    if (error === undefined) return;
    const { line, col } = this.lineCounter.linePos(error.pos[0]);
    const reason =
      error.code === 'RESOURCE_EXHAUSTION'
        ? `it nests collections more deeply than the parser allows`
        : quoteReason(error.message);
    throw invalidManifest(reason, { line, column: col }, index, error);
  }

  /**
   * One pass in document order: resolves each alias to the latest anchor before it (YAML's rule)
   * and bounds nesting depth. Iterative, so hostile nesting cannot overflow the stack.
   */
  private indexNodes(document: Document.Parsed, index: number): void {
    const anchors = new Map<string, Node>();
    const stack: Array<{ node: unknown; depth: number }> = [{ node: document.contents, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop() as { node: unknown; depth: number };
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target === undefined) {
          throw invalidManifest(
            `the alias *${node.source} refers to no anchor &${node.source} defined before it`,
            this.positionOf(node),
            index,
          );
        }
        this.aliasTargets.set(node, target);
        continue;
      }
      if (isScalar(node) || isMap(node) || isSeq(node)) {
        if (node.anchor) anchors.set(node.anchor, node);
      }
      if (isMap(node) || isSeq(node)) {
        if (depth + 1 > MANIFEST_LIMITS.nestingDepth) {
          throw invalidManifest(
            `it nests mappings and sequences more than ${MANIFEST_LIMITS.nestingDepth} levels deep`,
            this.positionOf(node),
            index,
          );
        }
        const children: unknown[] = [];
        for (const item of node.items as unknown[]) {
          if (isPair(item)) children.push(item.key, item.value);
          else children.push(item);
        }
        for (let i = children.length - 1; i >= 0; i -= 1)
          stack.push({ node: children[i], depth: depth + 1 });
      }
    }
  }

  /**
   * Kubernetes' own decoder rejects documents whose aliases expand exponentially; so do we, with
   * the `yaml` package's guard, before reading a single field.
   */
  private checkAliasExpansion(document: Document.Parsed, index: number): void {
    try {
      document.toJS({ maxAliasCount: MANIFEST_LIMITS.aliasCount });
    } catch (error) {
      const position = document.contents
        ? this.positionOf(document.contents)
        : { line: 1, column: 1 };
      const excessive = error instanceof ReferenceError && /alias count/i.test(error.message);
      const reason = excessive
        ? `its aliases expand to too much data (more than ${MANIFEST_LIMITS.aliasCount} alias expansions, a "billion laughs" pattern)`
        : quoteReason(error instanceof Error ? error.message : String(error));
      throw invalidManifest(reason, position, index, error);
    }
  }
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol' && key.value.description === '<<';
}

/** The parser's message, first line only and short: it is quoted inside our detail. */
function quoteReason(message: string): string {
  const firstLine = (message.split('\n')[0] ?? '').trim().replace(/[.:]$/, '');
  const reason =
    firstLine.length > MAX_QUOTED_REASON ? `${firstLine.slice(0, MAX_QUOTED_REASON)}…` : firstLine;
  return reason.length > 0 ? reason : 'the YAML parser rejected it';
}

function invalidManifest(
  reason: string,
  position: SourcePosition,
  documentIndex: number,
  cause?: unknown,
): AppError {
  return new AppError(
    'INVALID_MANIFEST',
    `The manifest is not valid YAML at line ${position.line}, column ${position.column} (document ${documentIndex}): ${reason}. Check the indentation (spaces, not tabs), quoting and anchors near that line.`,
    {
      path: ['manifest'],
      extensions: { line: position.line, column: position.column, documentIndex },
      cause,
    },
  );
}
