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
import { canonicalJson } from '../core/jcs.js';
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
  const m = ManifestStream.open(payload);
  if (!m || m.read(Infinity) === undefined || !m.done) return undefined;
  return { statement: m.statement, files: m.files, desc: Uint32Array.from(m.descOf), table: m.table };
}

/**
 * {@link readManifest} a few files at a time, so a caller can act on the first files while it reads
 * the rest (verify hashes them). The members around the file lists (collection, merkle, release) are
 * read first: the file entries' array ends at the first `],"merkle":` after it starts (those bytes
 * hold unescaped quotes, so they are never inside a string; any other place fails the read), and file
 * i's subject is read with its entry. Until {@link ManifestStream.done}, the files read so far may
 * still turn out not to be in the layout.
 */
export class ManifestStream {
  /** the Statement without its file lists (`subject` and `predicate.files` are empty) */
  readonly statement: Statement<ManifestPredicate>;
  /** the files read so far, in order, each with its subject's digest */
  readonly files: FileEntry[] = [];
  /** per file read so far, an index into `table` */
  readonly descOf: number[] = [];
  /** RFC 8785 text `"kind":K,"labels":L,"mediaType":M` of each distinct description met so far */
  readonly table: string[] = [];
  /** RFC 8785 text of file i's path where it is not the path in quotes (it needed escapes) */
  readonly pathJson: (string | undefined)[] = [];
  /** bytes of the file entries' array (an upper bound of the number of files: each takes more than 50) */
  readonly filesBytes: number;
  private readonly described: { kind: string; labels: Record<string, string>; mediaType: string }[] = [];
  private readonly known = new Map<string, number>();
  private lastStart = 0;
  private lastEnd = -1;
  private lastDesc = -1;
  private prevPath = '';
  private ended = false;
  private failed = false;

  private constructor(
    private readonly b: Buffer,
    /** the entries' reader and the subjects' */
    private readonly r: Reader,
    private readonly s: Reader,
    private readonly filesEnd: number,
    statement: Statement<ManifestPredicate>,
  ) {
    this.statement = statement;
    this.filesBytes = filesEnd - r.at;
    // no entries: the subjects must be none either
    if (b[r.at] === 0x5d) this.ended = true;
  }

  /** Reads the members around the file lists; undefined when the payload is not in the layout. */
  static open(payload: Uint8Array): ManifestStream | undefined {
    const b = Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.length);
    try {
      if (!isUtf8(b)) throw notLayout;
      const r = new Reader(b);
      r.expect(HEAD);
      const collection = r.value();
      r.expect(FILES);
      const filesEnd = b.indexOf(MERKLE, r.at);
      if (filesEnd < 0) throw notLayout;
      const s = new Reader(b);
      s.at = filesEnd;
      s.expect(MERKLE);
      const merkle = s.value();
      s.expect(RELEASE);
      const release = s.value();
      s.expect(SUBJECTS);
      const statement: Statement<ManifestPredicate> = {
        _type: STATEMENT_TYPE,
        subject: [],
        predicateType: MANIFEST_PREDICATE,
        predicate: { collection, files: [], merkle, release } as unknown as ManifestPredicate,
      };
      const m = new ManifestStream(b, r, s, filesEnd, statement);
      if (m.ended) m.end();
      return m;
    } catch (e) {
      if (e === notLayout) return undefined;
      throw e;
    }
  }

  /** Whether every file was read and the payload ends as the layout does. */
  get done(): boolean {
    return this.ended && !this.failed;
  }

  /**
   * Reads up to `max` more files (entry and subject).
   * @returns how many were read (0: none left), or undefined when the payload turns out not to be in
   *   the layout (the files read so far are then not to be used)
   */
  read(max: number): number | undefined {
    if (this.failed) return undefined;
    let n = 0;
    try {
      while (!this.ended && n < max) {
        this.one();
        n++;
      }
    } catch (e) {
      if (e !== notLayout) throw e;
      this.failed = true;
      return undefined;
    }
    return n;
  }

  private one(): void {
    const { b, r, s, files } = this;
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
    if (end - start === this.lastEnd - this.lastStart) {
      d = this.lastDesc;
      for (let k = 0, ls = this.lastStart; k < end - start; k++)
        if (b[start + k] !== b[ls + k]) {
          d = -1;
          break;
        }
    }
    const raw = d < 0 ? r.latin1(start, end) : '';
    if (d < 0) d = this.known.get(raw) ?? -1;
    if (d < 0) {
      const kind = r.parse(start, kindEnd);
      const labels = r.parse(labelsStart, labelsEnd);
      const mediaType = r.parse(mediaStart, end);
      // what isFileEntry accepts; anything else is the general path's to report
      if (typeof kind !== 'string' || typeof mediaType !== 'string') throw notLayout;
      if (!labels || typeof labels !== 'object' || Array.isArray(labels)) throw notLayout;
      for (const k in labels) if (typeof (labels as Record<string, unknown>)[k] !== 'string') throw notLayout;
      this.known.set(raw, (d = this.table.length));
      this.described.push({ kind, labels: labels as Record<string, string>, mediaType });
      this.table.push(entryMembers(kind, labels as Record<string, string>, mediaType));
    }
    this.lastStart = start;
    this.lastEnd = end;
    this.lastDesc = d;
    r.expect(PATH);
    const pathStart = r.at;
    const path = r.string();
    const pathEnd = r.at;
    // strictly increasing (pack sorts by UTF-16 code units): the paths, so the names, are unique
    if (files.length && !(this.prevPath < path)) throw notLayout;
    this.prevPath = path;
    r.expect(SIZE);
    const size = r.integer();
    if (b[r.at++] !== 0x7d) throw notLayout;
    // its subject: named by the same JSON text as the entry's path (what checkManifest demands: the
    // same path; unique, as the paths are increasing); another spelling of the same string is the
    // general path's
    s.expect(DIGEST);
    const sha256 = s.hex64();
    s.expect(NAME);
    s.sameText(pathStart, pathEnd);
    if (b[s.at++] !== 0x7d) throw notLayout;
    const e = this.described[d];
    const i = files.length;
    files.push({ path, sha256, size, kind: e.kind, labels: e.labels, mediaType: e.mediaType });
    this.descOf.push(d);
    if (r.plain) this.pathJson[i] = undefined;
    else this.pathJson[i] = canonicalJson(path);
    if (b[r.at] === 0x2c) {
      r.at++;
      if (b[s.at++] !== 0x2c) throw notLayout; // one subject per entry
    } else {
      this.ended = true;
      this.end();
    }
  }

  /** After the last entry: the entries' array ends where the merkle member starts, the subjects' with the payload. */
  private end(): void {
    if (this.r.at !== this.filesEnd) throw notLayout;
    this.s.expect(END);
    if (this.s.at !== this.b.length) throw notLayout;
  }
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

  /** whether the last {@link string} was printable ASCII without escapes (its RFC 8785 text is itself in quotes) */
  plain = true;

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
    this.plain = plain;
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
