/**
 * `evidence verify`: checks a pack (or a scoped disclosure) against the files on disk and a set
 * of trusted keys. One report, file buckets (ok, missing, mismatched, unexpected, refused), the
 * status of every signature, an N-of-keys threshold, key validity windows, and an optional
 * evidence policy (required kinds, maximum age).
 *
 * Order (docs/SECURITY.md): signatures are verified before any path the signed data names is
 * touched; a pack whose signatures do not meet the threshold is reported failed without reading a
 * single listed file. Then the signed structure is checked (InputError, exit 2, naming the member),
 * every listed path is confined to the root (no `..`, not absolute, no symbolic link on the way,
 * regular files only, opened O_NOFOLLOW | O_NONBLOCK) and read up to its signed size + 1 byte.
 */
import { webcrypto } from 'node:crypto';
import { join, resolve, sep } from 'node:path';
import { verifyEnvelope, type DsseEnvelope, type EnvelopeVerification, parseEnvelope } from '../core/dsse.js';
import { InputError } from '../core/errors.js';
import { checkInside, expandPaths, readText, unsafeRelativePath } from '../core/fsx.js';
import { parseJsonStrict } from '../core/json.js';
import { keyValidAt, type PublicKey } from '../core/ed25519.js';
import { parseJsonlEnvelope, parseStatement, type Statement } from '../core/statement.js';
import { canonicalJson } from '../core/jcs.js';
import {
  FILE_DIFFERS,
  FILE_NOT_REGULAR,
  FILE_OK,
  FILE_SKIPPED,
  FILE_TOO_LARGE,
  HashPool,
  chunkSize,
  type PoolResult,
} from './hash-pool.js';
import { leafHash, verifyInclusion } from './merkle.js';
import { ManifestStream } from './manifest-reader.js';
import {
  DISCLOSURE_FORMAT,
  MANIFEST_PREDICATE,
  ROOT_PREDICATE,
  PLAIN_PATH,
  entryMembers,
  leafBytes,
  type FileEntry,
  type ManifestPredicate,
  type ReleaseInfo,
  type RootPredicate,
} from './manifest.js';
import { PACK_FILE } from './pack.js';
import type { EvidencePolicy } from './policy.js';
import { checkPolicy } from './policy.js';
import { checkDisclosure, checkManifest, checkRootStatement, type DisclosureEntry, type DisclosurePredicate } from './shape.js';

/** Status of one DSSE signature. `outside-validity`: made (release createdAt) outside its key's [iat, exp]. */
export interface SignatureStatus {
  keyid: string | undefined;
  status: 'valid' | 'invalid' | 'unknown-key' | 'outside-validity';
}

export interface Mismatch {
  path: string;
  expected: string;
  /** hex SHA-256 found, or a note when the file was not read to its end (larger than its signed size) */
  actual: string;
  expectedSize?: number;
  actualSize: number;
}

/** A listed path that was not opened: it leaves the root, passes through a symbolic link, or is not a regular file. */
export interface Refusal {
  path: string;
  reason: string;
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
  /** disclosures: the signatures of the disclosure statement (line 2) */
  disclosureSignatures?: { signatures: SignatureStatus[]; threshold: { required: number; valid: number; ok: boolean } };
  files: { ok: string[]; missing: string[]; mismatched: Mismatch[]; unexpected: string[]; refused: Refusal[] };
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

export const DISCLOSURE_FILE = 'disclosure.intoto.jsonl';

/** Most lines a pack or disclosure may hold (line 1 and line 2); anything after is refused. */
const PACK_LINES = 2;

/** Applies key validity windows (at the signed createdAt) and the threshold to an envelope's checked signatures. */
function checkSignatures(v: EnvelopeVerification, createdAt: unknown, required: number) {
  const at = typeof createdAt === 'string' ? Date.parse(createdAt) / 1000 : NaN;
  const inWindow = new Set<string>();
  const signatures: SignatureStatus[] = v.signatures.map((s) => {
    if (s.status !== 'valid' || !s.key) return { keyid: s.keyid, status: s.status };
    if (!Number.isFinite(at) || !keyValidAt(s.key, at)) return { keyid: s.keyid, status: 'outside-validity' };
    inWindow.add(s.key.kid);
    return { keyid: s.keyid, status: 'valid' };
  });
  return { payload: v.payload, signatures, threshold: { required, valid: inWindow.size, ok: inWindow.size >= required } };
}

/**
 * Hashes the listed files, confined to `root`: unsafe paths and paths through a symbolic link are
 * refused without being opened; each file is opened O_NOFOLLOW | O_NONBLOCK, must be a regular file,
 * and is read to at most its signed size + 1 byte. Also returns the RFC 6962 Merkle root over the
 * entries' leaves (every entry, refused or not), computed by the same workers.
 * @param started called once the workers have their first files (work to run alongside the hashing,
 *   such as the walk for unexpected files: started earlier, it would run in the awaits of the path
 *   checks, before any file is hashed)
 */
async function compareFiles(
  root: string,
  entries: FileEntry[],
  pool: HashPool,
  described?: { desc: Uint32Array; table: string[] },
  started?: () => void,
): Promise<{ files: VerifyReport['files']; merkleRoot: Uint8Array }> {
  const files: VerifyReport['files'] = { ok: [], missing: [], mismatched: [], unexpected: [], refused: [] };
  const n = entries.length;
  const paths = entries.map((e) => e.path);
  const open = await confine({ root, seen: new Set(), verdicts: new Map() }, paths, files.refused);
  // the signed values the workers hash into the leaves: a few distinct descriptions, each serialized once
  const table: string[] = described?.table ?? [];
  const descs = new Map<string, number>();
  const desc = described?.desc ?? new Uint32Array(n);
  const pathJson: (string | undefined)[] = [];
  const sizes = new Float64Array(n);
  const expected = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const e = entries[i];
    if (!PLAIN_PATH.test(e.path)) pathJson[i] = canonicalJson(e.path);
    sizes[i] = e.size;
    expected[i] = e.sha256;
    if (described) continue;
    let empty = true;
    for (const _ in e.labels) {
      empty = false;
      break;
    }
    // JSON string literals delimit themselves: the key is injective
    const key = JSON.stringify(e.kind) + JSON.stringify(e.mediaType) + (empty ? '{}' : JSON.stringify(e.labels));
    let d = descs.get(key);
    if (d === undefined) {
      descs.set(key, (d = table.length));
      table.push(entryMembers(e.kind, e.labels, e.mediaType));
    }
    desc[i] = d;
  }
  // every opened path passed unsafeRelativePath (no '', '.', '..' segment, no backslash, not absolute), so
  // joining it to the resolved root is concatenation
  const resolved = resolve(root);
  const base = resolved.endsWith(sep) ? resolved : resolved + sep;
  const running = pool.run({ mode: 'verify', base, paths, desc, table, pathJson, sizes, expected, open });
  started?.();
  const r = await running;
  sortResults(entries, r, files);
  return { files, merkleRoot: r.root };
}

/** Puts each opened file in its bucket by its status in `r` (refused-before-opening files have FILE_SKIPPED). */
function sortResults(entries: FileEntry[], r: PoolResult, files: VerifyReport['files']): void {
  const n = entries.length;
  for (let i = 0; i < n; i++) {
    if (r.status[i] === FILE_SKIPPED) continue;
    const e = entries[i];
    switch (r.status[i]) {
      case FILE_OK:
        files.ok.push(e.path);
        break;
      case FILE_NOT_REGULAR:
        files.refused.push({ path: e.path, reason: 'not a regular file (symbolic link, FIFO, device or socket)' });
        break;
      case FILE_TOO_LARGE:
        files.mismatched.push({
          path: e.path,
          expected: e.sha256,
          actual: 'not read: larger than its signed size',
          expectedSize: e.size,
          actualSize: r.sizes[i],
        });
        break;
      case FILE_DIFFERS:
        files.mismatched.push({
          path: e.path,
          expected: e.sha256,
          actual: r.differs.get(i)!,
          expectedSize: e.size,
          actualSize: r.sizes[i],
        });
        break;
      default: // FILE_ERROR (ENOENT, EACCES, ...)
        files.missing.push(e.path);
    }
  }
}

/** Why a listed path's parent directories cannot be opened through (see {@link checkInside}), or undefined. */
const parentVerdict = (root: string, path: string, seen: Set<string>): Promise<string | undefined> =>
  checkInside(root, path, seen).then(
    () => undefined,
    (err) =>
      err instanceof InputError && /symbolic link/.test(err.message)
        ? 'a parent directory is a symbolic link'
        : 'a parent is not a directory',
  );

/** The parent-directory verdicts of one verification, kept across the batches of {@link confine}. */
interface Confinement {
  root: string;
  /** directories (relative) checkInside has already checked */
  seen: Set<string>;
  /** per parent directory (relative): why files under it are refused, or undefined */
  verdicts: Map<string, string | undefined>;
}

/**
 * Which listed paths may be opened: an unsafe path ({@link unsafeRelativePath}) or one under a symbolic link or a
 * non-directory ({@link parentVerdict}) is refused, pushed to `refused` in order and never opened. Each distinct parent
 * directory is checked once per verification; those new to this batch are checked at the same time.
 * @returns per path, 1 = open it
 */
async function confine(c: Confinement, paths: string[], refused: Refusal[]): Promise<Uint8Array> {
  const n = paths.length;
  const open = new Uint8Array(n);
  const unsafe: (string | undefined)[] = [];
  const dirOf: (string | undefined)[] = new Array(n);
  const checking = new Map<string, Promise<string | undefined>>();
  let prevDir = ''; // with its final '/'
  let prevName: string | undefined;
  for (let i = 0; i < n; i++) {
    const path = paths[i];
    const why = unsafeRelativePath(path);
    if (why) {
      unsafe[i] = why;
      continue;
    }
    const slash = path.lastIndexOf('/');
    if (slash < 0) continue;
    // most files are in the previous file's directory
    if (prevName !== undefined && slash === prevDir.length - 1 && path.startsWith(prevDir)) {
      dirOf[i] = prevName;
      continue;
    }
    const dir = path.slice(0, slash);
    if (!c.verdicts.has(dir) && !checking.has(dir)) checking.set(dir, parentVerdict(c.root, path, c.seen));
    dirOf[i] = prevName = dir;
    prevDir = path.slice(0, slash + 1);
  }
  for (const [dir, verdict] of checking) c.verdicts.set(dir, await verdict);
  for (let i = 0; i < n; i++) {
    const why = unsafe[i];
    const dir = dirOf[i];
    const reason = why !== undefined ? `not a path inside the root (${why})` : dir === undefined ? undefined : c.verdicts.get(dir);
    if (reason === undefined) open[i] = 1;
    else refused.push({ path: paths[i], reason });
  }
  return open;
}

/**
 * {@link compareFiles} for a manifest read while its first files are hashed: chunk by chunk, each path
 * is checked as compareFiles checks it (unsafe paths and paths under a symbolic link or a non-directory
 * are refused, never opened) before its chunk goes to the workers.
 * @returns undefined when the payload turns out not to be in pack's layout (nothing is reported from
 *   the files read so far: the caller verifies the general way)
 */
async function compareStream(
  root: string,
  ms: ManifestStream,
  treeSize: number,
  pool: HashPool,
  started?: () => void,
): Promise<{ files: VerifyReport['files']; merkleRoot: Uint8Array } | undefined> {
  const files: VerifyReport['files'] = { ok: [], missing: [], mismatched: [], unexpected: [], refused: [] };
  // every opened path passed unsafeRelativePath: joining it to the resolved root is concatenation
  const resolved = resolve(root);
  const base = resolved.endsWith(sep) ? resolved : resolved + sep;
  // the chunk size for about as many files as the signed tree size says (bounded by what the bytes can hold)
  const chunk = chunkSize(Math.min(treeSize, Math.ceil(ms.filesBytes / 50)), pool.threads);
  const job = pool.stream('verify', base, chunk);
  const confinement: Confinement = { root, seen: new Set(), verdicts: new Map() };
  for (;;) {
    const lo = ms.files.length;
    const got = ms.read(chunk);
    if (got === undefined) {
      job.abort();
      return undefined;
    }
    if (got === 0) break;
    const paths = new Array<string>(got);
    const sizes = new Float64Array(got);
    const expected = new Array<string>(got);
    for (let k = 0; k < got; k++) {
      const e = ms.files[lo + k];
      paths[k] = e.path;
      sizes[k] = e.size;
      expected[k] = e.sha256;
    }
    const open = await confine(confinement, paths, files.refused);
    job.push({
      paths,
      pathJson: ms.pathJson.slice(lo, lo + got),
      desc: Uint32Array.from(ms.descOf.slice(lo, lo + got)),
      table: ms.table.slice(),
      sizes,
      expected,
      open,
    });
    if (lo === 0) started?.();
    if (got < chunk) break;
    // the workers' messages (they take the next chunks) between chunks
    await new Promise((r) => setImmediate(r));
  }
  if (!ms.done) {
    job.abort();
    return undefined;
  }
  const r = await job.end();
  sortResults(ms.files, r, files);
  return { files, merkleRoot: r.root };
}

function tryStatement<P>(payload: Uint8Array, source: string, type?: string): Statement<P> | undefined {
  try {
    return parseStatement<P>(payload, source, type);
  } catch {
    return undefined;
  }
}

/** Parses line 2 as a DSSE envelope. @throws InputError (exit 2) when it is missing (truncated pack) or malformed. */
function lineTwoEnvelope(lines: string[], packFile: string, what: string): DsseEnvelope {
  if (lines.length < 2) throw new InputError(packFile, 'line 2', `${what} (the pack is truncated)`, { found: 'no line 2' });
  if (lines.length > PACK_LINES) throw new InputError(packFile, `line ${PACK_LINES + 1}`, `at most ${PACK_LINES} lines`);
  return parseEnvelope(parseJsonStrict(lines[1], packFile, what, 'line 2'), `${packFile}: line 2`);
}

/**
 * Verifies a pack directory (evidence.intoto.jsonl) or a disclosure (disclosure.intoto.jsonl).
 * @throws InputError (exit 2) when the pack is missing, truncated (no line 2), not DSSE, or its signed
 *   content is malformed (naming the member); every other problem (bad signature, tampered payload,
 *   changed, missing, unexpected or refused files, policy) is a failed verdict (exit 1).
 */
export async function verifyPack(opts: VerifyOptions): Promise<VerifyReport> {
  // the hashing workers start now (their start-up overlaps the reading and the signature check); they
  // are given no path before the signatures verify
  const pool = new HashPool().warm();
  try {
    const report = await verifyWith(opts, pool, true);
    if (report) return report;
  } finally {
    pool.close();
  }
  // the manifest turned out not to be in pack's layout part way through: verified again, the general way
  const again = new HashPool().warm();
  try {
    return (await verifyWith(opts, again, false))!;
  } finally {
    again.close();
  }
}

/** @returns undefined when `streaming` and the manifest turns out not to be in pack's layout (verify the general way) */
async function verifyWith(opts: VerifyOptions, pool: HashPool, streaming: boolean): Promise<VerifyReport | undefined> {
  const required = opts.threshold ?? 1;
  if (!Number.isInteger(required) || required < 1) throw new InputError(undefined, 'threshold', 'a whole number >= 1');
  let packFile = join(opts.packDir, PACK_FILE);
  let text: string;
  try {
    text = await readText(packFile, 'evidence pack', { untrusted: true });
  } catch (e) {
    const alt = join(opts.packDir, DISCLOSURE_FILE);
    if (!(e instanceof InputError) || !/no such file/.test(e.message)) throw e;
    try {
      text = await readText(alt, 'disclosure pack', { untrusted: true });
      packFile = alt;
    } catch {
      throw e;
    }
  }
  const env = parseJsonlEnvelope(text, packFile);
  const lines = text.split('\n').filter((l) => l.trim());
  // the signatures are checked first, over the exact payload bytes; then the payload is parsed once
  // (JSON and duplicate scan are linear but not free on a 20 MB manifest). What kind of pack it is
  // is decided from the payload type only to route; everything is re-checked.
  const checked = verifyEnvelope(env, opts.trusted);
  // a manifest in pack's own layout is read in one pass (the same values; anything else is parsed as
  // JSON): the members around the file lists now, the files while the first ones are hashed
  const fast = streaming ? ManifestStream.open(checked.payload) : undefined;
  const first = fast ? (fast.statement as Statement<unknown>) : tryStatement<unknown>(checked.payload, packFile);
  if (first?.predicateType === ROOT_PREDICATE)
    return verifyDisclosure(opts, packFile, env, lines, required, first as Statement<RootPredicate>, checked, pool);

  const line2 = lineTwoEnvelope(lines, packFile, 'the signed Merkle root statement');
  const { report, problems, payload, st } = startReport<ManifestPredicate>(
    'manifest',
    packFile,
    env,
    opts,
    required,
    MANIFEST_PREDICATE,
    undefined,
    first,
    checked,
  );
  if (!report.threshold.ok) return finish(report); // nothing the payload names is touched
  if (!st) {
    problems.push('the payload is not an evidence manifest (foreign statement type)');
    return finish(report);
  }
  // fast: the other members checked as the general path checks them (its file lists are empty); the
  // entries were checked while read
  const checkedFiles = checkManifest(st, packFile);
  let files = checkedFiles;
  report.release = st.predicate.release;
  // the payload's digest on libuv's thread pool, while this thread goes on
  const digesting = webcrypto.subtle.digest('SHA-256', payload);
  const rs = checkSignatures(verifyEnvelope(line2, opts.trusted), st.predicate.release.createdAt, required);
  const rst = rs.threshold.ok ? tryStatement<RootPredicate>(rs.payload, `${packFile}: line 2`, ROOT_PREDICATE) : undefined;
  const rp = rst && checkRootStatement(rst, `${packFile}: line 2`);
  const root = opts.root ?? opts.cwd ?? process.cwd();
  // unexpected: what the pack's own patterns collect today that it does not list (symbolic links
  // included); the walk runs alongside the hashing, started once the workers have files
  const collectProblems: string[] = [];
  let collecting: Promise<string[]> | undefined;
  const collect = () => (collecting = collectNow(root, st.predicate.collection, collectProblems));
  // Merkle commitment matches the subjects, and line 2 (the root statement) matches it: the leaves are
  // computed by the workers that hash the files
  const compared = fast
    ? await compareStream(root, fast, st.predicate.merkle.treeSize, pool, collect)
    : await compareFiles(root, files, pool, undefined, collect);
  if (!compared) {
    void collecting?.catch(() => undefined); // dropped with this attempt
    return undefined;
  }
  if (fast) files = fast.files;
  report.files = compared.files;
  report.manifestDigest = Buffer.from(await digesting).toString('hex');
  const computed = Buffer.from(compared.merkleRoot).toString('hex');
  const merkle = { root: computed, ok: computed === st.predicate.merkle.root && st.predicate.merkle.treeSize === files.length };
  if (!rp || rp.merkle.root !== computed || rp.merkle.treeSize !== files.length || rp.manifest.sha256 !== report.manifestDigest)
    merkle.ok = false;
  report.merkle = merkle;
  if (!merkle.ok) problems.push('the Merkle root statement does not match the manifest');
  report.files.unexpected = notListed(await (collecting ?? collect()), files);
  problems.push(...collectProblems);
  describeFileProblems(report, problems);
  if (opts.policy) {
    const ok = okSet(report);
    report.policy = checkPolicy(
      opts.policy,
      files.filter((f) => ok.has(f.path)),
      st.predicate.release,
      opts.now ?? new Date(),
    );
    problems.push(...report.policy.problems);
  }
  return finish(report);
}

/**
 * The paths of `found` (sorted by UTF-16 code units, as expandPaths returns them) that no entry lists:
 * one merge when the entries are in that order too (as pack writes them), else through a set.
 */
export function notListed(found: string[], entries: { path: string }[]): string[] {
  for (let i = 1; i < entries.length; i++)
    if (!(entries[i - 1].path < entries[i].path)) {
      const listed = new Set(entries.map((e) => e.path));
      return found.filter((p) => !listed.has(p));
    }
  const out: string[] = [];
  let j = 0;
  for (const p of found) {
    while (j < entries.length && entries[j].path < p) j++;
    if (j >= entries.length || entries[j].path !== p) out.push(p);
  }
  return out;
}

/** The verified paths as a set (policy checks look each file up: linear, not quadratic, on 100,000 files). */
const okSet = (report: VerifyReport): Set<string> => new Set(report.files.ok);

function finish(report: VerifyReport): VerifyReport {
  report.verdict = report.problems.length ? 'failed' : 'verified';
  return report;
}

/**
 * What the pack's collection rules match under root today: globs and directories are re-expanded
 * (symbolic links listed, never followed); literal file paths are already listed (or reported missing).
 * A pattern that leaves the root is a problem, not a walk.
 */
async function collectNow(root: string, collection: ManifestPredicate['collection'], problems: string[]): Promise<string[]> {
  const lists: string[][] = [];
  for (const p of collection.patterns) {
    const why = unsafeRelativePath(p.replace(/\/+$/, ''));
    if (why) {
      problems.push(`collection pattern ${JSON.stringify(p)} is not inside the root (${why})`);
      continue;
    }
    try {
      lists.push(await expandPaths([p], { root, exclude: collection.exclude, symlinks: 'list' }));
    } catch (e) {
      if (!(e instanceof InputError)) throw e; // a literal path that is gone is reported missing already
      // a directory the walk cannot read hides what lies below it: not verified (fail closed)
      if (/readable directories/.test(e.message))
        problems.push(`collection pattern ${JSON.stringify(p)} could not be walked: ${e.message}`);
    }
  }
  // one pattern (pack's usual `dir/**`): expandPaths' list is sorted and without duplicates already
  if (lists.length === 1) return lists[0];
  return [...new Set(lists.flat())].sort();
}

/**
 * Starts a report with the envelope's signatures checked (`checked`: verified over the exact payload
 * bytes, before anything parses them). The payload is parsed once (or given as `parsed`), for the
 * time that dates the signatures (`predicate.release.createdAt`, or `predicate.createdAt`); `st` may
 * be used only when the threshold is met (same bytes, verified).
 */
function startReport<P>(
  kind: VerifyReport['kind'],
  packFile: string,
  env: DsseEnvelope,
  opts: VerifyOptions,
  required: number,
  predicateType: string,
  field?: string,
  parsed?: Statement<unknown>,
  checked: EnvelopeVerification = verifyEnvelope(env, opts.trusted),
) {
  const st = parsed
    ? parsed.predicateType === predicateType
      ? (parsed as Statement<P>)
      : undefined
    : tryStatement<P>(checked.payload, field ? `${packFile}: ${field}` : packFile, predicateType);
  const pred = st?.predicate as { release?: { createdAt?: unknown }; createdAt?: unknown } | null | undefined;
  const at =
    pred && typeof pred === 'object'
      ? pred.release && typeof pred.release === 'object'
        ? pred.release.createdAt
        : pred.createdAt
      : undefined;
  const sig = checkSignatures(checked, at, required);
  const problems: string[] = [];
  const report: VerifyReport = {
    pack: packFile,
    kind,
    trust: opts.trust,
    signatures: sig.signatures,
    threshold: sig.threshold,
    files: { ok: [], missing: [], mismatched: [], unexpected: [], refused: [] },
    verdict: 'failed',
    problems,
  };
  const t = report.threshold;
  if (!t.ok) {
    const bad = report.signatures.filter((s) => s.status !== 'valid').map((s) => `${s.keyid ?? '(no keyid)'}: ${s.status}`);
    problems.push(
      `signatures: ${t.valid} of the required ${t.required} trusted keys signed${bad.length ? ` (${bad.join('; ')})` : ''}; no listed file was read`,
    );
  }
  return { report, problems, payload: sig.payload, st };
}

function describeFileProblems(report: VerifyReport, problems: string[]) {
  const f = report.files;
  if (f.refused.length) problems.push(`refused: ${f.refused.map((r) => `${r.path} (${r.reason})`).join(', ')}`);
  if (f.missing.length) problems.push(`missing: ${f.missing.join(', ')}`);
  if (f.mismatched.length) problems.push(`mismatched: ${f.mismatched.map((m) => m.path).join(', ')}`);
  if (f.unexpected.length) problems.push(`unexpected: ${f.unexpected.join(', ')}`);
}

async function verifyDisclosure(
  opts: VerifyOptions,
  packFile: string,
  env: DsseEnvelope,
  lines: string[],
  required: number,
  parsed: Statement<RootPredicate>,
  checked: EnvelopeVerification,
  pool: HashPool,
): Promise<VerifyReport> {
  const line2 = lineTwoEnvelope(lines, packFile, 'the signed disclosure statement (DSSE envelope)');
  const {
    report,
    problems,
    st: rootSt,
  } = startReport<RootPredicate>('disclosure', packFile, env, opts, required, ROOT_PREDICATE, undefined, parsed, checked);
  if (!report.threshold.ok) return finish(report);
  if (!rootSt) {
    problems.push('the payload is not a valid Merkle root statement');
    return finish(report);
  }
  const rp = checkRootStatement(rootSt, packFile);
  report.release = rp.release;
  // line 2: the disclosure itself (region, tenant, which entries) is signed too
  const ds = startReport<DisclosurePredicate>('disclosure', packFile, line2, opts, required, DISCLOSURE_FORMAT, 'line 2');
  report.disclosureSignatures = { signatures: ds.report.signatures, threshold: ds.report.threshold };
  if (!ds.report.threshold.ok) {
    problems.push(
      `disclosure statement (line 2): ${ds.report.threshold.valid} of the required ${required} trusted keys signed; no listed file was read`,
    );
    return finish(report);
  }
  const dst = ds.st;
  if (!dst) throw new InputError(packFile, 'line 2', `a disclosure statement (predicateType ${DISCLOSURE_FORMAT})`);
  const doc = checkDisclosure(dst, `${packFile}: line 2`);
  report.disclosure = { ...doc.disclosure, entries: doc.entries.length };
  const rootHex = rp.merkle.root;
  report.merkle = { root: rootHex, ok: true };
  if (doc.merkle.root !== rootHex || doc.merkle.treeSize !== rp.merkle.treeSize) {
    report.merkle.ok = false;
    problems.push('the disclosure statement names a different Merkle root than line 1');
  }
  const rootBytes = Buffer.from(rootHex, 'hex');
  const proven: DisclosureEntry[] = [];
  const indexes = new Set<number>();
  for (const e of doc.entries) {
    const leaf = leafHash(leafBytes(e));
    const proof = e.proof.map((h) => new Uint8Array(Buffer.from(h, 'hex')));
    const labelled =
      e.labels.region === doc.disclosure.region && (doc.disclosure.tenant === undefined || e.labels.tenant === doc.disclosure.tenant);
    if (!labelled)
      problems.push(
        `${e.path}: not labelled region=${doc.disclosure.region}${doc.disclosure.tenant !== undefined ? ` tenant=${doc.disclosure.tenant}` : ''}, yet disclosed under it`,
      );
    else if (indexes.has(e.index)) problems.push(`${e.path}: leaf index ${e.index} is disclosed twice`);
    else if (verifyInclusion(e.index, rp.merkle.treeSize, leaf, proof, rootBytes)) proven.push(e);
    else problems.push(`${e.path}: its inclusion proof does not lead to the signed Merkle root`);
    indexes.add(e.index);
  }
  if (proven.length !== doc.entries.length) report.merkle.ok = false;
  const root = opts.root ?? join(opts.packDir, 'files');
  report.files = (await compareFiles(root, doc.entries, pool)).files;
  report.files.unexpected = notListed(await expandPaths(['**'], { root, symlinks: 'list' }), doc.entries);
  describeFileProblems(report, problems);
  if (opts.policy) {
    const ok = okSet(report);
    report.policy = checkPolicy(
      opts.policy,
      proven.filter((f) => ok.has(f.path)),
      rp.release,
      opts.now ?? new Date(),
    );
    problems.push(...report.policy.problems);
  }
  return finish(report);
}
