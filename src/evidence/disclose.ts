/**
 * Scoped disclosure (seed v1.0.0 "GET /disclosure?region=US&tenant=... deterministically filters
 * artifacts"): derives, from a verified pack, a pack for one region (and optionally one tenant)
 * holding only its files, their RFC 6962 inclusion proofs, and the signed Merkle-root statement.
 * Other tenants' files appear only as sibling hashes, never by name.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError } from '../core/errors.js';
import { exists, readText, writeFileAtomic } from '../core/fsx.js';
import { formatJwks, type PublicKey } from '../core/keys.js';
import { parseJsonlEnvelope, parseStatement } from '../core/statement.js';
import { DISCLOSURE_FORMAT, MANIFEST_PREDICATE, fileLeafHashes, type FileEntry, type ManifestPredicate } from './manifest.js';
import { inclusionProof } from './merkle.js';
import { DISCLOSURE_FILE, verifyPack, type DisclosureDocument, type VerifyReport } from './verify.js';

export interface DiscloseOptions {
  packDir: string;
  /** where the packed files are */
  root: string;
  region: string;
  tenant?: string;
  outDir: string;
  trusted: PublicKey[];
  trust: VerifyReport['trust'];
}

/**
 * Verifies the pack, selects files whose labels match, and writes OUT/disclosure.intoto.jsonl,
 * OUT/jwks.json and OUT/files/<path>.
 * @throws InputError when the pack does not verify, nothing matches, or OUT already holds a disclosure.
 */
export async function disclose(opts: DiscloseOptions): Promise<{ file: string; entries: number; report: VerifyReport }> {
  const report = await verifyPack({ packDir: opts.packDir, root: opts.root, trusted: opts.trusted, trust: opts.trust });
  if (report.kind !== 'manifest') throw new InputError(opts.packDir, undefined, 'a full evidence pack (not a disclosure)');
  if (report.verdict !== 'verified') throw new InputError(opts.packDir, undefined, `a pack that verifies before disclosure (${report.problems.join('; ')})`);
  const text = await readText(report.pack, 'evidence pack');
  const env = parseJsonlEnvelope(text, report.pack);
  const st = parseStatement<ManifestPredicate>(Buffer.from(env.payload, 'base64'), report.pack, MANIFEST_PREDICATE);
  const rootLine = text.split('\n')[1];
  if (!rootLine?.trim()) throw new InputError(report.pack, 'line 2', 'the signed Merkle root statement');
  const files: FileEntry[] = st.subject.map((s, i) => ({ ...st.predicate.files[i], path: s.name, sha256: s.digest.sha256 }));
  const leaves = fileLeafHashes(files);
  const selected = files
    .map((f, index) => ({ f, index }))
    .filter(({ f }) => f.labels.region === opts.region && (opts.tenant === undefined || f.labels.tenant === opts.tenant));
  if (!selected.length) throw new InputError(opts.packDir, 'labels', `at least one file labelled region=${opts.region}${opts.tenant ? ` tenant=${opts.tenant}` : ''}`);
  const out = join(opts.outDir, DISCLOSURE_FILE);
  if (await exists(out)) throw new InputError(out, undefined, 'a path that does not exist yet (evidence is never overwritten)');
  const doc: DisclosureDocument = {
    format: DISCLOSURE_FORMAT,
    disclosure: { region: opts.region, ...(opts.tenant !== undefined ? { tenant: opts.tenant } : {}) },
    treeSize: files.length,
    entries: selected.map(({ f, index }) => ({ ...f, index, proof: inclusionProof(leaves, index).map((h) => Buffer.from(h).toString('hex')) })),
  };
  for (const { f } of selected) {
    const dest = join(opts.outDir, 'files', f.path);
    await mkdir(dirname(dest), { recursive: true });
    await copyFile(join(opts.root, f.path), dest);
  }
  await writeFileAtomic(join(opts.outDir, 'jwks.json'), formatJwks(opts.trusted));
  await writeFileAtomic(out, `${rootLine.trim()}\n${JSON.stringify(doc)}\n`, { noClobber: true });
  return { file: out, entries: selected.length, report };
}
