/**
 * Language support: template strings, `print`, the `in` operator.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { BuiltinError } from '../errors.js';
import { equal, RObject, RSet, stringifyValue, type Value } from '../value.js';
import { arr } from './operands.js';
import { definer, type BuiltinTable } from './registry.js';

/** The internal builtins, by name. */
export const INTERNAL_BUILTINS: BuiltinTable = new Map();
const def = definer(INTERNAL_BUILTINS);

// ---------- template strings ($"...{expr}...") ----------
def('internal.template_string', 1, (a) => {
  let out = '';
  for (const p of arr(a, 0)) {
    if (typeof p === 'string') out += p;
    else if (p instanceof RSet) {
      if (p.size === 0) out += '<undefined>';
      else if (p.size > 1) throw new BuiltinError('template-strings must not produce multiple outputs');
      else out += printText([...p.values()][0]);
    } else out += printText(p);
  }
  return out;
});

// ---------- print ----------
def('print', -1, () => true);
def('internal.print', 1, () => true);

// ---------- membership (the `in` operator) ----------
def('internal.member_2', 2, ([x, c]) => {
  if (Array.isArray(c)) return c.some((e) => equal(e, x));
  if (c instanceof RSet) return c.has(x);
  if (c instanceof RObject) return [...c.entries()].some(([, v]) => equal(v, x));
  return false;
});
def('internal.member_3', 3, ([k, x, c]) => {
  if (Array.isArray(c)) {
    if (typeof k !== 'number' || !Number.isInteger(k)) return false;
    return k >= 0 && k < c.length && equal(c[k], x);
  }
  if (c instanceof RObject) {
    const v = c.get(k);
    return v !== undefined && equal(v, x);
  }
  if (c instanceof RSet) return c.has(x) && equal(k, x);
  return false;
});

/** For `print`: a value as print shows it (strings raw, others as Rego text). */
export function printText(v: Value): string {
  return typeof v === 'string' ? v : stringifyValue(v);
}
