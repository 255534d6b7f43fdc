// RFC 6962 Merkle Tree Hash and audit paths, against the reference test data of the
// certificate-transparency project (leaves and roots for trees of 1 to 8 leaves).
import { describe, expect, it } from 'vitest';
import { inclusionProof, leafHash, rootFromLeafHashes, verifyInclusion } from '../../src/evidence/merkle.js';

const leaves = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((h) =>
  leafHash(new Uint8Array(Buffer.from(h, 'hex'))),
);
const roots = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const hx = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('RFC 6962 Merkle tree', () => {
  it('empty tree hashes to SHA-256 of the empty string', () => {
    expect(hx(rootFromLeafHashes([]))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
  for (let n = 1; n <= 8; n++) {
    it(`root of the first ${n} reference leaves`, () => expect(hx(rootFromLeafHashes(leaves.slice(0, n)))).toBe(roots[n - 1]));
  }
  it('reference audit path PATH(0, D[8]) (certificate-transparency test data)', () => {
    expect(inclusionProof(leaves, 0).map(hx)).toEqual([
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
  });
  it('every audit path of trees of 1..40 leaves verifies, and fails for any other leaf, index or root', () => {
    const many = Array.from({ length: 40 }, (_, i) => leafHash(new Uint8Array([i])));
    for (let n = 1; n <= 40; n++) {
      const tree = many.slice(0, n);
      const root = rootFromLeafHashes(tree);
      for (let m = 0; m < n; m++) {
        const proof = inclusionProof(tree, m);
        expect(verifyInclusion(m, n, tree[m], proof, root)).toBe(true);
        expect(verifyInclusion(m, n, leafHash(new Uint8Array([99])), proof, root)).toBe(false);
        if (n > 1) expect(verifyInclusion((m + 1) % n, n, tree[m], proof, root)).toBe(false);
        expect(verifyInclusion(m, n, tree[m], proof, leafHash(new Uint8Array()))).toBe(false);
      }
    }
  });
});

describe('evidence leaves', () => {
  it('the fast leaf encoding equals RFC 8785 canonical JSON of the whole leaf object', async () => {
    const { fileLeafHashes, leafBytes } = await import('../../src/evidence/manifest.js');
    const files: import('../../src/evidence/manifest.js').FileEntry[] = [
      { path: 'a/b.json', sha256: 'ab'.repeat(32), size: 0, kind: 'file', mediaType: 'application/json', labels: {} },
      { path: 'é/"quoted"\\\\path\n.txt', sha256: 'cd'.repeat(32), size: 1e15, kind: 'slo-snapshot', mediaType: 'text/plain', labels: { tenant: 'T1', region: 'US', 'ü': 'x' } },
      { path: '𝄞/emoji-😀.md', sha256: '00'.repeat(32), size: 42, kind: 'gate-report', mediaType: 'text/markdown', labels: { region: 'US', tenant: 'T1', 'ü': 'x' } },
    ];
    expect(fileLeafHashes(files).map(hx)).toEqual(files.map((f) => hx(leafHash(leafBytes(f)))));
  });
});
