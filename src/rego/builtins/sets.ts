/**
 * Set operators `&` (and), `|` (or), `intersection`, `union`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { operandErr } from '../errors.js';
import { RSet, typeName } from '../value.js';
import { set } from './operands.js';
import { definer, type BuiltinTable } from './registry.js';

/** The sets builtins, by name. */
export const SETS_BUILTINS: BuiltinTable = new Map();
const def = definer(SETS_BUILTINS);

// ---------- sets ----------
def('and', 2, (a) => {
  const x = set(a, 0);
  const y = set(a, 1);
  const r = new RSet();
  for (const v of x.values()) if (y.has(v)) r.add(v);
  return r;
});
def('or', 2, (a) => {
  const x = set(a, 0);
  const y = set(a, 1);
  const r = RSet.from(x.values());
  for (const v of y.values()) r.add(v);
  return r;
});
def('intersection', 1, (a) => {
  const s = set(a, 0);
  let r: RSet | undefined;
  for (const x of s.values()) {
    if (!(x instanceof RSet)) throw operandErr(1, 'set of sets', 'set containing ' + typeName(x));
    if (!r) r = RSet.from(x.values());
    else {
      const n = new RSet();
      for (const v of r.values()) if (x.has(v)) n.add(v);
      r = n;
    }
  }
  return r ?? new RSet();
});
def('union', 1, (a) => {
  const s = set(a, 0);
  const r = new RSet();
  for (const x of s.values()) {
    if (!(x instanceof RSet)) throw operandErr(1, 'set of sets', 'set containing ' + typeName(x));
    for (const v of x.values()) r.add(v);
  }
  return r;
});
