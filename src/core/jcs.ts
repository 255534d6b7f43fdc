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
  return JSON.parse(text, function (this: unknown, _k: string, v: unknown, ctx?: { source?: string }) {
    if (typeof v === 'number' && !Number.isSafeInteger(v) && Number.isInteger(v) && ctx?.source && /^-?\d+$/.test(ctx.source)) return BigInt(ctx.source);
    return v;
  } as (this: unknown, k: string, v: unknown) => unknown);
}

/** A bigint as a number when it is exactly representable (|b| ≤ 2^53 − 1), else the bigint. */
export function exactInteger(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
