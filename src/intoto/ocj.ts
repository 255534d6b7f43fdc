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

function encodeString(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

function encode(value: unknown, out: string[], path: string): void {
  if (typeof value === 'string') out.push(encodeString(value));
  else if (value === true) out.push('true');
  else if (value === false) out.push('false');
  else if (value === null) out.push('null');
  else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new InputError(undefined, path || '(root)', 'an integer (canonical JSON has no floats)', { found: String(value) });
    out.push(String(value));
  } else if (Array.isArray(value)) {
    out.push('[');
    value.forEach((v, i) => {
      if (i) out.push(',');
      encode(v, out, `${path}[${i}]`);
    });
    out.push(']');
  } else if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort(compareCodePoints);
    out.push('{');
    keys.forEach((k, i) => {
      if (i) out.push(',');
      out.push(encodeString(k), ':');
      encode(obj[k], out, path ? `${path}.${k}` : k);
    });
    out.push('}');
  } else {
    throw new InputError(undefined, path || '(root)', 'a JSON value encodable as canonical JSON', { found: typeof value });
  }
}

/**
 * Encodes a JSON value as OLPC canonical JSON text (securesystemslib `encode_canonical`).
 * Members whose value is `undefined` are omitted.
 * @throws InputError for non-integer numbers and values JSON cannot represent.
 */
export function encodeCanonical(value: unknown): string {
  const out: string[] = [];
  encode(value, out, '');
  return out.join('');
}

/** UTF-8 bytes of {@link encodeCanonical}: what in-toto signs (`Signable.signable_bytes`). */
export function canonicalBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(encodeCanonical(value));
}
