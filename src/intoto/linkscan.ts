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
 *   string); paths and algorithm names are printable ASCII strings without `"` or `\`, paths other than
 *   `__proto__`, each path strictly greater than the one before (sorted, no duplicates: for ASCII, UTF-16
 *   order is code point order); there the canonical text is the file's text without its whitespace,
 *   which one regular-expression replace writes (native per-byte work; JavaScript runs per artifact);
 * - the other members (and `signatures`) are parsed with JSON.parse from their own bytes and encoded
 *   by the generic encoder; nesting is bounded ({@link MAX_SCAN_DEPTH}).
 *
 * Nothing here is trusted: the caller verifies a signature over the bytes before the rules read the index.
 */
import { SortedArtifactIndex, type ArtifactIndex } from './artifact-index.js';
import { canonicalBytes } from './ocj.js';

/** Deepest nesting the scanner follows; deeper values go to the general path (which bounds it too). */
export const MAX_SCAN_DEPTH = 1000;

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

/**
 * Artifact dicts already scanned, by their text (from `{` to `}`, whitespace included), for the links of
 * one verification (create one per verification and pass it to each {@link scanLinkMetablock} call). The
 * links of a supply chain repeat whole dicts: a step's materials are the products of the step before, and
 * in-toto writes both at the same depth, so with the same text byte for byte. The canonical text and index
 * of a dict are a function of its text alone, so a dict met again is taken from here (one string
 * comparison) instead of scanned again. Holds the file text its keys point into while it lives.
 */
export type ScanMemo = Map<string, { entries: string; paths: string[]; keys: string[] }>;

/** Dicts shorter than this (characters) are not kept in a {@link ScanMemo}: rescanning them is cheap. */
const MEMO_MIN_LENGTH = 4096;

/** Raised to leave the fast path; never escapes {@link scanLinkMetablock}. */
const BAIL = new Error('not on the fast path');

// Scanner state of the single, synchronous scan in progress: the file's bytes, the same bytes as a
// one-byte string (latin1: string index = byte index, so that native string search and regular
// expressions do the per-byte work) and the read position.
let b: Buffer = Buffer.alloc(0);
let t = '';
let p = 0;
let memo: ScanMemo | undefined;

/** Printable ASCII other than `"` and `\`: a path or algorithm name on the fast path. */
const PLAIN = /^[ !#-[\]-~]*$/;

/** The position of the first non-whitespace character at or after `i`. */
function skipWs(i: number): number {
  for (;;) {
    const c = t.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else return i;
  }
}

/** Reads the character `c` after optional whitespace. */
function expect(c: number): void {
  p = skipWs(p);
  if (t.charCodeAt(p) !== c) throw BAIL;
  p++;
}

/** Reads `,` (true: another member follows) or `close` (false) after optional whitespace. */
function more(close: number): boolean {
  p = skipWs(p);
  const c = t.charCodeAt(p++);
  if (c === 0x2c) return true;
  if (c === close) return false;
  throw BAIL;
}

/** Reads a string whose characters are all {@link PLAIN} (no escapes); returns its contents. */
function plain(): string {
  p = skipWs(p);
  if (t.charCodeAt(p) !== 0x22) throw BAIL;
  const q = t.indexOf('"', p + 1);
  if (q < 0) throw BAIL;
  const s = t.slice(p + 1, q);
  if (!PLAIN.test(s)) throw BAIL;
  p = q + 1;
  return s;
}

/** Skips one JSON value (its syntax is checked by JSON.parse of its bytes); bounded nesting. */
function skipValue(depth: number): void {
  p = skipWs(p);
  const c = t.charCodeAt(p);
  if (c === 0x22) {
    // to the closing quote: the first one not escaped by an odd run of backslashes
    let i = p + 1;
    for (;;) {
      const q = t.indexOf('"', i);
      if (q < 0) throw BAIL;
      let k = q - 1;
      while (t.charCodeAt(k) === 0x5c) k--;
      i = q + 1;
      if ((q - 1 - k) % 2 === 0) break;
    }
    p = i;
  } else if (c === 0x7b || c === 0x5b) {
    if (depth >= MAX_SCAN_DEPTH) throw BAIL;
    const close = c === 0x7b ? 0x7d : 0x5d;
    p = skipWs(p + 1);
    if (t.charCodeAt(p) === close) {
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
    // a number or a literal: up to the next delimiter
    const start = p;
    for (;;) {
      const d = t.charCodeAt(p);
      if (d !== d || d === 0x2c || d === 0x5d || d === 0x7d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09) break;
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

const WS = '[ \\t\\n\\r]*';
const NAME = '[ !#-\\[\\]-~]*';
/**
 * One artifact of one digest (the common case) with the whitespace around it and its comma, written
 * canonically by the replacement (captures: path, algorithm, hex digest, comma); or else any one character,
 * which the replacement turns into {@link JUNK} (the character itself is dropped: the scan then leaves the fast path).
 */
const ENTRY = new RegExp(`${WS}"(${NAME})"${WS}:${WS}\\{${WS}"(${NAME})"${WS}:${WS}"([0-9a-fA-F]+)"${WS}\\}${WS}(,?)|[^]`, 'g');
/** What the replacement writes for a character outside every artifact: never an artifact (no digest is empty). */
const JUNK = '"":{"":""}';
const EMPTY_DICT = /^\{[ \t\n\r]*\}$/;
/** The end of `materials` (its `}`): the member `name` follows it. */
const BEFORE_NAME = /\}[ \t\n\r]*,[ \t\n\r]*"name"[ \t\n\r]*:/g;

/**
 * The canonical text of the artifacts of a dict in the accepted form, without the dict's braces (`text`
 * is the dict from its `{` to its `}`), and its index of path to digest key (artifact-index.ts: the hex digest for a set of one `sha256`,
 * else the set's canonical text). The per-byte work is native: one regular-expression replace writes every
 * artifact canonically and marks anything else; string searches check there was nothing else and that
 * commas separate the artifacts; one split cuts the canonical text into artifacts, two slices each into path and key.
 */
function artifacts(text: string): { entries: string; index: SortedArtifactIndex } {
  const hit = memo?.get(text);
  // a fresh index over the same arrays (an index's own state is only its lookup cursor)
  if (hit) return { entries: hit.entries, index: new SortedArtifactIndex(hit.paths, hit.keys) };
  if (EMPTY_DICT.test(text)) return { entries: '', index: new SortedArtifactIndex([], []) };
  if (text.charCodeAt(0) !== 0x7b || text.charCodeAt(text.length - 1) !== 0x7d) throw BAIL;
  const entries = text.slice(1, -1).replace(ENTRY, '"$1":{"$2":"$3"}$4');
  // nothing but artifacts; a comma between each two (`}"` is two artifacts without one), none after the last
  if (entries.includes(JUNK) || entries.includes('}"') || entries.endsWith(',')) throw BAIL;
  // `"path":{"alg":"hex"},"path":{...` without its first `"` and last `"}`, cut between the artifacts (the
  // strings hold no `"`): `path":{"alg":"hex` each, in which the first `":{"` ends the path
  const parts = entries.slice(1, -2).split('"},"');
  const n = parts.length;
  const paths = new Array<string>(n);
  const keys = new Array<string>(n);
  let prev = '';
  for (let j = 0; j < n; j++) {
    const s = parts[j];
    const k = s.indexOf('":{"');
    if (k < 0) throw BAIL;
    const path = s.slice(0, k);
    // sorted, without duplicates (for ASCII, UTF-16 order is code point order)
    if ((j > 0 && !(prev < path)) || path === '__proto__') throw BAIL;
    prev = path;
    paths[j] = path;
    // the algorithm holds no `"`: it is sha256 exactly when `sha256":"` follows; the key of any other is `{"alg":"hex"}`
    keys[j] = s.startsWith('sha256":"', k + 4) ? s.slice(k + 13) : `{"${s.slice(k + 4)}"}`;
  }
  if (memo && text.length >= MEMO_MIN_LENGTH) memo.set(text, { entries, paths, keys });
  return { entries, index: new SortedArtifactIndex(paths, keys) };
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

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
  member('materials');
  // materials: up to the `}` before the member name
  const m0 = skipWs(p);
  BEFORE_NAME.lastIndex = m0;
  const m1 = BEFORE_NAME.exec(t)?.index;
  if (m1 === undefined) throw BAIL;
  const { entries: mText, index: materials } = artifacts(t.slice(m0, m1 + 1));
  p = m1 + 1;
  expect(0x2c);
  member('name');
  const name = parseValue();
  if (typeof name !== 'string') throw BAIL;
  expect(0x2c);
  member('products');
  // products, the last member of `signed`, the last member of the file: up to the third `}` from the end
  const p0 = skipWs(p);
  let e = t.length - 1;
  for (let k = 0; k < 3; k++) {
    if (k) e--;
    while (e > p0 && /[ \t\n\r]/.test(t[e])) e--;
    if (t.charCodeAt(e) !== 0x7d) throw BAIL;
  }
  const { entries: pText, index: products } = artifacts(t.slice(p0, e + 1));
  p = e + 1;
  expect(0x7d);
  let encoded: Uint8Array[];
  try {
    encoded = [byproducts, command, environment, name].map((v) => canonicalBytes(v));
  } catch {
    // a value canonical JSON cannot encode: the general path reports it
    throw BAIL;
  }
  // written into one buffer: the canonical artifacts (flat strings of ASCII) are copied once, never joined
  const pieces: (string | Uint8Array)[] = [
    '{"_type":"link","byproducts":',
    encoded[0],
    ',"command":',
    encoded[1],
    ',"environment":',
    encoded[2],
    ',"materials":{',
    mText,
    '},"name":',
    encoded[3],
    ',"products":{',
    pText,
    '}}',
  ];
  const bytes = Buffer.allocUnsafe(pieces.reduce((n, x) => n + x.length, 0));
  let o = 0;
  for (const x of pieces) {
    if (typeof x === 'string') o += bytes.write(x, o, 'latin1');
    else {
      bytes.set(x, o);
      o += x.length;
    }
  }
  return { name, byproducts, command: command as string[], environment, materials, products, bytes };
}

/**
 * Scans the bytes of a link Metablock (a `.link` file) in one pass.
 * @returns the link's parts, canonical bytes and artifact indexes; `undefined` when the file is not in
 *   the form this fast path takes (see the module comment): the caller then parses it the general way.
 *   Never throws.
 * @param dicts artifact dicts already scanned in this verification (see {@link ScanMemo}); filled in here
 */
export function scanLinkMetablock(bytes: Uint8Array, dicts?: ScanMemo): ScannedLink | undefined {
  b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  t = b.toString('latin1');
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
    if (skipWs(p) !== t.length || !signed || !haveSignatures) throw BAIL;
    return { signatures, ...signed };
  } catch {
    // BAIL, or anything unforeseen: the general path decides
    return undefined;
  } finally {
    b = Buffer.alloc(0);
    t = '';
    p = 0;
    memo = undefined;
  }
}
