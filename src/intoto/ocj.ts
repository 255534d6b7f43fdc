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

/**
 * Sorts keys by code point. Metadata files are usually written with sorted keys: one pass over adjacent
 * pairs finds them already sorted (no sort, no surrogate scan); otherwise the built-in UTF-16 sort, which
 * is the code point order unless a key holds a surrogate.
 */
function sortKeys(keys: string[]): string[] {
  let i = 1;
  while (i < keys.length && compareCodePoints(keys[i - 1], keys[i]) <= 0) i++;
  if (i >= keys.length) return keys;
  if (keys.some((k) => SURROGATE.test(k))) return keys.sort(compareCodePoints);
  return keys.sort();
}

/** Raised inside the encoder; {@link pathTo} finds where, only when it is raised. */
class Unencodable extends Error {
  constructor(
    readonly expected: string,
    readonly found: string,
  ) {
    super(expected);
  }
}

/**
 * Deepest nesting of arrays and objects the encoder writes (hostile input is bounded; the reference's
 * JSON parser gives up near 1,000 levels, Python's recursion limit).
 */
export const MAX_CANONICAL_DEPTH = 1000;

/** Nesting depth of the value being encoded. */
let depth = 0;

// The encoder writes UTF-8 straight into one growing buffer (no per-node strings or concatenation):
// `out` and `pos` are the state of the single, synchronous encoding in progress.
let out: Buffer = Buffer.alloc(0);
let pos = 0;

function grow(n: number): void {
  const next = Buffer.allocUnsafe(Math.max(out.length * 2, pos + n, 1 << 12));
  out.copy(next, 0, 0, pos);
  out = next;
}

function writeAscii(s: string): void {
  if (pos + s.length > out.length) grow(s.length);
  pos += out.write(s, pos, 'latin1');
}

function writeString(s: string): void {
  const n = s.length;
  // a UTF-16 unit is at most 3 UTF-8 bytes (a surrogate pair, 2 units, is 4)
  if (pos + n * 3 + 2 > out.length) grow(n * 3 + 2);
  // ASCII without `"` or `\`, by far the common case (paths, digests, names): copied byte for byte
  const buf = out;
  let p = pos;
  buf[p++] = 0x22;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0x22 || c === 0x5c) {
      writeStringSlow(s);
      return;
    }
    buf[p++] = c;
  }
  buf[p++] = 0x22;
  pos = p;
}

function writeStringSlow(s: string): void {
  if (NEEDS_ESCAPE.test(s)) s = s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const max = s.length * 3 + 2;
  if (pos + max > out.length) grow(max);
  out[pos++] = 0x22;
  pos += out.write(s, pos, 'utf8');
  out[pos++] = 0x22;
}

function encode(value: unknown): void {
  switch (typeof value) {
    case 'string':
      writeString(value);
      return;
    case 'boolean':
      writeAscii(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isSafeInteger(value)) throw new Unencodable('an integer (canonical JSON has no floats)', String(value));
      writeAscii(String(value));
      return;
    case 'object': {
      if (value === null) {
        writeAscii('null');
        return;
      }
      if (depth >= MAX_CANONICAL_DEPTH) throw new Unencodable(`values nested at most ${MAX_CANONICAL_DEPTH} levels deep`, 'deeper nesting');
      depth++;
      try {
        encodeContainer(value);
      } finally {
        depth--;
      }
      return;
    }
    default:
      throw new Unencodable('a JSON value encodable as canonical JSON', typeof value);
  }
}

function encodeContainer(value: object): void {
  if (pos + 2 > out.length) grow(2);
  if (Array.isArray(value)) {
    out[pos++] = 0x5b; // [
    for (let i = 0; i < value.length; i++) {
      if (i) {
        if (pos + 1 > out.length) grow(1);
        out[pos++] = 0x2c; // ,
      }
      encode(value[i]);
    }
    if (pos + 1 > out.length) grow(1);
    out[pos++] = 0x5d; // ]
    return;
  }
  const obj = value as Record<string, unknown>;
  let keys = Object.keys(obj);
  if (keys.length > 1) keys = sortKeys(keys);
  out[pos++] = 0x7b; // {
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    if (v === undefined) continue;
    if (!first) {
      if (pos + 1 > out.length) grow(1);
      out[pos++] = 0x2c; // ,
    }
    first = false;
    writeString(k);
    if (pos + 1 > out.length) grow(1);
    out[pos++] = 0x3a; // :
    encode(v);
  }
  if (pos + 1 > out.length) grow(1);
  out[pos++] = 0x7d; // }
}

/** The path (`a.b[2]`) of the first value the encoder refuses, in encoding order; '' for the root. */
function pathTo(value: unknown, level = 0): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? undefined : '';
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return undefined;
  if (typeof value !== 'object') return '';
  if (level >= MAX_CANONICAL_DEPTH) return '';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = pathTo(value[i], level + 1);
      if (p !== undefined) return `[${i}]${p}`;
    }
    return undefined;
  }
  const obj = value as Record<string, unknown>;
  for (const k of sortKeys(Object.keys(obj))) {
    if (obj[k] === undefined) continue;
    const p = pathTo(obj[k], level + 1);
    if (p !== undefined) return `.${k}${p}`;
  }
  return undefined;
}

/** Encodes into a fresh buffer; returns its used part. @throws InputError as {@link encodeCanonical} */
function encodeToBuffer(value: unknown, sizeHint = 0): Buffer {
  out = Buffer.allocUnsafe(Math.max(1 << 12, Math.min(sizeHint, 1 << 30)));
  pos = 0;
  try {
    encode(value);
    return out.subarray(0, pos);
  } catch (e) {
    if (!(e instanceof Unencodable)) throw e;
    const where = (pathTo(value) ?? '').replace(/^\./, '') || '(root)';
    throw new InputError(undefined, where, e.expected, { found: e.found });
  } finally {
    out = Buffer.alloc(0);
    pos = 0;
    depth = 0;
  }
}

/** Writes a non-empty hex string (`[0-9a-fA-F]+`) as a JSON string; false (nothing usable written) otherwise. */
function writeHex(h: string): boolean {
  const n = h.length;
  if (n === 0) return false;
  if (pos + n + 2 > out.length) grow(n + 2);
  const buf = out;
  let p = pos;
  buf[p++] = 0x22;
  for (let i = 0; i < n; i++) {
    const c = h.charCodeAt(i);
    const l = c | 0x20; // ASCII lower case
    if (!((c >= 0x30 && c <= 0x39) || (l >= 0x61 && l <= 0x66))) return false;
    buf[p++] = c;
  }
  buf[p++] = 0x22;
  pos = p;
  return true;
}

/** Writes an artifact dict (path to digest set of algorithm to hex); false at the first entry of another shape. */
function writeArtifacts(dict: unknown): boolean {
  if (!dict || typeof dict !== 'object' || Array.isArray(dict)) return false;
  const obj = dict as Record<string, unknown>;
  let paths = Object.keys(obj);
  if (paths.length > 1) paths = sortKeys(paths);
  if (pos + 1 > out.length) grow(1);
  out[pos++] = 0x7b; // {
  for (let i = 0; i < paths.length; i++) {
    const set = obj[paths[i]];
    if (!set || typeof set !== 'object' || Array.isArray(set)) return false;
    if (pos + 1 > out.length) grow(1);
    if (i) out[pos++] = 0x2c; // ,
    writeString(paths[i]);
    const digests = set as Record<string, unknown>;
    let algs = Object.keys(digests);
    if (algs.length > 1) algs = sortKeys(algs);
    if (pos + 2 > out.length) grow(2);
    out[pos++] = 0x3a; // :
    out[pos++] = 0x7b; // {
    for (let j = 0; j < algs.length; j++) {
      const h = digests[algs[j]];
      if (typeof h !== 'string') return false;
      if (pos + 1 > out.length) grow(1);
      if (j) out[pos++] = 0x2c; // ,
      writeString(algs[j]);
      if (pos + 1 > out.length) grow(1);
      out[pos++] = 0x3a; // :
      if (!writeHex(h)) return false;
    }
    if (pos + 1 > out.length) grow(1);
    out[pos++] = 0x7d; // }
  }
  if (pos + 1 > out.length) grow(1);
  out[pos++] = 0x7d; // }
  return true;
}

/** The members of a normalized link (in_toto.models.link.Link), in code point order. */
const LINK_MEMBERS = ['_type', 'byproducts', 'command', 'environment', 'materials', 'name', 'products'];

/**
 * {@link canonicalBytes} of a normalized in-toto link (exactly the members of `LINK_MEMBERS`, none
 * undefined), written in the same single pass that checks its artifacts: every value of `materials` and
 * `products` must be a digest set, an object of algorithm to non-empty hex string (securesystemslib
 * HASHDICT_SCHEMA). Returns the bytes, byte-identical to `canonicalBytes(link)`; `'artifacts'` when an
 * artifact is of another shape (the caller names it); `undefined` when `link` is not of that form.
 * @throws InputError as {@link canonicalBytes} for a member canonical JSON cannot encode.
 */
export function canonicalLinkBytes(link: Record<string, unknown>, sizeHint = 0): Uint8Array | 'artifacts' | undefined {
  const keys = Object.keys(link);
  if (keys.length !== LINK_MEMBERS.length || LINK_MEMBERS.some((k) => link[k] === undefined)) return undefined;
  out = Buffer.allocUnsafe(Math.max(1 << 12, Math.min(sizeHint, 1 << 30)));
  pos = 0;
  // the members are one level inside the link, as in canonicalBytes(link)
  depth = 1;
  try {
    for (let i = 0; i < LINK_MEMBERS.length; i++) {
      const k = LINK_MEMBERS[i];
      writeAscii(i ? `,"${k}":` : `{"${k}":`);
      if (k === 'materials' || k === 'products') {
        if (!writeArtifacts(link[k])) return 'artifacts';
      } else encode(link[k]);
    }
    writeAscii('}');
    return out.subarray(0, pos);
  } catch (e) {
    if (!(e instanceof Unencodable)) throw e;
    const where = (pathTo(link) ?? '').replace(/^\./, '') || '(root)';
    throw new InputError(undefined, where, e.expected, { found: e.found });
  } finally {
    out = Buffer.alloc(0);
    pos = 0;
    depth = 0;
  }
}

/**
 * Encodes a JSON value as OLPC canonical JSON text (securesystemslib `encode_canonical`).
 * Members whose value is `undefined` are omitted. The text is the UTF-8 decoding of
 * {@link canonicalBytes}: a lone surrogate (which Python cannot encode at all) reads as U+FFFD.
 * @throws InputError for non-integer numbers and values JSON cannot represent, naming the path.
 */
export function encodeCanonical(value: unknown): string {
  return encodeToBuffer(value).toString('utf8');
}

/**
 * UTF-8 bytes of {@link encodeCanonical}: what in-toto signs (`Signable.signable_bytes`), written in
 * one pass into one buffer.
 * @param sizeHint expected size in bytes (e.g. the length of the JSON text the value was parsed from):
 *   the buffer starts that large instead of growing by doubling
 * @throws InputError as {@link encodeCanonical}.
 */
export function canonicalBytes(value: unknown, sizeHint?: number): Uint8Array {
  return encodeToBuffer(value, sizeHint);
}
