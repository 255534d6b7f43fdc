// The manifest payload written from FileEntry objects, as the hash pool writes it from the files
// (src/evidence/hash-pool.ts): each entry `{` + entryMembers + `,"path":` + path + `,"size":` + size `}`,
// each subject `{"digest":{"sha256":"…"},"name":…}`, joined by manifestPayload; the leaves by
// packedLeafHashes. The tests compare it with the `canonicalize` library over the whole Statement
// (jcs-fast.test.ts) and use it as the general path next to the pool (hash-pool.test.ts) and to make
// manifests for the one-pass reader (manifest-reader.test.ts).
import { canonicalJson } from '../../src/core/jcs.js';
import {
  entryMembers,
  manifestPayload,
  packedLeafHashes,
  type FileEntry,
  type ManifestPredicate,
  type MerkleInfo,
  type ReleaseInfo,
} from '../../src/evidence/manifest.js';

export function manifestText(
  files: FileEntry[],
  release: ReleaseInfo,
  collection: ManifestPredicate['collection'],
  merkleRoot: (leaves: Buffer, n: number) => string,
): { payload: Buffer; leaves: Buffer; merkle: MerkleInfo } {
  const leaves = packedLeafHashes(files);
  const entries = files.map(
    (f) => `{${entryMembers(f.kind, f.labels, f.mediaType)},"path":${canonicalJson(f.path)},"size":${canonicalJson(f.size)}}`,
  );
  const subjects = files.map((f) => `{"digest":{"sha256":${canonicalJson(f.sha256)}},"name":${canonicalJson(f.path)}}`);
  const merkle: MerkleInfo = {
    algorithm: 'RFC6962-SHA256',
    leaf: 'jcs-file-entry',
    treeSize: files.length,
    root: merkleRoot(leaves, files.length),
  };
  const payload = manifestPayload([Buffer.from(entries.join(','))], [Buffer.from(subjects.join(','))], merkle, release, collection);
  return { payload, leaves, merkle };
}
