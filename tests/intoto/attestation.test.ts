/**
 * In-toto attestations (Statement v1 in DSSE) and DSSE-wrapped layouts/links. The independent signer
 * is securesystemslib (ecdsa / rsa over the DSSE PAE computed in Python from the DSSE spec), plus the
 * suite's own Ed25519 envelopes (src/core/statement.ts, keyid = RFC 7638 thumbprint).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeStatement, signStatement } from '../../src/core/statement.js';
import { loadPrivateKey } from '../../src/core/keys.js';
import { verifyAttestation, SLSA_PROVENANCE_V1, type AttestationPolicy } from '../../src/intoto/attestation.js';
import { parsePublicKeyFile } from '../../src/intoto/keys.js';
import { mc, PY, REF_TOOL } from './scenarios.js';

const dir = mkdtempSync(join(tmpdir(), 'mc-intoto-att-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const repo = resolve(import.meta.dirname, '../..');
execFileSync(PY, [REF_TOOL, 'keygen', dir, 'ec:ecdsa', 'rsa:rsa', 'other:ecdsa']);

const artifact = join(dir, 'demo.tar.gz');
writeFileSync(artifact, 'release bytes\n');
const sha = createHash('sha256').update(readFileSync(artifact)).digest('hex');
const BUILDER = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.0.0';
const BUILD_TYPE = 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';
const statement = makeStatement([{ name: 'demo.tar.gz', digest: { sha256: sha } }], SLSA_PROVENANCE_V1, {
  buildDefinition: {
    buildType: BUILD_TYPE,
    externalParameters: { workflow: { ref: 'refs/heads/main', repository: 'https://github.com/octo/demo', path: '.github/workflows/release.yml' } },
    resolvedDependencies: [{ uri: 'git+https://github.com/octo/demo@refs/heads/main', digest: { gitCommit: 'a'.repeat(40) } }],
  },
  runDetails: { builder: { id: BUILDER }, metadata: { invocationId: 'https://github.com/octo/demo/actions/runs/1/attempts/1' } },
});

/** A DSSE envelope signed by securesystemslib over PAE built in Python from the DSSE v1 spec. */
function refEnvelope(payload: string, keyFile: string, kt: string, payloadType = 'application/vnd.in-toto+json'): string {
  const code = `import json,sys,base64; from securesystemslib import interface as i, keys as k
d=json.load(sys.stdin); p=d['payload'].encode(); t=d['type'].encode()
pae=b'DSSEv1 %d %s %d %s' % (len(t), t, len(p), p)
key=i.import_privatekey_from_file(d['key'], key_type=d['kt'])
s=k.create_signature(key, pae)
print(json.dumps({'payload': base64.b64encode(p).decode(), 'payloadType': d['type'], 'signatures': [{'keyid': s['keyid'], 'sig': base64.b64encode(bytes.fromhex(s['sig'])).decode()}]}))`;
  return execFileSync(PY, ['-c', code], { input: JSON.stringify({ payload, key: keyFile, kt, type: payloadType }) }).toString();
}

const ecPub = parsePublicKeyFile(readFileSync(join(dir, 'ec.pub'), 'utf8'), 'ecdsa', 'ec.pub');
const rsaPub = parsePublicKeyFile(readFileSync(join(dir, 'rsa.pub'), 'utf8'), 'rsa', 'rsa.pub');
const otherPub = parsePublicKeyFile(readFileSync(join(dir, 'other.pub'), 'utf8'), 'ecdsa', 'other.pub');
const payload = JSON.stringify(statement);
const ecEnv = refEnvelope(payload, join(dir, 'ec'), 'ecdsa');
const rsaEnv = refEnvelope(payload, join(dir, 'rsa'), 'rsa');

const full: AttestationPolicy = {
  predicateTypes: [SLSA_PROVENANCE_V1],
  builderId: BUILDER,
  buildType: BUILD_TYPE,
  sourceUri: 'github.com/octo/demo',
  sourceRef: 'main',
  externalParameters: { 'workflow.path': '.github/workflows/release.yml' },
};

describe('attestation verification (slsa-verifier style)', () => {
  it('passes an ecdsa and an rsa envelope signed by securesystemslib with every expectation met', async () => {
    for (const [env, key] of [[ecEnv, ecPub], [rsaEnv, rsaPub]] as const) {
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
    const pub = parsePublicKeyFile(readFileSync(join(repo, 'examples/keys/dev-not-for-production.pub.pem'), 'utf8'), 'ed25519', 'dev.pub.pem');
    expect((await verifyAttestation(env + '\n', 'evidence.intoto.jsonl', [pub], [artifact], full)).passed).toBe(true);
  });
  it('CLI: exit 0 pass, 1 fail, 2 usage', async () => {
    writeFileSync(join(dir, 'att.json'), ecEnv);
    const base = ['intoto', 'attestation', 'verify', '--envelope', 'att.json', '--key', 'ec.pub', '--key-types', 'ecdsa'];
    expect((await mc([...base, '--artifact', 'demo.tar.gz', '--predicate-type', SLSA_PROVENANCE_V1, '--builder-id', BUILDER, '--source-uri', 'https://github.com/octo/demo', '--source-ref', 'main'], dir)).code).toBe(0);
    expect((await mc([...base, '--artifact', 'demo.tar.gz', '--builder-id', 'https://evil.example/builder'], dir)).code).toBe(1);
    expect((await mc([...base], dir)).code).toBe(2);
    expect((await mc([...base, '--artifact', 'missing.bin'], dir)).code).toBe(2);
    writeFileSync(join(dir, 'bad.json'), '{"payload": 1}');
    const bad = await mc(['intoto', 'attestation', 'verify', '--envelope', 'bad.json', '--key', 'ec.pub', '-t', 'ecdsa', '--artifact', 'demo.tar.gz'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad\.json: payloadType: expected string/);
  });
});

describe('DSSE-wrapped layouts and links (in-toto 2.x form)', () => {
  it('a chain recorded and signed as DSSE verifies; a tampered DSSE link fails', async () => {
    const w = join(dir, 'dsse');
    mkdirSync(w);
    execFileSync(PY, [REF_TOOL, 'keygen', w, 'owner:ecdsa', 'alice:rsa']);
    const run = await mc(['intoto', 'run', '--dsse', '-q', '-n', 'build', '-k', 'alice', '-t', 'rsa', '-p', 'app.txt', '--', 'sh', '-c', 'echo hello > app.txt'], w);
    expect(run.code).toBe(0);
    writeFileSync(join(w, 'layout.yaml'), [
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
    ].join('\n'));
    const sign = await mc(['intoto', 'sign', '--dsse', '-f', 'layout.yaml', '-k', 'owner', '-t', 'ecdsa', '--functionary', 'alice=alice.pub:rsa', '-o', 'root.layout'], w);
    expect(sign.err).toBe('');
    const ok = await mc(['intoto', 'verify', '-l', 'root.layout', '-k', 'owner.pub', '-t', 'ecdsa'], w);
    expect([ok.code, ok.err]).toEqual([0, '']);
    const linkFile = readdirSync(w).find((f) => f.startsWith('build.') && f.endsWith('.link'))!;
    const env = JSON.parse(readFileSync(join(w, linkFile), 'utf8')) as { payload: string };
    // the PAE signature is checked independently by securesystemslib
    const checked = execFileSync(PY, ['-c', `import json,sys,base64; from securesystemslib import interface as i, keys as k
e=json.load(open(sys.argv[1])); p=base64.b64decode(e['payload']); t=e['payloadType'].encode()
pae=b'DSSEv1 %d %s %d %s' % (len(t), t, len(p), p)
pub=list(i.import_publickeys_from_file([sys.argv[2]],['rsa']).values())[0]
print(k.verify_signature(pub, {'keyid': e['signatures'][0]['keyid'], 'sig': base64.b64decode(e['signatures'][0]['sig']).hex()}, pae))`, join(w, linkFile), join(w, 'alice.pub')]).toString().trim();
    expect(checked).toBe('True');
    const link = JSON.parse(Buffer.from(env.payload, 'base64').toString()) as { products: Record<string, { sha256: string }> };
    link.products['app.txt'].sha256 = '0'.repeat(64);
    env.payload = Buffer.from(JSON.stringify(link)).toString('base64');
    writeFileSync(join(w, linkFile), JSON.stringify(env));
    const bad = await mc(['intoto', 'verify', '-l', 'root.layout', '-k', 'owner.pub', '-t', 'ecdsa', '--report', 'v.json'], w);
    expect(bad.code).toBe(1);
    expect(JSON.parse(readFileSync(join(w, 'v.json'), 'utf8')).failure.check).toBe('threshold');
  });
});
