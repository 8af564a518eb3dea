import { CST, Lexer } from 'yaml';
import { manifestLimitError, type ManifestLimit, type ManifestLimits } from './limits';

type BoundedLimit = Extract<
  ManifestLimit,
  'documents' | 'depth' | 'aliases' | 'keysPerMapping' | 'nodes'
>;

interface BlockLevel {
  /** Column of the collection's entries (its `-` or its keys). */
  indent: number;
  kind: 'map' | 'seq';
  keys: number;
}

interface FlowLevel {
  map: boolean;
  keys: number;
  /** The current entry (since the last `,`) holds something. */
  entry: boolean;
}

/** Tokens the lexer inserts that are not in the source (they take no column). */
const SYNTHETIC = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

/**
 * Counts documents, nesting depth, aliases, keys per mapping and nodes on the `yaml` package's
 * token stream (its Lexer, the first stage of its parser) and stops at the first limit crossed,
 * before anything is composed: composing is where the cost was (the package's duplicate-key
 * check is quadratic in the keys of one mapping), and a hostile text is refused after reading
 * only as far as the limit it crosses.
 *
 * Block structure follows YAML's indentation rules closely enough to bound it: an entry (`-`, or
 * a key before `:`) at a column deeper than the open collection opens a nested one; at the same
 * column it continues it; shallower closes collections. Flow collections nest by brackets. The
 * composed documents are checked again afterwards (depth, and node count with aliases expanded),
 * so a shape this scan reads differently cannot slip through.
 *
 * Throws INVALID_MANIFEST with extensions `limit`, `maximum`, `line`, `column`, `documentIndex`.
 */
export function checkTokenBounds(text: string, limits: ManifestLimits): void {
  const block: BlockLevel[] = [];
  const flow: FlowLevel[] = [];
  let documents = 0;
  let inDocument = false;
  let aliases = 0;
  let nodes = 0;
  let offset = 0;
  let lineStart = 0;
  /** Column (and offset) where the node being read on this line began; -1 until one begins. */
  let nodeStart = -1;
  let nodeStartOffset = 0;
  let scalarSourceNext = false;
  let tokenOffset = 0;

  const fail = (limit: BoundedLimit, at = tokenOffset): never => {
    throw limitCrossed(text, limit, limits[limit], at, Math.max(documents - 1, 0));
  };
  const countNode = () => {
    nodes += 1;
    if (nodes > limits.nodes) fail('nodes');
  };
  const checkDepth = () => {
    if (block.length + flow.length > limits.depth) fail('depth');
  };
  const markEntry = () => {
    const top = flow[flow.length - 1];
    if (top) top.entry = true;
  };
  const beginNode = (column: number) => {
    if (nodeStart !== -1) return;
    nodeStart = column;
    nodeStartOffset = tokenOffset;
  };
  /** A key of a block mapping begins at `column` (at `at` in the text). */
  const blockKey = (column: number, at: number) => {
    let top = block[block.length - 1];
    while (top && (top.indent > column || (top.indent === column && top.kind === 'seq'))) {
      block.pop();
      top = block[block.length - 1];
    }
    if (top && top.indent === column && top.kind === 'map') {
      top.keys += 1;
      if (top.keys > limits.keysPerMapping) fail('keysPerMapping', at);
    } else {
      block.push({ indent: column, kind: 'map', keys: 1 });
      countNode();
      if (block.length + flow.length > limits.depth) fail('depth', at);
    }
  };
  const blockSeqItem = (column: number) => {
    let top = block[block.length - 1];
    while (top && top.indent > column) {
      block.pop();
      top = block[block.length - 1];
    }
    if (!(top && top.indent === column && top.kind === 'seq')) {
      block.push({ indent: column, kind: 'seq', keys: 0 });
      countNode();
      checkDepth();
    }
  };
  const flowKey = (level: FlowLevel) => {
    if (!level.map || !level.entry) return;
    level.keys += 1;
    if (level.keys > limits.keysPerMapping) fail('keysPerMapping');
  };
  const enterDocument = () => {
    documents += 1;
    inDocument = true;
    block.length = 0;
    flow.length = 0;
    if (documents > limits.documents) fail('documents');
  };

  for (const token of new Lexer().lex(text)) {
    tokenOffset = offset;
    if (!SYNTHETIC.has(token)) {
      offset += token.length;
      const newline = token.lastIndexOf('\n');
      if (newline !== -1) lineStart = tokenOffset + newline + 1;
    }
    const column = tokenOffset - lineStart;
    if (scalarSourceNext) {
      // The source of a plain or block scalar: content, never an indicator.
      scalarSourceNext = false;
      continue;
    }
    const type = CST.tokenType(token);
    switch (type) {
      case 'newline':
        nodeStart = -1;
        continue;
      case 'space':
      case 'comment':
      case 'directive-line':
      case 'byte-order-mark':
      case 'doc-mode':
        continue;
      case 'flow-error-end':
        flow.length = 0;
        continue;
      case 'doc-start':
        enterDocument();
        nodeStart = -1;
        continue;
      case 'doc-end':
        inDocument = false;
        block.length = 0;
        flow.length = 0;
        continue;
    }
    if (!inDocument) enterDocument();
    switch (type) {
      case 'seq-item-ind':
        if (flow.length === 0) blockSeqItem(column);
        nodeStart = -1;
        break;
      case 'explicit-key-ind':
        if (flow.length === 0) blockKey(column, tokenOffset);
        else markEntry();
        nodeStart = -1;
        break;
      case 'map-value-ind':
        // After `? key`, a `:` that opens its line is the value of that explicit key.
        if (flow.length === 0 && nodeStart !== -1) blockKey(nodeStart, nodeStartOffset);
        else markEntry();
        nodeStart = -1;
        break;
      case 'flow-map-start':
      case 'flow-seq-start':
        beginNode(column);
        markEntry();
        flow.push({ map: type === 'flow-map-start', keys: 0, entry: false });
        countNode();
        checkDepth();
        break;
      case 'flow-map-end':
      case 'flow-seq-end': {
        const level = flow.pop();
        if (level) flowKey(level);
        break;
      }
      case 'comma': {
        const level = flow[flow.length - 1];
        if (level) {
          flowKey(level);
          level.entry = false;
        }
        break;
      }
      case 'scalar':
        scalarSourceNext = true;
        beginNode(column);
        markEntry();
        countNode();
        break;
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        beginNode(column);
        markEntry();
        countNode();
        break;
      case 'alias':
        beginNode(column);
        markEntry();
        aliases += 1;
        if (aliases > limits.aliases) fail('aliases');
        countNode();
        break;
      default:
        // Anchors, tags and block scalar headers come before the node they belong to.
        beginNode(column);
        markEntry();
    }
  }
}

/** 1-based line and column of `offset`, counted as editors count them. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let index = text.indexOf('\n');
  while (index !== -1 && index < offset) {
    line += 1;
    lineStart = index + 1;
    index = text.indexOf('\n', lineStart);
  }
  return { line, column: offset - lineStart + 1 };
}

function limitCrossed(
  text: string,
  limit: BoundedLimit,
  maximum: number,
  offset: number,
  documentIndex: number,
) {
  return manifestLimitError(limit, maximum, { ...positionAt(text, offset), documentIndex });
}
