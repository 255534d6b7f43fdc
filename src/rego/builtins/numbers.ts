/**
 * Arithmetic (exact big integers), `numbers.range[_step]`, `rand.intn`, `bits.*`.
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { BuiltinError, operandErr } from '../errors.js';
import * as N from '../numbers.js';
import { isNumber, normBig, RSet, typeName, type Value } from '../value.js';
import { str, num, int } from './operands.js';
import { definer, type BuiltinCtx, type BuiltinTable } from './registry.js';

/** The numbers builtins, by name. */
export const NUMBERS_BUILTINS: BuiltinTable = new Map();
const def = definer(NUMBERS_BUILTINS);

// ---------- arithmetic ----------
def('plus', 2, (a) => N.add(num(a, 0), num(a, 1)));
def('minus', 2, (a) => {
  if (a[0] instanceof RSet && a[1] instanceof RSet) {
    const r = new RSet();
    for (const x of a[0].values()) if (!a[1].has(x)) r.add(x);
    return r;
  }
  if (isNumber(a[0]) && isNumber(a[1])) return N.sub(a[0], a[1]);
  if (!isNumber(a[0]) && !(a[0] instanceof RSet)) throw operandErr(1, 'one of {number, set}', typeName(a[0]));
  if (a[0] instanceof RSet) throw operandErr(2, 'set', typeName(a[1]));
  throw operandErr(2, 'number', typeName(a[1]));
});
def('mul', 2, (a) => N.mul(num(a, 0), num(a, 1)));
def('div', 2, (a) => N.div(num(a, 0), num(a, 1)));
def('rem', 2, (a) => N.rem(num(a, 0), num(a, 1)));
def('abs', 1, (a) => N.abs(num(a, 0)));
def('round', 1, (a) => N.round(num(a, 0)));
def('ceil', 1, (a) => N.ceil(num(a, 0)));
def('floor', 1, (a) => N.floor(num(a, 0)));
function range(a: N.Num, b: N.Num, step: number): Value[] {
  const out: Value[] = [];
  const x = Number(a);
  const y = Number(b);
  if (x <= y) for (let i = x; i <= y; i += step) out.push(i);
  else for (let i = x; i >= y; i -= step) out.push(i);
  return out;
}
def('numbers.range', 2, (a) => {
  const x = num(a, 0);
  const y = num(a, 1);
  if (!N.isInt(x)) throw new BuiltinError('operand 1 must be integer number but got floating-point number', 'eval_type_error');
  if (!N.isInt(y)) throw new BuiltinError('operand 2 must be integer number but got floating-point number', 'eval_type_error');
  return range(x, y, 1);
});
def('numbers.range_step', 3, (a) => {
  const x = num(a, 0);
  const y = num(a, 1);
  const s = num(a, 2);
  if (!N.isInt(x)) throw new BuiltinError('operand 1 must be integer number but got floating-point number');
  if (!N.isInt(y)) throw new BuiltinError('operand 2 must be integer number but got floating-point number');
  if (!N.isInt(s)) throw new BuiltinError('operand 3 must be integer number but got floating-point number');
  if (Number(s) <= 0) throw new BuiltinError('step must be a positive integer');
  return range(x, y, Number(s));
});
const randMemo = new WeakMap<BuiltinCtx, Map<string, number>>();
def('rand.intn', 2, (a, ctx) => {
  const seed = str(a, 0);
  const n = int(a, 1);
  if (n === 0) return 0;
  // the same (seed, n) gives the same value within one evaluation, as OPA caches it per query
  let m = randMemo.get(ctx);
  if (!m) randMemo.set(ctx, (m = new Map()));
  const key = seed + '\u0000' + n;
  if (!m.has(key)) m.set(key, Math.floor(Math.random() * Math.abs(n)));
  return m.get(key)!;
});

// ---------- bits ----------
const bitInt = (a: Value[], i: number): bigint => {
  const v = num(a, i);
  if (!N.isInt(v)) throw new BuiltinError(`operand ${i + 1} must be integer number but got floating-point number`, 'eval_type_error');
  return N.toBig(v);
};
def('bits.and', 2, (a) => normBig(bitInt(a, 0) & bitInt(a, 1)));
def('bits.or', 2, (a) => normBig(bitInt(a, 0) | bitInt(a, 1)));
def('bits.xor', 2, (a) => normBig(bitInt(a, 0) ^ bitInt(a, 1)));
def('bits.negate', 1, (a) => normBig(~bitInt(a, 0)));
def('bits.lsh', 2, (a) => {
  const x = bitInt(a, 0);
  const s = bitInt(a, 1);
  if (s < 0n) throw new BuiltinError('operand 2 must be an unsigned integer number but got a negative integer', 'eval_type_error');
  return normBig(x << s);
});
def('bits.rsh', 2, (a) => {
  const x = bitInt(a, 0);
  const s = bitInt(a, 1);
  if (s < 0n) throw new BuiltinError('operand 2 must be an unsigned integer number but got a negative integer', 'eval_type_error');
  return normBig(x >> s);
});
