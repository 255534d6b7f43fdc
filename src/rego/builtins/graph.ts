/**
 * Graphs: `walk`, `graph.reachable`, `graph.reachable_paths`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { operandErr } from '../errors.js';
import { RObject, RSet, typeName, type Value } from '../value.js';

import { definer, type BuiltinTable } from './registry.js';

/** The graph builtins, by name. */
export const GRAPH_BUILTINS: BuiltinTable = new Map();
const def = definer(GRAPH_BUILTINS);

// ---------------- walk (a relation: one output per node) ----------------
def(
  'walk',
  1,
  (a) => {
    const out: Value[] = [];
    const go = (v: Value, path: Value[]): void => {
      out.push([path, v]);
      if (Array.isArray(v)) v.forEach((x, i) => go(x, [...path, i]));
      else if (v instanceof RObject) for (const [k, x] of v.sortedEntries()) go(x, [...path, k]);
      else if (v instanceof RSet) for (const x of v.sorted()) go(x, [...path, x]);
    };
    go(a[0], []);
    return out;
  },
  true,
);

// ---------------- graph ----------------
function neighbours(g: RObject, n: Value): Value[] {
  const e = g.get(n);
  if (e === undefined || e === null) return [];
  if (Array.isArray(e)) return e;
  if (e instanceof RSet) return e.sorted();
  return [];
}
def('graph.reachable', 2, (a) => {
  if (!(a[0] instanceof RObject)) throw operandErr(1, 'object', typeName(a[0]));
  const g = a[0];
  const init = a[1];
  if (!Array.isArray(init) && !(init instanceof RSet)) throw operandErr(2, 'one of {set, array}', typeName(init));
  const seen = new RSet();
  const queue = [...(Array.isArray(init) ? init : init.sorted())];
  while (queue.length) {
    const n = queue.shift()!;
    if (seen.has(n) || !g.has(n)) continue;
    seen.add(n);
    queue.push(...neighbours(g, n));
  }
  return seen;
});
def('graph.reachable_paths', 2, (a) => {
  if (!(a[0] instanceof RObject)) throw operandErr(1, 'object', typeName(a[0]));
  const g = a[0];
  const init = a[1];
  if (!Array.isArray(init) && !(init instanceof RSet)) throw operandErr(2, 'one of {set, array}', typeName(init));
  // as OPA's pathBuilder: depth first, a node already expanded ends the current path
  const out = new RSet();
  const reached = new RSet();
  const build = (root: Value, path: Value[]): void => {
    if (!g.has(root)) {
      if (path.length) out.add(path);
      return;
    }
    const next = neighbours(g, root);
    const p2 = [...path, root];
    if (next.length === 0) {
      out.add(p2);
      return;
    }
    for (const n of next) {
      if (!g.has(n) || reached.has(n)) out.add(p2);
      else {
        reached.add(root);
        build(n, p2);
      }
    }
  };
  for (const n of Array.isArray(init) ? init : init.sorted()) build(n, []);
  return out;
});
