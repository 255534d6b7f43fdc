// mc evidence pack / verify / disclose and mc jws: behaviour and exit codes (issue 2 "Done when").
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mc } from '../helpers/cli.js';
import { itWith } from '../helpers/references.js';
import { opensslVerify } from '../helpers/openssl.js';

let base: string;
let keys: string;
let keys2: string;

function workspace(): string {
  const ws = mkdtempSync(join(base, 'ws-'));
  mkdirSync(join(ws, 'reports/us'), { recursive: true });
  mkdirSync(join(ws, 'reports/eu'), { recursive: true });
  writeFileSync(join(ws, 'reports/us/slo-snapshot.json'), JSON.stringify({ p95: 120, tenant: 'T1' }) + '\n');
  writeFileSync(join(ws, 'reports/us/t2-report.json'), JSON.stringify({ tenant: 'T2' }) + '\n');
  writeFileSync(join(ws, 'reports/eu/gate-report.md'), '# gate\nok\n');
  writeFileSync(join(ws, 'reports/summary.txt'), 'all gates passed\n');
  return ws;
}

async function pack(ws: string, extra: string[] = [], key = join(keys, 'private.pem')) {
  return mc(
    [
      'evidence',
      'pack',
      '--key',
      key,
      '--out',
      'pack',
      '--name',
      'mc',
      '--version',
      'v0.3.2',
      '--created-at',
      '2026-11-01T00:00:00Z',
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
      ...extra,
      'reports/**',
    ],
    { cwd: ws },
  );
}

const verifyJson = async (ws: string, args: string[] = []) => {
  const r = await mc(['evidence', 'verify', 'pack', '--jwks', join(keys, 'jwks.json'), '--format', 'json', ...args], { cwd: ws });
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
};

function rewriteEnvelope(ws: string, edit: (env: { payload: string; signatures: { sig: string }[] }) => void) {
  const file = join(ws, 'pack/evidence.intoto.jsonl');
  const [l1, ...rest] = readFileSync(file, 'utf8').split('\n');
  const env = JSON.parse(l1);
  edit(env);
  writeFileSync(file, [JSON.stringify(env), ...rest].join('\n'));
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'mc-evidence-'));
  keys = join(base, 'keys');
  keys2 = join(base, 'keys2');
  expect((await mc(['keygen', '--out', keys])).code).toBe(0);
  expect((await mc(['keygen', '--out', keys2, '--add-to', join(keys, 'jwks.json')])).code).toBe(0);
  // keygen dates each key (iat = now); the packs below are dated 2026-11-01, so backdate the keys'
  // validity windows to 2026-01-01 (iat is not part of the RFC 7638 thumbprint, so kids stay the same)
  for (const f of [join(keys, 'jwks.json'), join(keys2, 'jwks.json')]) {
    const j = JSON.parse(readFileSync(f, 'utf8'));
    for (const k of j.keys) k.iat = Date.parse('2026-01-01T00:00:00Z') / 1000;
    writeFileSync(f, JSON.stringify(j));
  }
});

describe('evidence pack', () => {
  it('writes line 1 = DSSE envelope of an in-toto Statement v1, subjects sorted, and the JWKS', async () => {
    const ws = workspace();
    const r = await pack(ws);
    expect(r.code).toBe(0);
    const lines = readFileSync(join(ws, 'pack/evidence.intoto.jsonl'), 'utf8').trim().split('\n');
    const env = JSON.parse(lines[0]);
    expect(env.payloadType).toBe('application/vnd.in-toto+json');
    const st = JSON.parse(Buffer.from(env.payload, 'base64').toString());
    expect(st._type).toBe('https://in-toto.io/Statement/v1');
    expect(st.subject.map((s: { name: string }) => s.name)).toEqual([
      'reports/eu/gate-report.md',
      'reports/summary.txt',
      'reports/us/slo-snapshot.json',
      'reports/us/t2-report.json',
    ]);
    const sha = execFileSync('sha256sum', [join(ws, 'reports/summary.txt')])
      .toString()
      .split(' ')[0];
    expect(st.subject[1].digest.sha256).toBe(sha);
    expect(st.predicate.files[2]).toMatchObject({
      kind: 'slo-snapshot',
      mediaType: 'application/json',
      labels: { region: 'US', tenant: 'T1' },
      size: readFileSync(join(ws, 'reports/us/slo-snapshot.json')).length,
    });
    expect(st.predicate.release).toMatchObject({ name: 'mc', version: 'v0.3.2', createdAt: '2026-11-01T00:00:00Z' });
    const jwks = JSON.parse(readFileSync(join(ws, 'pack/jwks.json'), 'utf8'));
    expect(jwks.keys[0].kid).toBe(env.signatures[0].keyid);
  });

  it('refuses symlinks, paths outside the root, and overwriting a pack (exit 2)', async () => {
    const ws = workspace();
    symlinkSync('/etc/hostname', join(ws, 'reports/link.txt'));
    const r1 = await pack(ws);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/symbolic links are refused/);
    rmSync(join(ws, 'reports/link.txt'));
    const r2 = await mc(['evidence', 'pack', '--key', join(keys, 'private.pem'), '--out', 'pack', '../outside.txt'], { cwd: ws });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/inside the root/);
    expect((await pack(ws)).code).toBe(0);
    const r3 = await pack(ws);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/never overwritten/);
  });
});

describe('evidence verify', () => {
  it('verifies an untouched pack (exit 0)', async () => {
    const ws = workspace();
    await pack(ws);
    const { code, report } = await verifyJson(ws);
    expect(code).toBe(0);
    expect(report.verdict).toBe('verified');
    expect(report.files.ok).toHaveLength(4);
    expect(report.merkle.ok).toBe(true);
  });

  it('a changed byte in a packed file is mismatched (exit 1), naming the file', async () => {
    const ws = workspace();
    await pack(ws);
    const f = join(ws, 'reports/us/slo-snapshot.json');
    const b = readFileSync(f);
    b[3] ^= 1;
    writeFileSync(f, b);
    const { code, report } = await verifyJson(ws);
    expect(code).toBe(1);
    expect(report.files.mismatched.map((m: { path: string }) => m.path)).toEqual(['reports/us/slo-snapshot.json']);
  });

  it('a deleted file is missing, an added one unexpected (exit 1)', async () => {
    const ws = workspace();
    await pack(ws);
    rmSync(join(ws, 'reports/summary.txt'));
    writeFileSync(join(ws, 'reports/eu/new.json'), '{}');
    const { code, report } = await verifyJson(ws);
    expect(code).toBe(1);
    expect(report.files.missing).toEqual(['reports/summary.txt']);
    expect(report.files.unexpected).toEqual(['reports/eu/new.json']);
  });

  it("a directory under the pack's patterns that cannot be walked fails the pack (exit 2) and the verification (exit 1)", async () => {
    const deep =
      'mkdir -p reports/deep && cd reports/deep && n=$(printf "a%.0s" $(seq 200)) && for i in $(seq 25); do mkdir "$n" && cd "$n"; done && echo x > f.txt';
    const ws = workspace();
    execFileSync('bash', ['-c', deep], { cwd: ws });
    const packed = await pack(ws);
    expect(packed.code).toBe(2);
    expect(packed.stderr).toMatch(/readable directories/);
    const ws2 = workspace();
    await pack(ws2);
    execFileSync('bash', ['-c', deep], { cwd: ws2 });
    const { code, report } = await verifyJson(ws2);
    expect(code).toBe(1);
    expect(report.problems.join('\n')).toMatch(/collection pattern "reports\/\*\*" could not be walked/);
    rmSync(ws, { recursive: true, force: true });
    rmSync(ws2, { recursive: true, force: true });
  });

  it('a changed byte in the payload fails the signature (exit 1)', async () => {
    const ws = workspace();
    await pack(ws);
    rewriteEnvelope(ws, (env) => {
      const p = Buffer.from(env.payload, 'base64');
      p[p.indexOf('slo-snapshot')] ^= 1;
      env.payload = p.toString('base64');
    });
    const { code, report } = await verifyJson(ws);
    expect(code).toBe(1);
    expect(report.signatures[0].status).toBe('invalid');
    expect(report.problems[0]).toMatch(/0 of the required 1/);
  });

  it('a changed byte in the signature fails (exit 1)', async () => {
    const ws = workspace();
    await pack(ws);
    rewriteEnvelope(ws, (env) => {
      const s = Buffer.from(env.signatures[0].sig, 'base64');
      s[7] ^= 0x80;
      env.signatures[0].sig = s.toString('base64');
    });
    const { code, report } = await verifyJson(ws);
    expect(code).toBe(1);
    expect(report.signatures[0].status).toBe('invalid');
  });

  it('a truncated or unreadable pack exits 2 with a clear message', async () => {
    const ws = workspace();
    await pack(ws);
    const file = join(ws, 'pack/evidence.intoto.jsonl');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, 100));
    const r = await verifyJson(ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/evidence.intoto.jsonl: line 1: expected a DSSE envelope/);
    writeFileSync(file, '');
    expect((await verifyJson(ws)).code).toBe(2);
    rmSync(file);
    const r3 = await mc(['evidence', 'verify', 'pack'], { cwd: ws });
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/expected an evidence pack directory/);
  });

  it('a key not in the trusted JWKS is unknown (exit 1), even if the pack ships its own JWKS', async () => {
    const ws = workspace();
    await pack(ws, [], join(keys2, 'private.pem'));
    const r = await mc(['evidence', 'verify', 'pack', '--jwks', join(base, 'keys', 'jwks.json'), '--format', 'json'], { cwd: ws });
    // keys/jwks.json holds only the first key (keys2 was added to a copy written in keys2/)
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).signatures[0].status).toBe('unknown-key');
  });

  it('rotation: old and new key both sign, threshold 2 passes; a retired key signing after exp does not count', async () => {
    const ws = workspace();
    const r = await mc(
      [
        'evidence',
        'pack',
        '--key',
        join(keys, 'private.pem'),
        '--key',
        join(keys2, 'private.pem'),
        '--out',
        'pack',
        '--created-at',
        '2026-11-01T00:00:00Z',
        'reports/**',
      ],
      { cwd: ws },
    );
    expect(r.code).toBe(0);
    const both = join(keys2, 'jwks.json'); // holds both keys
    const ok = await mc(['evidence', 'verify', 'pack', '--jwks', both, '--threshold', '2'], { cwd: ws });
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    const kid1 = JSON.parse(readFileSync(join(keys, 'jwks.json'), 'utf8')).keys[0].kid;
    const retired = join(base, 'retired.json');
    const retire = await mc(['jwks', 'retire', '--jwks', both, '--kid', kid1, '--at', '2026-10-01T00:00:00Z', '--out', retired]);
    expect(retire.code, retire.stderr).toBe(0);
    const bad = await mc(['evidence', 'verify', 'pack', '--jwks', retired, '--threshold', '2', '--format', 'json'], { cwd: ws });
    expect(bad.code).toBe(1);
    const sigs = JSON.parse(bad.stdout).signatures;
    expect(sigs.find((s: { keyid: string }) => s.keyid === kid1).status).toBe('outside-validity');
    expect((await mc(['evidence', 'verify', 'pack', '--jwks', retired, '--threshold', '1'], { cwd: ws })).code).toBe(0);
  });

  it('evidence policy: required kinds and maximum age', async () => {
    const ws = workspace();
    await pack(ws);
    expect((await verifyJson(ws, ['--require-kinds', 'slo-snapshot,gate-report'])).code).toBe(0);
    const r = await verifyJson(ws, ['--require-kinds', 'slo-snapshot,test-results']);
    expect(r.code).toBe(1);
    expect(r.report.policy.problems[0]).toMatch(/test-results/);
    writeFileSync(join(ws, 'policy.yaml'), 'required: slo-snapshot,gate-report\nmax-age: 24h\n');
    const old = await verifyJson(ws, ['--policy', 'policy.yaml']);
    expect(old.code).toBe(1); // created 2026-11-01, older than 24h
    expect(old.report.policy.problems.join()).toMatch(/old/);
  });
});

describe('scoped disclosure', () => {
  it('discloses only the region/tenant files with proofs that verify; other tenants stay unnamed', async () => {
    const ws = workspace();
    await pack(ws);
    const d = await mc(
      [
        'evidence',
        'disclose',
        'pack',
        '--region',
        'US',
        '--tenant',
        'T1',
        '--out',
        'disc-us-t1',
        '--jwks',
        join(keys, 'jwks.json'),
        '--key',
        join(keys, 'private.pem'),
      ],
      { cwd: ws },
    );
    expect(d.code).toBe(0);
    const lines = readFileSync(join(ws, 'disc-us-t1/disclosure.intoto.jsonl'), 'utf8').trim().split('\n');
    // line 2 is the signed disclosure statement; its payload is all a reader learns besides line 1's root
    const text = lines.map((l) => Buffer.from(JSON.parse(l).payload, 'base64').toString()).join('\n');
    expect(JSON.parse(text.split('\n')[1]).predicate.disclosure).toEqual({ region: 'US', tenant: 'T1' });
    expect(text).toContain('reports/us/slo-snapshot.json');
    expect(text).not.toContain('t2-report');
    expect(text).not.toContain('gate-report');
    expect(existsSync(join(ws, 'disc-us-t1/files/reports/us/t2-report.json'))).toBe(false);
    const v = await mc(['evidence', 'verify', 'disc-us-t1', '--jwks', join(keys, 'jwks.json'), '--format', 'json'], { cwd: ws });
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout)).toMatchObject({
      kind: 'disclosure',
      verdict: 'verified',
      disclosure: { region: 'US', tenant: 'T1', entries: 1 },
    });
  });

  it('a disclosed file that was changed, or a forged proof, fails', async () => {
    const ws = workspace();
    await pack(ws);
    expect(
      (
        await mc(
          [
            'evidence',
            'disclose',
            'pack',
            '--region',
            'US',
            '--out',
            'disc',
            '--jwks',
            join(keys, 'jwks.json'),
            '--key',
            join(keys, 'private.pem'),
          ],
          { cwd: ws },
        )
      ).code,
    ).toBe(0);
    const copy = join(ws, 'disc2');
    cpSync(join(ws, 'disc'), copy, { recursive: true });
    writeFileSync(join(ws, 'disc/files/reports/us/slo-snapshot.json'), '{"p95": 1}\n');
    const r = await mc(['evidence', 'verify', 'disc', '--jwks', join(keys, 'jwks.json'), '--format', 'json'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files.mismatched[0].path).toBe('reports/us/slo-snapshot.json');
    // forge: claim a different digest for a file in the (signed) disclosure statement and fix the file to
    // match it; the statement's signature no longer verifies, so no listed file is even read
    const f = join(copy, 'disclosure.intoto.jsonl');
    const [l1, l2] = readFileSync(f, 'utf8').trim().split('\n');
    const env = JSON.parse(l2);
    const st = JSON.parse(Buffer.from(env.payload, 'base64').toString());
    writeFileSync(join(copy, 'files', st.predicate.entries[0].path), 'forged\n');
    const sha = execFileSync('sha256sum', [join(copy, 'files', st.predicate.entries[0].path)])
      .toString()
      .split(' ')[0];
    st.predicate.entries[0].sha256 = sha;
    st.subject[0].digest.sha256 = sha;
    env.payload = Buffer.from(JSON.stringify(st)).toString('base64');
    writeFileSync(f, `${l1}\n${JSON.stringify(env)}\n`);
    const r2 = await mc(['evidence', 'verify', 'disc2', '--jwks', join(keys, 'jwks.json'), '--format', 'json'], { cwd: ws });
    expect(r2.code).toBe(1);
    expect(JSON.parse(r2.stdout).problems.join()).toMatch(/disclosure statement \(line 2\): 0 of the required 1/);
  });
});

describe('mc jws (detached, EdDSA)', () => {
  itWith(['openssl'], 'signs a detached compact JWS that OpenSSL verifies, and verify rejects a changed payload', async () => {
    const ws = workspace();
    const payload = join(ws, 'reports/summary.txt');
    const s = await mc(['jws', 'sign', '--key', join(keys, 'private.pem'), '--payload', payload]);
    expect(s.code).toBe(0);
    const token = s.stdout.trim();
    const [h, empty, sig] = token.split('.');
    expect(empty).toBe('');
    expect(JSON.parse(Buffer.from(h, 'base64url').toString())).toMatchObject({ alg: 'EdDSA', kid: expect.any(String) });
    // RFC 7515 5.2: signing input = ASCII(BASE64URL(header) || '.' || BASE64URL(payload))
    writeFileSync(join(ws, 'signing-input'), `${h}.${readFileSync(payload).toString('base64url')}`);
    writeFileSync(join(ws, 'jws.sig'), Buffer.from(sig, 'base64url'));
    expect(opensslVerify(join(keys, 'public.pem'), join(ws, 'signing-input'), join(ws, 'jws.sig')).verified).toBe(true);
    expect((await mc(['jws', 'verify', '--jwks', join(keys, 'jwks.json'), '--payload', payload, token])).code).toBe(0);
    writeFileSync(payload, 'changed\n');
    const bad = await mc(['jws', 'verify', '--jwks', join(keys, 'jwks.json'), '--payload', payload, token]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/does not verify/);
    expect((await mc(['jws', 'verify', '--jwks', join(keys, 'jwks.json'), '--payload', payload, 'not-a-token'])).code).toBe(2);
  });
});

describe('usage', () => {
  it('missing flags and unknown commands exit 2', async () => {
    expect((await mc(['evidence', 'pack'])).code).toBe(2);
    expect((await mc(['evidence', 'verify'])).code).toBe(2);
    expect((await mc(['nope'])).code).toBe(2);
    expect((await mc(['evidence', 'verify', '--bogus', 'x'])).code).toBe(2);
  });
});

describe('unexpected files (notListed)', () => {
  it('the merge over sorted entries answers as a set lookup, and unsorted entries still answer the same (fast-check, 1,000 cases)', async () => {
    const fc = (await import('fast-check')).default;
    const { notListed } = await import('../../src/evidence/verify.js');
    const name = fc.oneof(fc.constantFrom('a', 'a/b', 'a.b', 'a/b/c', 'b', 'é', '😀', 'Z', '\uffff'), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.uniqueArray(name), fc.uniqueArray(name), fc.boolean(), (found, listed, sorted) => {
        found.sort();
        const entries = (sorted ? [...listed].sort() : listed).map((path) => ({ path }));
        const set = new Set(listed);
        expect(notListed(found, entries)).toEqual(found.filter((p) => !set.has(p)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a pack of 17,252 files (verify reads its manifest in many chunks while it hashes)', () => {
  it('writes the payload the reference writes (names that sort around "/", escapes, two descriptions), and verifies', async () => {
    const { buildPack, writePack } = await import('../../src/evidence/pack.js');
    const { readPrivateKeyFile } = await import('../../src/core/ed25519.js');
    const { mediaTypeOf } = await import('../../src/evidence/manifest.js');
    const { rootFromPackedLeaves } = await import('../../src/evidence/merkle.js');
    const { manifestText } = await import('./manifest-ref.js');
    const { createHash } = await import('node:crypto');
    const ws = mkdtempSync(join(tmpdir(), 'mc-pack-stream-'));
    try {
      const made: { path: string; body: string }[] = [];
      // directory names that sort around '/', a few files that need escapes, two descriptions
      for (const d of ['a', 'a.b', 'a-b', 'a0', 'b']) {
        for (const sub of ['x', 'x.y', 'y']) {
          mkdirSync(join(ws, 't', d, sub), { recursive: true });
          for (let i = 0; i < 1150; i++)
            made.push({ path: `t/${d}/${sub}/f${i}${i % 7 === 0 ? '.json' : '.txt'}`, body: `${d}${sub}${i}\n` });
        }
      }
      made.push({ path: 't/q"uote.txt', body: 'q' }, { path: 't/é.txt', body: 'e' }, { path: 't/a0/skip.log', body: 's' });
      for (const m of made) writeFileSync(join(ws, m.path), m.body);
      const exclude = ['**/skip.log'];
      const release = { name: 'big', version: '1', createdAt: '2026-12-01T00:00:00Z' };
      const key = await readPrivateKeyFile(join(process.cwd(), 'examples/keys/dev-not-for-production.pem'));
      const built = await buildPack({
        root: ws,
        patterns: ['t/**'],
        exclude,
        rules: [{ glob: '**/*.json', kind: 'report', labels: { region: 'EU' } }],
        release,
        keys: [key],
      });
      const expected = made
        .filter((m) => !m.path.endsWith('skip.log'))
        .sort((a, b) => (a.path < b.path ? -1 : 1))
        .map((m) => {
          const json = m.path.endsWith('.json');
          return {
            path: m.path,
            sha256: createHash('sha256').update(m.body).digest('hex'),
            size: Buffer.byteLength(m.body),
            kind: json ? 'report' : 'file',
            mediaType: mediaTypeOf(m.path),
            labels: (json ? { region: 'EU' } : {}) as Record<string, string>,
          };
        });
      expect(expected.length).toBeGreaterThan(16384);
      const want = manifestText(expected, release, { patterns: ['t/**'], exclude }, (l, n) =>
        Buffer.from(rootFromPackedLeaves(l, n)).toString('hex'),
      );
      const env = await built.envelope;
      expect(Buffer.from(env.payload, 'base64').equals(want.payload)).toBe(true);
      await writePack(join(ws, 'pack'), built, [key]);
      const r = await mc(['evidence', 'verify', 'pack', '--jwks', join(process.cwd(), 'examples/keys/dev-jwks.json'), '--format', 'json'], {
        cwd: ws,
      });
      expect(r.code, r.stdout.slice(0, 500)).toBe(0);
      expect(JSON.parse(r.stdout).files.ok).toHaveLength(expected.length);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  }, 60_000);

  it('a symbolic link or an unsafe name met after hashing has started fails the pack (exit 2) and writes nothing', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'mc-pack-stream-bad-'));
    try {
      for (let d = 0; d < 12; d++) {
        mkdirSync(join(ws, `t/d${String(d).padStart(2, '0')}`), { recursive: true });
        for (let i = 0; i < 1000; i++) writeFileSync(join(ws, `t/d${String(d).padStart(2, '0')}/f${i}.txt`), `${d} ${i}\n`);
      }
      const key = ['--key', join(process.cwd(), 'examples/keys/dev-not-for-production.pem')];
      // the last directory, walked once 11,000 files are found (streaming starts at 8,192)
      symlinkSync('/etc/hostname', join(ws, 't/d11/zz-link.txt'));
      let r = await mc(['evidence', 'pack', ...key, '--out', 'pack', 't/**'], { cwd: ws });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/t\/d11\/zz-link\.txt is a symbolic link/);
      expect(existsSync(join(ws, 'pack'))).toBe(false);
      rmSync(join(ws, 't/d11/zz-link.txt'));
      // a backslash (a separator on Windows) in a name late in the walk
      writeFileSync(join(ws, 't/d10/back\\slash.txt'), 'x');
      r = await mc(['evidence', 'pack', ...key, '--out', 'pack', 't/**'], { cwd: ws });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/back\\slash\.txt.*a backslash/s);
      expect(existsSync(join(ws, 'pack'))).toBe(false);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  }, 60_000);
});
