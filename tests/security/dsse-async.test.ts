// Attacks the asynchronous DSSE paths that evidence pack and verify use for large manifests
// (core/dsse.ts signEnvelopeAsync and startEnvelopeVerification: OpenSSL's work in libuv's thread pool
// while the calling thread encodes or reads the payload). Their results must be exactly those of the
// synchronous signEnvelope and verifyEnvelope, on honest and on hostile envelopes, and a pack whose
// signature fails must still be refused before any listed file is read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ed from '@noble/ed25519';
import { afterAll, describe, expect, it } from 'vitest';
import {
  INTOTO_PAYLOAD_TYPE,
  signEnvelope,
  signEnvelopeAsync,
  startEnvelopeVerification,
  verifyEnvelope,
  type DsseEnvelope,
} from '../../src/core/dsse.js';
import { generateKey, publicKeyFromBytes, type PublicKey } from '../../src/core/ed25519.js';
import { buildPack, writePack } from '../../src/evidence/pack.js';
import { verifyPack } from '../../src/evidence/verify.js';

const payload = (n: number) => new Uint8Array(Buffer.from(`{"files":[${Array.from({ length: n }, (_, i) => `"f${i}"`).join(',')}]}`));
const flip = (b64: string, at: number) => {
  const b = Buffer.from(b64, 'base64');
  b[at % b.length] ^= 1;
  return b.toString('base64');
};

describe('DSSE: asynchronous signing and verification equal the synchronous ones', () => {
  it('signEnvelopeAsync makes the same envelope as signEnvelope (one key, two keys, a large payload)', async () => {
    const [a, b] = await Promise.all([generateKey(), generateKey()]);
    for (const [p, keys] of [
      [payload(3), [a]],
      [payload(3), [a, b]],
      [payload(200_000), [b, a]],
      [new Uint8Array(0), [a]],
    ] as const) {
      const env = await signEnvelopeAsync(p, INTOTO_PAYLOAD_TYPE, [...keys]);
      expect(env).toEqual(signEnvelope(p, INTOTO_PAYLOAD_TYPE, [...keys]));
      expect(
        verifyEnvelope(
          env,
          keys.map((k) => k.publicKey),
        ).validKeys.length,
      ).toBe(keys.length);
    }
  });

  it('startEnvelopeVerification gives verifyEnvelope verdicts on hostile envelopes', async () => {
    const [a, b, c] = await Promise.all([generateKey(), generateKey(), generateKey()]);
    const p = payload(50);
    const good = signEnvelope(p, INTOTO_PAYLOAD_TYPE, [a, b]);
    // a small-order public key (the identity point) with a signature (R = identity, S = 0) that its
    // cofactorless equation accepts: both paths must refuse it
    const identity = new Uint8Array(32);
    identity[0] = 1;
    const weak = await publicKeyFromBytes(identity);
    const weakSig = Buffer.concat([Buffer.from(identity), Buffer.alloc(32)]).toString('base64');
    const envelopes: [string, DsseEnvelope, PublicKey[]][] = [
      ['honest, both keys trusted', good, [a.publicKey, b.publicKey]],
      ['honest, one key trusted', good, [b.publicKey]],
      ['payload tampered', { ...good, payload: flip(good.payload, 7) }, [a.publicKey, b.publicKey]],
      ['payloadType changed', { ...good, payloadType: 'text/plain' }, [a.publicKey, b.publicKey]],
      ['signature tampered', { ...good, signatures: [{ ...good.signatures[0], sig: flip(good.signatures[0].sig, 40) }] }, [a.publicKey]],
      ['signature not base64', { ...good, signatures: [{ keyid: a.kid, sig: '%%%' }] }, [a.publicKey]],
      [
        'keyid of another trusted key',
        { ...good, signatures: [{ keyid: c.kid, sig: good.signatures[0].sig }] },
        [a.publicKey, c.publicKey],
      ],
      ['unknown keyid', good, [c.publicKey]],
      [
        'no keyid, tried against every key',
        { ...good, signatures: [{ sig: good.signatures[1].sig }] },
        [a.publicKey, c.publicKey, b.publicKey],
      ],
      ['no keyid, no key verifies', { ...good, signatures: [{ sig: good.signatures[1].sig }] }, [a.publicKey, c.publicKey]],
      ['the same signature twice', { ...good, signatures: [good.signatures[0], good.signatures[0]] }, [a.publicKey]],
      ['small-order key', { ...good, signatures: [{ keyid: weak.kid, sig: weakSig }] }, [weak]],
      ['no signatures', { ...good, signatures: [] }, [a.publicKey]],
    ];
    for (const [name, env, trusted] of envelopes) {
      const sync = verifyEnvelope(env, trusted);
      const started = startEnvelopeVerification(env, trusted);
      expect(Buffer.from(started.payload), name).toEqual(Buffer.from(sync.payload));
      const asyncResult = await started.verification;
      expect(asyncResult, name).toEqual(sync);
    }
    // the small-order case is refused by the reference (@noble strict) as well: the test above compares two refusals
    expect(ed.verify(Buffer.from(weakSig, 'base64'), p, identity, { zip215: false })).toBe(false);
  });
});

describe('evidence verify with the asynchronous signature check', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('a pack signed by an untrusted key is refused and no listed file is read', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mc-dsse-async-'));
    dirs.push(root);
    for (let i = 0; i < 40; i++) writeFileSync(join(root, `f${i}.txt`), `file ${i}\n`);
    const [signer, trusted] = await Promise.all([generateKey(), generateKey()]);
    const release = { name: 'r', version: '1', createdAt: new Date(Date.now() + 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z') };
    const built = await buildPack({ root, patterns: ['*.txt'], release, keys: [signer], outDir: join(root, 'pack') });
    await writePack(join(root, 'pack'), built, [signer]);
    // a file changed after packing: were it read, it would show as mismatched
    writeFileSync(join(root, 'f3.txt'), 'changed\n');
    const report = await verifyPack({ packDir: join(root, 'pack'), cwd: root, trusted: [trusted.publicKey], trust: 'given-jwks' });
    expect(report.verdict).toBe('failed');
    expect(report.threshold).toEqual({ required: 1, valid: 0, ok: false });
    expect(report.files).toEqual({ ok: [], missing: [], mismatched: [], unexpected: [], refused: [] });
    // and with the signer trusted, the same pack verifies except for the changed file
    const ok = await verifyPack({ packDir: join(root, 'pack'), cwd: root, trusted: [signer.publicKey], trust: 'given-jwks' });
    expect(ok.files.mismatched.map((m) => m.path)).toEqual(['f3.txt']);
    expect(ok.files.ok).toHaveLength(39);
  });
});
