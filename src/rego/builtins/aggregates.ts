/**
 * Aggregates: `count sum product max min sort`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { operandErr } from '../errors.js';
import * as N from '../numbers.js';
import { compare, isNumber, RObject, RSet, typeName } from '../value.js';
import { oneOf, members } from './operands.js';
import { definer, type BuiltinTable } from './registry.js';

/** The aggregates builtins, by name. */
export const AGGREGATES_BUILTINS: BuiltinTable = new Map();
const def = definer(AGGREGATES_BUILTINS);

// ---------- aggregates ----------
def('count', 1, (a) => {
  const v = oneOf(a, 0, ['array', 'object', 'set', 'string']);
  if (typeof v === 'string') return [...v].length;
  if (Array.isArray(v)) return v.length;
  return (v as RObject | RSet).size;
});
def('sum', 1, (a) => {
  const v = oneOf(a, 0, ['array', 'set']);
  let s: N.Num = 0;
  for (const x of members(v)) {
    if (!isNumber(x)) throw operandErr(1, 'array of numbers', 'array containing ' + typeName(x));
    s = N.add(s, x);
  }
  return s;
});
def('product', 1, (a) => {
  const v = oneOf(a, 0, ['array', 'set']);
  let s: N.Num = 1;
  for (const x of members(v)) {
    if (!isNumber(x)) throw operandErr(1, 'array of numbers', 'array containing ' + typeName(x));
    s = N.mul(s, x);
  }
  return s;
});
def('max', 1, (a) => {
  const v = oneOf(a, 0, ['array', 'set']);
  const m = members(v);
  if (m.length === 0) return undefined;
  return m.reduce((x, y) => (compare(x, y) >= 0 ? x : y));
});
def('min', 1, (a) => {
  const v = oneOf(a, 0, ['array', 'set']);
  const m = members(v);
  if (m.length === 0) return undefined;
  return m.reduce((x, y) => (compare(x, y) <= 0 ? x : y));
});
def('sort', 1, (a) => {
  const v = oneOf(a, 0, ['array', 'set']);
  return [...members(v)].sort(compare);
});
