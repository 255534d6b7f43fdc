/**
 * `evidence verify`: checks a pack (or a scoped disclosure) against the files on disk and a set
 * of trusted keys. One report, four file buckets (ok, missing, mismatched, unexpected), the
 * status of every signature, an N-of-keys threshold, key validity windows, and an optional
 * evidence policy (required kinds, maximum age).
 */
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Files, sha256Hex } from '../core/digest.js';
import { decodeBase64, verifyEnvelope, type DsseEnvelope, parseEnvelope } from '../core/dsse.js';
import { InputError } from '../core/errors.js';
import { expandPaths, readText } from '../core/fsx.js';
import { keyValidAt, type PublicKey } from '../core/keys.js';
import { parseJsonlEnvelope, parseStatement, type Statement } from '../core/statement.js';
import { leafHash, rootFromLeafHashes, verifyInclusion } from './merkle.js';
import {
  DISCLOSURE_FORMAT,
  MANIFEST_PREDICATE,
  ROOT_PREDICATE,
  fileLeafHashes,
  leafBytes,
  type FileEntry,
  type ManifestPredicate,
  type ReleaseInfo,
  type RootPredicate,
} from './manifest.js';
import { PACK_FILE } from './pack.js';
import type { EvidencePolicy } from './policy.js';
import { checkPolicy } from './policy.js';

/** Status of one DSSE signature. `outside-validity`: made (release createdAt) outside its key's [iat, exp]. */
export interface SignatureStatus {
  keyid: string | undefined;
  status: 'valid' | 'invalid' | 'unknown-key' | 'outside-validity';
}

export interface Mismatch {
  path: string;
  expected: string;
  actual: string;
  expectedSize?: number;
  actualSize: number;
}

export interface VerifyReport {
  pack: string;
  kind: 'manifest' | 'disclosure';
  release?: ReleaseInfo;
  /** sha256 of the manifest payload (manifest packs) */
  manifestDigest?: string;
  /** where the trusted keys came from: the caller (--jwks) or the pack's own jwks.json */
  trust: 'given-jwks' | 'pack-jwks';
  signatures: SignatureStatus[];
  threshold: { required: number; valid: number; ok: boolean };
  files: { ok: string[]; missing: string[]; mismatched: Mismatch[]; unexpected: string[] };
  merkle?: { root: string; ok: boolean };
  disclosure?: { region?: string; tenant?: string; entries: number };
  policy?: { ok: boolean; problems: string[] };
  verdict: 'verified' | 'failed';
  /** human-readable reasons for a failed verdict, most important first */
  problems: string[];
}

export interface VerifyOptions {
  packDir: string;
  /** where the files are; default: `cwd` for a manifest, PACKDIR/files for a disclosure */
  root?: string;
  /** the working directory (default process.cwd()) */
  cwd?: string;
  trusted: PublicKey[];
  trust: VerifyReport['trust'];
  /** number of distinct trusted keys that must sign (default 1) */
  threshold?: number;
  policy?: EvidencePolicy;
  /** for max-age checks; default now */
  now?: Date;
}

/** A scoped disclosure's proofs document (line 2 of disclosure.intoto.jsonl). */
export interface DisclosureDocument {
  format: typeof DISCLOSURE_FORMAT;
  disclosure: { region?: string; tenant?: string };
  treeSize: number;
  entries: (FileEntry & { index: number; proof: string[] })[];
}

export const DISCLOSURE_FILE = 'disclosure.intoto.jsonl';

function checkSignatures(env: DsseEnvelope, trusted: PublicKey[], createdAt: string | undefined, required: number) {
  const v = verifyEnvelope(env, trusted);
  const at = createdAt ? Date.parse(createdAt) / 1000 : NaN;
  const inWindow = new Set<string>();
  const signatures: SignatureStatus[] = v.signatures.map((s) => {
    if (s.status !== 'valid' || !s.key) return { keyid: s.keyid, status: s.status };
    if (!Number.isFinite(at) || !keyValidAt(s.key, at)) return { keyid: s.keyid, status: 'outside-validity' };
    inWindow.add(s.key.kid);
    return { keyid: s.keyid, status: 'valid' };
  });
  return { payload: v.payload, signatures, threshold: { required, valid: inWindow.size, ok: inWindow.size >= required } };
}

async function compareFiles(root: string, entries: { path: string; sha256: string; size?: number }[]) {
  const digests = await sha256Files(entries.map((e) => join(root, e.path)));
  const files: VerifyReport['files'] = { ok: [], missing: [], mismatched: [], unexpected: [] };
  entries.forEach((e, i) => {
    const d = digests[i];
    if (d.error) files.missing.push(e.path);
    else if (d.hex !== e.sha256) files.mismatched.push({ path: e.path, expected: e.sha256, actual: d.hex!, expectedSize: e.size, actualSize: d.size! });
    else files.ok.push(e.path);
  });
  return files;
}

function tryStatement<P>(payload: Uint8Array, source: string, type: string): Statement<P> | undefined {
  try {
    return parseStatement<P>(payload, source, type);
  } catch {
    return undefined;
  }
}

/**
 * Verifies a pack directory (evidence.intoto.jsonl) or a disclosure (disclosure.intoto.jsonl).
 * @throws InputError (exit 2) when the pack is missing, truncated or not DSSE; every other
 *   problem (bad signature, tampered payload, changed files) is a failed verdict (exit 1).
 */
export async function verifyPack(opts: VerifyOptions): Promise<VerifyReport> {
  const required = opts.threshold ?? 1;
  if (!Number.isInteger(required) || required < 1) throw new InputError(undefined, 'threshold', 'a whole number >= 1');
  let packFile = join(opts.packDir, PACK_FILE);
  let text: string;
  try {
    text = await readText(packFile, 'evidence pack');
  } catch (e) {
    const alt = join(opts.packDir, DISCLOSURE_FILE);
    try {
      text = await readText(alt, 'disclosure pack');
      packFile = alt;
    } catch {
      throw e;
    }
  }
  const env = parseJsonlEnvelope(text, packFile);
  const lines = text.split('\n').filter((l) => l.trim());
  // what kind of pack is it? Decide from the (unverified) payload type only to route; everything is re-checked.
  const peek = tryStatement<unknown>(Buffer.from(env.payload, 'base64'), packFile, ROOT_PREDICATE);
  if (peek) return verifyDisclosure(opts, packFile, env, lines, required);

  const { report, problems, st, payload } = startReport<ManifestPredicate>('manifest', packFile, env, opts, required, MANIFEST_PREDICATE);
  if (!st || !Array.isArray(st.predicate?.files) || st.predicate.files.length !== st.subject.length) {
    problems.push('the payload is not a valid evidence manifest (tampered or foreign)');
    return report;
  }
  report.release = st.predicate.release;
  report.manifestDigest = sha256Hex(payload);
  const root = opts.root ?? opts.cwd ?? process.cwd();
  const entries = st.subject.map((s, i) => ({ path: s.name, sha256: s.digest.sha256, size: st.predicate.files[i].size }));
  report.files = await compareFiles(root, entries);
  // unexpected: files the pack's own patterns collect today that it does not list
  const listed = new Set(entries.map((e) => e.path));
  report.files.unexpected = (await collectNow(root, st.predicate.collection)).filter((p) => !listed.has(p));
  // Merkle commitment matches the subjects, and line 2 (the root statement) matches it
  const files: FileEntry[] = st.subject.map((s, i) => ({ ...st.predicate.files[i], path: s.name, sha256: s.digest.sha256 }));
  const computed = Buffer.from(rootFromLeafHashes(fileLeafHashes(files))).toString('hex');
  report.merkle = { root: computed, ok: computed === st.predicate.merkle?.root };
  if (lines[1]) {
    let rootEnv: DsseEnvelope | undefined;
    try {
      rootEnv = parseEnvelope(JSON.parse(lines[1]), `${packFile} line 2`);
    } catch {
      report.merkle.ok = false;
    }
    if (rootEnv) {
      const rs = checkSignatures(rootEnv, opts.trusted, st.predicate.release.createdAt, required);
      const rst = tryStatement<RootPredicate>(rs.payload, packFile, ROOT_PREDICATE);
      if (!rs.threshold.ok || !rst || rst.predicate.merkle.root !== computed || rst.predicate.manifest.sha256 !== report.manifestDigest) report.merkle.ok = false;
    }
  }
  if (!report.merkle.ok) problems.push('the Merkle root statement does not match the manifest');
  describeFileProblems(report, problems);
  if (opts.policy) {
    report.policy = checkPolicy(opts.policy, files.filter((f) => report.files.ok.includes(f.path)), st.predicate.release, opts.now ?? new Date());
    problems.push(...report.policy.problems);
  }
  report.verdict = problems.length ? 'failed' : 'verified';
  return report;
}

/**
 * What the pack's collection rules match under root today: globs and directories are re-expanded;
 * literal file paths are already listed (or reported missing).
 */
async function collectNow(root: string, collection: ManifestPredicate['collection']): Promise<string[]> {
  const patterns: string[] = [];
  for (const p of collection.patterns) {
    if (/[*?[\]{}!]/.test(p)) patterns.push(p);
    else if (await isDirectory(join(root, p))) patterns.push(`${p.replace(/\/+$/, '')}/**`);
  }
  return patterns.length ? expandPaths(patterns, { root, exclude: collection.exclude, symlinks: 'skip' }) : [];
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await lstat(p)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Checks the envelope's signatures (dated by the payload's own createdAt) and starts a report;
 * `st` is the statement only when the verified payload parses as `predicateType`.
 */
function startReport<P extends { release: ReleaseInfo }>(kind: VerifyReport['kind'], packFile: string, env: DsseEnvelope, opts: VerifyOptions, required: number, predicateType: string) {
  // the payload is parsed once: its createdAt dates the signatures, and its files are reported
  // whatever the signatures say (a failed threshold fails the verdict on its own)
  const unverified = tryStatement<P>(decodeBase64(env.payload) ?? new Uint8Array(), packFile, predicateType);
  const sig = checkSignatures(env, opts.trusted, unverified?.predicate?.release?.createdAt, required);
  const problems: string[] = [];
  const report: VerifyReport = {
    pack: packFile,
    kind,
    trust: opts.trust,
    signatures: sig.signatures,
    threshold: sig.threshold,
    files: { ok: [], missing: [], mismatched: [], unexpected: [] },
    verdict: 'failed',
    problems,
  };
  describeSignatureProblems(report, problems);
  return { report, problems, payload: sig.payload, st: unverified };
}

function describeSignatureProblems(report: VerifyReport, problems: string[]) {
  const t = report.threshold;
  if (!t.ok) {
    const bad = report.signatures.filter((s) => s.status !== 'valid').map((s) => `${s.keyid ?? '(no keyid)'}: ${s.status}`);
    problems.push(`signatures: ${t.valid} of the required ${t.required} trusted keys signed${bad.length ? ` (${bad.join('; ')})` : ''}`);
  }
}

function describeFileProblems(report: VerifyReport, problems: string[]) {
  const f = report.files;
  if (f.missing.length) problems.push(`missing: ${f.missing.join(', ')}`);
  if (f.mismatched.length) problems.push(`mismatched: ${f.mismatched.map((m) => m.path).join(', ')}`);
  if (f.unexpected.length) problems.push(`unexpected: ${f.unexpected.join(', ')}`);
}

async function verifyDisclosure(opts: VerifyOptions, packFile: string, env: DsseEnvelope, lines: string[], required: number): Promise<VerifyReport> {
  const { report, problems, st } = startReport<RootPredicate>('disclosure', packFile, env, opts, required, ROOT_PREDICATE);
  if (!st) {
    problems.push('the payload is not a valid Merkle root statement');
    return report;
  }
  report.release = st.predicate.release;
  let doc: DisclosureDocument;
  try {
    doc = JSON.parse(lines[1] ?? '') as DisclosureDocument;
    if (doc.format !== DISCLOSURE_FORMAT || !Array.isArray(doc.entries)) throw new Error();
  } catch {
    throw new InputError(packFile, 'line 2', `a disclosure document (${DISCLOSURE_FORMAT})`);
  }
  report.disclosure = { ...doc.disclosure, entries: doc.entries.length };
  const rootHex = st.predicate.merkle.root;
  const rootBytes = Buffer.from(rootHex, 'hex');
  const proven: typeof doc.entries = [];
  for (const e of doc.entries) {
    const leaf = leafHash(leafBytes(e));
    const proof = (e.proof ?? []).map((h) => new Uint8Array(Buffer.from(h, 'hex')));
    if (verifyInclusion(e.index, st.predicate.merkle.treeSize, leaf, proof, rootBytes)) proven.push(e);
    else problems.push(`${e.path}: its inclusion proof does not lead to the signed Merkle root`);
  }
  report.merkle = { root: rootHex, ok: proven.length === doc.entries.length };
  const root = opts.root ?? join(opts.packDir, 'files');
  report.files = await compareFiles(root, doc.entries);
  try {
    const listed = new Set(doc.entries.map((e) => e.path));
    report.files.unexpected = (await expandPaths(['**'], { root, symlinks: 'skip' })).filter((p) => !listed.has(p));
  } catch {
    /* no files directory: every entry is reported missing */
  }
  describeFileProblems(report, problems);
  if (opts.policy) {
    report.policy = checkPolicy(opts.policy, proven.filter((f) => report.files.ok.includes(f.path)), st.predicate.release, opts.now ?? new Date());
    problems.push(...report.policy.problems);
  }
  report.verdict = problems.length ? 'failed' : 'verified';
  return report;
}
