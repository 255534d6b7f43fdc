/**
 * Operand checks shared by every builtin family: each returns the operand at position `i` (0-based)
 * or throws OPA's `operand N must be T but got U` ({@link operandErr}, an eval_type_error).
 */
import { operandErr } from '../errors.js';
import * as N from '../numbers.js';
import { isNumber, RObject, RSet, typeName, type Value } from '../value.js';

export function str(args: Value[], i: number): string {
  const v = args[i];
  if (typeof v !== 'string') throw operandErr(i + 1, 'string', typeName(v));
  return v;
}
export function num(args: Value[], i: number): N.Num {
  const v = args[i];
  if (!isNumber(v)) throw operandErr(i + 1, 'number', typeName(v));
  return v;
}
export function int(args: Value[], i: number): number {
  const v = num(args, i);
  if (!N.isInt(v)) throw operandErr(i + 1, 'integer', 'number');
  return Number(v);
}
export function arr(args: Value[], i: number): Value[] {
  const v = args[i];
  if (!Array.isArray(v)) throw operandErr(i + 1, 'array', typeName(v));
  return v;
}
export function obj(args: Value[], i: number): RObject {
  const v = args[i];
  if (!(v instanceof RObject)) throw operandErr(i + 1, 'object', typeName(v));
  return v;
}
export function set(args: Value[], i: number): RSet {
  const v = args[i];
  if (!(v instanceof RSet)) throw operandErr(i + 1, 'set', typeName(v));
  return v;
}
export function oneOf(args: Value[], i: number, types: string[]): Value {
  const v = args[i];
  const t = typeName(v);
  if (!types.includes(t)) throw operandErr(i + 1, `one of {${types.join(', ')}}`, t);
  return v;
}
/** Members of an array or set. */
export function members(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return [...v.values()];
  if (v instanceof RObject) return [...v.entries()].map((e) => e[1]);
  return [];
}
