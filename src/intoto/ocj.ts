/**
 * OLPC canonical JSON as securesystemslib encodes it (`securesystemslib.formats.encode_canonical`,
 * following http://wiki.laptop.org/go/Canonical_JSON). in-toto metadata (layouts and links,
 * specification v1.0 section 4.2) is signed over the UTF-8 bytes of this encoding of the `signed` object.
 *
 * This is not RFC 8785 (src/core/jcs.ts): strings escape only `\` and `"` (every other character,
 * control characters included, is written raw), object members are sorted by Unicode code point,
 * and only integers are allowed (floats are an error).
 */
import { InputError } from '../core/errors.js';

/** Compares two strings by Unicode code point (Python's `str` ordering), not UTF-16 code unit. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (U+D800-DFFF) encodes a code point above U+FFFF: it sorts after every BMP unit.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

const NEEDS_ESCAPE = /["\\]/;
const SURROGATE = /[\ud800-\udfff]/;

function encodeString(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

/** Sorts keys by code point; the built-in UTF-16 sort is identical unless a key holds a surrogate. */
function sortKeys(keys: string[]): string[] {
  if (keys.some((k) => SURROGATE.test(k))) return keys.sort(compareCodePoints);
  // metadata files are usually written with sorted keys: skip the sort when they already are
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] > keys[i]) return keys.sort();
  return keys;
}

/** Raised inside the encoder; the path is filled in while unwinding (no cost on the normal path). */
class Unencodable extends Error {
  path: string[] = [];
  constructor(
    readonly expected: string,
    readonly found: string,
  ) {
    super(expected);
  }
}

function encode(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return encodeString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(value)) throw new Unencodable('an integer (canonical JSON has no floats)', String(value));
      return String(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let s = '[';
        for (let i = 0; i < value.length; i++) {
          try {
            s += (i ? ',' : '') + encode(value[i]);
          } catch (e) {
            if (e instanceof Unencodable) e.path.unshift(`[${i}]`);
            throw e;
          }
        }
        return s + ']';
      }
      const obj = value as Record<string, unknown>;
      let keys = Object.keys(obj);
      if (keys.length > 1) keys = sortKeys(keys);
      let s = '{';
      let first = true;
      for (const k of keys) {
        const v = obj[k];
        if (v === undefined) continue;
        try {
          s += (first ? '' : ',') + encodeString(k) + ':' + encode(v);
        } catch (e) {
          if (e instanceof Unencodable) e.path.unshift(`.${k}`);
          throw e;
        }
        first = false;
      }
      return s + '}';
    }
    default:
      throw new Unencodable('a JSON value encodable as canonical JSON', typeof value);
  }
}

/**
 * Encodes a JSON value as OLPC canonical JSON text (securesystemslib `encode_canonical`).
 * Members whose value is `undefined` are omitted.
 * @throws InputError for non-integer numbers and values JSON cannot represent.
 */
export function encodeCanonical(value: unknown): string {
  try {
    return encode(value);
  } catch (e) {
    if (!(e instanceof Unencodable)) throw e;
    throw new InputError(undefined, e.path.join('').replace(/^\./, '') || '(root)', e.expected, { found: e.found });
  }
}

/** UTF-8 bytes of {@link encodeCanonical}: what in-toto signs (`Signable.signable_bytes`). */
export function canonicalBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(encodeCanonical(value));
}
