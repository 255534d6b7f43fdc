/**
 * Exact-where-possible arithmetic on Rego numbers (JS number, or bigint beyond 2^53),
 * following OPA's topdown/arithmetic.go results (integers stay exact; division is exact when
 * the quotient is an integer; `%` only on integers).
 */
import { BuiltinError } from './errors.js';
import { normBig } from './value.js';

export type Num = number | bigint;

export function isInt(n: Num): boolean {
  return typeof n === 'bigint' || Number.isInteger(n);
}

function big(n: Num): bigint {
  return typeof n === 'bigint' ? n : BigInt(n);
}

function fl(n: Num): number {
  return typeof n === 'bigint' ? Number(n) : n;
}

function safe(n: number): boolean {
  return Number.isSafeInteger(n);
}

export function add(a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isInteger(a) && Number.isInteger(b) && !safe(r)) return normBig(big(a) + big(b));
    return r;
  }
  if (isInt(a) && isInt(b)) return normBig(big(a) + big(b));
  return fl(a) + fl(b);
}

export function sub(a: Num, b: Num): Num {
  if (typeof b === 'bigint') return add(a, -b);
  return add(a, -b);
}

export function mul(a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isInteger(a) && Number.isInteger(b) && !safe(r)) return normBig(big(a) * big(b));
    return r;
  }
  if (isInt(a) && isInt(b)) return normBig(big(a) * big(b));
  return fl(a) * fl(b);
}

export function div(a: Num, b: Num): Num {
  if (fl(b) === 0 && isInt(b)) throw new BuiltinError('divide by zero');
  if (fl(b) === 0) throw new BuiltinError('divide by zero');
  if (isInt(a) && isInt(b)) {
    const x = big(a);
    const y = big(b);
    if (x % y === 0n) return normBig(x / y);
  }
  return fl(a) / fl(b);
}

export function rem(a: Num, b: Num): Num {
  if (!isInt(a) || !isInt(b)) throw new BuiltinError('modulo on floating-point number');
  if (big(b) === 0n) throw new BuiltinError('modulo by zero');
  return normBig(big(a) % big(b));
}

export function abs(a: Num): Num {
  return typeof a === 'bigint' ? (a < 0n ? -a : a) : Math.abs(a);
}

/** Go's math.Round: half away from zero. */
export function round(a: Num): Num {
  if (isInt(a)) return a;
  const n = a as number;
  return n < 0 ? -Math.round(-n) : Math.round(n);
}

export function floor(a: Num): Num {
  return isInt(a) ? a : Math.floor(a as number);
}

export function ceil(a: Num): Num {
  return isInt(a) ? a : Math.ceil(a as number);
}

export function toBig(a: Num): bigint {
  return big(a);
}

export function toFloat(a: Num): number {
  return fl(a);
}
