// Ed25519 against RFC 8032 section 7.1 test vectors, strictness (no ZIP-215 leniency), and the OpenSSL
// path against @noble/ed25519's strict verification on the edge cases of "Taming the many EdDSAs".
import { describe, expect, it } from 'vitest';
import { createHash, createPublicKey, randomBytes, verify as cryptoVerify } from 'node:crypto';
import { nobleStrictVerify, publicKeyFromBytes, sign, verify, type PrivateKey } from '../../src/core/ed25519.js';
import * as ed from '@noble/ed25519';

const hex = (s: string) => new Uint8Array(Buffer.from(s, 'hex'));

// RFC 8032 7.1, TEST 1, TEST 2, TEST 3 and TEST SHA(abc)
const vectors = [
  {
    name: 'TEST 1',
    secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature:
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  {
    name: 'TEST 2',
    secret: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    public: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    message: '72',
    signature:
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  },
  {
    name: 'TEST 3',
    secret: 'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
    public: 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025',
    message: 'af82',
    signature:
      '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a',
  },
];

async function keyOf(secretHex: string): Promise<PrivateKey> {
  const seed = hex(secretHex);
  const publicKey = await publicKeyFromBytes(ed.getPublicKey(seed));
  return { kid: publicKey.kid, seed, publicKey };
}

describe('Ed25519 (RFC 8032 7.1 vectors)', () => {
  for (const v of vectors) {
    it(`${v.name}: derives the public key, signs and verifies`, async () => {
      const key = await keyOf(v.secret);
      expect(Buffer.from(key.publicKey.bytes).toString('hex')).toBe(v.public);
      expect(Buffer.from(sign(hex(v.message), key)).toString('hex')).toBe(v.signature);
      expect(verify(hex(v.signature), hex(v.message), hex(v.public))).toBe(true);
    });
    it(`${v.name}: rejects a flipped bit in message or signature`, () => {
      const sig = hex(v.signature);
      sig[10] ^= 1;
      expect(verify(sig, hex(v.message), hex(v.public))).toBe(false);
      expect(verify(hex(v.signature), hex(v.message + '00'), hex(v.public))).toBe(false);
    });
  }

  it('rejects S >= L (non-canonical scalar, RFC 8032 5.1.7 step 1)', () => {
    const v = vectors[0];
    const sig = hex(v.signature);
    // S' = S + L still satisfies the group equation; a strict verifier must reject it
    const L = (1n << 252n) + 27742317777372353535851937790883648493n;
    let s = 0n;
    for (let i = 31; i >= 0; i--) s = (s << 8n) | BigInt(sig[32 + i]);
    s += L;
    for (let i = 0; i < 32; i++) {
      sig[32 + i] = Number(s & 0xffn);
      s >>= 8n;
    }
    expect(verify(sig, hex(v.message), hex(v.public))).toBe(false);
  });

  it('rejects a non-canonical point encoding that ZIP-215 accepts', () => {
    // A = identity encoded with y = p + 1 (non-canonical); R = identity; S = 0.
    // [S]B = R + [k]A holds for any message, so ZIP-215 verification accepts it; RFC 8032 does not.
    const A = hex('ee' + 'ff'.repeat(30) + '7f');
    const sig = hex('01' + '00'.repeat(31) + '00'.repeat(32));
    const msg = new TextEncoder().encode('anything');
    expect(ed.verify(sig, msg, A, { zip215: true })).toBe(true);
    expect(verify(sig, msg, A)).toBe(false);
  });
});

// "Taming the many EdDSAs" (Chalkias, Garillot, Nikolaenko, SSR 2020, https://eprint.iacr.org/2020/1244):
// the 12 edge cases of novifinancial/ed25519-speccheck cases.json (message, A, R || S), with the verdict
// of strict RFC 8032 verification as @noble/ed25519 (zip215: false) defines it: small-order A, S >= L and
// non-canonical A or R refused; the cofactored equation (so a torsion component in A or R may verify).
const speccheck: [string, string, string, boolean, string][] = [
  [
    '8c93255d71dcab10e8f379c26200f3c7bd5f09d9bc3068d3ef4edeb4853022b6',
    'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa',
    'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a0000000000000000000000000000000000000000000000000000000000000000',
    false,
    'small-order A and R, S = 0',
  ],
  [
    '9bd9f44f4dcc75bd531b56b2cd280b0bb38fc1cd6d1230e14861d861de092e79',
    'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa',
    'f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43a5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04',
    false,
    'small-order A, mixed-order R',
  ],
  [
    'aebf3f2601a0c8c5d39cc7d8911642f740b78168218da8471772b35f9d35b9ab',
    'f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43',
    'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa8c4bd45aecaca5b24fb97bc10ac27ac8751a7dfe1baff8b953ec9f5833ca260e',
    true,
    'small-order R only (not refused by itself)',
  ],
  [
    '9bd9f44f4dcc75bd531b56b2cd280b0bb38fc1cd6d1230e14861d861de092e79',
    'cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d',
    '9046a64750444938de19f227bb80485e92b83fdb4b6506c160484c016cc1852f87909e14428a7a1d62e9f22f3d3ad7802db02eb2e688b6c52fcd6648a98bd009',
    true,
    'mixed-order A and R, both equations hold',
  ],
  [
    'e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec4011eaccd55b53f56c',
    'cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d',
    '160a1cb0dc9c0258cd0a7d23e94d8fa878bcb1925f2c64246b2dee1796bed5125ec6bc982a269b723e0668e540911a9a6a58921d6925e434ab10aa7940551a09',
    true,
    'mixed-order A and R: the cofactored equation holds, the cofactorless one (OpenSSL) does not',
  ],
  [
    'e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec4011eaccd55b53f56c',
    'cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d',
    '21122a84e0b5fca4052f5b1235c80a537878b38f3142356b2c2384ebad4668b7e40bc836dac0f71076f9abe3a53f9c03c1ceeeddb658d0030494ace586687405',
    true,
    'mixed-order A, order-L R: the cofactored equation holds with k reduced mod L, as RFC 8032 computes it',
  ],
  [
    '85e241a07d148b41e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec40',
    '442aad9f089ad9e14647b1ef9099a1ff4798d78589e66f28eca69c11f582a623',
    'e96f66be976d82e60150baecff9906684aebb1ef181f67a7189ac78ea23b6c0e547f7690a0e2ddcd04d87dbc3490dc19b3b3052f7ff0538cb68afb369ba3a514',
    false,
    'S > L',
  ],
  [
    '85e241a07d148b41e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec40',
    '442aad9f089ad9e14647b1ef9099a1ff4798d78589e66f28eca69c11f582a623',
    '8ce5b96c8f26d0ab6c47958c9e68b937104cd36e13c33566acd2fe8d38aa19427e71f98a473474f2f13f06f97c20d58cc3f54b8bd0d272f42b695dd7e89a8c22',
    false,
    'S >> L',
  ],
  [
    '9bedc267423725d473888631ebf45988bad3db83851ee85c85e241a07d148b41',
    'f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43',
    'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff03be9678ac102edcd92b0210bb34d7428d12ffc5df5f37e359941266a4e35f0f',
    false,
    'non-canonical R, reduced for the hash',
  ],
  [
    '9bedc267423725d473888631ebf45988bad3db83851ee85c85e241a07d148b41',
    'f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43',
    'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffca8c5b64cd208982aa38d4936621a4775aa233aa0505711d8fdcfdaa943d4908',
    false,
    'non-canonical R, not reduced for the hash',
  ],
  [
    'e96b7021eb39c1a163b6da4e3093dcd3f21387da4cc4572be588fafae23c155b',
    'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
    'a9d55260f765261eb9b84e106f665e00b867287a761990d7135963ee0a7d59dca5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04',
    false,
    'non-canonical A, reduced for the hash',
  ],
  [
    '39a591f5321bbe07fd5a23dc2f39d025d74526615746727ceefd6e82ae65c06f',
    'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
    'a9d55260f765261eb9b84e106f665e00b867287a761990d7135963ee0a7d59dca5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04',
    false,
    'non-canonical A, not reduced for the hash',
  ],
];

const L = (1n << 252n) + 27742317777372353535851937790883648493n;
const P = (1n << 255n) - 19n;
const le32 = (n: bigint) => {
  const b = new Uint8Array(32);
  for (let i = 0; i < 32; i++, n >>= 8n) b[i] = Number(n & 0xffn);
  return b;
};
const fromLe = (b: Uint8Array) => b.reduceRight((acc, x) => (acc << 8n) | BigInt(x), 0n);
const cat = (...xs: Uint8Array[]) => new Uint8Array(Buffer.concat(xs));

/** The eight small-order points: multiples of an order-8 point (speccheck's A of vectors 0 and 1). */
function torsion(): InstanceType<typeof ed.Point>[] {
  const t = ed.Point.fromBytes(hex('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa'));
  const out = [ed.Point.ZERO];
  for (let i = 1; i < 8; i++) out.push(out[i - 1].add(t));
  return out;
}

/**
 * Edge cases beyond speccheck: every small-order point as A (canonical, with the sign bit flipped, and
 * with y + p where that fits) under signatures that verify for any message; a valid signature with S + L;
 * honest keys with a torsion point added to A or R; random corruptions of honest signatures.
 */
function edgeCases(): { name: string; sig: Uint8Array; msg: Uint8Array; pub: Uint8Array }[] {
  const msg = new TextEncoder().encode('in-toto link');
  const cases: { name: string; sig: Uint8Array; msg: Uint8Array; pub: Uint8Array }[] = [];
  const T = torsion();
  for (const [i, t] of T.entries()) {
    const enc = t.toBytes();
    const flipped = enc.slice();
    flipped[31] ^= 0x80;
    const y = fromLe(enc.map((b, j) => (j === 31 ? b & 0x7f : b)));
    const encodings = [enc, flipped];
    if (y + P < 1n << 255n)
      encodings.push(
        le32(y + P),
        le32(y + P).map((b, j) => (j === 31 ? b | 0x80 : b)),
      );
    for (const [j, A] of encodings.entries()) {
      // R = A (or identity), S = 0: [S]B = R + [k]A holds whenever [k+1]A or [k]A is the identity
      cases.push({ name: `small-order A #${i} encoding ${j}, R = A, S = 0`, sig: cat(A, new Uint8Array(32)), msg, pub: A });
      cases.push({
        name: `small-order A #${i} encoding ${j}, R = identity, S = 0`,
        sig: cat(T[0].toBytes(), new Uint8Array(32)),
        msg,
        pub: A,
      });
    }
  }
  const seed = hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
  const pub = ed.getPublicKey(seed);
  const good = ed.sign(msg, seed);
  cases.push({ name: 'honest signature', sig: good, msg, pub });
  cases.push({ name: 'S + L', sig: cat(good.subarray(0, 32), le32(fromLe(good.subarray(32)) + L)), msg, pub });
  // signatures made by hand (RFC 8032 5.1.6 with a chosen nonce r) whose A or R carries a torsion point t:
  // the cofactored equation holds for all of them, the cofactorless one only when [k]t is the identity
  const h = createHash('sha512').update(seed).digest();
  h[0] &= 248;
  h[31] &= 127;
  h[31] |= 64;
  const a = fromLe(h.subarray(0, 32));
  const kOf = (R: Uint8Array, A: Uint8Array) =>
    fromLe(
      createHash('sha512')
        .update(cat(R, A, msg))
        .digest(),
    ) % L;
  for (const [i, t] of T.entries()) {
    if (i === 0) continue;
    const r = BigInt(1000 + i) * 7919n;
    const Rt = ed.Point.BASE.multiply(r).add(t).toBytes();
    cases.push({ name: `R + torsion #${i}`, sig: cat(Rt, le32((r + kOf(Rt, pub) * a) % L)), msg, pub });
    const At = ed.Point.BASE.multiply(a % L)
      .add(t)
      .toBytes();
    const R = ed.Point.BASE.multiply(r).toBytes();
    cases.push({ name: `A + torsion #${i}`, sig: cat(R, le32((r + kOf(R, At) * a) % L)), msg, pub: At });
  }
  // R with x = 0 and the sign bit set (non-canonical), and R = y + p
  cases.push({ name: 'R identity with sign bit', sig: cat(hex('01' + '00'.repeat(30) + '80'), new Uint8Array(32)), msg, pub });
  for (let k = 0; k < 40; k++) {
    const s = good.slice();
    s[k % 64] ^= 1 << (k % 8);
    cases.push({ name: `bit flip ${k}`, sig: s, msg, pub });
  }
  return cases;
}

describe('Ed25519 through OpenSSL agrees with @noble/ed25519 strict verification', () => {
  it('the five small-order y values name exactly the eight small-order points', () => {
    const T = torsion();
    expect(new Set(T.map((t) => t.toHex())).size).toBe(8);
    for (const t of T) expect(t.isSmallOrder()).toBe(true);
    const ys = new Set(T.map((t) => Buffer.from(t.toBytes().map((b, j) => (j === 31 ? b & 0x7f : b))).toString('hex')));
    expect(ys.size).toBe(5);
    // each of the eight is refused as a public key under a signature that verifies for any message with ZIP-215
    for (const t of T) {
      const sig = cat(t.toBytes(), new Uint8Array(32));
      expect(verify(sig, new Uint8Array([1]), t.toBytes())).toBe(false);
    }
  });

  for (const [i, [m, pub, sig, expected, what]] of speccheck.entries()) {
    it(`speccheck vector ${i} (${what}): ${expected ? 'accepted' : 'refused'} by both`, () => {
      expect(nobleStrictVerify(hex(sig), hex(m), hex(pub))).toBe(expected);
      expect(verify(hex(sig), hex(m), hex(pub))).toBe(expected);
    });
  }

  it('OpenSSL alone accepts none of the vectors noble refuses, and refuses speccheck 4 (cofactorless)', () => {
    for (const [m, pub, sig, expected] of speccheck) {
      const openssl = (() => {
        try {
          return cryptoVerify(null, hex(m), spki(hex(pub)), hex(sig));
        } catch {
          return false;
        }
      })();
      // the property verify() relies on: an OpenSSL accept (after the small-order / canonical-A check) is a noble accept
      if (openssl && !isSmallOrCanonicalFailure(hex(pub))) expect(expected).toBe(true);
    }
    const [m, pub, sig] = speccheck[4];
    expect(cryptoVerify(null, hex(m), spki(hex(pub)), hex(sig))).toBe(false);
  });

  it('agrees on every edge case (small-order keys, non-canonical encodings, S >= L, torsion components, corruptions)', () => {
    const cases = edgeCases();
    expect(cases.length).toBeGreaterThan(100);
    const verdicts = { accepted: 0, refused: 0, cofactoredOnly: 0 };
    for (const c of cases) {
      const want = nobleStrictVerify(c.sig, c.msg, c.pub);
      expect({ name: c.name, verdict: verify(c.sig, c.msg, c.pub) }).toEqual({ name: c.name, verdict: want });
      verdicts[want ? 'accepted' : 'refused']++;
      let openssl = false;
      try {
        openssl = cryptoVerify(null, c.msg, spki(c.pub), c.sig);
      } catch {
        /* not a point OpenSSL decodes */
      }
      if (openssl && isSmallOrCanonicalFailure(c.pub)) continue; // refused before OpenSSL is asked
      if (openssl) expect({ name: c.name, noble: want }).toEqual({ name: c.name, noble: true });
      if (want && !openssl) verdicts.cofactoredOnly++;
    }
    // the fallback to noble is exercised: torsion components only the cofactored equation absorbs
    expect(verdicts.cofactoredOnly).toBeGreaterThan(5);
    // both outcomes occur (the honest signature; torsion in A or R under the cofactored equation)
    expect(verdicts.accepted).toBeGreaterThan(10);
    expect(verdicts.refused).toBeGreaterThan(50);
  });

  it('agrees with noble on random keys, messages and corrupted signatures', () => {
    for (let i = 0; i < 50; i++) {
      const seed = randomBytes(32);
      const msg = randomBytes(i * 7);
      const pub = ed.getPublicKey(seed);
      const sig = sign(msg, { kid: '', seed, publicKey: { kid: '', bytes: pub, jwk: {} as never } });
      expect(Buffer.from(sig)).toEqual(Buffer.from(ed.sign(msg, seed)));
      expect(verify(sig, msg, pub)).toBe(true);
      const bad = sig.slice();
      bad[i % 64] ^= 0x40;
      expect(verify(bad, msg, pub)).toBe(nobleStrictVerify(bad, msg, pub));
    }
  });
});

const spki = (pub: Uint8Array) =>
  createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), pub]), format: 'der', type: 'spki' });
function isSmallOrCanonicalFailure(pub: Uint8Array): boolean {
  try {
    return ed.Point.fromBytes(pub, false).isSmallOrder();
  } catch {
    return true;
  }
}
