/**
 * `evidence pack`: collects files under a root, digests them, and signs the manifest
 * (in-toto Statement v1 in DSSE, RFC 8785 payload) plus the Merkle-root statement.
 * The pack is `evidence.intoto.jsonl` (line 1: manifest envelope, line 2: root envelope) and
 * `jwks.json` (the signers' public keys), written atomically and never over an existing pack.
 */
import picomatch from 'picomatch';
import { join, relative, resolve, sep } from 'node:path';
import { sha256Files, sha256Hex } from '../core/digest.js';
import { INTOTO_PAYLOAD_TYPE, signEnvelope, type DsseEnvelope } from '../core/dsse.js';
import { InputError } from '../core/errors.js';
import { expandPaths, unsafeRelativePath, writeFileAtomic } from '../core/fsx.js';
import { formatJwks, type PrivateKey } from '../core/ed25519.js';
import { makeStatement, signStatement } from '../core/statement.js';
import { rootFromPackedLeaves } from './merkle.js';
import { ROOT_PREDICATE, manifestText, mediaTypeOf, type FileEntry, type ReleaseInfo, type RootPredicate } from './manifest.js';

export const PACK_FILE = 'evidence.intoto.jsonl';
export const JWKS_FILE = 'jwks.json';

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
  envelope: DsseEnvelope;
  rootEnvelope: DsseEnvelope;
  files: FileEntry[];
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
  const paths = await expandPaths(opts.patterns, { root, exclude });
  if (!paths.length) throw new InputError(undefined, 'paths', `at least one file under ${root} matching ${opts.patterns.join(' ')}`);
  // verify refuses what it could not open safely on every runner (a backslash is a separator on Windows):
  // refuse it here too, so a pack never lists a path its own verification refuses
  for (const p of paths) {
    const why = unsafeRelativePath(p);
    if (why) throw new InputError(p, undefined, 'a file name that verify can check on any runner', { found: why });
  }
  const matchers = (opts.rules ?? []).map((r) => ({ rule: r, match: picomatch(r.glob, { dot: true }) }));
  // the workers start hashing at once; kinds, labels and media types are worked out meanwhile
  // root is resolved and every path checked above (no '', '.', '..' segment, no backslash): joining is concatenation
  const base = root.endsWith(sep) ? root : root + sep;
  const hashing = sha256Files(paths.map((p) => base + p));
  hashing.catch(() => undefined); // awaited below; never an unhandled rejection if this thread throws first
  const described = paths.map((path) => {
    let kind: string | undefined;
    const labels: Record<string, string> = {};
    for (const { rule, match } of matchers) {
      if (!match(path)) continue;
      if (kind === undefined && rule.kind) kind = rule.kind;
      Object.assign(labels, rule.labels ?? {});
    }
    return { kind: kind ?? 'file', mediaType: mediaTypeOf(path), labels };
  });
  const digests = await hashing;
  const files: FileEntry[] = paths.map((path, i) => {
    const d = digests[i];
    if (d.error || d.hex === undefined || d.size === undefined)
      throw new InputError(path, undefined, 'a readable file', { found: d.error });
    const { kind, mediaType, labels } = described[i];
    return { path, sha256: d.hex, size: d.size, kind, mediaType, labels };
  });
  // the payload is written as canonical text directly (no Statement object, no whole-tree serializer)
  const manifest = manifestText(files, opts.release, { patterns: opts.patterns, exclude }, (leaves, n) =>
    Buffer.from(rootFromPackedLeaves(leaves, n)).toString('hex'),
  );
  const { payload } = manifest;
  const envelope = signEnvelope(payload, INTOTO_PAYLOAD_TYPE, opts.keys);
  const manifestDigest = sha256Hex(payload);
  const { merkle } = manifest;
  const rootStatement = makeStatement<RootPredicate>([{ name: 'merkle-root', digest: { sha256: merkle.root } }], ROOT_PREDICATE, {
    release: opts.release,
    merkle,
    manifest: { sha256: manifestDigest },
  });
  return { envelope, rootEnvelope: signStatement(rootStatement, opts.keys), files, manifestDigest };
}

/**
 * Writes `PACKDIR/evidence.intoto.jsonl` and `PACKDIR/jwks.json` atomically.
 * @throws InputError when a pack already exists there (evidence is never overwritten).
 */
export async function writePack(outDir: string, pack: BuiltPack, keys: PrivateKey[]): Promise<{ packFile: string; jwksFile: string }> {
  const packFile = join(outDir, PACK_FILE);
  const jwksFile = join(outDir, JWKS_FILE);
  await writeFileAtomic(packFile, `${JSON.stringify(pack.envelope)}\n${JSON.stringify(pack.rootEnvelope)}\n`, { noClobber: true });
  await writeFileAtomic(jwksFile, formatJwks(keys.map((k) => k.publicKey)));
  return { packFile, jwksFile };
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
