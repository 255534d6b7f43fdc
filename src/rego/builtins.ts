/**
 * Rego builtin functions (https://www.openpolicyagent.org/docs/policy-reference#built-in-functions):
 * comparison, arithmetic, bits, sets, aggregates, arrays, objects, strings (Go-compatible
 * sprintf), regex (RE2 via re2js), glob, types, encoding (json, yaml, base64, base64url,
 * urlquery, hex), crypto digests, units, time.now_ns.
 *
 * Each builtin checks its operands and throws {@link BuiltinError} with OPA's wording
 * (`operand N must be T but got U`); the evaluator prefixes the builtin name.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { RE2JS } from 're2js';
import YAML from 'yaml';
import { BuiltinError, operandErr } from './errors.js';
import * as N from './numbers.js';
import { compare, equal, fromJSONValue, isNumber, normBig, numText, RObject, RSet, stringifyValue, typeName, type Value } from './value.js';

export interface BuiltinCtx {
  print(msg: string): void;
  nowNs: bigint;
}

export type BuiltinFn = (args: Value[], ctx: BuiltinCtx) => Value | undefined;

interface Builtin {
  arity: number;
  fn: BuiltinFn;
  /** a relation: `fn` returns an array of outputs, each a separate result (e.g. walk) */
  relation?: boolean;
}

const B = new Map<string, Builtin>();
function def(name: string, arity: number, fn: BuiltinFn, relation = false): void {
  B.set(name, { arity, fn, ...(relation ? { relation } : {}) });
}

/** Registers a builtin (used by builtins_ext.ts). */
export const defineBuiltin = def;

/** The number of arguments of a builtin (-1 when variadic), undefined when unknown. */
export function builtinArity(name: string): number | undefined {
  return B.get(name)?.arity;
}

export function getBuiltin(name: string): Builtin | undefined {
  return B.get(name);
}

// Names of OPA 1.x builtins (for a clear "unsupported" error rather than "undefined function").
const OPA_BUILTINS = new Set(
  `units.parse units.parse_bytes graphql.parse_schema graphql.schema_is_valid io.jwt.decode_verify count graphql.parse_query glob.match trim split json.remove strings.any_prefix_match strings.any_suffix_match net.cidr_merge object.remove object.filter to_number providers.aws.sign_req time.now_ns numbers.range object.get object.subset io.jwt.encode_sign_raw object.union graph.reachable_paths io.jwt.decode json.filter net.cidr_contains sprintf substring walk regex.replace crypto.x509.parse_certificates object.union_n format_int io.jwt.encode_sign io.jwt.verify_rs256 json.marshal_with_options net.cidr_contains_matches array.slice graphql.is_valid indexof numbers.range_step regex.find_all_string_submatch_n regex.find_n startswith strings.count time.weekday uuid.parse concat graph.reachable json.patch min object.keys regex.split strings.replace_n type_name contains floor graphql.parse graphql.parse_and_verify max net.cidr_intersects regex.globs_match regex.match strings.reverse array.reverse base64url.encode_no_pad bits.lsh ceil crypto.hmac.equal crypto.x509.parse_certificate_request indexof_n intersection is_string json.match_schema net.cidr_is_valid semver.compare sort strings.render_template sum time.date union urlquery.encode_object array.concat base64.decode http.send io.jwt.verify_es384 io.jwt.verify_es512 io.jwt.verify_ps256 io.jwt.verify_ps384 io.jwt.verify_ps512 io.jwt.verify_rs384 io.jwt.verify_rs512 is_boolean is_number json.verify_schema net.cidr_expand replace time.add_date time.clock time.parse_ns abs base64.encode bits.and bits.or bits.rsh bits.xor crypto.parse_private_keys io.jwt.verify_hs256 io.jwt.verify_hs384 io.jwt.verify_hs512 json.marshal net.lookup_ip_addr regex.is_valid rego.metadata.chain semver.is_valid time.parse_rfc3339_ns urlquery.decode_object base64.is_valid base64url.decode base64url.encode bits.negate crypto.hmac.md5 crypto.hmac.sha1 crypto.hmac.sha256 crypto.hmac.sha512 crypto.x509.parse_and_verify_certificates crypto.x509.parse_keypair crypto.x509.parse_rsa_private_key endswith hex.decode io.jwt.verify_es256 is_array is_null is_object is_set json.is_valid json.unmarshal product regex.template_match rego.metadata.rule rego.parse_module round time.format trim_left trim_prefix trim_right trim_space trim_suffix urlquery.encode yaml.is_valid yaml.unmarshal crypto.md5 crypto.sha1 crypto.sha256 glob.quote_meta hex.encode lower rand.intn time.diff time.parse_duration_ns upper urlquery.decode uuid.rfc4122 yaml.marshal all and any cast_array cast_boolean cast_null cast_object cast_set cast_string crypto.x509.parse_and_verify_certificates_with_options net.cidr_overlap opa.runtime re_match set_diff trace array.flatten crypto.sha512 crypto.hmac.sha384 io.jwt.verify_eddsa strings.render_template time.parse_duration_ns base64url.decode`.split(/\s+/),
);

/** True for an OPA builtin name (implemented here or not). */
export function isKnownOpaBuiltin(name: string): boolean {
  return OPA_BUILTINS.has(name) || B.has(name);
}

// ---------- operand helpers ----------
function str(args: Value[], i: number): string {
  const v = args[i];
  if (typeof v !== 'string') throw operandErr(i + 1, 'string', typeName(v));
  return v;
}
function num(args: Value[], i: number): N.Num {
  const v = args[i];
  if (!isNumber(v)) throw operandErr(i + 1, 'number', typeName(v));
  return v;
}
function int(args: Value[], i: number): number {
  const v = num(args, i);
  if (!N.isInt(v)) throw operandErr(i + 1, 'integer', 'number');
  return Number(v);
}
function arr(args: Value[], i: number): Value[] {
  const v = args[i];
  if (!Array.isArray(v)) throw operandErr(i + 1, 'array', typeName(v));
  return v;
}
function obj(args: Value[], i: number): RObject {
  const v = args[i];
  if (!(v instanceof RObject)) throw operandErr(i + 1, 'object', typeName(v));
  return v;
}
function set(args: Value[], i: number): RSet {
  const v = args[i];
  if (!(v instanceof RSet)) throw operandErr(i + 1, 'set', typeName(v));
  return v;
}
function oneOf(args: Value[], i: number, types: string[]): Value {
  const v = args[i];
  const t = typeName(v);
  if (!types.includes(t)) throw operandErr(i + 1, `one of {${types.join(', ')}}`, t);
  return v;
}
/** Members of an array or set. */
function members(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return [...v.values()];
  if (v instanceof RObject) return [...v.entries()].map((e) => e[1]);
  return [];
}

// ---------- comparison ----------
def('equal', 2, ([a, b]) => equal(a, b));
def('neq', 2, ([a, b]) => !equal(a, b));
def('lt', 2, ([a, b]) => compare(a, b) < 0);
def('lte', 2, ([a, b]) => compare(a, b) <= 0);
def('gt', 2, ([a, b]) => compare(a, b) > 0);
def('gte', 2, ([a, b]) => compare(a, b) >= 0);

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
  for (const e of arr(a, 0)) if (Array.isArray(e)) out.push(...e);
  else out.push(e);
  return out;
});

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
      for (let j = 0; j < sub.length; j++) if (!equal(sup[i + j], sub[j])) { ok = false; break; }
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

// ---------- strings ----------
def('concat', 2, (a) => {
  const sep = str(a, 0);
  const v = a[1];
  if (!Array.isArray(v) && !(v instanceof RSet)) throw operandErr(2, 'one of {array, set}', typeName(v));
  const xs = Array.isArray(v) ? v : v.sorted();
  return xs.map((x) => {
    if (typeof x !== 'string') throw operandErr(2, 'array of strings', 'array containing ' + typeName(x));
    return x;
  }).join(sep);
});
def('contains', 2, (a) => str(a, 0).includes(str(a, 1)));
def('startswith', 2, (a) => str(a, 0).startsWith(str(a, 1)));
def('endswith', 2, (a) => str(a, 0).endsWith(str(a, 1)));
def('lower', 1, (a) => str(a, 0).toLowerCase());
def('upper', 1, (a) => str(a, 0).toUpperCase());
def('indexof', 2, (a) => {
  const s = [...str(a, 0)];
  const sub = str(a, 1);
  const i = str(a, 0).indexOf(sub);
  if (i < 0) return -1;
  return [...str(a, 0).slice(0, i)].length + (s.length ? 0 : 0);
});
def('indexof_n', 2, (a) => {
  const s = str(a, 0);
  const sub = str(a, 1);
  const out: Value[] = [];
  if (sub === '') return out;
  let i = s.indexOf(sub);
  while (i >= 0) {
    out.push([...s.slice(0, i)].length);
    i = s.indexOf(sub, i + 1);
  }
  return out;
});
def('replace', 3, (a) => str(a, 0).split(str(a, 1)).join(str(a, 2)));
def('split', 2, (a) => {
  const s = str(a, 0);
  const d = str(a, 1);
  if (d === '') return [...s];
  return s.split(d);
});
def('substring', 3, (a) => {
  const s = [...str(a, 0)];
  const start = int(a, 1);
  const len = int(a, 2);
  if (start < 0) throw new BuiltinError('negative offset');
  if (start >= s.length) return '';
  if (len < 0) return s.slice(start).join('');
  return s.slice(start, start + len).join('');
});
function trimSet(s: string, cut: string, left: boolean, right: boolean): string {
  const cs = new Set([...cut]);
  const chars = [...s];
  let i = 0;
  let j = chars.length;
  if (left) while (i < j && cs.has(chars[i])) i++;
  if (right) while (j > i && cs.has(chars[j - 1])) j--;
  return chars.slice(i, j).join('');
}
def('trim', 2, (a) => trimSet(str(a, 0), str(a, 1), true, true));
def('trim_left', 2, (a) => trimSet(str(a, 0), str(a, 1), true, false));
def('trim_right', 2, (a) => trimSet(str(a, 0), str(a, 1), false, true));
def('trim_prefix', 2, (a) => {
  const s = str(a, 0);
  const p = str(a, 1);
  return s.startsWith(p) ? s.slice(p.length) : s;
});
def('trim_suffix', 2, (a) => {
  const s = str(a, 0);
  const p = str(a, 1);
  return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
});
def('trim_space', 1, (a) => str(a, 0).replace(/^[\s\u0085\u00a0]+|[\s\u0085\u00a0]+$/gu, ''));
def('strings.reverse', 1, (a) => [...str(a, 0)].reverse().join(''));
def('strings.count', 2, (a) => {
  const s = str(a, 0);
  const sub = str(a, 1);
  if (sub === '') return [...s].length + 1;
  return s.split(sub).length - 1;
});
def('strings.replace_n', 2, (a) => {
  const o = obj(a, 0);
  let s = str(a, 1);
  const pairs: [string, string][] = [];
  for (const [k, v] of o.sortedEntries()) {
    if (typeof k !== 'string') throw new BuiltinError('operand 1 non-string key found in pattern object', 'eval_type_error');
    if (typeof v !== 'string') throw new BuiltinError('operand 1 non-string value found in pattern object', 'eval_type_error');
    pairs.push([k, v]);
  }
  // Go strings.NewReplacer: at each position, the first matching old string (in argument order)
  let out = '';
  let i = 0;
  outer: while (i < s.length) {
    for (const [k, v] of pairs) {
      if (k !== '' && s.startsWith(k, i)) {
        out += v;
        i += k.length;
        continue outer;
      }
    }
    out += s[i];
    i++;
  }
  s = out;
  return s;
});
function strList(a: Value[], i: number): string[] {
  const v = a[i];
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v) && !(v instanceof RSet)) throw operandErr(i + 1, 'one of {string, set, array}', typeName(v));
  return members(v).map((x) => {
    if (typeof x !== 'string') throw operandErr(i + 1, 'array of strings', 'array containing ' + typeName(x));
    return x;
  });
}
def('strings.any_prefix_match', 2, (a) => {
  const ss = strList(a, 0);
  const ps = strList(a, 1);
  return ss.some((s) => ps.some((p) => s.startsWith(p)));
});
def('strings.any_suffix_match', 2, (a) => {
  const ss = strList(a, 0);
  const ps = strList(a, 1);
  return ss.some((s) => ps.some((p) => s.endsWith(p)));
});
def('format_int', 2, (a) => {
  const n = num(a, 0);
  const base = int(a, 1);
  if (![2, 8, 10, 16].includes(base)) throw new BuiltinError('operand 2 must be one of {2, 8, 10, 16}', 'eval_type_error');
  const i = N.isInt(n) ? N.toBig(n) : BigInt(Math.trunc(n as number));
  return i.toString(base);
});
def('to_number', 1, (a) => {
  const v = oneOf(a, 0, ['null', 'boolean', 'number', 'string']);
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isNumber(v)) return v;
  const s = v as string;
  if (/^[+-]?(inf|infinity|nan)$/i.test(s)) throw new BuiltinError(`operand 1 must be valid number string, got ${s}`, 'eval_type_error');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) throw new BuiltinError(`strconv.ParseFloat: parsing ${JSON.stringify(s)}: invalid syntax`);
  if (/^[+-]?\d+$/.test(s)) return normBig(BigInt(s));
  return Number(s);
});
def('sprintf', 2, (a) => sprintf(str(a, 0), arr(a, 1)));

/** Go's %v of a float64 (shortest repr; exponent when exp < -4 || exp >= 21). */
export function goFloat(f: number): string {
  if (Number.isInteger(f) && Math.abs(f) < 1e21) return String(f);
  const s = f.toExponential();
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s)!;
  const exp = Number(m[2]);
  if (exp < -4 || exp >= 21) {
    const e = Math.abs(exp) < 10 ? `${exp < 0 ? '-' : '+'}0${Math.abs(exp)}` : `${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
    return m[1] + 'e' + e;
  }
  return String(f);
}

/** Go fmt.Sprintf over Rego values, as OPA's sprintf passes them (numbers as big.Int or float64, strings as string, others as their Rego text). */
export function sprintf(format: string, args: Value[]): string {
  let ai = 0;
  return format.replace(/%([-+# 0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g, (all, flags: string, width: string | undefined, prec: string | undefined, verb: string) => {
    if (verb === '%') return '%';
    if (ai >= args.length) return `%!${verb}(MISSING)`;
    const v = args[ai++];
    let s: string;
    const isIntNum = isNumber(v) && N.isInt(v);
    switch (verb) {
      case 'v':
        s = typeof v === 'string' ? v : isNumber(v) ? (isIntNum ? numText(v) : goFloat(v as number)) : stringifyValue(v);
        break;
      case 's':
        if (typeof v === 'string') s = v;
        else if (isIntNum) s = numText(v as N.Num);
        else if (isNumber(v)) s = `%!s(float64=${goFloat(v as number)})`;
        else s = stringifyValue(v);
        break;
      case 'q':
        s = typeof v === 'string' ? JSON.stringify(v) : stringifyValue(v);
        break;
      case 'd':
        if (isIntNum) s = numText(v as N.Num);
        else if (isNumber(v)) s = `%!d(float64=${goFloat(v as number)})`;
        else s = `%!d(string=${stringifyValue(v)})`;
        if (flags.includes('+') && isIntNum && !s.startsWith('-')) s = '+' + s;
        break;
      case 'f':
      case 'F':
        if (isNumber(v)) {
          s = Number(v).toFixed(prec !== undefined ? Number(prec) : 6);
          if (flags.includes('+') && !s.startsWith('-')) s = '+' + s;
        } else s = `%!f(string=${stringifyValue(v)})`;
        break;
      case 'e':
        s = isNumber(v) ? Number(v).toExponential(prec !== undefined ? Number(prec) : 6).replace(/e([+-])(\d)$/, 'e$10$2') : `%!e(${stringifyValue(v)})`;
        break;
      case 'g':
        s = isNumber(v) ? goFloat(Number(v)) : stringifyValue(v);
        break;
      case 'x':
      case 'X': {
        if (isIntNum) s = N.toBig(v as N.Num).toString(16);
        else if (typeof v === 'string') s = Buffer.from(v, 'utf8').toString('hex');
        else s = stringifyValue(v);
        if (verb === 'X') s = s.toUpperCase();
        break;
      }
      case 'o':
        s = isIntNum ? N.toBig(v as N.Num).toString(8) : stringifyValue(v);
        break;
      case 'b':
        s = isIntNum ? N.toBig(v as N.Num).toString(2) : stringifyValue(v);
        break;
      case 't':
        s = typeof v === 'boolean' ? String(v) : `%!t(${stringifyValue(v)})`;
        break;
      case 'T':
        s = typeof v === 'string' ? 'string' : isIntNum ? '*big.Int' : isNumber(v) ? 'float64' : 'string';
        break;
      default:
        s = `%!${verb}(${stringifyValue(v)})`;
    }
    if (verb === 's' && prec !== undefined) s = [...s].slice(0, Number(prec)).join('');
    if (width) {
      const w = Number(width);
      const len = [...s].length;
      if (len < w) {
        if (flags.includes('-')) s = s + ' '.repeat(w - len);
        else if (flags.includes('0') && 'dfeFxXob'.includes(verb)) {
          const neg = s.startsWith('-') || s.startsWith('+');
          s = neg ? s[0] + '0'.repeat(w - len) + s.slice(1) : '0'.repeat(w - len) + s;
        } else s = ' '.repeat(w - len) + s;
      }
    }
    void all;
    return s;
  }) + (ai < args.length ? `%!(EXTRA ${args.slice(ai).map((v) => (typeof v === 'string' ? 'string=' + v : isNumber(v) ? (N.isInt(v) ? '*big.Int=' : 'float64=') + numText(v) : 'string=' + stringifyValue(v))).join(', ')})` : '');
}

// ---------- regex ----------
const reCache = new Map<string, RE2JS>();
function re(pattern: string): RE2JS {
  let r = reCache.get(pattern);
  if (!r) {
    try {
      r = RE2JS.compile(pattern);
    } catch (e) {
      throw new BuiltinError((e as Error).message);
    }
    if (reCache.size > 1000) reCache.clear();
    reCache.set(pattern, r);
  }
  return r;
}
def('regex.match', 2, (a) => re(str(a, 0)).matcher(str(a, 1)).find());
def('re_match', 2, (a) => re(str(a, 0)).matcher(str(a, 1)).find());
def('regex.is_valid', 1, (a) => {
  if (typeof a[0] !== 'string') return false;
  try {
    RE2JS.compile(a[0]);
    return true;
  } catch {
    return false;
  }
});
def('regex.split', 2, (a) => {
  const r = re(str(a, 0));
  const s = str(a, 1);
  // Go regexp.Split(s, -1)
  const m = r.matcher(s);
  const out: Value[] = [];
  let beg = 0;
  let count = 0;
  while (m.find()) {
    const st = m.start();
    const en = m.end();
    if (en === 0 && st === 0 && s.length > 0) continue;
    if (st === en && st === s.length && s.length > 0) break;
    out.push(s.slice(beg, st));
    beg = en;
    count++;
  }
  if (s.length === 0 && count === 0) return [''];
  out.push(s.slice(beg));
  return out;
});
function findAll(r: RE2JS, s: string, n: number): { start: number; end: number; groups: string[] }[] {
  const m = r.matcher(s);
  const out: { start: number; end: number; groups: string[] }[] = [];
  let prevEnd = -1;
  while ((n < 0 || out.length < n) && m.find()) {
    const st = m.start();
    const en = m.end();
    if (st === en && st === prevEnd) continue; // Go: empty match adjacent to previous is skipped
    const groups: string[] = [];
    for (let g = 0; g <= m.groupCount(); g++) groups.push(m.group(g) ?? '');
    out.push({ start: st, end: en, groups });
    prevEnd = en;
  }
  return out;
}
def('regex.find_n', 3, (a) => findAll(re(str(a, 0)), str(a, 1), int(a, 2)).map((x) => x.groups[0]));
def('regex.find_all_string_submatch_n', 3, (a) => findAll(re(str(a, 0)), str(a, 1), int(a, 2)).map((x) => x.groups));
def('regex.replace', 3, (a) => {
  const s = str(a, 0);
  const r = re(str(a, 1));
  const repl = str(a, 2);
  // Go ReplaceAllString: $1, ${1}, ${name}; $$ -> $
  return r.matcher(s).replaceAll(repl.replace(/\$\{(\d+)\}/g, '$$$1'));
});
def('regex.template_match', 4, (a) => {
  const tpl = str(a, 0);
  const s = str(a, 1);
  const ds = str(a, 2);
  const de = str(a, 3);
  // delimited sections are regexes; the rest literal
  let out = '^';
  let i = 0;
  while (i < tpl.length) {
    const st = tpl.indexOf(ds, i);
    if (st < 0) {
      out += RE2JS.quote(tpl.slice(i));
      break;
    }
    out += RE2JS.quote(tpl.slice(i, st));
    const en = tpl.indexOf(de, st + ds.length);
    if (en < 0) throw new BuiltinError(`unbalanced braces in template: ${tpl}`);
    out += '(?:' + tpl.slice(st + ds.length, en) + ')';
    i = en + de.length;
  }
  out += '$';
  return re(out).matcher(s).find();
});

// ---------- glob ----------
/** Translates a gobwas/glob pattern (as OPA's glob.match uses it) into an RE2 regex. */
export function globToRegex(pattern: string, delims: string[] | null): string {
  const sepClass = delims && delims.length ? '[^' + delims.map((d) => RE2JS.quote(d).replace(/([\]^\\-])/g, '\\$1')).join('') + ']' : '(?s:.)';
  let out = '';
  let i = 0;
  let depth = 0;
  const n = pattern.length;
  while (i < n) {
    const c = pattern[i];
    if (c === '\\') {
      if (i + 1 < n) {
        out += RE2JS.quote(pattern[i + 1]);
        i += 2;
      } else throw new BuiltinError('unexpected end of input');
      continue;
    }
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        out += '(?s:.)*';
        i += 2;
      } else {
        out += sepClass + '*';
        i++;
      }
      continue;
    }
    if (c === '?') {
      out += sepClass;
      i++;
      continue;
    }
    if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) throw new BuiltinError('unexpected end of input');
      let body = pattern.slice(i + 1, end);
      let negate = false;
      if (body.startsWith('!')) {
        negate = true;
        body = body.slice(1);
      }
      out += '[' + (negate ? '^' : '') + body.replace(/\\/g, '\\\\') + ']';
      i = end + 1;
      continue;
    }
    if (c === '{') {
      out += '(?:';
      depth++;
      i++;
      continue;
    }
    if (c === '}' && depth > 0) {
      out += ')';
      depth--;
      i++;
      continue;
    }
    if (c === ',' && depth > 0) {
      out += '|';
      i++;
      continue;
    }
    out += RE2JS.quote(c);
    i++;
  }
  if (depth > 0) throw new BuiltinError('unexpected end of input');
  return '^' + out + '$';
}
const globCache = new Map<string, string>();
def('glob.match', 3, (a) => {
  const p = str(a, 0);
  let delims: string[] | null;
  if (a[1] === null) delims = null;
  else {
    const d = arr(a, 1);
    delims = d.map((x) => {
      if (typeof x !== 'string') throw operandErr(2, 'array of strings', 'array containing ' + typeName(x));
      return x;
    });
    if (delims.length === 0) delims = ['.'];
  }
  const s = str(a, 2);
  const key = JSON.stringify([p, delims]);
  let rx = globCache.get(key);
  if (rx === undefined) {
    rx = globToRegex(p, delims);
    if (globCache.size > 1000) globCache.clear();
    globCache.set(key, rx);
  }
  return re(rx).matcher(s).find();
});
def('glob.quote_meta', 1, (a) => str(a, 0).replace(/[*?\\[\]{}]/g, '\\$&'));

// ---------- types ----------
def('is_number', 1, ([v]) => isNumber(v));
def('is_string', 1, ([v]) => typeof v === 'string');
def('is_boolean', 1, ([v]) => typeof v === 'boolean');
def('is_array', 1, ([v]) => Array.isArray(v));
def('is_set', 1, ([v]) => v instanceof RSet);
def('is_object', 1, ([v]) => v instanceof RObject);
def('is_null', 1, ([v]) => v === null);
def('type_name', 1, ([v]) => typeName(v));

// ---------- encoding ----------
/** Go encoding/json Marshal of a value (keys sorted, HTML-escaped, sets as arrays). */
export function goJSON(v: Value, indent?: { prefix: string; indent: string }, level = 0): string {
  const esc = (s: string): string =>
    JSON.stringify(s)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029');
  const nl = (l: number): string => (indent ? '\n' + indent.prefix + indent.indent.repeat(l) : '');
  if (v === null) return 'null';
  if (typeof v === 'string') return esc(v);
  if (typeof v === 'boolean') return String(v);
  if (isNumber(v)) return numText(v);
  const sep = indent ? ': ' : ':';
  if (Array.isArray(v) || v instanceof RSet) {
    const xs = Array.isArray(v) ? v : v.sorted();
    if (xs.length === 0) return '[]';
    return '[' + xs.map((x) => nl(level + 1) + goJSON(x, indent, level + 1)).join(',') + nl(level) + ']';
  }
  const ents = [...(v as RObject).entries()].map(([k, x]) => [typeof k === 'string' ? k : stringifyValue(k), x] as [string, Value]);
  ents.sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0));
  if (ents.length === 0) return '{}';
  return '{' + ents.map(([k, x]) => nl(level + 1) + esc(k) + sep + goJSON(x, indent, level + 1)).join(',') + nl(level) + '}';
}

/**
 * Parses JSON text (RFC 8259) into engine values, keeping integers beyond 2^53 exact (bigint).
 * A small parser of our own: JSON.parse's reviver source access is not in every Node version.
 * @param opts.uniqueKeys refuse an object with the same key twice (as the yaml parser does for
 *   inputs and configs); by default the last value wins, as Go's encoding/json (OPA's json.unmarshal) does
 * @throws SyntaxError on malformed JSON, or `duplicate key "K"` with `uniqueKeys`
 */
export function parseJSONExact(text: string, opts: { uniqueKeys?: boolean } = {}): Value {
  let i = 0;
  const n = text.length;
  const fail = (msg: string): never => {
    throw new SyntaxError(`${msg} at position ${i}`);
  };
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const value = (): Value => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const o = new RObject();
      ws();
      if (text[i] === '}') {
        i++;
        return o;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected string key');
        const k = str();
        ws();
        if (text[i++] !== ':') fail("expected ':'");
        if (opts.uniqueKeys && o.has(k)) fail(`duplicate key ${JSON.stringify(k)}`);
        o.set(k, value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i++] !== '}') fail("expected ',' or '}'");
        return o;
      }
    }
    if (c === '[') {
      i++;
      const a: Value[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return a;
      }
      for (;;) {
        a.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i++] !== ']') fail("expected ',' or ']'");
        return a;
      }
    }
    if (c === '"') return str();
    if (text.startsWith('true', i)) return (i += 4), true;
    if (text.startsWith('false', i)) return (i += 5), false;
    if (text.startsWith('null', i)) return (i += 4), null;
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || !m[0]) return fail('unexpected character');
    i += m[0].length;
    if (!m[2] && !m[3]) return normBig(BigInt(m[0]));
    return Number(m[0]);
  };
  const str = (): string => {
    const start = i;
    i++;
    let simple = true;
    while (i < n && text[i] !== '"') {
      if (text[i] === '\\') {
        simple = false;
        i++;
      } else if (text.charCodeAt(i) < 0x20) fail('control character in string');
      i++;
    }
    if (i >= n) fail('unterminated string');
    i++;
    const raw = text.slice(start, i);
    return simple ? raw.slice(1, -1) : (JSON.parse(raw) as string);
  };
  const v = value();
  ws();
  if (i < n) fail('unexpected data after JSON value');
  return v;
}

def('json.marshal', 1, ([v]) => goJSON(v));
def('json.marshal_with_options', 2, (a) => {
  const o = obj(a, 1);
  let prefix = '';
  let ind = '\t';
  let pretty = false;
  for (const [k, v] of o.entries()) {
    if (k === 'pretty') {
      if (typeof v !== 'boolean') throw new BuiltinError('pretty option must be boolean');
      pretty = v;
    } else if (k === 'prefix') {
      if (typeof v !== 'string') throw new BuiltinError('prefix option must be string');
      prefix = v;
      pretty = pretty || o.get('pretty') === undefined;
    } else if (k === 'indent') {
      if (typeof v !== 'string') throw new BuiltinError('indent option must be string');
      ind = v;
      pretty = pretty || o.get('pretty') === undefined;
    } else throw new BuiltinError(`object contained unknown key ${stringifyValue(k)}`, 'eval_type_error');
  }
  if (o.get('pretty') === false) pretty = false;
  if (!pretty) return goJSON(a[0]);
  return prefix + goJSON(a[0], { prefix, indent: ind });
});
def('json.unmarshal', 1, (a) => {
  try {
    return parseJSONExact(str(a, 0));
  } catch (e) {
    if (e instanceof BuiltinError) throw e;
    throw new BuiltinError('invalid character in JSON input');
  }
});
def('json.is_valid', 1, ([v]) => {
  if (typeof v !== 'string') return false;
  try {
    JSON.parse(v);
    return true;
  } catch {
    return false;
  }
});
function yamlToValue(text: string): Value {
  const doc = YAML.parse(text, { intAsBigInt: true, version: '1.2' });
  return fromJSONValue(doc);
}
def('yaml.unmarshal', 1, (a) => {
  try {
    return yamlToValue(str(a, 0));
  } catch (e) {
    if (e instanceof BuiltinError) throw e;
    throw new BuiltinError((e as Error).message.split('\n')[0]);
  }
});
def('yaml.is_valid', 1, ([v]) => {
  if (typeof v !== 'string') return false;
  try {
    YAML.parse(v);
    return true;
  } catch {
    return false;
  }
});
def('yaml.marshal', 1, ([v]) => {
  const plain = (x: Value): unknown => {
    if (x instanceof RSet) return x.sorted().map(plain);
    if (Array.isArray(x)) return x.map(plain);
    if (x instanceof RObject) {
      const o: Record<string, unknown> = {};
      for (const [k, e] of x.sortedEntries()) o[typeof k === 'string' ? k : stringifyValue(k)] = plain(e);
      return o;
    }
    return x;
  };
  return YAML.stringify(plain(v));
});
const b64valid = (s: string): boolean => /^[A-Za-z0-9+/]*={0,2}$/.test(s) && s.length % 4 === 0;
def('base64.encode', 1, (a) => Buffer.from(str(a, 0), 'utf8').toString('base64'));
def('base64.decode', 1, (a) => {
  const s = str(a, 0);
  if (!b64valid(s)) throw new BuiltinError('illegal base64 data at input byte ' + Math.max(0, firstBad(s, /[A-Za-z0-9+/=]/)));
  return Buffer.from(s, 'base64').toString('utf8');
});
function firstBad(s: string, ok: RegExp): number {
  for (let i = 0; i < s.length; i++) if (!ok.test(s[i])) return i;
  return s.length - (s.length % 4);
}
def('base64.is_valid', 1, (a) => b64valid(str(a, 0)));
def('base64url.encode', 1, (a) => Buffer.from(str(a, 0), 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_'));
def('base64url.encode_no_pad', 1, (a) => Buffer.from(str(a, 0), 'utf8').toString('base64url'));
def('base64url.decode', 1, (a) => {
  const s = str(a, 0);
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(s)) throw new BuiltinError('illegal base64 data at input byte ' + firstBad(s, /[A-Za-z0-9_=-]/));
  if (s.includes('=') && s.length % 4 !== 0) throw new BuiltinError('illegal base64 data at input byte ' + s.length);
  if (!s.includes('=') && s.length % 4 === 1) throw new BuiltinError('illegal base64 data at input byte ' + (s.length - 1));
  return Buffer.from(s, 'base64url').toString('utf8');
});
def('hex.encode', 1, (a) => Buffer.from(str(a, 0), 'utf8').toString('hex'));
def('hex.decode', 1, (a) => {
  const s = str(a, 0);
  const bad = s.search(/[^0-9a-fA-F]/);
  if (bad >= 0) throw new BuiltinError(`encoding/hex: invalid byte: U+${s.codePointAt(bad)!.toString(16).toUpperCase().padStart(4, '0')} ${JSON.stringify(s[bad]).replace(/^"|"$/g, "'")}`);
  if (s.length % 2) throw new BuiltinError('encoding/hex: odd length hex string');
  return Buffer.from(s, 'hex').toString('utf8');
});
/** Go url.QueryEscape. */
function queryEscape(s: string): string {
  return [...Buffer.from(s, 'utf8')]
    .map((b) => {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9\-_.~]/.test(c)) return c;
      if (c === ' ') return '+';
      return '%' + b.toString(16).toUpperCase().padStart(2, '0');
    })
    .join('');
}
function queryUnescape(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '%') {
      const h = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(h)) throw new BuiltinError(`invalid URL escape "${s.slice(i, i + 3)}"`);
      bytes.push(parseInt(h, 16));
      i += 2;
    } else if (c === '+') bytes.push(32);
    else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}
def('urlquery.encode', 1, (a) => queryEscape(str(a, 0)));
def('urlquery.decode', 1, (a) => queryUnescape(str(a, 0)));
def('urlquery.encode_object', 1, (a) => {
  const o = obj(a, 0);
  const parts: string[] = [];
  const ents = o.sortedEntries();
  for (const [k, v] of ents) {
    if (typeof k !== 'string') throw operandErr(1, 'object[string: string|array|set]', typeName(k));
    const vals = typeof v === 'string' ? [v] : Array.isArray(v) || v instanceof RSet ? members(v instanceof RSet ? RSet.from(v.sorted()) : v) : null;
    if (!vals) throw operandErr(1, 'object[string: string|array|set]', 'object[string: ' + typeName(v) + ']');
    for (const x of vals) {
      if (typeof x !== 'string') throw operandErr(1, 'object[string: string|array|set]', typeName(x));
      parts.push(queryEscape(k) + '=' + queryEscape(x));
    }
  }
  return parts.join('&');
});
def('urlquery.decode_object', 1, (a) => {
  const s = str(a, 0);
  const o = new RObject();
  for (const part of s.split(/[&]/)) {
    if (!part) continue;
    const i = part.indexOf('=');
    const k = queryUnescape(i < 0 ? part : part.slice(0, i));
    const v = i < 0 ? '' : queryUnescape(part.slice(i + 1));
    const cur = o.get(k);
    o.set(k, Array.isArray(cur) ? [...cur, v] : [v]);
  }
  return o;
});

// ---------- crypto digests ----------
for (const [name, alg] of [['md5', 'md5'], ['sha1', 'sha1'], ['sha256', 'sha256'], ['sha512', 'sha512']] as const) {
  def(`crypto.${name}`, 1, (a) => createHash(alg).update(str(a, 0), 'utf8').digest('hex'));
}
for (const [name, alg] of [['md5', 'md5'], ['sha1', 'sha1'], ['sha256', 'sha256'], ['sha512', 'sha512']] as const) {
  def(`crypto.hmac.${name}`, 2, (a) => createHmac(alg, Buffer.from(str(a, 1), 'utf8')).update(str(a, 0), 'utf8').digest('hex'));
}
def('crypto.hmac.equal', 2, (a) => {
  const x = Buffer.from(str(a, 0), 'utf8');
  const y = Buffer.from(str(a, 1), 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
});

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

// ---------- time (minimal) ----------
def('time.now_ns', 0, (_a, ctx) => normBig(ctx.nowNs));

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
