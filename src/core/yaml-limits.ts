/**
 * Bounds on the EXPANDED size of a YAML document, measured on the parsed node tree before it is
 * turned into data (issue 19 item 12).
 *
 * Why not the alias count: the `yaml` library's `maxAliasCount` bounds aliases times the aliases
 * nested in their anchor, so 999 aliases of one 200,000-item list pass it, yet every consumer of
 * the resulting data (digests, canonical JSON, diffs) walks 200 million items. Counting what the
 * data WILL be, through aliases and merge keys (`<<: *anchor` copies the anchored entries), bounds
 * the real work: each node is visited once and an alias adds the memoized size of its anchor, so
 * the check itself is linear in the text.
 *
 * Duplicate keys are found in the same walk, in linear time (the `yaml` library's `uniqueKeys` check
 * compares each key with every earlier key of its map: quadratic, minutes on one large map). Keys are
 * equal as the library defines it: the same scalar value (so `1` and `"1"` differ).
 *
 * Anchors resolve as YAML 1.2 §3.2.2.2 says and the `yaml` library does: an alias refers to the
 * last node with that anchor before it in document order.
 */
import { CST, isAlias, isMap, isPair, isScalar, isSeq, Lexer, visit, type Document, type Node } from 'yaml';
import { exactInteger } from './jcs.js';

/** Expanded-size limits of one YAML document. */
export interface ExpansionLimits {
  /** most nodes (scalars, maps, sequences, entries) the data may have, aliases expanded */
  maxNodes: number;
  /** most characters of scalar text (keys and values) the data may have, aliases expanded */
  maxScalarChars: number;
}

/** Defaults: far above any real config (a 32 MiB file holds about 8 million nodes only if it is all tiny items). */
export const DEFAULT_EXPANSION: ExpansionLimits = { maxNodes: 4_000_000, maxScalarChars: 64 * 1024 * 1024 };

/** The expanded size of a document, or which bound it exceeds. */
export interface ExpansionResult {
  nodes: number;
  scalarChars: number;
  /** set when a bound is exceeded (the walk stops there): a message for an InputError */
  exceeded?: string;
  /** the first key written twice in one map (the walk stops there): its text and source offset */
  duplicateKey?: { key: string; offset: number };
}

/**
 * Measures the expanded size of `doc` (its node tree, before `toJS`) and finds duplicate keys; stops
 * at the first bound exceeded or the first duplicate key. Parse with `uniqueKeys: false` and call this.
 * An alias inside its own anchor (a recursive alias: the data would be infinite) is refused here; an
 * alias to no anchor adds one node (the `yaml` library refuses it).
 * @returns sizes, with `exceeded` set when over a limit (never throws)
 */
export function measureExpansion(doc: Document.Parsed, limits: ExpansionLimits = DEFAULT_EXPANSION): ExpansionResult {
  const anchors = new Map<string, Node>();
  const sizes = new Map<unknown, { nodes: number; chars: number }>();
  let total = { nodes: 0, chars: 0 };
  let exceeded: string | undefined;
  let duplicateKey: ExpansionResult['duplicateKey'];
  /**
   * Duplicate keys as they would collide in the data: the key's string form as the `yaml` library
   * writes an object key (`1` and `"1"` are one key, `~` is ""), an alias key resolved to its
   * anchored scalar. `<<` merge keys count like any key (two in one map are refused, as the library does).
   */
  const checkKeys = (map: { items: unknown[] }): void => {
    const keys = new Set<string>();
    for (const p of map.items) {
      if (!isPair(p)) continue;
      let k: unknown = p.key;
      if (isAlias(k)) k = anchors.get(k.source);
      if (!isScalar(k)) continue;
      const v = k.value;
      const key = v === null || v === undefined ? '' : String(v);
      if (keys.has(key)) {
        duplicateKey = { key, offset: (p.key as Node).range?.[0] ?? 0 };
        exceeded ??= `unique map keys (found ${JSON.stringify(key)} twice)`;
        return;
      }
      keys.add(key);
    }
  };
  const over = (n: number, c: number): boolean => {
    if (n > limits.maxNodes) exceeded = `at most ${limits.maxNodes} nodes with aliases expanded (found more than ${limits.maxNodes})`;
    else if (c > limits.maxScalarChars)
      exceeded = `at most ${limits.maxScalarChars} characters of scalars with aliases expanded (found more than ${limits.maxScalarChars})`;
    return exceeded !== undefined;
  };
  // iterative post-order walk (deeply nested documents must not overflow the stack)
  type Frame = { node: unknown; children: unknown[]; i: number; acc: { nodes: number; chars: number } };
  const open = (node: unknown): Frame | { nodes: number; chars: number } => {
    if (node === null || node === undefined) return { nodes: 0, chars: 0 };
    if (isAlias(node)) {
      const src = anchors.get(node.source);
      const size = src && sizes.get(src);
      if (src && !size)
        exceeded ??= `no alias inside its own anchor (*${node.source} refers to a node that contains it: a recursive, infinite document)`;
      return size || { nodes: 1, chars: 0 };
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, node as Node);
    if (isScalar(node)) {
      const v = node.value;
      const s = { nodes: 1, chars: typeof v === 'string' ? v.length : (node.source?.length ?? String(v).length) };
      sizes.set(node, s);
      return s;
    }
    if (isPair(node)) return { node, children: [node.key, node.value], i: 0, acc: { nodes: 1, chars: 0 } };
    if (isMap(node) || isSeq(node)) return { node, children: node.items as unknown[], i: 0, acc: { nodes: 1, chars: 0 } };
    return { nodes: 1, chars: 0 };
  };
  const stack: Frame[] = [];
  const add = (s: { nodes: number; chars: number }): void => {
    const target = stack.length ? stack[stack.length - 1].acc : total;
    target.nodes += s.nodes;
    target.chars += s.chars;
  };
  const first = open(doc.contents);
  if ('children' in first) stack.push(first);
  else if (exceeded) return { nodes: 0, scalarChars: 0, exceeded, duplicateKey };
  else total = { ...first };
  while (stack.length && !exceeded) {
    const f = stack[stack.length - 1];
    if (f.i < f.children.length) {
      const child = open(f.children[f.i++]);
      if ('children' in child) stack.push(child);
      else if (exceeded) break;
      else {
        add(child);
        if (over(f.acc.nodes, f.acc.chars)) break;
      }
      continue;
    }
    stack.pop();
    // keys are compared once the map's own anchors are known (an alias key resolves to its scalar)
    if (isMap(f.node) && !duplicateKey) checkKeys(f.node);
    sizes.set(f.node, f.acc);
    add(f.acc);
    const top = stack.length ? stack[stack.length - 1].acc : total;
    if (over(top.nodes, top.chars)) break;
  }
  if (!exceeded) over(total.nodes, total.chars);
  return { nodes: total.nodes, scalarChars: total.chars, exceeded, duplicateKey };
}

/**
 * Makes the integers of data read with the `yaml` library's `intAsBigInt` exact and plain: a `bigint`
 * within ±(2^53 − 1) becomes a number, a larger one stays a bigint. Converts in place (aliased,
 * shared arrays and objects once); an own `__proto__` key stays an own data member.
 * @param check called on every leaf before conversion (e.g. to refuse non-finite numbers); may throw
 * @returns the converted value
 */
export function exactIntegers(value: unknown, check: (leaf: unknown) => void = () => undefined): unknown {
  const fix = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') check(v);
    return typeof v === 'bigint' ? exactInteger(v) : v;
  };
  const seen = new Set<object>();
  const stack: object[] = [];
  const root = fix(value);
  if (root && typeof root === 'object') stack.push(root);
  while (stack.length) {
    const v = stack.pop() as Record<string, unknown> | unknown[];
    if (seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = (v[i] = fix(v[i]));
        if (x && typeof x === 'object') stack.push(x);
      }
    } else {
      for (const k of Object.keys(v)) {
        const x = fix(v[k]);
        if (x !== v[k]) Object.defineProperty(v, k, { value: x, enumerable: true, writable: true, configurable: true });
        if (x && typeof x === 'object') stack.push(x);
      }
    }
  }
  return root;
}

/**
 * A quick LOWER bound of the expanded size of every document of `text`, from the `yaml` library's
 * lexer alone (a few bytes per token, no node tree): the library's node tree costs about 1 KB per
 * node, so a 1.2 MB file aliasing a 600,000-item list would take 700 MB just to be measured exactly.
 * Counted: every scalar (1 node, its characters), and for every alias the lower-bound size of its
 * anchored node: a flow collection up to its closing bracket, a scalar, or a block node over the
 * following lines indented deeper than its key or `-` (a conservative extent: it never includes
 * more than the node). Refusing on a lower bound is never a false alarm; everything under it is
 * measured exactly by {@link measureExpansion} after parsing.
 * Each document is bounded on its own, as {@link measureExpansion} bounds it.
 * @param scalarOffsets when given, receives the source offset of every scalar the lexer sees (for
 *   {@link droppedScalar}; a block scalar at its `|`/`>` header, as the node tree has it)
 * @returns the 0-based index of the first document over a bound and the bound's message, or undefined
 */
export function preScanExpansion(
  text: string,
  limits: ExpansionLimits = DEFAULT_EXPANSION,
  scalarOffsets?: number[],
): { document: number; message: string } | undefined {
  type Extent = {
    name: string;
    seq: number;
    nodes: number;
    chars: number;
    mode: 'pending' | 'flow' | 'block';
    depth: number;
    parent: number;
  };
  // an alias refers to the anchor defined LAST before it (pre-order), even if an earlier one closes later
  let anchors = new Map<string, { seq: number; nodes: number; chars: number }>();
  let latest = new Map<string, number>();
  let seq = 0;
  let open: Extent[] = [];
  let nodes = 0;
  let chars = 0;
  let depth = 0; // flow depth
  let col = 0; // column of the next token
  let lineStart = true;
  let entryCol = -1; // column of the innermost entry (key or `-`) on this line
  let lastScalarCol = -1;
  let scalarNext = false;
  let doc = 0;
  let docBody = false;
  let docStarted = false;
  let ended = false;
  const close = (e: Extent) => {
    if (latest.get(e.name) === e.seq) anchors.set(e.name, { seq: e.seq, nodes: nodes - e.nodes, chars: chars - e.chars });
  };
  const closeTop = () => close(open.pop()!);
  const over = () =>
    nodes > limits.maxNodes
      ? `at most ${limits.maxNodes} nodes with aliases expanded (found more than ${limits.maxNodes})`
      : chars > limits.maxScalarChars
        ? `at most ${limits.maxScalarChars} characters of scalars with aliases expanded (found more than ${limits.maxScalarChars})`
        : undefined;
  let at = 0; // source offset of the token
  let blockContent = false; // the next scalar is a block scalar's content (its offset is the header's)
  for (const tok of new Lexer().lex(text)) {
    if (tok === '\x02' || tok === '\x18') continue; // control tokens, not in the source
    if (tok === '\x1f') {
      scalarNext = true;
      continue;
    }
    const start = at;
    at += tok.length;
    const t0 = scalarNext ? 'scalar' : CST.tokenType(tok);
    if (scalarOffsets) {
      if (t0 === 'block-scalar-header') {
        scalarOffsets.push(start);
        blockContent = true;
      } else if (t0 === 'scalar' || t0 === 'double-quoted-scalar' || t0 === 'single-quoted-scalar') {
        if (!blockContent) scalarOffsets.push(start);
        blockContent = false;
      }
    }
    const type = t0 === 'double-quoted-scalar' || t0 === 'single-quoted-scalar' ? 'scalar' : t0;
    // a block scalar's content token carries its own indentation
    const here = scalarNext && lineStart ? col + (/^ */.exec(tok)?.[0].length ?? 0) : col;
    // position bookkeeping
    const nl = tok.lastIndexOf('\n');
    col = nl < 0 ? col + tok.length : tok.length - nl - 1;
    if (type === 'space' || type === 'comment') {
      if (nl >= 0) lineStart = true;
      continue;
    }
    if (type === 'newline') {
      lineStart = true;
      col = 0;
      continue;
    }
    if (type === 'doc-start' || type === 'doc-end' || type === 'directive-line') {
      while (open.length) closeTop();
      anchors = new Map();
      latest = new Map();
      open = [];
      depth = 0;
      nodes = 0;
      chars = 0;
      lineStart = type !== 'doc-start';
      // document index as the yaml library counts documents (for the message)
      if (type === 'doc-start') {
        if (docBody || docStarted) doc++;
        docStarted = true;
        docBody = false;
      } else if (type === 'doc-end') {
        ended = true;
      }
      continue;
    }
    if (ended) {
      doc++;
      ended = false;
      docStarted = false;
    }
    docBody = true;
    // a significant token
    if (lineStart) {
      lineStart = false;
      entryCol = -1;
      lastScalarCol = -1;
      // block extents end at the first line indented no deeper than their key or `-`
      if (depth === 0) while (open.length && open[open.length - 1].mode === 'block' && here <= open[open.length - 1].parent) closeTop();
    }
    const top = open[open.length - 1];
    if (top?.mode === 'pending' && type !== 'anchor' && type !== 'tag') {
      if (type === 'flow-seq-start' || type === 'flow-map-start') {
        top.mode = 'flow';
        top.depth = depth;
      } else if (type === 'scalar' || type === 'alias' || type === 'block-scalar-header') {
        top.mode = 'flow';
        top.depth = -1; // ends after this token
      } else if (depth === 0 && here > top.parent) top.mode = 'block';
      else open.pop(); // nothing measurable: no size recorded (an alias to it counts 0)
    }
    switch (type) {
      case 'scalar':
        scalarNext = false;
        nodes++;
        chars += minChars(tok, t0);
        lastScalarCol = here;
        if (tok.endsWith('\n')) {
          // block scalar content ends with its line break: the next token starts a line
          lineStart = true;
          col = 0;
        }
        break;
      case 'alias': {
        const a = anchors.get(tok.slice(1));
        if (a && a.seq === latest.get(tok.slice(1))) {
          nodes += a.nodes;
          chars += a.chars;
        }
        break;
      }
      case 'anchor': {
        // the parent column: the key whose value this is, or the `-` of the item
        const parent = entryCol;
        open.push({ name: tok.slice(1), seq: ++seq, nodes, chars, mode: 'pending', depth: 0, parent });
        latest.set(tok.slice(1), seq);
        break;
      }
      case 'seq-item-ind':
      case 'explicit-key-ind':
        entryCol = here;
        break;
      case 'map-value-ind':
        if (lastScalarCol >= 0) entryCol = lastScalarCol;
        break;
      case 'flow-seq-start':
      case 'flow-map-start':
        depth++;
        break;
      case 'flow-seq-end':
      case 'flow-map-end':
        depth = Math.max(0, depth - 1);
        while (open.length && open[open.length - 1].mode === 'flow' && open[open.length - 1].depth === depth) closeTop();
        break;
    }
    // a scalar or alias node anchored just before ends with it
    while (
      open.length &&
      open[open.length - 1].mode === 'flow' &&
      open[open.length - 1].depth === -1 &&
      (type === 'scalar' || type === 'alias')
    )
      closeTop();
    const msg = over();
    if (msg) return { document: doc, message: msg };
  }
  const msg = over();
  return msg ? { document: doc, message: msg } : undefined;
}

/**
 * A lower bound of a scalar token's value length: a one-line plain scalar is its text; folding and
 * indentation (multi-line plain, block scalars) keep at least every non-blank character; quotes
 * unescape to at least the text without quotes ('' is one '), and a quoted scalar with escapes or
 * line breaks counts nothing (escapes shrink by up to 6 times, escaped line breaks vanish).
 */
function minChars(tok: string, type: string | null): number {
  if (type === 'double-quoted-scalar') return /[\\\n]/.test(tok) ? 0 : tok.length - 2;
  if (type === 'single-quoted-scalar') return /\n/.test(tok) ? 0 : tok.slice(1, -1).replace(/''/g, "'").length;
  if (!tok.includes('\n')) return tok.length;
  let n = 0;
  for (let i = 0; i < tok.length; i++) {
    const c = tok.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) n++;
  }
  return n;
}

/**
 * The first scalar of the source that the parsed documents do not hold. The `yaml` library drops
 * some malformed content without an error (`? a` followed by `- b` in one block map: `b` vanishes),
 * where other parsers refuse it (PyYAML: "while parsing a block mapping"); a change hidden there
 * would be invisible to a gate yet could mean something to another reader, so it is refused.
 * @param scalarOffsets from {@link preScanExpansion}
 * @returns the source offset of the first dropped scalar, or undefined
 */
export function droppedScalar(docs: Document.Parsed[], scalarOffsets: number[]): number | undefined {
  const starts = new Set<number>();
  for (const d of docs) {
    visit(d, {
      Scalar: (_k, n) => {
        if (n.range) starts.add(n.range[0]);
      },
    });
  }
  return scalarOffsets.find((o) => !starts.has(o));
}
