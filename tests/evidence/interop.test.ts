// Our DSSE envelopes and keys against independent Ed25519 implementations:
// OpenSSL 3 (`pkeyutl -rawin` over the PAE bytes) and PyNaCl (Debian's python3-nacl), both ways.
// Each reference is found by tests/helpers/references.ts: missing, its tests are skipped with one line
// naming the package, or fail under MC_REQUIRE_REFERENCES=1.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pae, parseEnvelope, payloadWithPaeRoom, signEnvelope, verifyEnvelope, decodeBase64 } from '../../src/core/dsse.js';
import { generateKey, loadPrivateKey, loadPublicKey, privateKeyPem, publicKeyPem, type PrivateKey } from '../../src/core/ed25519.js';
import { canonicalBytes } from '../../src/core/jcs.js';
import { makeStatement } from '../../src/core/statement.js';
import { binary, describeWith, pythonFor } from '../helpers/references.js';
import { opensslVerify } from '../helpers/openssl.js';
let dir: string;
let key: PrivateKey;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mc-interop-'));
  key = await generateKey();
  writeFileSync(join(dir, 'private.pem'), privateKeyPem(key));
  writeFileSync(join(dir, 'public.pem'), publicKeyPem(key.publicKey));
});

const statementPayload = () =>
  canonicalBytes(makeStatement([{ name: 'a.txt', digest: { sha256: 'ab'.repeat(32) } }], 'https://example.com/p', { x: 1 }));

describe('DSSE PAE', () => {
  it('matches the DSSE protocol example', () => {
    const out = pae('http://example.com/HelloWorld', new TextEncoder().encode('hello world'));
    expect(Buffer.from(out).toString()).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world');
  });
  it('counts bytes, not characters', () => {
    expect(Buffer.from(pae('t', new TextEncoder().encode('é'))).toString()).toBe('DSSEv1 1 t 2 é');
  });
  it('of a payload made with room for its PAE text: the same bytes, as a view of that buffer (no copy)', () => {
    for (const n of [0, 11, 5000, 3 << 20]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 7 + 3) & 0xff);
      const roomy = payloadWithPaeRoom('http://example.com/HelloWorld', n);
      roomy.set(bytes);
      const view = pae('http://example.com/HelloWorld', roomy);
      expect(Buffer.from(view).equals(Buffer.from(pae('http://example.com/HelloWorld', bytes)))).toBe(true);
      expect(view.buffer).toBe(roomy.buffer);
      // another type, or a length the text does not name: a copy with the right text
      const other = pae('t', roomy);
      expect(other.buffer).not.toBe(roomy.buffer);
      expect(
        Buffer.from(other)
          .subarray(0, 12 + String(n).length)
          .toString(),
      ).toBe(`DSSEv1 1 t ${n} `);
      if (n)
        expect(
          Buffer.from(pae('http://example.com/HelloWorld', roomy.subarray(0, n - 1))).equals(
            Buffer.from(pae('http://example.com/HelloWorld', bytes.subarray(0, n - 1))),
          ),
        ).toBe(true);
    }
  });
});

describe('a large payload text (over 1 MiB) is checked by decoding and encoding it again', () => {
  const type = 'application/vnd.in-toto+json';
  const bytes = new Uint8Array((3 << 20) + 1).map((_, i) => (i * 131 + (i >> 9)) & 0xff);
  const std = Buffer.from(bytes).toString('base64');
  const env = (payload: string) => ({ payload, payloadType: type, signatures: [] });
  // what the B64 regular expression says: either alphabet, padding optional, nothing else
  const cases: [string, string, boolean][] = [
    ['padded standard base64', std, true],
    ['the URL-safe alphabet', std.replace(/\+/g, '-').replace(/\//g, '_'), true],
    ['without its padding', std.replace(/=+$/, ''), true],
    ['a character outside both alphabets', `${std.slice(0, 1000)}*${std.slice(1001)}`, false],
    ['a line break inside', `${std.slice(0, 1000)}\n${std.slice(1000)}`, false],
    ['padding in the middle', `${std.slice(0, 1000)}==${std.slice(1000)}`, false],
  ];
  it.each(cases)('%s: accepted as the regular expression says, and decoded to the same bytes', (_, text, ok) => {
    if (!ok) return void expect(() => parseEnvelope(env(text), 'x')).toThrow(/payload/);
    const e = parseEnvelope(env(text), 'x');
    const decoded = verifyEnvelope(e, []).payload;
    expect(Buffer.from(decoded).equals(Buffer.from(bytes))).toBe(true);
    // parsed again and decoded without the kept bytes: the same
    expect(Buffer.from(decodeBase64(text, type)!).equals(Buffer.from(bytes))).toBe(true);
  });
  it('a signature over the large payload verifies (the PAE is a view of the decoded bytes)', async () => {
    const signed = signEnvelope(bytes, type, [key]);
    const v = verifyEnvelope(parseEnvelope(JSON.parse(JSON.stringify(signed)), 'x'), [key.publicKey]);
    expect(v.validKeys).toHaveLength(1);
    const tampered = { ...signed, payload: Buffer.from(bytes.map((b, i) => (i === 12345 ? b ^ 1 : b))).toString('base64') };
    expect(verifyEnvelope(parseEnvelope(tampered, 'x'), [key.publicKey]).validKeys).toHaveLength(0);
  });
});

describeWith(['openssl'], 'OpenSSL 3 interop', () => {
  const openssl = () => binary('openssl');
  it('openssl verifies our envelope signature over the PAE bytes', () => {
    const env = signEnvelope(statementPayload(), 'application/vnd.in-toto+json', [key]);
    writeFileSync(join(dir, 'pae.bin'), pae(env.payloadType, decodeBase64(env.payload)!));
    writeFileSync(join(dir, 'sig.bin'), decodeBase64(env.signatures[0].sig)!);
    expect(opensslVerify(join(dir, 'public.pem'), join(dir, 'pae.bin'), join(dir, 'sig.bin'))).toEqual({
      verified: true,
      detail: expect.stringMatching(/Signature Verified Successfully/),
    });
  });
  it('openssl rejects it after one payload byte changes', () => {
    const payload = statementPayload();
    const env = signEnvelope(payload, 'application/vnd.in-toto+json', [key]);
    const tampered = new Uint8Array(payload);
    tampered[5] ^= 1;
    writeFileSync(join(dir, 'pae2.bin'), pae(env.payloadType, tampered));
    writeFileSync(join(dir, 'sig2.bin'), decodeBase64(env.signatures[0].sig)!);
    // openssl ran and said the signature is bad (exit 1, "Signature Verification Failure"): not "openssl is missing"
    expect(opensslVerify(join(dir, 'public.pem'), join(dir, 'pae2.bin'), join(dir, 'sig2.bin'))).toEqual({
      verified: false,
      detail: expect.stringMatching(/Signature Verification Failure/),
    });
  });
  it('we load an OpenSSL-generated key and verify an OpenSSL signature over PAE', async () => {
    execFileSync(openssl(), ['genpkey', '-algorithm', 'ed25519', '-out', join(dir, 'ossl.pem')]);
    execFileSync(openssl(), ['pkey', '-in', join(dir, 'ossl.pem'), '-pubout', '-out', join(dir, 'ossl.pub.pem')]);
    const payload = statementPayload();
    writeFileSync(join(dir, 'pae3.bin'), pae('application/vnd.in-toto+json', payload));
    execFileSync(openssl(), [
      'pkeyutl',
      '-sign',
      '-inkey',
      join(dir, 'ossl.pem'),
      '-rawin',
      '-in',
      join(dir, 'pae3.bin'),
      '-out',
      join(dir, 'sig3.bin'),
    ]);
    const pub = await loadPublicKey(readFileSync(join(dir, 'ossl.pub.pem'), 'utf8'), 'ossl.pub.pem');
    const priv = await loadPrivateKey(readFileSync(join(dir, 'ossl.pem'), 'utf8'), 'ossl.pem');
    expect(priv.kid).toBe(pub.kid);
    const env = {
      payload: Buffer.from(payload).toString('base64'),
      payloadType: 'application/vnd.in-toto+json',
      signatures: [{ keyid: pub.kid, sig: readFileSync(join(dir, 'sig3.bin')).toString('base64') }],
    };
    const v = verifyEnvelope(env, [pub]);
    expect(v.signatures[0].status).toBe('valid');
    // and OpenSSL's signature equals ours for the same key (Ed25519 is deterministic)
    expect(signEnvelope(payload, env.payloadType, [priv]).signatures[0].sig).toBe(env.signatures[0].sig);
  });
});

describeWith(['pynacl'], 'PyNaCl interop', () => {
  it("PyNaCl verifies our signature, and we verify PyNaCl's", async () => {
    const payload = statementPayload();
    const env = signEnvelope(payload, 'application/vnd.in-toto+json', [key]);
    const script = `
import sys, base64, json
from nacl.signing import VerifyKey, SigningKey
d = json.load(sys.stdin)
pae = base64.b64decode(d["pae"])
VerifyKey(base64.b64decode(d["pub"])).verify(pae, base64.b64decode(d["sig"]))
sk = SigningKey(base64.b64decode(d["seed"]))
print(json.dumps({"ok": True, "pub": base64.b64encode(bytes(sk.verify_key)).decode(), "sig": base64.b64encode(sk.sign(pae).signature).decode()}))
`;
    const other = await generateKey();
    const input = JSON.stringify({
      pae: Buffer.from(pae(env.payloadType, payload)).toString('base64'),
      pub: Buffer.from(key.publicKey.bytes).toString('base64'),
      sig: env.signatures[0].sig,
      seed: Buffer.from(other.seed).toString('base64'),
    });
    const out = JSON.parse(execFileSync(pythonFor('pynacl'), ['-c', script], { input }).toString());
    expect(out.ok).toBe(true);
    expect(out.pub).toBe(Buffer.from(other.publicKey.bytes).toString('base64'));
    const theirs = { ...env, signatures: [{ keyid: other.kid, sig: out.sig }] };
    expect(verifyEnvelope(theirs, [other.publicKey]).signatures[0].status).toBe('valid');
    expect(verifyEnvelope(theirs, [key.publicKey]).signatures[0].status).toBe('unknown-key');
  });
  it('PyNaCl rejects our signature over a changed payload', () => {
    const payload = statementPayload();
    const env = signEnvelope(payload, 'application/vnd.in-toto+json', [key]);
    const bad = new Uint8Array(payload);
    bad[0] ^= 0x20;
    const script = `
import sys, base64, json
from nacl.signing import VerifyKey
from nacl.exceptions import BadSignatureError
d = json.load(sys.stdin)
try:
    VerifyKey(base64.b64decode(d["pub"])).verify(base64.b64decode(d["pae"]), base64.b64decode(d["sig"])); print("accepted")
except BadSignatureError:
    print("rejected")
`;
    const input = JSON.stringify({
      pae: Buffer.from(pae(env.payloadType, bad)).toString('base64'),
      pub: Buffer.from(key.publicKey.bytes).toString('base64'),
      sig: env.signatures[0].sig,
    });
    expect(execFileSync(pythonFor('pynacl'), ['-c', script], { input }).toString().trim()).toBe('rejected');
  });
});
