/**
 * Scoped disclosure (seed v1.0.0 "GET /disclosure?region=US&tenant=... deterministically filters
 * artifacts"): derives, from a verified pack, a pack for one region (and optionally one tenant)
 * holding only its files, their RFC 6962 inclusion proofs, and the signed Merkle-root statement.
 * Other tenants' files appear only as sibling hashes, never by name.
 *
 * The disclosure is `disclosure.intoto.jsonl`: line 1 is the pack's signed Merkle-root statement,
 * line 2 a DSSE envelope of an in-toto Statement (predicateType {@link DISCLOSURE_FORMAT}) signed by
 * the discloser, binding the region, tenant, entries and proofs: changing the region or dropping an
 * entry breaks its signature.
 *
 * Trust: disclosure needs trusted keys (a given JWKS, never the pack's own), a pack that verifies
 * under them, and writes only inside OUT (every path checked, no symbolic link followed, never over
 * an existing file). Each disclosed file is read confined to the root, up to its signed size, and
 * must match its signed digest before it is copied.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex } from '../core/digest.js';
import { InputError, UsageError } from '../core/errors.js';
import { checkInside, exists, readFileInside, readText, unsafeRelativePath, writeFileAtomic } from '../core/fsx.js';
import { formatJwks, type PrivateKey, type PublicKey } from '../core/ed25519.js';
import { makeStatement, parseJsonlEnvelope, parseStatement, signStatement } from '../core/statement.js';
import { DISCLOSURE_FORMAT, MANIFEST_PREDICATE, fileLeafHashes, type ManifestPredicate } from './manifest.js';
import { inclusionProof } from './merkle.js';
import { checkManifest, type DisclosurePredicate } from './shape.js';
import { DISCLOSURE_FILE, verifyPack, type VerifyReport } from './verify.js';

export interface DiscloseOptions {
  packDir: string;
  /** where the packed files are */
  root: string;
  region: string;
  tenant?: string;
  outDir: string;
  /** trusted public keys; must come from a given JWKS (`trust: 'given-jwks'`) */
  trusted: PublicKey[];
  trust: VerifyReport['trust'];
  /** the discloser's signing keys (they sign line 2) */
  keys: PrivateKey[];
  /** RFC 3339 time of the disclosure (dates its signatures); default now */
  createdAt?: string;
  threshold?: number;
}

/**
 * Verifies the pack, selects files whose labels match, and writes OUT/disclosure.intoto.jsonl,
 * OUT/jwks.json and OUT/files/<path>.
 * @throws UsageError without trusted keys or signing keys; InputError when the pack does not verify,
 *   nothing matches, a file changed since packing, or OUT already holds a disclosure or a file.
 */
export async function disclose(opts: DiscloseOptions): Promise<{ file: string; entries: number; report: VerifyReport }> {
  if (opts.trust !== 'given-jwks')
    throw new UsageError(
      "disclose needs trusted keys (--jwks / input 'jwks'): the pack's own jwks.json proves nothing about who signed it",
    );
  if (!opts.keys.length) throw new UsageError("disclose needs a signing key (--key / input 'key'): the disclosure statement is signed");
  const createdAt = opts.createdAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (Number.isNaN(Date.parse(createdAt))) throw new InputError(undefined, 'created-at', 'an RFC 3339 timestamp', { found: createdAt });
  const report = await verifyPack({
    packDir: opts.packDir,
    root: opts.root,
    trusted: opts.trusted,
    trust: opts.trust,
    threshold: opts.threshold,
  });
  if (report.kind !== 'manifest') throw new InputError(opts.packDir, undefined, 'a full evidence pack (not a disclosure)');
  if (report.verdict !== 'verified')
    throw new InputError(opts.packDir, undefined, `a pack that verifies before disclosure (${report.problems.join('; ')})`);
  const text = await readText(report.pack, 'evidence pack', { untrusted: true });
  const env = parseJsonlEnvelope(text, report.pack);
  const st = parseStatement<ManifestPredicate>(Buffer.from(env.payload, 'base64'), report.pack, MANIFEST_PREDICATE);
  const files = checkManifest(st, report.pack);
  const rootLine = text.split('\n')[1]?.trim();
  if (!rootLine) throw new InputError(report.pack, 'line 2', 'the signed Merkle root statement');
  const leaves = fileLeafHashes(files);
  const selected = files
    .map((f, index) => ({ f, index }))
    .filter(({ f }) => f.labels.region === opts.region && (opts.tenant === undefined || f.labels.tenant === opts.tenant));
  if (!selected.length)
    throw new InputError(
      opts.packDir,
      'labels',
      `at least one file labelled region=${opts.region}${opts.tenant ? ` tenant=${opts.tenant}` : ''}`,
    );
  const out = join(opts.outDir, DISCLOSURE_FILE);
  if (await exists(out)) throw new InputError(out, undefined, 'a path that does not exist yet (evidence is never overwritten)');
  const predicate: DisclosurePredicate = {
    disclosure: { region: opts.region, ...(opts.tenant !== undefined ? { tenant: opts.tenant } : {}) },
    createdAt,
    merkle: { root: st.predicate.merkle.root, treeSize: files.length },
    entries: selected.map(({ f, index }) => ({
      ...f,
      index,
      proof: inclusionProof(leaves, index).map((h) => Buffer.from(h).toString('hex')),
    })),
  };
  const statement = makeStatement(
    predicate.entries.map((e) => ({ name: e.path, digest: { sha256: e.sha256 } })),
    DISCLOSURE_FORMAT,
    predicate,
  );
  // read every file first (confined, bounded, checked against its signed digest), then write
  const contents: { path: string; data: Buffer }[] = [];
  for (const { f } of selected) {
    const why = unsafeRelativePath(f.path);
    if (why) throw new InputError(report.pack, 'payload.subject', 'paths inside the root', { found: `${JSON.stringify(f.path)}: ${why}` });
    const { data, tooLarge } = await readFileInside(opts.root, f.path, f.size);
    if (tooLarge || sha256Hex(data) !== f.sha256)
      throw new InputError(f.path, undefined, 'the file as signed (it changed since verification)');
    contents.push({ path: f.path, data });
  }
  await mkdir(opts.outDir, { recursive: true });
  for (const { path, data } of contents) {
    const rel = `files/${path}`;
    const dest = await checkInside(opts.outDir, rel); // no symbolic link between OUT and the file
    await mkdir(join(dest, '..'), { recursive: true });
    await checkInside(opts.outDir, rel); // and none appeared while creating the directories
    await writeFileAtomic(dest, data, { noClobber: true });
  }
  const signers = opts.keys.map((k) => k.publicKey).filter((k) => !opts.trusted.some((t) => t.kid === k.kid));
  await writeFileAtomic(join(opts.outDir, 'jwks.json'), formatJwks([...opts.trusted, ...signers]), { noClobber: true });
  await writeFileAtomic(out, `${rootLine}\n${JSON.stringify(signStatement(statement, opts.keys))}\n`, { noClobber: true });
  return { file: out, entries: selected.length, report };
}
