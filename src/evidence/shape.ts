/**
 * Shape checks for the signed documents of a pack (manifest, Merkle-root statement, disclosure),
 * applied after their signatures verify and before any member is used: a malformed member is an
 * InputError (exit 2) naming the file and the member path (`payload.subject[3].digest.sha256`),
 * never a TypeError reported as "internal error".
 */
import { InputError } from '../core/errors.js';
import type { Statement } from '../core/statement.js';
import type { FileEntry, ManifestPredicate, ReleaseInfo, RootPredicate } from './manifest.js';

type Obj = Record<string, unknown>;
const HEX64 = /^[0-9a-f]{64}$/;

/** A JSON object (not null, not an array). @throws InputError naming `field` */
export function obj(v: unknown, source: string, field: string): Obj {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new InputError(source, field, 'an object');
  return v as Obj;
}
function str(v: unknown, source: string, field: string): string {
  if (typeof v !== 'string') throw new InputError(source, field, 'a string');
  return v;
}
function arr(v: unknown, source: string, field: string): unknown[] {
  if (!Array.isArray(v)) throw new InputError(source, field, 'an array');
  return v;
}
function count(v: unknown, source: string, field: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new InputError(source, field, 'a whole number >= 0');
  return v;
}
function hex64(v: unknown, source: string, field: string): string {
  if (typeof v !== 'string' || !HEX64.test(v)) throw new InputError(source, field, '64 lowercase hex digits (SHA-256)');
  return v;
}
function labels(v: unknown, source: string, field: string): Record<string, string> {
  const o = obj(v, source, field);
  for (const [k, x] of Object.entries(o)) str(x, source, `${field}.${k}`);
  return o as Record<string, string>;
}

/** The release block. createdAt must be an RFC 3339 time (it dates the signatures). */
export function checkRelease(v: unknown, source: string, field: string): ReleaseInfo {
  const r = obj(v, source, field);
  str(r.name, source, `${field}.name`);
  str(r.version, source, `${field}.version`);
  for (const m of ['commit', 'run'] as const) if (r[m] !== undefined) str(r[m], source, `${field}.${m}`);
  if (Number.isNaN(Date.parse(str(r.createdAt, source, `${field}.createdAt`))))
    throw new InputError(source, `${field}.createdAt`, 'an RFC 3339 time');
  return r as unknown as ReleaseInfo;
}

/** Subjects: `{name, digest: {sha256}}` each, names unique. */
export function checkSubjects(st: Statement, source: string): { name: string; sha256: string }[] {
  const seen = new Set<string>();
  const subjects = arr(st.subject, source, 'payload.subject');
  const out = new Array<{ name: string; sha256: string }>(subjects.length);
  for (let i = 0; i < subjects.length; i++) {
    const s = subjects[i] as { name?: unknown; digest?: { sha256?: unknown } } | null;
    // the common, well-formed case without building a field name; anything else names the member
    const digest = s && typeof s === 'object' && !Array.isArray(s) ? s.digest : undefined;
    const sha256 = digest && typeof digest === 'object' && !Array.isArray(digest) ? digest.sha256 : undefined;
    if (typeof s?.name !== 'string' || typeof sha256 !== 'string' || !HEX64.test(sha256)) {
      const o = obj(s, source, `payload.subject[${i}]`);
      str(o.name, source, `payload.subject[${i}].name`);
      hex64(obj(o.digest, source, `payload.subject[${i}].digest`).sha256, source, `payload.subject[${i}].digest.sha256`);
    }
    const name = s!.name as string;
    if (seen.has(name))
      throw new InputError(source, `payload.subject[${i}].name`, 'unique subject names', { found: `a second ${JSON.stringify(name)}` });
    seen.add(name);
    out[i] = { name, sha256: sha256 as string };
  }
  return out;
}

/** A file entry of a manifest (`payload.predicate.files[i]`) or a disclosure. */
function checkFileEntry(v: unknown, source: string, field: string): Omit<FileEntry, 'sha256'> {
  if (isFileEntry(v)) return v;
  const f = obj(v, source, field);
  str(f.path, source, `${field}.path`);
  count(f.size, source, `${field}.size`);
  str(f.kind, source, `${field}.kind`);
  str(f.mediaType, source, `${field}.mediaType`);
  labels(f.labels, source, `${field}.labels`);
  return f as unknown as Omit<FileEntry, 'sha256'>;
}

/** The well-formed case of {@link checkFileEntry}, checked without building field names. */
function isFileEntry(v: unknown): v is Omit<FileEntry, 'sha256'> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const f = v as Obj;
  const size = f.size;
  if (typeof f.path !== 'string' || typeof f.kind !== 'string' || typeof f.mediaType !== 'string') return false;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return false;
  const l = f.labels;
  if (!l || typeof l !== 'object' || Array.isArray(l)) return false;
  for (const k in l) if (typeof (l as Obj)[k] !== 'string') return false;
  return true;
}

function checkMerkle(v: unknown, source: string, field: string): { root: string; treeSize: number } {
  const m = obj(v, source, field);
  return { root: hex64(m.root, source, `${field}.root`), treeSize: count(m.treeSize, source, `${field}.treeSize`) };
}

/**
 * A verified manifest: subjects and predicate.files agree (same length, same paths in order).
 * @returns the files with their signed digests
 * @throws InputError naming the member
 */
export function checkManifest(st: Statement<ManifestPredicate>, source: string): FileEntry[] {
  const subjects = checkSubjects(st, source);
  const p = obj(st.predicate, source, 'payload.predicate');
  checkRelease(p.release, source, 'payload.predicate.release');
  const c = obj(p.collection, source, 'payload.predicate.collection');
  for (const m of ['patterns', 'exclude'] as const)
    arr(c[m], source, `payload.predicate.collection.${m}`).forEach((x, i) => str(x, source, `payload.predicate.collection.${m}[${i}]`));
  const files = arr(p.files, source, 'payload.predicate.files');
  if (files.length !== subjects.length)
    throw new InputError(source, 'payload.predicate.files', `one entry per subject (${subjects.length})`, { found: String(files.length) });
  checkMerkle(p.merkle, source, 'payload.predicate.merkle');
  const out = new Array<FileEntry>(files.length);
  for (let i = 0; i < files.length; i++) {
    const e = isFileEntry(files[i])
      ? (files[i] as Omit<FileEntry, 'sha256'>)
      : checkFileEntry(files[i], source, `payload.predicate.files[${i}]`);
    if (e.path !== subjects[i].name)
      throw new InputError(source, `payload.predicate.files[${i}].path`, `the subject's name ${JSON.stringify(subjects[i].name)}`);
    out[i] = { ...e, sha256: subjects[i].sha256 };
  }
  return out;
}

/** A verified Merkle-root statement. */
export function checkRootStatement(st: Statement<RootPredicate>, source: string): RootPredicate {
  checkSubjects(st, source);
  const p = obj(st.predicate, source, 'payload.predicate');
  checkRelease(p.release, source, 'payload.predicate.release');
  checkMerkle(p.merkle, source, 'payload.predicate.merkle');
  hex64(obj(p.manifest, source, 'payload.predicate.manifest').sha256, source, 'payload.predicate.manifest.sha256');
  return p as unknown as RootPredicate;
}

/** One disclosed file: its entry, leaf index and RFC 6962 audit path (hex). */
export type DisclosureEntry = FileEntry & { index: number; proof: string[] };

/** Predicate of a signed disclosure statement (line 2 of disclosure.intoto.jsonl). */
export interface DisclosurePredicate {
  /** the labels disclosed; every entry carries them */
  disclosure: { region: string; tenant?: string };
  /** when the disclosure was made (RFC 3339); dates its signatures */
  createdAt: string;
  /** the signed root (line 1) the proofs lead to */
  merkle: { root: string; treeSize: number };
  /** in the same order as the subjects */
  entries: DisclosureEntry[];
}

/** A verified disclosure statement; entries and subjects agree. */
export function checkDisclosure(st: Statement<DisclosurePredicate>, source: string): DisclosurePredicate {
  const subjects = checkSubjects(st, source);
  const p = obj(st.predicate, source, 'payload.predicate');
  const d = obj(p.disclosure, source, 'payload.predicate.disclosure');
  str(d.region, source, 'payload.predicate.disclosure.region');
  if (d.tenant !== undefined) str(d.tenant, source, 'payload.predicate.disclosure.tenant');
  if (Number.isNaN(Date.parse(str(p.createdAt, source, 'payload.predicate.createdAt'))))
    throw new InputError(source, 'payload.predicate.createdAt', 'an RFC 3339 time');
  checkMerkle(p.merkle, source, 'payload.predicate.merkle');
  const entries = arr(p.entries, source, 'payload.predicate.entries');
  if (entries.length !== subjects.length)
    throw new InputError(source, 'payload.predicate.entries', `one entry per subject (${subjects.length})`, {
      found: String(entries.length),
    });
  entries.forEach((v, i) => {
    const field = `payload.predicate.entries[${i}]`;
    const e = checkFileEntry(v, source, field) as unknown as Obj;
    hex64(e.sha256, source, `${field}.sha256`);
    count(e.index, source, `${field}.index`);
    arr(e.proof, source, `${field}.proof`).forEach((h, j) => hex64(h, source, `${field}.proof[${j}]`));
    if (e.path !== subjects[i].name || e.sha256 !== subjects[i].sha256)
      throw new InputError(source, field, "the subject's name and digest");
  });
  return p as unknown as DisclosurePredicate;
}
