/**
 * RFC 8785 JSON Canonicalization Scheme, through the `canonicalize` library; plus exact integers.
 *
 * Exact integers: JSON (RFC 8259 §6) allows integers of any size, but JavaScript numbers hold only
 * those up to 2^53 exactly. Where a format carries larger integers (YAML and JSON config files,
 * int64 fields), they are kept as `bigint` and written as their exact decimal digits. RFC 8785
 * serializes numbers as IEEE 754 doubles, so for a bigint the canonical form here writes the exact
 * digits instead (the only deviation; values without bigints canonicalize exactly as RFC 8785 says).
 */
import canonicalizeLib from 'canonicalize';

const canonicalize = canonicalizeLib as unknown as (v: unknown) => string | undefined;

/**
 * Serializes a JSON value per RFC 8785 (sorted keys by UTF-16 code units, ES number formatting);
 * a `bigint` is written as its exact decimal digits.
 * @throws TypeError when the value is not representable as JSON (undefined, a function, a non-finite number).
 */
export function canonicalJson(value: unknown): string {
  // the commonest single values (a digest, a path, a size) need no array
  if (typeof value === 'string' && PLAIN_ASCII.test(value)) return '"' + value + '"';
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  const parts: string[] = [];
  if (fastCanonical(value, parts, 0)) return parts.join('');
  let out: string | undefined;
  try {
    out = canonicalize(value);
  } catch (e) {
    // the library cannot write a bigint (JSON.stringify throws): the exact serializer below can
    if (!(e instanceof TypeError) || !/BigInt/i.test(e.message)) throw e;
    out = canonicalExact(value);
  }
  if (out === undefined) throw new TypeError('value is not representable as JSON');
  return out;
}

// Printable ASCII other than '"' and '\\': such a string's JSON (and RFC 8785) form is the string in quotes.
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
// a lone surrogate (a high one not followed by a low one, or a low one not preceded by a high one)
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const MAX_FAST_DEPTH = 256;

/**
 * The fast path of {@link canonicalJson}: appends RFC 8785 text of `v` to `out` for the values whose
 * form is certain (plain objects and arrays, strings without lone surrogates, finite numbers,
 * booleans, null) and returns false, leaving the caller to use the library, on anything else
 * (undefined, bigint, functions, symbols, toJSON, class instances, NaN, lone surrogates, nesting
 * deeper than 256, possible cycles). Its output equals `canonicalize(v)` byte for byte
 * (tests/evidence/jcs-fast.test.ts checks it on random values against the library); it exists
 * because large manifests (100,000 entries, ~21 MB) spent most of their signing time in the
 * library's per-value string building. Member names sort by UTF-16 code units, as RFC 8785 3.2.3
 * says (Array.prototype.sort's default order); numbers use ECMAScript's Number::toString (3.2.2.3).
 */
function fastCanonical(v: unknown, out: string[], depth: number): boolean {
  switch (typeof v) {
    case 'string':
      if (PLAIN_ASCII.test(v)) out.push('"' + v + '"');
      else if (LONE_SURROGATE.test(v)) return false;
      else out.push(JSON.stringify(v));
      return true;
    case 'number':
      if (!Number.isFinite(v)) return false;
      out.push(JSON.stringify(v));
      return true;
    case 'boolean':
      out.push(v ? 'true' : 'false');
      return true;
    case 'object': {
      if (v === null) {
        out.push('null');
        return true;
      }
      if (depth >= MAX_FAST_DEPTH) return false;
      if (Array.isArray(v)) {
        if (Object.getPrototypeOf(v) !== Array.prototype) return false;
        out.push('[');
        for (let i = 0; i < v.length; i++) {
          if (i) out.push(',');
          const x: unknown = v[i];
          // the library writes undefined and symbols in arrays as null: leave those to it
          if (x === undefined || !fastCanonical(x, out, depth + 1)) return false;
        }
        out.push(']');
        return true;
      }
      const proto: unknown = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return false;
      if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
      const keys = Object.keys(v).sort();
      out.push('{');
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const x = (v as Record<string, unknown>)[k];
        // skipped and oddly written members (undefined, symbols, functions) are the library's business
        if (x === undefined || typeof x === 'function' || typeof x === 'symbol') return false;
        if (i) out.push(',');
        if (PLAIN_ASCII.test(k)) out.push('"' + k + '":');
        else if (LONE_SURROGATE.test(k)) return false;
        else out.push(JSON.stringify(k) + ':');
        if (!fastCanonical(x, out, depth + 1)) return false;
      }
      out.push('}');
      return true;
    }
    default:
      return false;
  }
}

/** RFC 8785 for values holding bigints: structure here, every non-bigint leaf through the library. */
function canonicalExact(v: unknown): string {
  if (typeof v === 'bigint') return v.toString();
  if (v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    const s = canonicalize(v);
    if (s === undefined) throw new TypeError('value is not representable as JSON');
    return s;
  }
  if (Array.isArray(v)) return '[' + v.map((x) => (x === undefined ? 'null' : canonicalExact(x))).join(',') + ']';
  const keys = Object.keys(v).sort();
  const parts: string[] = [];
  for (const k of keys) {
    const x = (v as Record<string, unknown>)[k];
    if (x === undefined) continue;
    parts.push(JSON.stringify(k) + ':' + canonicalExact(x));
  }
  return '{' + parts.join(',') + '}';
}

/** RFC 8785 canonical JSON as UTF-8 bytes. */
export function canonicalBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(value));
}

const rawJSON = (JSON as unknown as { rawJSON: (text: string) => unknown }).rawJSON;

/**
 * `JSON.stringify` that writes a `bigint` as its exact decimal digits (reports, JSON output).
 * @param indent spaces, as JSON.stringify's third argument
 */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? rawJSON(v.toString()) : v), indent);
}

/**
 * `JSON.parse` that keeps integers beyond 2^53 exact: an integer literal (no fraction, no exponent)
 * whose value is not a safe integer becomes a `bigint`; every other number stays a number.
 * @throws SyntaxError on malformed JSON
 */
export function parseJsonExact(text: string): unknown {
  // without an integer token of 16 or more digits every integer is safe: JSON.parse alone gives the
  // same value, without a reviver call per value (a 15 MB config snapshot: 5x faster)
  if (!UNSAFE_INTEGER_TOKEN.test(text)) return JSON.parse(text);
  return JSON.parse(text, function (this: unknown, _k: string, v: unknown, ctx?: { source?: string }) {
    if (typeof v === 'number' && !Number.isSafeInteger(v) && Number.isInteger(v) && ctx?.source && /^-?\d+$/.test(ctx.source))
      return BigInt(ctx.source);
    return v;
  } as (this: unknown, k: string, v: unknown) => unknown);
}

/** A number token that may be an unsafe integer (2^53 has 16 digits), anywhere in the text (strings too: at worst the slow path). */
const UNSAFE_INTEGER_TOKEN = /(?<![\w.])\d{16,}(?![\w.])/;

/** A bigint as a number when it is exactly representable (|b| ≤ 2^53 − 1), else the bigint. */
export function exactInteger(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
