/**
 * `evidence pack`: collects files under a root, digests them, and signs the manifest
 * (in-toto Statement v1 in DSSE, RFC 8785 payload) plus the Merkle-root statement.
 * The pack is `evidence.intoto.jsonl` (line 1: manifest envelope, line 2: root envelope) and
 * `jwks.json` (the signers' public keys), written atomically and never over an existing pack.
 */
import picomatch from 'picomatch';
import { webcrypto } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';
import { INTOTO_PAYLOAD_TYPE, pae, payloadWithPaeRoom, type DsseEnvelope } from '../core/dsse.js';
import { InputError } from '../core/errors.js';
import { NOT_REGULAR, expandPaths, globMatcher, unsafeRelativePath, writeFileAtomic } from '../core/fsx.js';
import { canonicalJson } from '../core/jcs.js';
import { formatJwks, signAsync, type PrivateKey } from '../core/ed25519.js';
import { makeStatement, signStatement } from '../core/statement.js';
import { FILE_NOT_REGULAR, FILE_OK, HashPool, chunkSize, type PoolResult, type PoolStream } from './hash-pool.js';
import {
  PLAIN_PATH,
  ROOT_PREDICATE,
  entryMembers,
  manifestPayload,
  mediaTypeOf,
  type FileEntry,
  type MerkleInfo,
  type ReleaseInfo,
  type RootPredicate,
} from './manifest.js';

export const PACK_FILE = 'evidence.intoto.jsonl';
export const JWKS_FILE = 'jwks.json';

/** A walk that has found this many files goes on while the workers hash the first ones (fewer: hashed after it). */
const STREAM_FROM = 8192;

/** Assigns a kind and labels to the files a glob matches. The first rule with a kind wins; labels accumulate. */
export interface PackRule {
  glob: string;
  kind?: string;
  labels?: Record<string, string>;
}

export interface PackOptions {
  /** directory the paths are relative to */
  root: string;
  /** files, directories and globs, relative to root */
  patterns: string[];
  exclude?: string[];
  rules?: PackRule[];
  release: ReleaseInfo;
  /** one or more signing keys (several during a key rotation) */
  keys: PrivateKey[];
  /** the pack directory; excluded from collection when inside root */
  outDir?: string;
}

export interface BuiltPack {
  /** the manifest envelope, once its signatures are made (on libuv's thread pool; rejects with OpenSSL's error) */
  envelope: Promise<DsseEnvelope>;
  rootEnvelope: DsseEnvelope;
  /** the packed files, in path order (built on first access: 100,000 objects; see {@link BuiltPack.fileCount}) */
  files: FileEntry[];
  /** how many files were packed (without building {@link BuiltPack.files}) */
  fileCount: number;
  /** sha256 hex of the manifest payload bytes (RFC 8785 canonical JSON of the in-toto Statement) */
  manifestDigest: string;
}

/**
 * Collects, digests and signs. Symlinks and paths leaving the root are refused (InputError).
 * @throws InputError when nothing matches, a file is unreadable, or no key is given.
 */
export async function buildPack(opts: PackOptions): Promise<BuiltPack> {
  if (!opts.keys.length) throw new InputError(undefined, 'key', 'at least one signing key');
  const root = resolve(opts.root);
  const exclude = [...(opts.exclude ?? [])];
  if (opts.outDir) {
    const rel = relative(root, resolve(opts.outDir));
    if (rel && !rel.startsWith('..') && !rel.startsWith(sep)) exclude.push(`${rel.split(sep).join('/')}/**`);
  }
  // the workers start now: their start-up overlaps the walk
  const pool = new HashPool().warm();
  try {
    return await collectAndSign(opts, root, exclude, pool);
  } finally {
    pool.close();
  }
}

async function collectAndSign(opts: PackOptions, root: string, exclude: string[], pool: HashPool): Promise<BuiltPack> {
  // root is resolved and every path is checked before it is opened (no '', '.', '..' segment, no
  // backslash): joining is concatenation
  const base = root.endsWith(sep) ? root : root + sep;
  // kind, labels and media type of each file: a few distinct descriptions, each serialized once
  const matchers = (opts.rules ?? []).map((r) => ({ rule: r, match: globMatcher(picomatch, [r.glob]) }));
  const table: { kind: string; labels: Record<string, string>; mediaType: string; text: string }[] = [];
  const known = new Map<string, number>();
  const desc: number[] = [];
  const pathJson: (string | undefined)[] = [];
  // the description of one path (an index into table), or undefined when it is not safe to open: verify
  // refuses what it could not open safely on every runner (a backslash is a separator on Windows), so it
  // is refused here too, and a pack never lists a path its own verification refuses. A function called
  // per path (optimized as such), not the body of check's loop
  let unsafe: { path: string; why: string } | undefined;
  const describe = (path: string): number | undefined => {
    const why = unsafeRelativePath(path);
    if (why) {
      unsafe = { path, why };
      return undefined;
    }
    const mediaType = mediaTypeOf(path);
    let kind: string | undefined;
    const labels: Record<string, string> = {};
    for (const { rule, match } of matchers) {
      if (!match(path)) continue;
      if (kind === undefined && rule.kind) kind = rule.kind;
      Object.assign(labels, rule.labels ?? {});
    }
    kind ??= 'file';
    // JSON string literals delimit themselves: the key is injective
    const key = matchers.length ? JSON.stringify(kind) + JSON.stringify(mediaType) + JSON.stringify(labels) : mediaType;
    let d = known.get(key);
    if (d === undefined) {
      known.set(key, (d = table.length));
      table.push({ kind, labels, mediaType, text: entryMembers(kind, labels, mediaType) });
    }
    return d;
  };
  // paths [0, checked) are described and safe to open; `unsafe` is the first that is not
  let checked = 0;
  const check = (paths: readonly string[], upTo: number): void => {
    for (; checked < upTo && !unsafe; checked++) {
      const path = paths[checked];
      const d = describe(path);
      if (d === undefined) break;
      desc[checked] = d;
      if (!PLAIN_PATH.test(path)) pathJson[checked] = canonicalJson(path);
    }
  };
  // a large walk: its first files are hashed while it goes on, in chunks of a size fixed when it starts
  // (aligned blocks: any power of two gives the same Merkle root)
  let job: PoolStream | undefined;
  let chunk = 0;
  let pushed = 0;
  const feed = (found: readonly string[], all: boolean): void => {
    if (!job) {
      if (found.length < STREAM_FROM) return;
      // sized for a walk that goes on to several times what it has found so far (smaller chunks only
      // mean more messages; the Merkle root is the same)
      chunk = chunkSize(found.length * 8, pool.threads);
      job = pool.stream('pack', base, chunk);
    }
    for (;;) {
      const hi = Math.min(found.length, pushed + chunk);
      if (hi === pushed || (hi - pushed < chunk && !all)) return;
      check(found, hi);
      if (unsafe) return; // nothing from it on is opened; the pack fails once the walk ends
      job.push({
        paths: found.slice(pushed, hi),
        pathJson: pathJson.slice(pushed, hi),
        desc: Uint32Array.from(desc.slice(pushed, hi)),
        table: table.map((d) => d.text),
      });
      pushed = hi;
    }
  };
  let paths: string[];
  try {
    paths = await expandPaths(opts.patterns, { root, exclude, onSorted: (found) => feed(found, false) });
  } catch (e) {
    job?.abort();
    throw e;
  }
  if (!paths.length) throw new InputError(undefined, 'paths', `at least one file under ${root} matching ${opts.patterns.join(' ')}`);
  check(paths, paths.length);
  if (unsafe) {
    job?.abort();
    throw new InputError(unsafe.path, undefined, 'a file name that verify can check on any runner', { found: unsafe.why });
  }
  let result: PoolResult;
  if (job) {
    feed(paths, true);
    result = await job.end();
  } else result = await pool.run({ mode: 'pack', base, paths, desc: Uint32Array.from(desc), table: table.map((d) => d.text), pathJson });
  for (let i = 0; i < paths.length; i++) {
    const status = result.status[i];
    if (status !== FILE_OK)
      throw new InputError(paths[i], undefined, 'a readable file', {
        found: status === FILE_NOT_REGULAR ? NOT_REGULAR : (result.errors.get(i) ?? 'unreadable'),
      });
  }
  const merkle: MerkleInfo = {
    algorithm: 'RFC6962-SHA256',
    leaf: 'jcs-file-entry',
    treeSize: paths.length,
    root: Buffer.from(result.root).toString('hex'),
  };
  // made with room for its PAE text before it: the message signed below is a view, not a copy of 21 MB
  const payload = manifestPayload(result.entries, result.subjects, merkle, opts.release, { patterns: opts.patterns, exclude }, (n) =>
    payloadWithPaeRoom(INTOTO_PAYLOAD_TYPE, n),
  );
  // the signatures and the payload's digest are computed on libuv's thread pool, while writePack encodes
  // and writes the payload: the signatures first (two SHA-512 passes over 21 MB for 100,000 files, the
  // longest work left), then the digest (each job first copies its input on this thread)
  const msg = pae(INTOTO_PAYLOAD_TYPE, payload);
  const signing = Promise.all(opts.keys.map((k) => signAsync(msg, k)));
  const digesting = webcrypto.subtle.digest('SHA-256', payload);
  // encoded once, while the signatures are made; writePack writes this text before they are done
  const payloadText = payload.toString('base64');
  const envelope = signing.then((sigs) => {
    const env: DsseEnvelope = {
      payload: payloadText,
      payloadType: INTOTO_PAYLOAD_TYPE,
      signatures: opts.keys.map((k, i) => ({ keyid: k.kid, sig: Buffer.from(sigs[i]).toString('base64') })),
    };
    plainPayload.set(env, env.payload);
    return env;
  });
  envelope.catch(() => undefined); // rejected: writePack reports it
  const manifestDigest = Buffer.from(await digesting).toString('hex');
  const rootStatement = makeStatement<RootPredicate>([{ name: 'merkle-root', digest: { sha256: merkle.root } }], ROOT_PREDICATE, {
    release: opts.release,
    merkle,
    manifest: { sha256: manifestDigest },
  });
  let files: FileEntry[] | undefined;
  const built: BuiltPack = {
    envelope,
    rootEnvelope: signStatement(rootStatement, opts.keys),
    // made when first asked for (the CLI needs only their number): no object per file on the way
    get files() {
      return (files ??= paths.map((path, i) => {
        const d = table[desc[i]];
        return { path, sha256: result.hex(i), size: result.sizes[i], kind: d.kind, mediaType: d.mediaType, labels: { ...d.labels } };
      }));
    },
    fileCount: paths.length,
    manifestDigest,
  };
  payloadTextOf.set(built, payloadText);
  return built;
}

/** The base64 text of the manifest payload of each pack built here (writePack writes it before the signatures are done). */
const payloadTextOf = new WeakMap<BuiltPack, string>();

/**
 * Writes `PACKDIR/evidence.intoto.jsonl` and `PACKDIR/jwks.json` atomically.
 * @throws InputError when a pack already exists there (evidence is never overwritten).
 */
export async function writePack(outDir: string, pack: BuiltPack, keys: PrivateKey[]): Promise<{ packFile: string; jwksFile: string }> {
  const packFile = join(outDir, PACK_FILE);
  const jwksFile = join(outDir, JWKS_FILE);
  const after = `\n${JSON.stringify(pack.rootEnvelope)}\n`;
  const b64 = payloadTextOf.get(pack);
  if (b64 !== undefined) {
    // line 1 up to the payload's end is written (and flushed) while the signatures are made: the same
    // bytes as envelopeJson's, whose payload member comes first. The base64 text (28 MB for 100,000
    // files) is written from its own memory, not copied into a buffer first
    const tail = pack.envelope.then((env) => {
      const rest = JSON.stringify({ ...env, payload: '' });
      if (env.payload !== b64 || !rest.startsWith(ENVELOPE_HEAD + '"')) throw new Error('internal: not the envelope of this payload');
      return Buffer.from(rest.slice(ENVELOPE_HEAD.length) + after);
    });
    await writeFileAtomic(packFile, [Buffer.from(ENVELOPE_HEAD, 'latin1'), { ascii: b64 }, tail], { noClobber: true });
  } else await writeFileAtomic(packFile, envelopeJson(await pack.envelope, after), { noClobber: true });
  await writeFileAtomic(jwksFile, formatJwks(keys.map((k) => k.publicKey)));
  return { packFile, jwksFile };
}

/** What JSON.stringify writes first for an envelope made here (its payload member comes first). */
const ENVELOPE_HEAD = '{"payload":"';

/** Envelopes signed here, with the base64 text of their payload as made (by Buffer's encoder: plain base64). */
const plainPayload = new WeakMap<DsseEnvelope, string>();

/**
 * `JSON.stringify(envelope) + after` as UTF-8 bytes, without serializing and encoding the payload's
 * base64 text (28 MB for 100,000 files) as a JSON string: when the payload member comes first and is
 * plain standard base64 (made here, or it round-trips: no character that JSON escapes), it is copied in
 * as is, once.
 */
export function envelopeJson(env: DsseEnvelope, after = ''): Buffer {
  const rest = JSON.stringify({ ...env, payload: '' }) + after;
  const head = ENVELOPE_HEAD;
  const p = env.payload;
  if (
    typeof p === 'string' &&
    rest.startsWith(head + '"') &&
    (plainPayload.get(env) === p || Buffer.from(p, 'base64').toString('base64') === p)
  ) {
    const tail = rest.slice(head.length);
    const out = Buffer.allocUnsafe(head.length + p.length + Buffer.byteLength(tail));
    let at = out.write(head, 0, 'latin1');
    at += out.write(p, at, 'latin1');
    out.write(tail, at, 'utf8');
    return out;
  }
  return Buffer.from(JSON.stringify(env) + after);
}

/** Release info from flags, falling back to the GitHub Actions context and SOURCE_DATE_EPOCH. */
export function releaseFromEnv(flags: Partial<ReleaseInfo>, env: NodeJS.ProcessEnv): ReleaseInfo {
  const epoch = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) : undefined;
  const createdAt =
    flags.createdAt ??
    (epoch !== undefined && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (Number.isNaN(Date.parse(createdAt))) throw new InputError(undefined, 'created-at', 'an RFC 3339 timestamp', { found: createdAt });
  const run =
    flags.run ??
    (env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined);
  const out: ReleaseInfo = {
    name: flags.name ?? env.GITHUB_REPOSITORY ?? 'release',
    version: flags.version ?? env.GITHUB_REF_NAME ?? '0.0.0',
    createdAt,
  };
  const commit = flags.commit ?? env.GITHUB_SHA;
  if (commit) out.commit = commit;
  if (run) out.run = run;
  return out;
}
