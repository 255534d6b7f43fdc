/**
 * Arrays: `array.concat slice reverse flatten`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { type Value } from '../value.js';
import { int, arr } from './operands.js';
import { definer, type BuiltinTable } from './registry.js';

/** The arrays builtins, by name. */
export const ARRAYS_BUILTINS: BuiltinTable = new Map();
const def = definer(ARRAYS_BUILTINS);

// ---------- arrays ----------
def('array.concat', 2, (a) => [...arr(a, 0), ...arr(a, 1)]);
def('array.slice', 3, (a) => {
  const x = arr(a, 0);
  let s = int(a, 1);
  let e = int(a, 2);
  if (s < 0) s = 0;
  if (e > x.length) e = x.length;
  if (s >= e) return [];
  return x.slice(s, e);
});
def('array.reverse', 1, (a) => [...arr(a, 0)].reverse());
def('array.flatten', 1, (a) => {
  const out: Value[] = [];
  for (const e of arr(a, 0))
    if (Array.isArray(e)) out.push(...e);
    else out.push(e);
  return out;
});
