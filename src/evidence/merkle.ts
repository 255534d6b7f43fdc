/**
 * Merkle Tree Hash, audit paths and their verification as in RFC 6962 section 2.1
 * (verification algorithm of RFC 9162 section 2.1.3.2). SHA-256; leaf hash = H(0x00 || leaf),
 * interior node = H(0x01 || left || right). Used for scoped disclosure: a tenant proves its files
 * belong to a signed release without seeing the other leaves.
 */
import { hash } from 'node:crypto';

// one-shot hashing (node:crypto hash) is several times cheaper than createHash for 33-65 byte inputs
const H = (...parts: Uint8Array[]): Uint8Array => asBytes(hash('sha256', Buffer.concat(parts), 'buffer'));
// a view over the digest's own memory (no copy), as a plain Uint8Array
const asBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.length);
const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);

/** RFC 6962 leaf hash of leaf data. */
export function leafHash(leaf: Uint8Array): Uint8Array {
  return H(LEAF, leaf);
}

/**
 * Writes the RFC 6962 leaf hash of leaf data given as text, equal to `leafHash(UTF-8 bytes of text)`,
 * into `out[offset, offset + 32)`, without encoding the text into a separate buffer first (node:crypto
 * hashes a string as its UTF-8 bytes). For many leaves: one buffer holds them all, and no buffer is allocated
 * per hash (node:crypto returns the digest as a 32-character latin1 ('binary') string, copied in as bytes).
 */
export function writeLeafHashOfText(text: string, out: Buffer, offset: number): void {
  out.write(hash('sha256', '\u0000' + text, 'binary'), offset, 32, 'binary');
}

/**
 * MTH (RFC 6962 2.1) over `n` leaf hashes packed in one buffer, 32 bytes each, bottom-up (an odd node is carried
 * up unchanged, which equals the recursive definition), with one reused 65-byte node input and one buffer per level.
 */
export function rootFromPackedLeaves(leaves: Uint8Array, n: number): Uint8Array {
  if (n === 0) return H();
  if (leaves.length < n * 32) throw new RangeError(`${n} leaf hashes need ${n * 32} bytes, found ${leaves.length}`);
  let level = Buffer.from(leaves.buffer, leaves.byteOffset, n * 32);
  const node = Buffer.allocUnsafe(65);
  node[0] = 1;
  for (let count = n; count > 1; count = (count + 1) >> 1) {
    const pairs = count >> 1;
    const next = Buffer.allocUnsafe(((count + 1) >> 1) * 32);
    for (let i = 0; i < pairs; i++) {
      level.copy(node, 1, i * 64, i * 64 + 64);
      next.write(hash('sha256', node, 'binary'), i * 32, 32, 'binary');
    }
    // an odd node is carried up unchanged
    if (count & 1) level.copy(next, pairs * 32, (count - 1) * 32, count * 32);
    level = next;
  }
  return new Uint8Array(level.subarray(0, 32));
}

/** RFC 6962 interior node hash. */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  // one 65-byte buffer (0x01 || left || right) instead of a concatenation of three arrays
  if (left.length === 32 && right.length === 32) {
    const buf = Buffer.allocUnsafe(65);
    buf[0] = 1;
    buf.set(left, 1);
    buf.set(right, 33);
    return asBytes(hash('sha256', buf, 'buffer'));
  }
  return H(NODE, left, right);
}

/** Largest power of two strictly less than n (n > 1). */
function splitPoint(n: number): number {
  let k = 1;
  while (k << 1 < n) k <<= 1;
  return k;
}

/** MTH over leaf hashes of 32 bytes (RFC 6962 2.1); the empty tree hashes to SHA-256(""). One tree walk: {@link rootFromPackedLeaves}. */
export function rootFromLeafHashes(leaves: Uint8Array[]): Uint8Array {
  return rootFromPackedLeaves(Buffer.concat(leaves), leaves.length);
}

/**
 * Audit path PATH(m, D[n]) for leaf index m (RFC 6962 2.1.1), as leaf-to-root sibling hashes.
 * @throws RangeError when m is out of range.
 */
export function inclusionProof(leaves: Uint8Array[], m: number): Uint8Array[] {
  if (m < 0 || m >= leaves.length) throw new RangeError(`leaf index ${m} out of range 0..${leaves.length - 1}`);
  const path = (lo: number, hi: number, idx: number): Uint8Array[] => {
    const n = hi - lo;
    if (n === 1) return [];
    const k = splitPoint(n);
    if (idx < k) return [...path(lo, lo + k, idx), rootFromLeafHashes(leaves.slice(lo + k, hi))];
    return [...path(lo + k, hi, idx - k), rootFromLeafHashes(leaves.slice(lo, lo + k))];
  };
  return path(0, leaves.length, m);
}

/**
 * Verifies an inclusion proof (RFC 9162 2.1.3.2).
 * @param index leaf index, @param treeSize number of leaves, @param leaf the leaf hash.
 */
export function verifyInclusion(index: number, treeSize: number, leaf: Uint8Array, proof: Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isInteger(index) || !Number.isInteger(treeSize) || index < 0 || index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && Buffer.compare(Buffer.from(r), Buffer.from(root)) === 0;
}
