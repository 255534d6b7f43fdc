// Ed25519 against RFC 8032 section 7.1 test vectors, and strictness (no ZIP-215 leniency).
import { describe, expect, it } from 'vitest';
import { publicKeyFromBytes, sign, verify, type PrivateKey } from '../../src/core/ed25519.js';
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
