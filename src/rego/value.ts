/**
 * Rego values inside the engine and OPA's total ordering of them.
 *
 * Representation:
 * - null, boolean, string: themselves;
 * - number: a JS `number` when exact (any double, integers within 2^53), a `bigint` for integers
 *   beyond 2^53 (OPA keeps arbitrary-precision numbers; big integers stay exact here);
 * - array: `Value[]`; object: {@link RObject} (any value as key); set: {@link RSet}.
 *
 * Ordering follows OPA (ast/compare.go): null < boolean < number < string < array < object < set;
 * arrays lexicographically; objects by their sorted keys, key then value, then size;
 * sets by their sorted members, then size.
 */

export type Value = null | boolean | number | bigint | string | Value[] | RObject | RSet;

/** Map key of a value: strings as themselves (fast path), other values as \u0000 + canonical hash. */
function mapKey(k: Value): string {
  if (typeof k === 'string' && (k.length === 0 || k.charCodeAt(0) !== 0)) return k;
  return '\u0000' + hashOf(k);
}

/** An object: insertion-ordered map from a key's canonical hash to [key, value]. */
export class RObject {
  readonly map = new Map<string, [Value, Value]>();
  private _hash: string | undefined;
  static from(entries: Iterable<[Value, Value]>): RObject {
    const o = new RObject();
    for (const [k, v] of entries) o.set(k, v);
    return o;
  }
  get size(): number {
    return this.map.size;
  }
  get(k: Value): Value | undefined {
    return this.map.get(mapKey(k))?.[1];
  }
  has(k: Value): boolean {
    return this.map.has(mapKey(k));
  }
  /** Sets a key (only while the object is being built). */
  set(k: Value, v: Value): void {
    this.map.set(mapKey(k), [k, v]);
    this._hash = undefined;
    this._sorted = undefined;
  }
  delete(k: Value): void {
    this.map.delete(mapKey(k));
    this._hash = undefined;
    this._sorted = undefined;
  }
  entries(): IterableIterator<[Value, Value]> {
    return this.map.values();
  }
  keys(): Value[] {
    return [...this.map.values()].map((e) => e[0]);
  }
  private _sorted: [Value, Value][] | undefined;
  sortedEntries(): [Value, Value][] {
    if (!this._sorted) this._sorted = [...this.map.values()].sort((a, b) => compare(a[0], b[0]));
    return this._sorted;
  }
  hash(): string {
    if (this._hash === undefined) {
      const parts = [...this.map.values()].map(([k, v]) => hashOf(k) + ':' + hashOf(v)).sort();
      this._hash = '{' + parts.join(',') + '}';
    }
    return this._hash;
  }
}

/** A set of values, keyed by canonical hash. */
export class RSet {
  readonly map = new Map<string, Value>();
  private _hash: string | undefined;
  static from(values: Iterable<Value>): RSet {
    const s = new RSet();
    for (const v of values) s.add(v);
    return s;
  }
  get size(): number {
    return this.map.size;
  }
  has(v: Value): boolean {
    return this.map.has(mapKey(v));
  }
  add(v: Value): void {
    this.map.set(mapKey(v), v);
    this._hash = undefined;
    this._sorted = undefined;
  }
  values(): IterableIterator<Value> {
    return this.map.values();
  }
  private _sorted: Value[] | undefined;
  sorted(): Value[] {
    if (!this._sorted) this._sorted = [...this.map.values()].sort(compare);
    return this._sorted;
  }
  hash(): string {
    if (this._hash === undefined) this._hash = '<' + [...this.map.values()].map(hashOf).sort().join(',') + '>';
    return this._hash;
  }
}

/** Normalises a bigint to a number when it is exactly representable. */
export function normBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function isNumber(v: unknown): v is number | bigint {
  return typeof v === 'number' || typeof v === 'bigint';
}

/** Canonical hash: equal values (as Rego compares them) have equal hashes. */
export function hashOf(v: Value): string {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return 'N' + numText(v);
    case 'bigint':
      return 'N' + v.toString();
    case 'boolean':
      return v ? 'T' : 'F';
    case 'object':
      if (v === null) return 'null';
      if (Array.isArray(v)) return '[' + v.map(hashOf).join(',') + ']';
      return v.hash();
  }
  throw new Error(`not a Rego value: ${String(v)}`);
}

/** The Rego type name of a value (as `type_name` returns it). */
export function typeName(v: Value | undefined): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return 'boolean';
    case 'number':
    case 'bigint':
      return 'number';
    case 'string':
      return 'string';
  }
  if (Array.isArray(v)) return 'array';
  if (v instanceof RObject) return 'object';
  if (v instanceof RSet) return 'set';
  return 'undefined';
}

function rank(v: Value): number {
  if (v === null) return 0;
  switch (typeof v) {
    case 'boolean':
      return 1;
    case 'number':
    case 'bigint':
      return 2;
    case 'string':
      return 3;
  }
  if (Array.isArray(v)) return 4;
  if (v instanceof RObject) return 5;
  return 6;
}

/** Compares two numbers exactly (bigint aware). */
export function compareNum(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  // mixed: a bigint is beyond 2^53, compare against a double
  const x = typeof a === 'bigint' ? a : (b as bigint);
  const y = typeof a === 'bigint' ? (b as number) : (a as number);
  let c: number;
  if (Number.isInteger(y)) c = x < BigInt(y) ? -1 : x > BigInt(y) ? 1 : 0;
  else {
    const fy = Math.floor(y);
    c = x <= BigInt(fy) ? -1 : 1;
  }
  return typeof a === 'bigint' ? c : -c;
}

function compareStr(a: string, b: string): number {
  if (a === b) return 0;
  // Go compares UTF-8 bytes, i.e. code points
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(i)!;
    if (ca !== cb) return ca < cb ? -1 : 1;
    if (ca > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** OPA's total order over values: negative, zero or positive. */
export function compare(a: Value, b: Value): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 0:
      return 0;
    case 1:
      return a === b ? 0 : a ? 1 : -1;
    case 2:
      return compareNum(a as number, b as number);
    case 3:
      return compareStr(a as string, b as string);
    case 4: {
      const x = a as Value[];
      const y = b as Value[];
      const n = Math.min(x.length, y.length);
      for (let i = 0; i < n; i++) {
        const c = compare(x[i], y[i]);
        if (c !== 0) return c;
      }
      return x.length - y.length;
    }
    case 5: {
      const x = (a as RObject).sortedEntries();
      const y = (b as RObject).sortedEntries();
      const n = Math.min(x.length, y.length);
      for (let i = 0; i < n; i++) {
        const c = compare(x[i][0], y[i][0]);
        if (c !== 0) return c;
        const d = compare(x[i][1], y[i][1]);
        if (d !== 0) return d;
      }
      return x.length - y.length;
    }
    default: {
      const x = (a as RSet).sorted();
      const y = (b as RSet).sorted();
      const n = Math.min(x.length, y.length);
      for (let i = 0; i < n; i++) {
        const c = compare(x[i], y[i]);
        if (c !== 0) return c;
      }
      return x.length - y.length;
    }
  }
}

/** Value equality (1 == 1.0; sets and objects by content). */
export function equal(a: Value, b: Value): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === 'string' || ta === 'boolean' || typeof b === 'string' || typeof b === 'boolean') return false;
  return hashOf(a) === hashOf(b);
}

/** A number's decimal text as OPA prints it (integers without exponent up to 1e21, like Go's json). */
export function numText(n: number | bigint): string {
  if (typeof n === 'bigint') return n.toString();
  if (Object.is(n, -0)) return '0';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return BigInt(n).toString();
  const s = String(n);
  return s.replace(/e\+?/, (m) => (m === 'e+' ? 'e+' : 'e'));
}

/** Plain JSON (bigint allowed) -> engine value. Engine values pass through. */
export function fromJSONValue(v: unknown): Value {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return v;
    case 'bigint':
      return normBig(v);
  }
  if (Array.isArray(v)) return v.map(fromJSONValue);
  if (v instanceof RObject || v instanceof RSet) return v;
  if (v instanceof Set) return RSet.from([...v].map(fromJSONValue));
  if (v instanceof Map) return RObject.from([...v].map(([k, x]) => [fromJSONValue(k), fromJSONValue(x)]));
  // a plain object: fill the map directly (string keys as themselves, as mapKey does)
  const o = new RObject();
  const rec = v as Record<string, unknown>;
  for (const k of Object.keys(rec)) {
    const x = rec[k];
    if (x === undefined) continue;
    const mk = k.length === 0 || k.charCodeAt(0) !== 0 ? k : '\u0000' + hashOf(k);
    o.map.set(mk, [k, fromJSONValue(x)]);
  }
  return o;
}

/** A value as an object key string when serialised to JSON (OPA: non-string keys are JSON-encoded). */
function jsonKey(k: Value): string {
  if (typeof k === 'string') return k;
  return stringifyJSON(toJSONValue(k, true));
}

/**
 * Engine value -> plain JSON. Sets become sorted arrays; object keys are strings.
 * With `exact`, integers beyond 2^53 stay `bigint` (use {@link stringifyJSON} to print them);
 * otherwise they become the nearest JS number.
 */
export function toJSONValue(v: Value, exact = false): unknown {
  if (v === null || typeof v !== 'object') {
    if (typeof v === 'bigint' && !exact) return Number(v);
    return v;
  }
  if (Array.isArray(v)) return v.map((x) => toJSONValue(x, exact));
  if (v instanceof RSet) return v.sorted().map((x) => toJSONValue(x, exact));
  const out: Record<string, unknown> = {};
  for (const [k, x] of (v as RObject).sortedEntries()) {
    const key = jsonKey(k);
    // an own "__proto__" member, as JSON.parse makes it (plain assignment would set the prototype)
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: toJSONValue(x, exact), enumerable: true, writable: true, configurable: true });
    else out[key] = toJSONValue(x, exact);
  }
  return out;
}

/** JSON.stringify that prints bigint exactly and numbers as OPA does. */
export function stringifyJSON(v: unknown, indent?: number): string {
  const ind = indent ? ' '.repeat(indent) : '';
  const go = (x: unknown, pad: string): string => {
    if (x === null || x === undefined) return 'null';
    if (typeof x === 'bigint') return x.toString();
    if (typeof x === 'number') return Number.isFinite(x) ? numText(x) : 'null';
    if (typeof x === 'string' || typeof x === 'boolean') return JSON.stringify(x);
    const inner = pad + ind;
    const nl = ind ? '\n' : '';
    if (Array.isArray(x)) {
      if (x.length === 0) return '[]';
      return '[' + nl + x.map((e) => inner + go(e, inner)).join(',' + nl) + nl + pad + ']';
    }
    const ents = Object.entries(x as object);
    if (ents.length === 0) return '{}';
    const sep = ind ? ': ' : ':';
    return '{' + nl + ents.map(([k, e]) => inner + JSON.stringify(k) + sep + go(e, inner)).join(',' + nl) + nl + pad + '}';
  };
  return go(v, '');
}

/** A value as Rego/JSON text (sets as `{1, 2}`, like OPA's String()), used by sprintf %v and messages. */
export function stringifyValue(v: Value): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
    case 'bigint':
      return numText(v);
    case 'boolean':
      return String(v);
  }
  if (Array.isArray(v)) return '[' + v.map(stringifyValue).join(', ') + ']';
  if (v instanceof RSet) return v.size === 0 ? 'set()' : '{' + v.sorted().map(stringifyValue).join(', ') + '}';
  return (
    '{' +
    (v as RObject)
      .sortedEntries()
      .map(([k, x]) => stringifyValue(k) + ': ' + stringifyValue(x))
      .join(', ') +
    '}'
  );
}
