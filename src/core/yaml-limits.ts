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
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
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
  const over = (n: number, c: number): boolean => {
    if (n > limits.maxNodes) exceeded = `at most ${limits.maxNodes} nodes with aliases expanded (found more than ${limits.maxNodes})`;
    else if (c > limits.maxScalarChars) exceeded = `at most ${limits.maxScalarChars} characters of scalars with aliases expanded (found more than ${limits.maxScalarChars})`;
    return exceeded !== undefined;
  };
  // iterative post-order walk (deeply nested documents must not overflow the stack)
  type Frame = { node: unknown; children: unknown[]; i: number; acc: { nodes: number; chars: number } };
  const open = (node: unknown): Frame | { nodes: number; chars: number } => {
    if (node === null || node === undefined) return { nodes: 0, chars: 0 };
    if (isAlias(node)) {
      const src = anchors.get(node.source);
      const size = src && sizes.get(src);
      if (src && !size) exceeded ??= `no alias inside its own anchor (*${node.source} refers to a node that contains it: a recursive, infinite document)`;
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
    if (isMap(node) && !duplicateKey) {
      const keys = new Set<unknown>();
      for (const p of node.items) {
        if (!isScalar(p.key)) continue;
        const k = p.key.value;
        if (keys.has(k)) {
          duplicateKey = { key: String(k), offset: p.key.range?.[0] ?? 0 };
          exceeded ??= `unique map keys (found ${JSON.stringify(String(k))} twice)`;
          break;
        }
        keys.add(k);
      }
    }
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
