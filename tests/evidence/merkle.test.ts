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

// Published RFC 6962 test vectors, hard-coded here (never computed by the code under test):
// level-0 node hashes (leaf hashes) of the leaves above, and audit paths PATH(m, D[n]) with 0-based m.
// Source: google/certificate-transparency, cpp/merkletree/merkle_tree_test.cc (kSHA256Roots,
// kSHA256Paths; the same data as transparency-dev/merkle testonly/constants.go NodeHashes and
// proof/verify_test.go inclusionProofs, which number leaves from 1). PATH(0, D[2]) and PATH(1, D[2])
// are the sibling's published leaf hash (RFC 6962 section 2.1.1).
const CT_LEAF_HASHES = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
  '0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7',
  '07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7',
  'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
  '4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658',
  'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
  '46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1',
];
const CT_AUDIT_PATHS: { index: number; size: number; path: string[] }[] = [
  { index: 0, size: 1, path: [] },
  { index: 0, size: 2, path: ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7'] },
  { index: 1, size: 2, path: ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d'] },
  { index: 2, size: 3, path: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  {
    index: 1,
    size: 5,
    path: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
  {
    index: 0,
    size: 8,
    path: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    index: 5,
    size: 8,
    path: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
];

describe('RFC 6962 Merkle tree', () => {
  it('empty tree hashes to SHA-256 of the empty string', () => {
    expect(hx(rootFromLeafHashes([]))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
  for (let n = 1; n <= 8; n++) {
    it(`root of the first ${n} reference leaves`, () => expect(hx(rootFromLeafHashes(leaves.slice(0, n)))).toBe(roots[n - 1]));
  }
  it('leaf hashes equal the published level-0 node hashes', () => {
    expect(leaves.map(hx)).toEqual(CT_LEAF_HASHES);
  });
  for (const v of CT_AUDIT_PATHS) {
    it(`published audit path PATH(${v.index}, D[${v.size}]): ours is identical, and it verifies against the published root`, () => {
      const tree = leaves.slice(0, v.size);
      expect(inclusionProof(tree, v.index).map(hx)).toEqual(v.path);
      const path = v.path.map((h) => new Uint8Array(Buffer.from(h, 'hex')));
      const root = new Uint8Array(Buffer.from(roots[v.size - 1], 'hex'));
      const leaf = new Uint8Array(Buffer.from(CT_LEAF_HASHES[v.index], 'hex'));
      expect(verifyInclusion(v.index, v.size, leaf, path, root)).toBe(true);
      // any changed node, another leaf or another root: rejected
      for (let i = 0; i < path.length; i++) {
        const bad = path.map((p) => new Uint8Array(p));
        bad[i][0] ^= 1;
        expect(verifyInclusion(v.index, v.size, leaf, bad, root)).toBe(false);
      }
      expect(verifyInclusion(v.index, v.size, new Uint8Array(Buffer.from(CT_LEAF_HASHES[(v.index + 1) % 8], 'hex')), path, root)).toBe(
        false,
      );
      if (v.size > 1)
        expect(verifyInclusion(v.index, v.size, leaf, path, new Uint8Array(Buffer.from(roots[v.size - 2], 'hex')))).toBe(false);
    });
  }
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

describe('packed leaf hashes (one buffer, 32 bytes each)', () => {
  it('rootFromPackedLeaves equals rootFromLeafHashes for trees of 0..70 leaves and at 2^k +- 1', async () => {
    const { rootFromPackedLeaves } = await import('../../src/evidence/merkle.js');
    // the certificate-transparency reference roots
    const ct = leaves;
    for (let n = 1; n <= 8; n++) expect(hx(rootFromPackedLeaves(Buffer.concat(ct.slice(0, n)), n))).toBe(roots[n - 1]);
    const sizes = [...Array.from({ length: 71 }, (_, n) => n), 127, 128, 129, 1023, 1024, 1025, 4097];
    for (const n of sizes) {
      const many = Array.from({ length: n }, (_, i) => leafHash(new TextEncoder().encode(`leaf ${i}`)));
      const packed = Buffer.concat(many);
      expect(hx(rootFromPackedLeaves(packed, n)), `n = ${n}`).toBe(hx(rootFromLeafHashes(many)));
      // a view into a larger buffer (offset, longer than needed) gives the same root
      const framed = Buffer.concat([Buffer.alloc(7), packed, Buffer.alloc(32)]).subarray(7);
      expect(hx(rootFromPackedLeaves(framed, n))).toBe(hx(rootFromLeafHashes(many)));
    }
    // and changes when one leaf bit does
    const nine = Array.from({ length: 9 }, (_, i) => leafHash(Uint8Array.of(i)));
    const packed = Buffer.concat(nine);
    packed[8 * 32 + 31] ^= 1;
    expect(hx(rootFromPackedLeaves(packed, 9))).not.toBe(hx(rootFromLeafHashes(nine)));
    expect(() => rootFromPackedLeaves(packed, 10)).toThrow(RangeError);
  });

  it('writeLeafHashOfText equals leafHash of the UTF-8 bytes', async () => {
    const { writeLeafHashOfText } = await import('../../src/evidence/merkle.js');
    for (const text of ['', 'a', '{"name":"é/𝄞 ü"}', 'x'.repeat(1000)]) {
      const out = Buffer.alloc(64);
      writeLeafHashOfText(text, out, 32);
      expect(hx(out.subarray(32))).toBe(hx(leafHash(new TextEncoder().encode(text))));
      expect(hx(out.subarray(0, 32))).toBe('00'.repeat(32));
    }
  });
});

describe('evidence leaves', () => {
  it('the fast leaf encoding equals RFC 8785 canonical JSON of the whole leaf object', async () => {
    const { fileLeafHashes, leafBytes } = await import('../../src/evidence/manifest.js');
    const files: import('../../src/evidence/manifest.js').FileEntry[] = [
      { path: 'a/b.json', sha256: 'ab'.repeat(32), size: 0, kind: 'file', mediaType: 'application/json', labels: {} },
      {
        path: 'é/"quoted"\\\\path\n.txt',
        sha256: 'cd'.repeat(32),
        size: 1e15,
        kind: 'slo-snapshot',
        mediaType: 'text/plain',
        labels: { tenant: 'T1', region: 'US', ü: 'x' },
      },
      {
        path: '𝄞/emoji-😀.md',
        sha256: '00'.repeat(32),
        size: 42,
        kind: 'gate-report',
        mediaType: 'text/markdown',
        labels: { region: 'US', tenant: 'T1', ü: 'x' },
      },
    ];
    expect(fileLeafHashes(files).map(hx)).toEqual(files.map((f) => hx(leafHash(leafBytes(f)))));
  });
});
