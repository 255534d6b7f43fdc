/**
 * `units.parse`, `units.parse_bytes` (exact).
 *
 * Semantics and error wording follow OPA's topdown implementation of each builtin; each checks
 * its operands and throws {@link BuiltinError} with OPA's wording (the evaluator prefixes the name).
 */
import { BuiltinError } from '../errors.js';
import { normBig, type Value } from '../value.js';
import { str } from './operands.js';
import { definer, type BuiltinTable } from './registry.js';

/** The units builtins, by name. */
export const UNITS_BUILTINS: BuiltinTable = new Map();
const def = definer(UNITS_BUILTINS);

// ---------- units ----------
const BIN: Record<string, bigint> = { ki: 1n << 10n, mi: 1n << 20n, gi: 1n << 30n, ti: 1n << 40n, pi: 1n << 50n, ei: 1n << 60n };
const DEC: Record<string, bigint> = { k: 10n ** 3n, m: 10n ** 6n, g: 10n ** 9n, t: 10n ** 12n, p: 10n ** 15n, e: 10n ** 18n };
/** An exact decimal (with optional exponent) as numerator / denominator. */
function decimal(text: string): { num: bigint; den: bigint } | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || (!m[2] && !m[3])) return undefined;
  const frac = m[3] ?? '';
  let num = BigInt((m[2] || '0') + frac);
  let den = 10n ** BigInt(frac.length);
  const exp = Number(m[4] ?? 0);
  if (Math.abs(exp) > 400) return undefined;
  if (exp > 0) num *= 10n ** BigInt(exp);
  else if (exp < 0) den *= 10n ** BigInt(-exp);
  if (m[1] === '-') num = -num;
  return { num, den };
}
function ratValue(num: bigint, den: bigint): Value {
  if (num % den === 0n) return normBig(num / den);
  return Number(num) / Number(den);
}
/** units.parse / units.parse_bytes as OPA (topdown/parse_units.go, parse_bytes.go). */
function unitsParse(s: string, bytes: boolean): Value {
  const t = s.replace(/"/g, '');
  if (/\s/.test(t)) throw new BuiltinError('spaces not allowed in resource strings');
  const m = /^([0-9.eE+-]*?)([a-zA-Z]*)$/.exec(t) ?? /^(.*?)([a-zA-Z]*)$/.exec(t)!;
  let numText = m[1];
  let unit = m[2];
  // an exponent letter belongs to the number when digits follow it
  const em = /^(.*?[0-9.])([eE][+-]?[0-9]+)([a-zA-Z]*)$/.exec(t);
  if (em && !/[a-zA-Z]/.test(em[1])) {
    numText = em[1] + em[2];
    unit = em[3];
  }
  const what = bytes ? 'byte amount' : 'amount';
  if (numText === '') throw new BuiltinError(`no ${what} provided`);
  const d = decimal(numText);
  if (!d) throw new BuiltinError(`could not parse ${what} to a number`);
  let mult: { num: bigint; den: bigint };
  if (bytes) {
    const u = unit.toLowerCase().replace(/b$/, '');
    if (u === '') mult = { num: 1n, den: 1n };
    else if (BIN[u]) mult = { num: BIN[u], den: 1n };
    else if (DEC[u]) mult = { num: DEC[u], den: 1n };
    else throw new BuiltinError(`byte unit ${unit} not recognized`);
    const n = d.num * mult.num;
    const q = n / d.den;
    return normBig(q);
  }
  if (unit === '') mult = { num: 1n, den: 1n };
  else if (unit === 'm') mult = { num: 1n, den: 1000n };
  else if (unit === 'M') mult = { num: DEC.m, den: 1n };
  else {
    const u = unit.toLowerCase();
    if (BIN[u]) mult = { num: BIN[u], den: 1n };
    else if (DEC[u] && u !== 'm') mult = { num: DEC[u], den: 1n };
    else throw new BuiltinError(`unit ${unit} not recognized`);
  }
  return ratValue(d.num * mult.num, d.den * mult.den);
}
def('units.parse_bytes', 1, (a) => unitsParse(str(a, 0), true));
def('units.parse', 1, (a) => unitsParse(str(a, 0), false));
