/**
 * One-pass scanner for link Metablocks as in-toto writes them (`json.dumps(..., sort_keys=True)`, any
 * indentation): reads the file's bytes once and produces, without building an object per artifact,
 *
 * - the OLPC canonical bytes of the normalized `signed` link (what its signatures cover, specification
 *   v1.0 section 4.2; byte-identical to `canonicalBytes(readLink(JSON.parse(text).signed))`), and
 * - an artifact index (artifact-index.ts) of its materials and products: path to digest key.
 *
 * It is a fast path only. It accepts the common, unambiguous form and answers `undefined` for anything
 * else, and the caller then takes the general path (JSON.parse, normalization, the generic encoder),
 * which also produces every error message. The form accepted:
 *
 * - the top level is an object with exactly the members `signatures` and `signed`, in that order;
 * - `signed` has exactly the seven members of a normalized link (`_type`, `byproducts`, `command`,
 *   `environment`, `materials`, `name`, `products`) in that (code point) order, `_type` is `"link"`,
 *   `name` a string, `byproducts` and `environment` objects and `command` a list of strings;
 * - in `materials` and `products`, every artifact has a digest set of one algorithm (a non-empty hex
 *   string); paths and algorithm names are printable ASCII strings without `"` or `\` (so without
 *   escapes: a string's bytes are its characters, and its canonical text is its text), paths other than
 *   `__proto__`, each path strictly greater than the one before (sorted, no duplicates: for ASCII, UTF-16
 *   order is code point order); there the canonical text is the file's text without its whitespace, which
 *   one loop over the bytes writes while it checks the form and notes where each path and digest lies;
 * - the other members (and `signatures`) are parsed with JSON.parse from their own bytes and encoded
 *   by the generic encoder; nesting is bounded ({@link MAX_SCAN_DEPTH}).
 *
 * Nothing here is trusted: the caller verifies a signature over the bytes before the rules read the index.
 */
import { SortedArtifactIndex, type ArtifactIndex, type DigestKeySlices } from './artifact-index.js';
import { canonicalBytes } from './ocj.js';

/** Deepest nesting the scanner follows; deeper values go to the general path (which bounds it too). */
export const MAX_SCAN_DEPTH = 1000;

/** Largest file the scanner reads (bytes); larger ones go to the general path. */
const MAX_SCAN_BYTES = 0x3fffffff;

/** What the scanner read from a link Metablock. */
export interface ScannedLink {
  /** the parsed `signatures` member, unchecked */
  signatures: unknown;
  /** the normalized link's members other than its artifacts */
  name: string;
  byproducts: Record<string, unknown>;
  command: string[];
  environment: Record<string, unknown>;
  materials: ArtifactIndex;
  products: ArtifactIndex;
  /** OLPC canonical bytes of the normalized `signed` link */
  bytes: Uint8Array;
}

/** An artifact dict already scanned: its text (from `{` to `}`), canonical text (without braces) and index arrays. */
interface DictScan {
  text: Uint8Array;
  canonical: Uint8Array;
  paths: string[];
  keys: DigestKeySlices;
}

/** Dicts shorter than this (bytes) are not kept in a {@link ScanMemo}: rescanning them is cheap. */
const MEMO_MIN_LENGTH = 4096;
/** How many bytes of a dict's text a {@link ScanMemo} files it under. */
const MEMO_HEAD = 256;

/**
 * Artifact dicts already scanned, for the links of one verification (create one per verification and pass
 * it to each {@link scanLinkMetablock} call). The links of a supply chain repeat whole dicts: a step's
 * materials are the products of the step before, and in-toto writes both at the same depth, so with the
 * same text byte for byte. The canonical text and index of a dict are a function of its text alone, so a
 * dict met again (the same bytes from its `{` to its `}`: one memory comparison) is taken from here instead
 * of scanned again. Holds the files' bytes while it lives.
 */
export class ScanMemo {
  private readonly byHead = new Map<string, DictScan[]>();
  private count = 0;
  /** The number of dicts held. */
  get size(): number {
    return this.count;
  }
  /** The dict whose text starts at `start` of `bytes`, if one with the same text was kept. */
  find(bytes: Buffer, start: number): DictScan | undefined {
    const end = bytes.length;
    if (end - start < MEMO_MIN_LENGTH) return undefined;
    const list = this.byHead.get(bytes.toString('latin1', start, start + MEMO_HEAD));
    if (list)
      for (const d of list) {
        const n = d.text.length;
        if (n <= end - start && bytes[start + n - 1] === 0x7d && bytes.compare(d.text, 0, n, start, start + n) === 0) return d;
      }
    return undefined;
  }
  /** Keeps a scanned dict (if long enough to be worth it). */
  add(d: DictScan): void {
    if (d.text.length < MEMO_MIN_LENGTH) return;
    const head = Buffer.from(d.text.buffer, d.text.byteOffset, MEMO_HEAD).toString('latin1');
    const list = this.byHead.get(head);
    if (list) list.push(d);
    else this.byHead.set(head, [d]);
    this.count++;
  }
  /** Forgets every dict (and the bytes they hold). */
  clear(): void {
    this.byHead.clear();
    this.count = 0;
  }
}

/** Raised to leave the fast path; never escapes {@link scanLinkMetablock}. */
const BAIL = new Error('not on the fast path');

// Scanner state of the single, synchronous scan in progress: the file's bytes and the read position; the
// buffer the canonical bytes are written into and the write position.
let b: Buffer = Buffer.alloc(0);
let p = 0;
let out: Buffer = Buffer.alloc(0);
let o = 0;
let memo: ScanMemo | undefined;

const isWs = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** The position of the first non-whitespace byte at or after `i`. */
function skipWs(i: number): number {
  while (isWs(b[i])) i++;
  return i;
}

/** Reads the character `c` after optional whitespace. */
function expect(c: number): void {
  p = skipWs(p);
  if (b[p] !== c) throw BAIL;
  p++;
}

/** Reads `,` (true: another member follows) or `close` (false) after optional whitespace. */
function more(close: number): boolean {
  p = skipWs(p);
  const c = b[p++];
  if (c === 0x2c) return true;
  if (c === close) return false;
  throw BAIL;
}

/** Reads a string of printable ASCII other than `"` and `\` (no escapes); returns its contents. */
function plain(): string {
  p = skipWs(p);
  if (b[p] !== 0x22) throw BAIL;
  const q = b.indexOf(0x22, p + 1);
  if (q < 0) throw BAIL;
  for (let i = p + 1; i < q; i++) {
    const c = b[i];
    if (c < 0x20 || c > 0x7e || c === 0x5c) throw BAIL;
  }
  const s = b.toString('latin1', p + 1, q);
  p = q + 1;
  return s;
}

/** Skips one JSON value (its syntax is checked by JSON.parse of its bytes); bounded nesting. */
function skipValue(depth: number): void {
  p = skipWs(p);
  const c = b[p];
  if (c === 0x22) {
    // to the closing quote: the first one not escaped by an odd run of backslashes (in UTF-8, no byte of
    // a multi-byte character is `"` or `\`)
    let i = p + 1;
    for (;;) {
      const q = b.indexOf(0x22, i);
      if (q < 0) throw BAIL;
      let k = q - 1;
      while (b[k] === 0x5c) k--;
      i = q + 1;
      if ((q - 1 - k) % 2 === 0) break;
    }
    p = i;
  } else if (c === 0x7b || c === 0x5b) {
    if (depth >= MAX_SCAN_DEPTH) throw BAIL;
    const close = c === 0x7b ? 0x7d : 0x5d;
    p = skipWs(p + 1);
    if (b[p] === close) {
      p++;
      return;
    }
    do {
      if (c === 0x7b) {
        skipValue(depth + 1);
        expect(0x3a);
      }
      skipValue(depth + 1);
    } while (more(close));
  } else {
    // a number or a literal: up to the next delimiter (or the end)
    const start = p;
    const n = b.length;
    while (p < n) {
      const d = b[p];
      if (d === 0x2c || d === 0x5d || d === 0x7d || isWs(d)) break;
      p++;
    }
    if (p === start) throw BAIL;
  }
}

/** The next value, parsed by JSON.parse from its own bytes (decoded as UTF-8, as the whole file would be). */
function parseValue(): unknown {
  p = skipWs(p);
  const start = p;
  // a member is one level inside the document (canonical JSON's bound counts from `signed`)
  skipValue(1);
  try {
    return JSON.parse(b.toString('utf8', start, p));
  } catch {
    throw BAIL;
  }
}

/** Reads a member name on the fast path (`"name":`) and checks it. */
function member(name: string): void {
  if (plain() !== name) throw BAIL;
  expect(0x3a);
}

/** Writes bytes at the write position. */
function put(x: Uint8Array): void {
  if (o + x.length > out.length) throw BAIL;
  out.set(x, o);
  o += x.length;
}

/** Writes an ASCII string at the write position. */
function putAscii(s: string): void {
  if (o + s.length > out.length) throw BAIL;
  o += out.write(s, o, 'latin1');
}

// Byte classes of the artifact loop: PLAIN a string byte on the fast path (printable ASCII other than `"`
// and `\`), HEX a hex digit (also PLAIN), WS JSON whitespace.
const PLAIN = 1;
const HEX = 2;
const WS = 4;
const CLASS = new Uint8Array(256);
for (let c = 0x20; c <= 0x7e; c++) if (c !== 0x22 && c !== 0x5c) CLASS[c] = PLAIN;
for (const c of Buffer.from('0123456789abcdefABCDEF')) CLASS[c] |= HEX;
for (const c of Buffer.from(' \t\n\r')) CLASS[c] |= WS;

/**
 * Where the artifacts of the last {@link artifactLoop} lie in the canonical text: per artifact the start
 * and end of its path and of its digest key. Reused across dicts (grown as needed).
 */
let at = new Int32Array(4);
/** What {@link artifactLoop} reached: the read position after the dict's `}`, the write position, the number of entries of `at` filled. */
let loopEnd = 0;
let loopOut = 0;
let loopCount = 0;

/**
 * The loop over the bytes of an artifact dict: from `i`, just after the dict's `{`, it checks the accepted
 * form, writes every byte that is not whitespace to `w` from `j` (a string's bytes are its canonical text:
 * no escapes) and notes where each path and digest key lies (in `at`). Kept apart from the rest, so that
 * V8 optimizes it (on stack replacement) as one tight loop of table lookups.
 * @throws BAIL when the dict is not in the accepted form
 */
function artifactLoop(s: Buffer, i: number, w: Buffer, j: number): void {
  const cls = CLASS;
  let n = 0;
  // (out of range, s[i] is undefined and cls[undefined] too: every test below fails, and the scan bails)
  let c = s[i];
  while ((cls[c] & WS) !== 0) c = s[++i];
  if (c !== 0x7d)
    for (;;) {
      if (n + 4 > at.length) {
        const grown = new Int32Array(at.length * 2);
        grown.set(at);
        at = grown;
      }
      // "path"
      if (c !== 0x22) throw BAIL;
      w[j++] = 0x22;
      const ps = j;
      while ((cls[(c = s[++i])] & PLAIN) !== 0) w[j++] = c;
      if (c !== 0x22) throw BAIL;
      const pe = j;
      w[j++] = 0x22;
      // :{
      while ((cls[(c = s[++i])] & WS) !== 0);
      if (c !== 0x3a) throw BAIL;
      w[j++] = 0x3a;
      while ((cls[(c = s[++i])] & WS) !== 0);
      if (c !== 0x7b) throw BAIL;
      const ks = j;
      w[j++] = 0x7b;
      // "algorithm"
      while ((cls[(c = s[++i])] & WS) !== 0);
      if (c !== 0x22) throw BAIL;
      w[j++] = 0x22;
      const as = j;
      while ((cls[(c = s[++i])] & PLAIN) !== 0) w[j++] = c;
      if (c !== 0x22) throw BAIL;
      const ae = j;
      w[j++] = 0x22;
      // :"hex"
      while ((cls[(c = s[++i])] & WS) !== 0);
      if (c !== 0x3a) throw BAIL;
      w[j++] = 0x3a;
      while ((cls[(c = s[++i])] & WS) !== 0);
      if (c !== 0x22) throw BAIL;
      w[j++] = 0x22;
      const hs = j;
      while ((cls[(c = s[++i])] & HEX) !== 0) w[j++] = c;
      if (c !== 0x22 || j === hs) throw BAIL;
      const he = j;
      w[j++] = 0x22;
      // } (a set of one algorithm)
      while ((cls[(c = s[++i])] & WS) !== 0);
      if (c !== 0x7d) throw BAIL;
      w[j++] = 0x7d;
      at[n] = ps;
      at[n + 1] = pe;
      // the key: the hex digest when the algorithm is sha256 (its bytes are the name), else the set's text
      if (
        ae - as === 6 &&
        w[as] === 0x73 &&
        w[as + 1] === 0x68 &&
        w[as + 2] === 0x61 &&
        w[as + 3] === 0x32 &&
        w[as + 4] === 0x35 &&
        w[as + 5] === 0x36
      ) {
        at[n + 2] = hs;
        at[n + 3] = he;
      } else {
        at[n + 2] = ks;
        at[n + 3] = j;
      }
      n += 4;
      // , or the end of the dict
      while ((cls[(c = s[++i])] & WS) !== 0);
      if (c === 0x7d) break;
      if (c !== 0x2c) throw BAIL;
      w[j++] = 0x2c;
      while ((cls[(c = s[++i])] & WS) !== 0);
    }
  loopEnd = i + 1;
  loopOut = j;
  loopCount = n;
}

/**
 * The index arrays of the artifacts {@link artifactLoop} wrote to `w` from `o0`: the paths, as slices of
 * one string of the canonical text (ASCII: its latin1 decoding is its UTF-8 decoding), and the digest
 * keys' bounds in that string (keys become strings only when read).
 * @throws BAIL when the paths are not strictly increasing or one is `__proto__`
 */
function indexArrays(w: Buffer, o0: number): { paths: string[]; keys: DigestKeySlices } {
  const text = w.toString('latin1', o0, loopOut);
  const n = loopCount >> 2;
  const paths = new Array<string>(n);
  const bounds = new Int32Array(2 * n);
  const a = at;
  let prev = '';
  for (let k = 0, x = 0; k < n; k++, x += 4) {
    const path = text.slice(a[x] - o0, a[x + 1] - o0);
    // sorted, without duplicates (for ASCII, UTF-16 order is code point order)
    if ((k > 0 && !(prev < path)) || path === '__proto__') throw BAIL;
    prev = path;
    paths[k] = path;
    bounds[2 * k] = a[x + 2] - o0;
    bounds[2 * k + 1] = a[x + 3] - o0;
  }
  return { paths, keys: { text, bounds } };
}

// Both loops run here, over a dict of two artifacts (one of them growing `at`), so that every
// operation in them has type feedback before V8 optimizes them while they run over the first large dict:
// an operation without feedback (the code after the loop, never reached while the loop was compiled)
// would otherwise throw the optimized code away at the end of every dict, and each dict would start again
// in the interpreter.
// (V8 gives a function its feedback vector only after its first few calls: hence a dozen rounds)
{
  const warm = Buffer.from(' {"a": {"md5": "0f"}, "b": {"sha256": "AB"}} ', 'latin1');
  const w = Buffer.alloc(warm.length);
  for (let k = 0; k < 12; k++) {
    at = new Int32Array(4);
    artifactLoop(warm, 2, w, 0);
    indexArrays(w, 0);
  }
  at = new Int32Array(4096);
}

/**
 * Scans the artifact dict at the read position (after optional whitespace) in the accepted form and writes
 * its canonical text without its braces at the write position; answers its index arrays: paths and digest
 * keys (artifact-index.ts: the hex digest for a set of one `sha256`, else the set's canonical text).
 */
function dict(): DictScan {
  p = skipWs(p);
  const start = p;
  if (b[start] !== 0x7b) throw BAIL;
  const hit = memo?.find(b, start);
  if (hit) {
    put(hit.canonical);
    p = start + hit.text.length;
    return hit;
  }
  const o0 = o;
  artifactLoop(b, start + 1, out, o0);
  // every write landed inside the buffer (writes past its end are dropped: then the bytes are wrong)
  if (loopOut > out.length) throw BAIL;
  p = loopEnd;
  o = loopOut;
  const { paths, keys } = indexArrays(out, o0);
  const scanned: DictScan = { text: b.subarray(start, p), canonical: out.subarray(o0, o), paths, keys };
  memo?.add(scanned);
  return scanned;
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Encodes a value canonically; a value canonical JSON cannot encode leaves the fast path (the general path reports it). */
function encoded(v: unknown): Uint8Array {
  try {
    return canonicalBytes(v);
  } catch {
    throw BAIL;
  }
}

/** The `signed` link in the accepted form. */
function signedLink(): Omit<ScannedLink, 'signatures'> {
  expect(0x7b);
  member('_type');
  if (plain() !== 'link') throw BAIL;
  expect(0x2c);
  member('byproducts');
  const byproducts = parseValue();
  expect(0x2c);
  member('command');
  const command = parseValue();
  expect(0x2c);
  member('environment');
  const environment = parseValue();
  expect(0x2c);
  if (!isObj(byproducts) || !isObj(environment) || !Array.isArray(command) || command.some((c) => typeof c !== 'string')) throw BAIL;
  const head = [encoded(byproducts), encoded(command), encoded(environment)];
  // The canonical bytes are written in order into one buffer. What follows here is never longer in its
  // canonical form than in the file: the artifacts lose only whitespace, and a JSON string's escapes are
  // never shorter than the characters they stand for (OLPC writes every character but `"` and `\` raw),
  // so the rest of the file bounds it (and every write checks the bound).
  out = Buffer.allocUnsafe(64 + head[0].length + head[1].length + head[2].length + (b.length - p));
  o = 0;
  putAscii('{"_type":"link","byproducts":');
  put(head[0]);
  putAscii(',"command":');
  put(head[1]);
  putAscii(',"environment":');
  put(head[2]);
  putAscii(',"materials":{');
  member('materials');
  const materials = dict();
  putAscii('},"name":');
  expect(0x2c);
  member('name');
  const name = parseValue();
  if (typeof name !== 'string') throw BAIL;
  put(encoded(name));
  putAscii(',"products":{');
  expect(0x2c);
  member('products');
  const products = dict();
  putAscii('}}');
  expect(0x7d);
  return {
    name,
    byproducts,
    command: command as string[],
    environment,
    // a fresh index over the arrays (an index's own state is only its lookup cursor)
    // (paths of printable ASCII other than `"` and `\`: no backslash)
    materials: new SortedArtifactIndex(materials.paths, materials.keys, true),
    products: new SortedArtifactIndex(products.paths, products.keys, true),
    bytes: out.subarray(0, o),
  };
}

/**
 * Scans the bytes of a link Metablock (a `.link` file) in one pass.
 * @returns the link's parts, canonical bytes and artifact indexes; `undefined` when the file is not in
 *   the form this fast path takes (see the module comment): the caller then parses it the general way.
 *   Never throws.
 * @param dicts artifact dicts already scanned in this verification (see {@link ScanMemo}); filled in here
 */
export function scanLinkMetablock(bytes: Uint8Array, dicts?: ScanMemo): ScannedLink | undefined {
  // (positions are kept in an Int32Array)
  if (bytes.byteLength > MAX_SCAN_BYTES) return undefined;
  b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  p = 0;
  memo = dicts;
  try {
    expect(0x7b);
    let signatures: unknown;
    let haveSignatures = false;
    let signed: Omit<ScannedLink, 'signatures'> | undefined;
    do {
      const key = plain();
      expect(0x3a);
      if (key === 'signatures' && !haveSignatures) {
        signatures = parseValue();
        haveSignatures = true;
      } else if (key === 'signed' && haveSignatures && !signed) signed = signedLink();
      else throw BAIL;
    } while (more(0x7d));
    if (skipWs(p) !== b.length || !signed || !haveSignatures) throw BAIL;
    return { signatures, ...signed };
  } catch {
    // BAIL, or anything unforeseen: the general path decides
    return undefined;
  } finally {
    b = Buffer.alloc(0);
    p = 0;
    out = Buffer.alloc(0);
    o = 0;
    memo = undefined;
  }
}
