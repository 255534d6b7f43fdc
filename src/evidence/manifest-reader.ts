/**
 * A one-pass reader of manifest payloads in the exact layout `evidence pack` writes (RFC 8785 canonical
 * JSON of the in-toto Statement, see {@link manifestPayload}): it reads the file entries and subjects
 * straight from the payload bytes, without JSON.parse building 200,000 objects for 100,000 files, and
 * parses only the few distinct descriptions (kind, labels, media type) and the small members
 * (collection, merkle, release) as strict JSON.
 *
 * It either returns exactly what JSON.parse and the shape checks would (the same values; tested
 * against the general path) or `undefined` for anything else: whitespace, another member order,
 * extra members, escapes it does not read itself, a malformed or duplicate value, invalid UTF-8. The
 * caller then takes the general path, which reports the problem.
 */
import { isUtf8 } from 'node:buffer';
import { parseJsonStrict } from '../core/json.js';
import { STATEMENT_TYPE, type Statement } from '../core/statement.js';
import { MANIFEST_PREDICATE, entryMembers, type FileEntry, type ManifestPredicate } from './manifest.js';

/** What {@link readManifest} returns. */
export interface ManifestRead {
  /** the Statement without its file lists (`subject` and `predicate.files` are empty): for the shape checks of the other members */
  statement: Statement<ManifestPredicate>;
  /** the files, in order, each with its subject's digest (as checkManifest returns them) */
  files: FileEntry[];
  /** per file, an index into `table`: files with one description share it */
  desc: Uint32Array;
  /** RFC 8785 text `"kind":K,"labels":L,"mediaType":M` of each distinct description */
  table: string[];
}

const HEAD = Buffer.from(`{"_type":${JSON.stringify(STATEMENT_TYPE)},"predicate":{"collection":`);
const FILES = Buffer.from(',"files":[');
const KIND = Buffer.from('{"kind":');
const LABELS = Buffer.from(',"labels":');
const MEDIA = Buffer.from(',"mediaType":');
const PATH = Buffer.from(',"path":');
const SIZE = Buffer.from(',"size":');
const MERKLE = Buffer.from('],"merkle":');
const RELEASE = Buffer.from(',"release":');
const SUBJECTS = Buffer.from(`},"predicateType":${JSON.stringify(MANIFEST_PREDICATE)},"subject":[`);
const DIGEST = Buffer.from('{"digest":{"sha256":"');
const NAME = Buffer.from('"},"name":');
const END = Buffer.from(']}');

/** Buffer's own latin1 decoder, without toString's argument handling (100,000 paths and digests). */
type Latin1 = { latin1Slice(start: number, end: number): string };

/** Not the layout: the caller parses the payload as JSON instead. */
class NotLayout extends Error {}
const notLayout = new NotLayout();

/**
 * Reads a manifest payload written in pack's layout.
 * @returns the files and the other members, or undefined when the bytes are not in that layout
 *   (or hold anything the general path would refuse or read differently)
 */
export function readManifest(payload: Uint8Array): ManifestRead | undefined {
  const b = Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.length);
  try {
    return read(b);
  } catch (e) {
    if (e === notLayout) return undefined;
    throw e;
  }
}

function read(b: Buffer): ManifestRead {
  if (!isUtf8(b)) throw notLayout;
  const r = new Reader(b);
  r.expect(HEAD);
  const collection = r.value();
  r.expect(FILES);
  const files: FileEntry[] = [];
  const descOf: number[] = [];
  const table: string[] = [];
  const described: { kind: string; labels: Record<string, string>; mediaType: string }[] = [];
  const known = new Map<string, number>();
  let lastStart = 0;
  let lastEnd = -1;
  let lastDesc = -1;
  // where each path's JSON text lies: a subject's name must be the same text (so the same string)
  const pathStart: number[] = [];
  const pathEnd: number[] = [];
  let prevPath = '';
  if (b[r.at] !== 0x5d) {
    for (;;) {
      r.expect(KIND);
      // kind, labels and media type: the raw text of the three (a few distinct ones) keys the description
      const start = r.at;
      const kindEnd = (r.at = valueEnd(b, r.at));
      r.expect(LABELS);
      const labelsStart = r.at;
      const labelsEnd = (r.at = valueEnd(b, r.at));
      r.expect(MEDIA);
      const mediaStart = r.at;
      const end = (r.at = valueEnd(b, r.at));
      // most files share the previous file's description: compare the bytes before making a key
      let d = -1;
      if (end - start === lastEnd - lastStart) {
        d = lastDesc;
        for (let k = 0; k < end - start; k++)
          if (b[start + k] !== b[lastStart + k]) {
            d = -1;
            break;
          }
      }
      const raw = d < 0 ? r.latin1(start, end) : '';
      if (d < 0) d = known.get(raw) ?? -1;
      if (d < 0) {
        const kind = r.parse(start, kindEnd);
        const labels = r.parse(labelsStart, labelsEnd);
        const mediaType = r.parse(mediaStart, end);
        // what isFileEntry accepts; anything else is the general path's to report
        if (typeof kind !== 'string' || typeof mediaType !== 'string') throw notLayout;
        if (!labels || typeof labels !== 'object' || Array.isArray(labels)) throw notLayout;
        for (const k in labels) if (typeof (labels as Record<string, unknown>)[k] !== 'string') throw notLayout;
        known.set(raw, (d = table.length));
        described.push({ kind, labels: labels as Record<string, string>, mediaType });
        table.push(entryMembers(kind, labels as Record<string, string>, mediaType));
      }
      lastStart = start;
      lastEnd = end;
      lastDesc = d;
      r.expect(PATH);
      pathStart.push(r.at);
      const path = r.string();
      pathEnd.push(r.at);
      // strictly increasing (pack sorts by UTF-16 code units): the paths, so the names, are unique
      if (files.length && !(prevPath < path)) throw notLayout;
      prevPath = path;
      r.expect(SIZE);
      const size = r.integer();
      if (b[r.at++] !== 0x7d) throw notLayout;
      const e = described[d];
      files.push({ path, sha256: '', size, kind: e.kind, labels: e.labels, mediaType: e.mediaType });
      descOf.push(d);
      if (b[r.at] === 0x2c) r.at++;
      else break;
    }
  }
  r.expect(MERKLE);
  const merkle = r.value();
  r.expect(RELEASE);
  const release = r.value();
  r.expect(SUBJECTS);
  let i = 0;
  if (b[r.at] !== 0x5d) {
    for (; ; i++) {
      r.expect(DIGEST);
      const sha256 = r.hex64();
      r.expect(NAME);
      // one subject per entry, named by the same JSON text as the entry's path (what checkManifest
      // demands: the same path; unique, as the paths are increasing); another spelling of the same
      // string is the general path's
      if (i >= files.length) throw notLayout;
      r.sameText(pathStart[i], pathEnd[i]);
      if (b[r.at++] !== 0x7d) throw notLayout;
      files[i].sha256 = sha256;
      if (b[r.at] === 0x2c) r.at++;
      else {
        i++;
        break;
      }
    }
  }
  if (i !== files.length) throw notLayout;
  r.expect(END);
  if (r.at !== b.length) throw notLayout;
  const statement: Statement<ManifestPredicate> = {
    _type: STATEMENT_TYPE,
    subject: [],
    predicateType: MANIFEST_PREDICATE,
    predicate: { collection, files: [], merkle, release } as unknown as ManifestPredicate,
  };
  return { statement, files, desc: Uint32Array.from(descOf), table };
}

/** A position in the payload and the pieces read there; each method throws `notLayout` on anything else. */
class Reader {
  at = 0;
  constructor(private readonly b: Buffer) {}

  latin1(start: number, end: number): string {
    return (this.b as unknown as Latin1).latin1Slice(start, end);
  }

  /** The literal bytes `lit`. */
  expect(lit: Buffer): void {
    const b = this.b;
    const at = this.at;
    const n = lit.length;
    if (b.length - at < n) throw notLayout;
    for (let k = 0; k < n; k++) if (b[at + k] !== lit[k]) throw notLayout;
    this.at = at + n;
  }

  /** One JSON value (a small member) parsed strictly: the general path's parser, duplicates refused. */
  value(): unknown {
    const start = this.at;
    this.at = valueEnd(this.b, start);
    return this.parse(start, this.at);
  }

  parse(start: number, end: number): unknown {
    try {
      return parseJsonStrict(this.b.toString('utf8', start, end), undefined, 'JSON');
    } catch {
      throw notLayout;
    }
  }

  /** The same bytes as `start..end` (text read before), here. */
  sameText(start: number, end: number): void {
    const b = this.b;
    const at = this.at;
    const n = end - start;
    if (b.length - at < n) throw notLayout;
    for (let k = 0; k < n; k++) if (b[at + k] !== b[start + k]) throw notLayout;
    this.at = at + n;
  }

  /** 64 lowercase hex digits (a SHA-256 the shape checks accept). */
  hex64(): string {
    const b = this.b;
    const at = this.at;
    if (b.length - at < 64) throw notLayout;
    for (let k = at; k < at + 64; k++) {
      const c = b[k];
      if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) throw notLayout;
    }
    this.at = at + 64;
    return this.latin1(at, at + 64);
  }

  /** A JSON string: printable ASCII read directly; anything with escapes or other bytes through JSON.parse. */
  string(): string {
    const b = this.b;
    if (b[this.at] !== 0x22) throw notLayout;
    const start = this.at + 1;
    let plain = true;
    let k = start;
    for (; k < b.length; k++) {
      const c = b[k];
      if (c === 0x22) break;
      if (c === 0x5c) {
        plain = false;
        k++; // the escaped character
      } else if (c < 0x20)
        throw notLayout; // not JSON
      else if (c > 0x7e) plain = false;
    }
    if (k >= b.length) throw notLayout;
    this.at = k + 1;
    if (plain) return this.latin1(start, k);
    let s: unknown;
    try {
      s = JSON.parse(b.toString('utf8', start - 1, k + 1));
    } catch {
      throw notLayout;
    }
    if (typeof s !== 'string') throw notLayout;
    return s;
  }

  /** A JSON number that is a whole number >= 0 and a safe integer, as RFC 8785 writes it (no sign, no leading zero, no fraction). */
  integer(): number {
    const b = this.b;
    const start = this.at;
    let at = start;
    let n = 0;
    while (at < b.length && b[at] >= 0x30 && b[at] <= 0x39) n = n * 10 + (b[at++] - 0x30);
    const digits = at - start;
    if (digits === 0 || digits > 16 || (digits > 1 && b[start] === 0x30) || !Number.isSafeInteger(n)) throw notLayout;
    // a fraction or exponent would make it another number (or not a safe integer): the general path reads it
    if (b[at] === 0x2e || b[at] === 0x65 || b[at] === 0x45) throw notLayout;
    this.at = at;
    return n;
  }
}

/**
 * The end (exclusive) of the JSON value starting at `at`, found by its brackets and strings (its
 * validity is left to the parser): a string, an object or array (nesting at most 64 deep), or a
 * literal or number (up to the next ',', '}' or ']').
 */
function valueEnd(b: Buffer, at: number): number {
  let depth = 0;
  let k = at;
  for (; k < b.length; k++) {
    const c = b[k];
    if (c === 0x22) {
      for (k++; k < b.length && b[k] !== 0x22; k++) if (b[k] === 0x5c) k++;
      if (k >= b.length) throw notLayout;
      if (depth === 0) return k + 1;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > 64) throw notLayout;
    } else if (c === 0x7d || c === 0x5d || c === 0x2c) {
      if (depth === 0) {
        if (k === at) throw notLayout; // no value
        return k;
      }
      if (c !== 0x2c && --depth === 0) return k + 1;
    }
  }
  throw notLayout;
}
