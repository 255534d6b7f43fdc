// Attacks the asynchronous link-signature path of `mc intoto verify` (verify.ts starts each link's
// signature check in libuv's thread pool as soon as the link is parsed): its verdicts and messages must be
// those of the synchronous path on hostile signatures (bad bytes, small-order or non-canonical points,
// torsion components that only @noble's cofactored equation accepts), and verification must fail closed.
import { createHash, createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ed from '@noble/ed25519';
import { afterAll, describe, expect, it } from 'vitest';
import { nobleStrictVerify, verify, verifyAsync } from '../../src/core/ed25519.js';
import {
  dumpMetablock,
  parseMetadata,
  readLayout,
  signMetablock,
  signedBytesOf,
  verifyMetadataSignature,
  verifyMetadataSignatureAsync,
  type Link,
  type Metadata,
} from '../../src/intoto/metadata.js';
import { computeKeyid, generateKey, type SslibKey, type SslibPrivateKey } from '../../src/intoto/sslib-keys.js';
import { linkFileName, verifyLayout } from '../../src/intoto/verify.js';

const hex = (s: string) => new Uint8Array(Buffer.from(s, 'hex'));
const L = (1n << 252n) + 27742317777372353535851937790883648493n;
const le32 = (n: bigint) => {
  const b = new Uint8Array(32);
  for (let i = 0; i < 32; i++, n >>= 8n) b[i] = Number(n & 0xffn);
  return b;
};
const fromLe = (b: Uint8Array) => b.reduceRight((acc, x) => (acc << 8n) | BigInt(x), 0n);
const cat = (...xs: Uint8Array[]) => new Uint8Array(Buffer.concat(xs));

/** The eight small-order points (multiples of an order-8 point). */
function torsion(): InstanceType<typeof ed.Point>[] {
  const t = ed.Point.fromBytes(hex('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa'));
  const out = [ed.Point.ZERO];
  for (let i = 1; i < 8; i++) out.push(out[i - 1].add(t));
  return out;
}

interface Case {
  name: string;
  sig: Uint8Array;
  pub: Uint8Array;
}

/**
 * Hostile signatures over `msg` for the key of `seed`: RFC 8032 signatures made by hand whose R or A
 * carries a torsion point, small-order keys with signatures that satisfy the equation, S + L, a
 * non-canonical R, bit flips and wrong lengths; the honest signature last.
 */
function hostile(seed: Uint8Array, msg: Uint8Array): Case[] {
  const pub = ed.getPublicKey(seed);
  const good = ed.sign(msg, seed);
  const cases: Case[] = [];
  const T = torsion();
  for (const [i, t] of T.entries()) {
    const A = t.toBytes();
    cases.push({ name: `small-order A #${i}, R = A, S = 0`, sig: cat(A, new Uint8Array(32)), pub: A });
    cases.push({ name: `small-order A #${i}, R = identity, S = 0`, sig: cat(T[0].toBytes(), new Uint8Array(32)), pub: A });
  }
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
    cases.push({ name: `R + torsion #${i}`, sig: cat(Rt, le32((r + kOf(Rt, pub) * a) % L)), pub });
    const At = ed.Point.BASE.multiply(a % L)
      .add(t)
      .toBytes();
    const R = ed.Point.BASE.multiply(r).toBytes();
    cases.push({ name: `A + torsion #${i}`, sig: cat(R, le32((r + kOf(R, At) * a) % L)), pub: At });
  }
  cases.push({ name: 'S + L', sig: cat(good.subarray(0, 32), le32(fromLe(good.subarray(32)) + L)), pub });
  cases.push({ name: 'R identity with sign bit', sig: cat(hex('01' + '00'.repeat(30) + '80'), new Uint8Array(32)), pub });
  for (let k = 0; k < 16; k++) {
    const s = good.slice();
    s[(k * 5) % 64] ^= 1 << (k % 8);
    cases.push({ name: `bit flip ${k}`, sig: s, pub });
  }
  cases.push({ name: 'short signature', sig: good.subarray(0, 63), pub });
  cases.push({ name: 'honest signature', sig: good, pub });
  return cases;
}

/** OpenSSL's verdict alone (cofactorless equation), without the @noble fallback. */
function opensslAlone(sig: Uint8Array, msg: Uint8Array, pub: Uint8Array): boolean {
  const key = createPublicKey({ key: Buffer.concat([hex('302a300506032b6570032100'), pub]), format: 'der', type: 'spki' });
  return cryptoVerify(null, msg, key, sig);
}

const seedOf = (k: SslibPrivateKey) => hex(k.private.slice(0, 64));
const keyOf = (pub: Uint8Array): SslibKey => {
  const h = Buffer.from(pub).toString('hex');
  return {
    keyid: computeKeyid('ed25519', 'ed25519', h),
    keytype: 'ed25519',
    scheme: 'ed25519',
    keyid_hash_algorithms: ['sha256', 'sha512'],
    keyval: { public: h },
  };
};

const link = (name: string): Link => ({
  _type: 'link',
  name,
  materials: {},
  products: { 'a.txt': { sha256: 'ab'.repeat(32) } },
  byproducts: { 'return-value': 0, stderr: '', stdout: '' },
  command: [],
  environment: {},
});

describe('asynchronous Ed25519 verification keeps the synchronous verdicts', () => {
  const seed = hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
  const msg = new TextEncoder().encode('in-toto link');
  const cases = hostile(seed, msg);

  it('core verifyAsync agrees with verify and with @noble strict on every hostile case', async () => {
    const verdicts = await Promise.all(cases.map((c) => verifyAsync(c.sig, msg, c.pub)));
    for (const [i, c] of cases.entries()) {
      expect(verdicts[i], c.name).toBe(verify(c.sig, msg, c.pub));
      if (c.sig.length === 64) expect(verdicts[i], c.name).toBe(nobleStrictVerify(c.sig, msg, c.pub));
    }
    // both outcomes of the OpenSSL-rejects-then-noble-decides path occur, and small-order keys are refused
    const by = (n: string) => verdicts[cases.findIndex((c) => c.name === n)];
    // R + torsion: @noble's cofactored equation accepts every one, OpenSSL's cofactorless one refuses most,
    // so the async path's fallback (OpenSSL refuses, the synchronous path decides) is what accepts them
    const rt = cases.filter((c) => c.name.startsWith('R + torsion'));
    expect(rt.map((c) => by(c.name))).toEqual(rt.map(() => true));
    expect(rt.filter((c) => !opensslAlone(c.sig, msg, c.pub)).length).toBeGreaterThan(0);
    expect(cases.filter((c, i) => c.name.startsWith('small-order') && verdicts[i])).toEqual([]);
    expect(by('S + L')).toBe(false);
    expect(by('R identity with sign bit')).toBe(false);
    expect(by('honest signature')).toBe(true);
  });

  it('metadata: the async check gives the synchronous result and reason for hostile Metablock signatures', async () => {
    const md0 = parseMetadata(dumpMetablock(link('build'), []), 'build.link');
    const data = signedBytesOf(md0);
    const k = await generateKey('ed25519');
    for (const c of hostile(seedOf(k), data)) {
      const key = keyOf(c.pub);
      const md: Metadata = { ...md0, signatures: [{ keyid: key.keyid, sig: Buffer.from(c.sig).toString('hex') }] };
      expect(await verifyMetadataSignatureAsync(md, key), c.name).toEqual(verifyMetadataSignature(md, key));
    }
    // no signature for the key, a signature that is not hex, an odd number of digits, an unusable key
    const key = keyOf(hex(k.public));
    for (const signatures of [[], [{ keyid: key.keyid, sig: 'zz' }], [{ keyid: key.keyid, sig: 'abc' }]]) {
      const md: Metadata = { ...md0, signatures };
      const r = await verifyMetadataSignatureAsync(md, key);
      expect(r).toEqual(verifyMetadataSignature(md, key));
      expect(r.ok).toBe(false);
    }
    const good: Metadata = { ...md0, signatures: signMetablock(md0.signed, [k]) };
    const bad = { ...key, keyval: { public: 'not hex' } };
    expect(await verifyMetadataSignatureAsync(good, key)).toEqual({ ok: true });
    expect(await verifyMetadataSignatureAsync(good, bad)).toEqual({ ok: false, reason: `invalid signature for keyid ${key.keyid}` });
  });
});

describe('mc intoto verify: links with hostile signatures fail closed through the asynchronous path', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A two-step layout (threshold 1) whose `build` link carries the given signature bytes. */
  async function run(sigOf: (data: Uint8Array, seed: Uint8Array) => Uint8Array) {
    const dir = mkdtempSync(join(tmpdir(), 'mc-intoto-async-'));
    dirs.push(dir);
    const [owner, func] = [await generateKey('ed25519'), await generateKey('ed25519')];
    const first = link('checkout');
    writeFileSync(join(dir, linkFileName('checkout', func.keyid)), dumpMetablock(first, signMetablock(first, [func])));
    const second = link('build');
    const data = signedBytesOf(parseMetadata(dumpMetablock(second, []), 'x'));
    const sig = Buffer.from(sigOf(data, seedOf(func))).toString('hex');
    writeFileSync(join(dir, linkFileName('build', func.keyid)), dumpMetablock(second, [{ keyid: func.keyid, sig }]));
    const step = (name: string) => ({
      _type: 'step',
      name,
      pubkeys: [func.keyid],
      threshold: 1,
      expected_command: [],
      expected_materials: [],
      expected_products: [['ALLOW', '*']],
    });
    const layout = readLayout(
      {
        _type: 'layout',
        expires: '2099-01-01T00:00:00Z',
        readme: '',
        keys: { [func.keyid]: keyOf(hex(func.public)) },
        steps: [step('checkout'), step('build')],
        inspect: [],
      },
      'root.layout',
    );
    const layoutMd = parseMetadata(dumpMetablock(layout, signMetablock(layout, [owner])), 'root.layout');
    const r = await verifyLayout(layoutMd, { layoutKeys: [keyOf(hex(owner.public))], linkDir: dir, workDir: dir });
    return { r, keyid: func.keyid };
  }

  it('an honest chain passes', async () => {
    const { r } = await run((data, seed) => ed.sign(data, seed));
    expect(r.failure).toBeUndefined();
    expect(r.passed).toBe(true);
  });

  it('a flipped bit in the signature is a threshold failure naming the link and the reason', async () => {
    const { r, keyid } = await run((data, seed) => {
      const s = ed.sign(data, seed);
      s[40] ^= 4;
      return s;
    });
    expect(r.passed).toBe(false);
    expect(r.failure?.check).toBe('threshold');
    expect(r.failure?.step).toBe('build');
    const file = linkFileName('build', keyid);
    expect(r.failure?.artifacts).toEqual([file]);
    expect(r.failure?.message).toBe(
      `build: requires 1 link(s) validly signed by different authorized functionaries, found 0 (rejected: ${file}: invalid signature for keyid ${keyid})`,
    );
    expect(r.steps.find((s) => s.name === 'build')?.links).toEqual([
      { file, keyid, status: 'invalid-signature', reason: `invalid signature for keyid ${keyid}` },
    ]);
  });

  it('S + L (a non-canonical scalar OpenSSL and @noble both refuse) is refused', async () => {
    const { r, keyid } = await run((data, seed) => {
      const s = ed.sign(data, seed);
      return cat(s.subarray(0, 32), le32(fromLe(s.subarray(32)) + L));
    });
    expect(r.passed).toBe(false);
    expect(r.failure?.check).toBe('threshold');
    expect(r.failure?.message).toContain(`invalid signature for keyid ${keyid}`);
  });

  it('an R with a torsion component: accepted as the synchronous path accepts it (OpenSSL refuses, @noble decides)', async () => {
    // the cofactored equation holds for every torsion point; OpenSSL refuses those with [k]t not the identity
    const T = torsion();
    let opensslRefused = 0;
    for (let i = 1; i < 8; i++) {
      let expected: boolean | undefined;
      const { r } = await run((data, seed) => {
        const h = createHash('sha512').update(seed).digest();
        h[0] &= 248;
        h[31] &= 127;
        h[31] |= 64;
        const a = fromLe(h.subarray(0, 32));
        const pub = ed.getPublicKey(seed);
        const rr = BigInt(1000 + i) * 7919n;
        const Rt = ed.Point.BASE.multiply(rr).add(T[i]).toBytes();
        const k =
          fromLe(
            createHash('sha512')
              .update(cat(Rt, pub, data))
              .digest(),
          ) % L;
        const sig = cat(Rt, le32((rr + k * a) % L));
        expected = verify(sig, data, pub);
        if (!opensslAlone(sig, data, pub)) opensslRefused++;
        return sig;
      });
      expect(expected, `torsion #${i}`).toBe(true);
      expect(r.failure, `torsion #${i}`).toBeUndefined();
      expect(r.passed, `torsion #${i}`).toBe(true);
    }
    expect(opensslRefused).toBeGreaterThan(0);
  });
});
