/**
 * Objects: `object.get keys remove filter union union_n subset`, and collection indexing.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { operandErr } from '../errors.js';
import { equal, RObject, RSet, typeName, type Value } from '../value.js';
import { arr, obj } from './operands.js';
import { definer, type BuiltinTable } from './registry.js';

/** The objects builtins, by name. */
export const OBJECTS_BUILTINS: BuiltinTable = new Map();
const def = definer(OBJECTS_BUILTINS);

// ---------- objects ----------
def('object.get', 3, (a) => {
  const o = obj(a, 0);
  const k = a[1];
  if (Array.isArray(k)) {
    let cur: Value = o;
    for (const p of k) {
      const next = index(cur, p);
      if (next === undefined) return a[2];
      cur = next;
    }
    return cur;
  }
  const v = o.get(k);
  return v === undefined ? a[2] : v;
});
def('object.keys', 1, (a) => RSet.from(obj(a, 0).keys()));
function keySet(a: Value[], i: number): Value[] {
  const v = a[i];
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return [...v.values()];
  if (v instanceof RObject) return v.keys();
  throw operandErr(i + 1, 'one of {object, set, array}', typeName(v));
}
def('object.remove', 2, (a) => {
  const o = obj(a, 0);
  const ks = keySet(a, 1);
  const drop = RSet.from(ks);
  return RObject.from([...o.entries()].filter(([k]) => !drop.has(k)));
});
def('object.filter', 2, (a) => {
  const o = obj(a, 0);
  const keep = RSet.from(keySet(a, 1));
  return RObject.from([...o.entries()].filter(([k]) => keep.has(k)));
});
function union2(x: RObject, y: RObject): RObject {
  const r = RObject.from(x.entries());
  for (const [k, v] of y.entries()) {
    const cur = r.get(k);
    if (cur instanceof RObject && v instanceof RObject) r.set(k, union2(cur, v));
    else r.set(k, v);
  }
  return r;
}
def('object.union', 2, (a) => union2(obj(a, 0), obj(a, 1)));
def('object.union_n', 1, (a) => {
  const xs = arr(a, 0);
  let r = new RObject();
  for (const x of xs) {
    if (!(x instanceof RObject)) throw operandErr(1, 'array of objects', 'array containing ' + typeName(x));
    r = union2(r, x);
  }
  return r;
});
function subset(sup: Value, sub: Value): boolean {
  if (sup instanceof RObject && sub instanceof RObject) {
    for (const [k, v] of sub.entries()) {
      const s = sup.get(k);
      if (s === undefined) return false;
      if (!subset(s, v)) return false;
    }
    return true;
  }
  if (sup instanceof RSet && sub instanceof RSet) {
    for (const v of sub.values()) if (!sup.has(v)) return false;
    return true;
  }
  if (Array.isArray(sup) && Array.isArray(sub)) {
    if (sub.length === 0) return true;
    for (let i = 0; i + sub.length <= sup.length; i++) {
      let ok = true;
      for (let j = 0; j < sub.length; j++)
        if (!equal(sup[i + j], sub[j])) {
          ok = false;
          break;
        }
      if (ok) return true;
    }
    return false;
  }
  if (Array.isArray(sup) && sub instanceof RSet) {
    const s = RSet.from(sup);
    for (const v of sub.values()) if (!s.has(v)) return false;
    return true;
  }
  return equal(sup, sub);
}
def('object.subset', 2, (a) => {
  const t0 = typeName(a[0]);
  const t1 = typeName(a[1]);
  if (!['object', 'set', 'array'].includes(t0)) throw operandErr(1, 'one of {object, set, array}', t0);
  if (!['object', 'set', 'array'].includes(t1)) throw operandErr(2, 'one of {object, set, array}', t1);
  if (t0 === 'object' && t1 !== 'object') throw operandErr(2, 'object', t1);
  if (t0 === 'set' && t1 !== 'set') throw operandErr(2, 'set', t1);
  if (t0 === 'array' && t1 === 'object') throw operandErr(2, 'one of {array, set}', t1);
  return subset(a[0], a[1]);
});

/** Indexes a collection (used by object.get and refs). */
export function index(v: Value, k: Value): Value | undefined {
  if (v instanceof RObject) return v.get(k);
  if (Array.isArray(v)) {
    if (typeof k === 'number' && Number.isInteger(k) && k >= 0 && k < v.length) return v[k];
    return undefined;
  }
  if (v instanceof RSet) return v.has(k) ? k : undefined;
  return undefined;
}
