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
  type Pair,
  type YAMLError,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { Message } from '../i18n';
import { AppError } from '../problems';
import { manifestLimitError, type ManifestLimits } from './limits';
import { checkTokenBounds } from './token-bounds';

/** A 1-based position in the manifest text, as editors and `kubectl` count. */
export interface SourcePosition {
  line: number;
  column: number;
}

interface KeyIndex {
  own: Map<unknown, Pair>;
  merges: unknown[];
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
 * Work is linear in the text and bounded by `limits` before anything is composed (see
 * token-bounds.ts); duplicate keys are found with one set per mapping, and each mapping is
 * indexed once for look-ups, so a mapping of 10 000 keys costs no more than 10 000 short ones.
 *
 * Every failure is an `INVALID_MANIFEST` AppError at `/manifest` with `line` and `column`.
 */
export class YamlSource {
  readonly documents: ManifestDocument[];
  private readonly lineCounter = new LineCounter();
  private readonly aliasTargets = new Map<Alias, Node>();
  private readonly keyIndexes = new WeakMap<YAMLMap, KeyIndex>();

  constructor(
    text: string,
    private readonly limits: ManifestLimits,
  ) {
    // A byte order mark is invisible in editors; columns on line 1 must not count it.
    const source = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
    checkTokenBounds(source, limits);
    let parsed: Document.Parsed[];
    try {
      parsed = [
        ...parseAllDocuments(source, {
          lineCounter: this.lineCounter,
          prettyErrors: false,
          merge: true,
          // The package's own check compares each key with every earlier one (quadratic);
          // indexNodes finds duplicates with one set per mapping instead.
          uniqueKeys: false,
        }),
      ];
    } catch (error) {
      throw invalidManifest({ id: 'manifest.yaml.parserFailed' }, { line: 1, column: 1 }, 0, error);
    }
    parsed.forEach((document, index) => this.checkSyntax(document, index));
    let expandedNodes = 0;
    this.documents = parsed.map((document, index) => {
      this.indexNodes(document, index);
      expandedNodes += this.checkExpandedSize(document, index, expandedNodes);
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

  /**
   * Every string key of a mapping with its value (unresolved: an alias stays an alias), own keys
   * first, then merged keys in merge order; the first occurrence of a key wins, as in `get`.
   */
  entriesOf(map: YAMLMap): Map<string, unknown> {
    const entries = new Map<string, unknown>();
    this.collectEntries(map, entries, 0);
    return entries;
  }

  private collectEntries(map: YAMLMap, entries: Map<string, unknown>, depth: number): void {
    const { own, merges } = this.keyIndexOf(map);
    for (const [key, pair] of own) {
      if (typeof key === 'string' && !entries.has(key)) entries.set(key, pair.value ?? null);
    }
    if (depth >= MAX_MERGE_DEPTH) return;
    for (const merge of merges) {
      for (const source of this.mergeSources(merge))
        this.collectEntries(source, entries, depth + 1);
    }
  }

  /** undefined: absent; otherwise the (unresolved) value node, which may be a null scalar. */
  private lookup(map: YAMLMap, key: string, depth: number): unknown {
    const { own, merges } = this.keyIndexOf(map);
    const pair = own.get(key);
    if (pair !== undefined) return pair.value ?? null;
    if (depth >= MAX_MERGE_DEPTH) return undefined;
    for (const merge of merges) {
      for (const source of this.mergeSources(merge)) {
        const found = this.lookup(source, key, depth + 1);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }

  /** The mapping's own scalar keys → their pair, and its merge values in order; built once. */
  private keyIndexOf(map: YAMLMap): KeyIndex {
    let index = this.keyIndexes.get(map);
    if (index === undefined) {
      index = { own: new Map(), merges: [] };
      for (const pair of map.items) {
        if (isMergeKey(pair.key)) index.merges.push(pair.value);
        else if (isScalar(pair.key) && !index.own.has(pair.key.value))
          index.own.set(pair.key.value, pair);
      }
      this.keyIndexes.set(map, index);
    }
    return index;
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
    const reason: Message =
      error.code === 'RESOURCE_EXHAUSTION'
        ? { id: 'manifest.yaml.tooDeep' }
        : quoteReason(error.message);
    throw invalidManifest(reason, { line, column: col }, index, error);
  }

  /**
   * One pass in document order: resolves each alias to the latest anchor before it (YAML's rule),
   * refuses duplicate keys (one set per mapping: linear) and bounds nesting depth (the token scan
   * bounded it already; this is the same limit on the composed tree). Iterative, so hostile
   * nesting cannot overflow the stack.
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
            { id: 'manifest.yaml.aliasWithoutAnchor', params: { name: node.source } },
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
        if (depth + 1 > this.limits.depth) {
          throw manifestLimitError('depth', this.limits.depth, {
            ...this.positionOf(node),
            documentIndex: index,
          });
        }
        if (isMap(node)) this.checkUniqueKeys(node, index);
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

  /** YAML's rule (and Kubernetes' decoder's): a key appears once per mapping; `<<` may repeat. */
  private checkUniqueKeys(map: YAMLMap, index: number): void {
    const seen = new Set<unknown>();
    for (const pair of map.items) {
      if (!isScalar(pair.key) || isMergeKey(pair.key)) continue;
      if (seen.has(pair.key.value)) {
        throw invalidManifest(
          { id: 'manifest.yaml.duplicateKey' },
          this.positionOf(pair.key),
          index,
        );
      }
      seen.add(pair.key.value);
    }
  }

  /**
   * How many nodes the document holds with every alias expanded (an alias counts the nodes of what
   * it stands for, a merge key the nodes it merges): Kubernetes' own decoder refuses documents
   * whose aliases multiply them ("billion laughs"), and everything read afterwards is bounded by
   * this count. Post-order and memoised per node, so each node is visited once. Returns the count.
   */
  private checkExpandedSize(document: Document.Parsed, index: number, before: number): number {
    const root = document.contents;
    if (root === null) return 0;
    const sizes = new Map<unknown, number>();
    const maximum = this.limits.nodes;
    const sizeOf = (node: unknown): number => {
      if (isAlias(node)) {
        const target = this.aliasTargets.get(node);
        if (!isMap(target) && !isSeq(target)) return 1;
        const size = sizes.get(target);
        if (size === undefined) {
          throw invalidManifest(
            { id: 'manifest.yaml.aliasCycle', params: { name: node.source } },
            this.positionOf(node),
            index,
          );
        }
        return size;
      }
      return isMap(node) || isSeq(node) ? (sizes.get(node) as number) : 1;
    };
    const stack: Array<{ node: YAMLMap | YAMLSeq; children: unknown[]; next: number }> = [];
    const enter = (node: unknown) => {
      if (!isMap(node) && !isSeq(node)) return;
      const children: unknown[] = [];
      for (const item of node.items as unknown[]) {
        if (isPair(item)) children.push(item.key, item.value);
        else children.push(item);
      }
      stack.push({ node, children, next: 0 });
    };
    enter(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as (typeof stack)[number];
      if (frame.next < frame.children.length) {
        enter(frame.children[frame.next]);
        frame.next += 1;
        continue;
      }
      stack.pop();
      let size = 1;
      for (const child of frame.children) if (child !== null) size += sizeOf(child);
      if (before + size > maximum) {
        throw manifestLimitError('nodes', maximum, {
          ...this.positionOf(frame.node),
          documentIndex: index,
        });
      }
      sizes.set(frame.node, size);
    }
    return sizeOf(root);
  }
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol' && key.value.description === '<<';
}

/**
 * The parser's message, first line only and short: it is quoted inside our detail, as the
 * parser's own (English) words.
 */
function quoteReason(message: string): Message {
  const firstLine = (message.split('\n')[0] ?? '').trim().replace(/[.:]$/, '');
  const reason =
    firstLine.length > MAX_QUOTED_REASON ? `${firstLine.slice(0, MAX_QUOTED_REASON)}…` : firstLine;
  return reason.length > 0
    ? { id: 'manifest.yaml.parserSays', params: { reason } }
    : { id: 'manifest.yaml.rejected' };
}

function invalidManifest(
  reason: Message,
  position: SourcePosition,
  documentIndex: number,
  cause?: unknown,
): AppError {
  return new AppError(
    'INVALID_MANIFEST',
    {
      id: 'manifest.yaml.invalid',
      params: { line: position.line, column: position.column, documentIndex, reason },
    },
    {
      path: ['manifest'],
      extensions: { line: position.line, column: position.column, documentIndex },
      cause,
    },
  );
}
