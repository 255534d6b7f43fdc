// Evidence must still verify years later: a pack and a disclosure made by the code of 2026-12-03
// (before the issue 17 speed work) are committed under fixtures/pack-v1 and must keep verifying, and
// packing the same files with the same options must still write the same bytes (Ed25519 is
// deterministic, so the signatures are the same too): the manifest format has not changed.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mc } from '../helpers/cli.js';
import { opensslVerify } from '../helpers/openssl.js';
import { itWith } from '../helpers/references.js';
import { pae } from '../../src/core/dsse.js';

const repo = resolve(import.meta.dirname, '../..');
const fixture = join(import.meta.dirname, 'fixtures/pack-v1');
const files = join(fixture, 'files');
const jwks = join(repo, 'examples/keys/dev-jwks.json');
const key = join(repo, 'examples/keys/dev-not-for-production.pem');
const tmp = mkdtempSync(join(tmpdir(), 'mc-fixture-v1-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// the options the fixture was packed with (mc evidence pack, cwd = files)
const packArgs = (out: string) => [
  'evidence',
  'pack',
  '--key',
  key,
  '--out',
  out,
  '--name',
  'mc',
  '--version',
  'v1.0.0',
  '--commit',
  '0123456789abcdef0123456789abcdef01234567',
  '--run',
  'https://github.com/mc/app/actions/runs/1',
  '--created-at',
  '2026-12-01T00:00:00Z',
  '--kind',
  'reports/us/slo-*=slo-snapshot',
  '--kind',
  'reports/eu/*=gate-report',
  '--label',
  'reports/us/**=region=US',
  '--label',
  'reports/eu/**=region=EU',
  '--label',
  'reports/us/slo-*=tenant=T1',
  '--label',
  'reports/us/t2-*=tenant=T2',
  '--label',
  'notes/**=note=é "quoted"',
  '--exclude',
  'notes/empty.log',
  'reports/**',
  'notes',
];

describe('evidence packs made before the speed work (fixtures/pack-v1)', () => {
  it('the committed pack verifies', async () => {
    const r = await mc(['evidence', 'verify', join(fixture, 'pack'), '--jwks', jwks, '--format', 'json'], { cwd: files });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.verdict).toBe('verified');
    expect(report.merkle.ok).toBe(true);
    expect(report.files.ok).toHaveLength(6);
    expect(report.manifestDigest).toBe('5244da0dfaac7acc5aaeb8b40b23eec46ffbb46f2d3073b2b848e5a41bcb490a');
  });

  it('the committed disclosure verifies against the same signed root', async () => {
    const r = await mc(['evidence', 'verify', join(fixture, 'disclosure-us-t1'), '--jwks', jwks, '--format', 'json'], { cwd: files });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.verdict).toBe('verified');
    expect(report.kind).toBe('disclosure');
    expect(report.files.ok).toEqual(['reports/us/slo-snapshot.csv']);
  });

  it('packing the same files again writes the same bytes', async () => {
    const out = join(tmp, 'repack');
    const r = await mc(packArgs(out), { cwd: files });
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'evidence.intoto.jsonl'), 'utf8')).toBe(
      readFileSync(join(fixture, 'pack/evidence.intoto.jsonl'), 'utf8'),
    );
  });

  itWith(['openssl'], 'OpenSSL verifies both signatures of a pack packed today (the same bytes as the committed one)', async () => {
    const out = join(tmp, 'repack-openssl');
    expect((await mc(packArgs(out), { cwd: files })).code).toBe(0);
    const lines = readFileSync(join(out, 'evidence.intoto.jsonl'), 'utf8').trim().split('\n');
    lines.forEach((line, i) => {
      const env = JSON.parse(line);
      writeFileSync(join(tmp, `pae-${i}.bin`), pae(env.payloadType, Buffer.from(env.payload, 'base64')));
      writeFileSync(join(tmp, `sig-${i}.bin`), Buffer.from(env.signatures[0].sig, 'base64'));
      const verdict = opensslVerify(
        join(repo, 'examples/keys/dev-not-for-production.pub.pem'),
        join(tmp, `pae-${i}.bin`),
        join(tmp, `sig-${i}.bin`),
      );
      expect(verdict.verified, verdict.detail).toBe(true);
    });
    expect(lines).toHaveLength(2);
  });

  it('a changed byte in the committed pack fails verification', async () => {
    const text = readFileSync(join(fixture, 'pack/evidence.intoto.jsonl'), 'utf8');
    const env = JSON.parse(text.split('\n')[0]);
    const payload = Buffer.from(env.payload, 'base64');
    payload[payload.indexOf('slo-snapshot')] ^= 0x20; // Slo-snapshot
    env.payload = payload.toString('base64');
    const dir = join(tmp, 'tampered');
    mkdirSync(dir);
    writeFileSync(join(dir, 'evidence.intoto.jsonl'), [JSON.stringify(env), ...text.split('\n').slice(1)].join('\n'));
    const r = await mc(['evidence', 'verify', dir, '--jwks', jwks, '--format', 'json'], { cwd: files });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).verdict).toBe('failed');
  });
});
