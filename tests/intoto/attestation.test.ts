/**
 * In-toto attestations (Statement v1 in DSSE) and DSSE-wrapped layouts/links. Envelopes are signed
 * independently of the code under test: with node:crypto over the DSSE PAE built here from the DSSE
 * spec (committed ecdsa / rsa test keys made by securesystemslib), and, when python3-securesystemslib is
 * installed, by securesystemslib itself; plus the suite's own Ed25519 envelopes (src/core/statement.ts,
 * keyid = RFC 7638 thumbprint).
 */
import { execFileSync } from 'node:child_process';
import { constants, createHash, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeStatement, signStatement } from '../../src/core/statement.js';
import { loadPrivateKey } from '../../src/core/ed25519.js';
import { verifyAttestation, SLSA_PROVENANCE_V1, type AttestationPolicy } from '../../src/intoto/attestation.js';
import { parsePublicKeyFile } from '../../src/intoto/sslib-keys.js';
import { mc } from './scenarios.js';
import { copyTestKeys } from '../helpers/test-keys.js';
import { describeWith, pythonFor } from '../helpers/references.js';

const dir = mkdtempSync(join(tmpdir(), 'mc-intoto-att-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const repo = resolve(import.meta.dirname, '../..');
copyTestKeys(dir, ['ec', 'rsa', 'other']);

const artifact = join(dir, 'demo.tar.gz');
writeFileSync(artifact, 'release bytes\n');
const sha = createHash('sha256').update(readFileSync(artifact)).digest('hex');
const BUILDER = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.0.0';
const BUILD_TYPE = 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';
const statement = makeStatement([{ name: 'demo.tar.gz', digest: { sha256: sha } }], SLSA_PROVENANCE_V1, {
  buildDefinition: {
    buildType: BUILD_TYPE,
    externalParameters: {
      workflow: { ref: 'refs/heads/main', repository: 'https://github.com/octo/demo', path: '.github/workflows/release.yml' },
    },
    resolvedDependencies: [{ uri: 'git+https://github.com/octo/demo@refs/heads/main', digest: { gitCommit: 'a'.repeat(40) } }],
  },
  runDetails: { builder: { id: BUILDER }, metadata: { invocationId: 'https://github.com/octo/demo/actions/runs/1/attempts/1' } },
});

/** DSSE v1 PAE, written here from the spec: "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body. */
const paeOf = (type: string, body: Buffer) =>
  Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${body.length} `), body]);

/** A DSSE envelope signed with node:crypto (ecdsa-sha2-nistp256 DER, or rsassa-pss-sha256 with a 32-byte salt as securesystemslib does). */
function nodeEnvelope(
  payload: string,
  keyFile: string,
  kt: 'ecdsa' | 'rsa',
  keyid: string,
  payloadType = 'application/vnd.in-toto+json',
): string {
  const raw = readFileSync(keyFile, 'utf8');
  const pem = kt === 'ecdsa' ? (JSON.parse(raw) as { keyval: { private: string } }).keyval.private : raw;
  const body = Buffer.from(payload);
  const sig =
    kt === 'ecdsa'
      ? nodeSign('sha256', paeOf(payloadType, body), { key: pem, dsaEncoding: 'der' })
      : nodeSign('sha256', paeOf(payloadType, body), { key: pem, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
  return JSON.stringify({ payload: body.toString('base64'), payloadType, signatures: [{ keyid, sig: sig.toString('base64') }] });
}

/** A DSSE envelope signed by securesystemslib over PAE built in Python from the DSSE v1 spec. */
function refEnvelope(payload: string, keyFile: string, kt: string, payloadType = 'application/vnd.in-toto+json'): string {
  const code = `import json,sys,base64; from securesystemslib import interface as i, keys as k
d=json.load(sys.stdin); p=d['payload'].encode(); t=d['type'].encode()
pae=b'DSSEv1 %d %s %d %s' % (len(t), t, len(p), p)
key=i.import_privatekey_from_file(d['key'], key_type=d['kt'])
s=k.create_signature(key, pae)
print(json.dumps({'payload': base64.b64encode(p).decode(), 'payloadType': d['type'], 'signatures': [{'keyid': s['keyid'], 'sig': base64.b64encode(bytes.fromhex(s['sig'])).decode()}]}))`;
  return execFileSync(pythonFor('securesystemslib'), ['-c', code], {
    input: JSON.stringify({ payload, key: keyFile, kt, type: payloadType }),
  }).toString();
}

const ecPub = parsePublicKeyFile(readFileSync(join(dir, 'ec.pub'), 'utf8'), 'ecdsa', 'ec.pub');
const rsaPub = parsePublicKeyFile(readFileSync(join(dir, 'rsa.pub'), 'utf8'), 'rsa', 'rsa.pub');
const otherPub = parsePublicKeyFile(readFileSync(join(dir, 'other.pub'), 'utf8'), 'ecdsa', 'other.pub');
const payload = JSON.stringify(statement);
const ecEnv = nodeEnvelope(payload, join(dir, 'ec'), 'ecdsa', ecPub.keyid);
const rsaEnv = nodeEnvelope(payload, join(dir, 'rsa'), 'rsa', rsaPub.keyid);

const full: AttestationPolicy = {
  predicateTypes: [SLSA_PROVENANCE_V1],
  builderId: BUILDER,
  buildType: BUILD_TYPE,
  sourceUri: 'github.com/octo/demo',
  sourceRef: 'main',
  externalParameters: { 'workflow.path': '.github/workflows/release.yml' },
};

describe('attestation verification (slsa-verifier style)', () => {
  it('passes an ecdsa and an rsa envelope (signed with node:crypto) with every expectation met', async () => {
    for (const [env, key] of [
      [ecEnv, ecPub],
      [rsaEnv, rsaPub],
    ] as const) {
      const r = await verifyAttestation(env, 'att.json', [key], [artifact], full);
      expect(r.failure).toBeUndefined();
      expect(r.passed).toBe(true);
      expect(r.artifacts[0].subject).toBe('demo.tar.gz');
    }
  });
  const failing: [string, AttestationPolicy, RegExp][] = [
    ['predicate type not allowed', { predicateTypes: ['https://slsa.dev/provenance/v0.2'] }, /not in the allow-list/],
    ['builder id differs', { builderId: 'https://example.com/other-builder' }, /expected https:\/\/example.com\/other-builder/],
    ['builder id at another version', { builderId: BUILDER.replace('v2.0.0', 'v1.9.0') }, /expected/],
    ['build type differs', { buildType: 'https://example.com/buildtype' }, /buildType/],
    ['source repository differs', { sourceUri: 'github.com/octo/evil' }, /is not github.com\/octo\/evil/],
    ['source ref differs', { sourceRef: 'refs/tags/v1.0.0' }, /source ref/],
    ['external parameter differs', { externalParameters: { 'workflow.path': '.github/workflows/other.yml' } }, /workflow.path/],
    ['payload type not allowed', { payloadTypes: ['application/vnd.example+json'] }, /payloadType/],
    ['threshold of two keys', { threshold: 2 }, /need 2/],
  ];
  for (const [name, policy, msg] of failing) {
    it(`fails when the ${name}`, async () => {
      const r = await verifyAttestation(ecEnv, 'att.json', [ecPub], [artifact], policy);
      expect(r.passed).toBe(false);
      expect(r.failure).toMatch(msg);
    });
  }
  it('accepts a builder id without @version as a prefix match, as slsa-verifier does', async () => {
    const r = await verifyAttestation(ecEnv, 'att.json', [ecPub], [artifact], { builderId: BUILDER.split('@')[0] });
    expect(r.passed).toBe(true);
  });
  it('fails for an artifact that matches no subject, naming it and its digest', async () => {
    const other = join(dir, 'tampered.tar.gz');
    writeFileSync(other, 'tampered\n');
    const r = await verifyAttestation(ecEnv, 'att.json', [ecPub], [artifact, other], {});
    expect(r.passed).toBe(false);
    expect(r.failure).toContain('tampered.tar.gz');
    expect(r.failure).toContain(createHash('sha256').update('tampered\n').digest('hex'));
  });
  it('fails for an untrusted key and for a tampered payload', async () => {
    expect((await verifyAttestation(ecEnv, 'a', [otherPub], [artifact], {})).passed).toBe(false);
    const env = JSON.parse(ecEnv) as { payload: string };
    env.payload = Buffer.from(payload.replace('refs/heads/main', 'refs/heads/evil')).toString('base64');
    const r = await verifyAttestation(JSON.stringify(env), 'a', [ecPub], [artifact], {});
    expect(r.passed).toBe(false);
    expect(r.checks.find((c) => c.check === 'signatures')?.ok).toBe(false);
  });
  it("verifies the suite's own Ed25519 envelopes (keyid = RFC 7638 thumbprint) with the SPKI PEM key", async () => {
    const key = await loadPrivateKey(readFileSync(join(repo, 'examples/keys/dev-not-for-production.pem'), 'utf8'), 'dev');
    const env = JSON.stringify(signStatement(statement, [key]));
    const pub = parsePublicKeyFile(
      readFileSync(join(repo, 'examples/keys/dev-not-for-production.pub.pem'), 'utf8'),
      'ed25519',
      'dev.pub.pem',
    );
    expect((await verifyAttestation(env + '\n', 'evidence.intoto.jsonl', [pub], [artifact], full)).passed).toBe(true);
  });
  it('CLI: exit 0 pass, 1 fail, 2 usage', async () => {
    writeFileSync(join(dir, 'att.json'), ecEnv);
    const base = ['intoto', 'attestation', 'verify', '--envelope', 'att.json', '--key', 'ec.pub', '--key-types', 'ecdsa'];
    expect(
      (
        await mc(
          [
            ...base,
            '--artifact',
            'demo.tar.gz',
            '--predicate-type',
            SLSA_PROVENANCE_V1,
            '--builder-id',
            BUILDER,
            '--source-uri',
            'https://github.com/octo/demo',
            '--source-ref',
            'main',
          ],
          dir,
        )
      ).code,
    ).toBe(0);
    expect((await mc([...base, '--artifact', 'demo.tar.gz', '--builder-id', 'https://evil.example/builder'], dir)).code).toBe(1);
    expect((await mc([...base], dir)).code).toBe(2);
    expect((await mc([...base, '--artifact', 'missing.bin'], dir)).code).toBe(2);
    writeFileSync(join(dir, 'bad.json'), '{"payload": 1}');
    const bad = await mc(
      ['intoto', 'attestation', 'verify', '--envelope', 'bad.json', '--key', 'ec.pub', '-t', 'ecdsa', '--artifact', 'demo.tar.gz'],
      dir,
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad\.json: payloadType: expected string/);
  });
});

describeWith(['securesystemslib'], 'attestations signed by the reference (securesystemslib)', () => {
  it('an ecdsa and an rsa envelope signed by securesystemslib pass with every expectation met; a tampered one fails', async () => {
    for (const [kt, key] of [
      ['ecdsa', ecPub],
      ['rsa', rsaPub],
    ] as const) {
      const env = refEnvelope(payload, join(dir, kt === 'ecdsa' ? 'ec' : 'rsa'), kt);
      expect(JSON.parse(env).signatures[0].keyid).toBe(key.keyid);
      const r = await verifyAttestation(env, 'att.json', [key], [artifact], full);
      expect([r.failure, r.passed]).toEqual([undefined, true]);
      const bad = JSON.parse(env) as { payload: string };
      bad.payload = Buffer.from(payload.replace('refs/heads/main', 'refs/heads/evil')).toString('base64');
      expect((await verifyAttestation(JSON.stringify(bad), 'att.json', [key], [artifact], {})).passed).toBe(false);
    }
  });
});

const dsseOriginal = join(dir, 'dsse-original.link');
describe('DSSE-wrapped layouts and links (in-toto 2.x form)', () => {
  it('a chain recorded and signed as DSSE verifies; a tampered DSSE link fails', async () => {
    const w = join(dir, 'dsse');
    mkdirSync(w);
    copyTestKeys(w, { owner: 'ec', alice: 'rsa' });
    const run = await mc(
      [
        'intoto',
        'run',
        '--dsse',
        '-q',
        '-n',
        'build',
        '-k',
        'alice',
        '-t',
        'rsa',
        '-p',
        'app.txt',
        '--',
        'sh',
        '-c',
        'echo hello > app.txt',
      ],
      w,
    );
    expect(run.code).toBe(0);
    writeFileSync(
      join(w, 'layout.yaml'),
      [
        '_type: layout',
        'expires: "2040-01-01T00:00:00Z"',
        'steps:',
        '  - name: build',
        '    pubkeys: [alice]',
        '    expected_command: [sh, -c, echo hello > app.txt]',
        '    expected_materials: []',
        '    expected_products: [[CREATE, app.txt], [DISALLOW, "*"]]',
        'inspect: []',
        '',
      ].join('\n'),
    );
    const sign = await mc(
      [
        'intoto',
        'sign',
        '--dsse',
        '-f',
        'layout.yaml',
        '-k',
        'owner',
        '-t',
        'ecdsa',
        '--functionary',
        'alice=alice.pub:rsa',
        '-o',
        'root.layout',
      ],
      w,
    );
    expect(sign.err).toBe('');
    const ok = await mc(['intoto', 'verify', '-l', 'root.layout', '-k', 'owner.pub', '-t', 'ecdsa'], w);
    expect([ok.code, ok.err]).toEqual([0, '']);
    const linkFile = readdirSync(w).find((f) => f.startsWith('build.') && f.endsWith('.link'))!;
    const env = JSON.parse(readFileSync(join(w, linkFile), 'utf8')) as {
      payload: string;
      payloadType: string;
      signatures: { sig: string }[];
    };
    // the PAE signature checked independently of our verifier (node:crypto, PAE from the DSSE spec)
    const alicePem = readFileSync(join(w, 'alice.pub'), 'utf8');
    expect(
      nodeVerify(
        'sha256',
        paeOf(env.payloadType, Buffer.from(env.payload, 'base64')),
        { key: alicePem, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO },
        Buffer.from(env.signatures[0].sig, 'base64'),
      ),
    ).toBe(true);
    writeFileSync(dsseOriginal, readFileSync(join(w, linkFile)));
    const link = JSON.parse(Buffer.from(env.payload, 'base64').toString()) as { products: Record<string, { sha256: string }> };
    link.products['app.txt'].sha256 = '0'.repeat(64);
    env.payload = Buffer.from(JSON.stringify(link)).toString('base64');
    writeFileSync(join(w, linkFile), JSON.stringify(env));
    const bad = await mc(['intoto', 'verify', '-l', 'root.layout', '-k', 'owner.pub', '-t', 'ecdsa', '--report', 'v.json'], w);
    expect(bad.code).toBe(1);
    expect(JSON.parse(readFileSync(join(w, 'v.json'), 'utf8')).failure.check).toBe('threshold');
  });
});

describeWith(['securesystemslib'], 'DSSE links checked by the reference (securesystemslib)', () => {
  it('securesystemslib verifies the PAE signature of our DSSE link (written by the test above)', () => {
    expect(existsSync(dsseOriginal)).toBe(true);
    const checked = execFileSync(pythonFor('securesystemslib'), [
      '-c',
      `import json,sys,base64; from securesystemslib import interface as i, keys as k
e=json.load(open(sys.argv[1])); p=base64.b64decode(e['payload']); t=e['payloadType'].encode()
pae=b'DSSEv1 %d %s %d %s' % (len(t), t, len(p), p)
pub=list(i.import_publickeys_from_file([sys.argv[2]],['rsa']).values())[0]
print(k.verify_signature(pub, {'keyid': e['signatures'][0]['keyid'], 'sig': base64.b64decode(e['signatures'][0]['sig']).hex()}, pae))`,
      dsseOriginal,
      join(dir, 'rsa.pub'),
    ])
      .toString()
      .trim();
    expect(checked).toBe('True');
  });
});
