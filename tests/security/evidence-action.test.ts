// Issue 19 through the evidence-pack action as the runner runs it (tests/harness/runner.ts, the built
// bundle): a secret key input is never printed, even in part, in stdout, stderr or the job summary;
// `upload` accepts only auto, true or false; disclose needs trusted keys and a signing key.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBuiltAction } from '../harness/runner.js';

const devKey = readFileSync(join(repoRoot, 'examples/keys/dev-not-for-production.pem'), 'utf8');
const devJwks = join(repoRoot, 'examples/keys/dev-jwks.json');

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'mc-ep-sec-'));
  mkdirSync(join(ws, 'reports/us'), { recursive: true });
  writeFileSync(join(ws, 'reports/us/slo.json'), '{"p95_ms": 118}\n');
  writeFileSync(join(ws, 'reports/gate.md'), '# gates\n');
  return ws;
}

describe('evidence-pack action: hostile input', () => {
  it.each([
    ['wrong kty and crv', { kty: 'SECRETKTYq7Zp', crv: 'SECRETCRVx2Wd', x: 'SECRETXk3Jd', d: 'SECRETDz8Qm' }],
    ['a wrong crv', { kty: 'OKP', crv: 'SECRETCRVx2Wd', x: 'SECRETXk3Jd', d: 'SECRETDz8Qm' }],
    ['use enc', { kty: 'OKP', crv: 'Ed25519', use: 'SECRETUSEq7Zp', x: 'SECRETXk3Jd', d: 'SECRETDz8Qm' }],
  ])('a private JWK with %s: exit 2, and no fragment of it in stdout, stderr or the summary', async (_what, jwk) => {
    const ws = workspace();
    // pretty-printed: the runner masks the whole secret and each line, not the members' values
    const secret = JSON.stringify(jwk, null, 1);
    const r = await runBuiltAction('evidence-pack', { workspace: ws, inputs: { paths: 'reports/**', key: secret, upload: 'false' } });
    expect(r.exitCode).toBe(2);
    const visible = [
      r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
      r.stderr,
      r.summary,
    ].join('\n');
    for (const f of ['SECRET', 'q7Zp', 'x2Wd', 'k3Jd', 'z8Qm']) expect(visible).not.toContain(f);
    expect(r.annotations[0].message).toMatch(/input 'key'/);
  });

  it('upload: maybe is unusable input (exit 2) before anything is packed', async () => {
    const ws = workspace();
    const r = await runBuiltAction('evidence-pack', { workspace: ws, inputs: { paths: 'reports/**', key: devKey, upload: 'maybe' } });
    expect(r.exitCode).toBe(2);
    expect(r.annotations[0].message).toMatch(/input 'upload': expected auto, true or false, found 'maybe'/);
    expect(existsSync(join(ws, 'evidence-pack'))).toBe(false);
  });

  it('disclose needs a trusted jwks and a signing key (exit 2), then writes a signed disclosure that verifies', async () => {
    const ws = workspace();
    expect(
      (
        await runBuiltAction('evidence-pack', {
          workspace: ws,
          inputs: { paths: 'reports/**', labels: 'reports/us/**=region=US', key: devKey, upload: 'false' },
        })
      ).exitCode,
    ).toBe(0);
    const noJwks = await runBuiltAction('evidence-pack', {
      workspace: ws,
      inputs: { mode: 'disclose', 'pack-dir': 'evidence-pack', output: 'disc', region: 'US', key: devKey, upload: 'false' },
    });
    expect(noJwks.exitCode).toBe(2);
    expect(noJwks.annotations[0].message).toMatch(/input 'jwks' \(the trusted keys\) is required/);
    const noKey = await runBuiltAction('evidence-pack', {
      workspace: ws,
      inputs: { mode: 'disclose', 'pack-dir': 'evidence-pack', output: 'disc', region: 'US', jwks: devJwks, upload: 'false' },
    });
    expect(noKey.exitCode).toBe(2);
    const ok = await runBuiltAction('evidence-pack', {
      workspace: ws,
      inputs: { mode: 'disclose', 'pack-dir': 'evidence-pack', output: 'disc', region: 'US', jwks: devJwks, key: devKey, upload: 'false' },
    });
    expect(ok.exitCode).toBe(0);
    const v = await runBuiltAction('evidence-pack', { workspace: ws, inputs: { mode: 'verify', 'pack-dir': 'disc', jwks: devJwks } });
    expect(v.exitCode).toBe(0);
    expect(v.outputs.result).toBe('verified');
  });

  it('a misspelled policy is exit 2 naming file and key; a valid one is applied (ajv loads in the bundle)', async () => {
    const ws = workspace();
    expect(
      (
        await runBuiltAction('evidence-pack', {
          workspace: ws,
          inputs: { paths: 'reports/**', kinds: 'reports/us/slo.json=slo-snapshot', key: devKey, upload: 'false' },
        })
      ).exitCode,
    ).toBe(0);
    writeFileSync(join(ws, 'policy.yaml'), 'requird: [slo-snapshot, gate-report]\n');
    const bad = await runBuiltAction('evidence-pack', { workspace: ws, inputs: { mode: 'verify', jwks: devJwks, policy: 'policy.yaml' } });
    expect(bad.exitCode).toBe(2);
    expect(bad.annotations[0].message).toMatch(
      /policy\.yaml: requird: expected no property 'requird' \(not in the evidence policy schema; known here: required, max-age\)/,
    );
    writeFileSync(join(ws, 'policy.yaml'), 'required: [slo-snapshot, gate-report]\n');
    const missing = await runBuiltAction('evidence-pack', {
      workspace: ws,
      inputs: { mode: 'verify', jwks: devJwks, policy: 'policy.yaml' },
    });
    expect(missing.exitCode).toBe(1);
    expect(missing.summary).toMatch(/required evidence kinds missing: gate-report/);
  });

  it('threshold must be a whole number >= 1 (exit 2)', async () => {
    const ws = workspace();
    expect(
      (await runBuiltAction('evidence-pack', { workspace: ws, inputs: { paths: 'reports/**', key: devKey, upload: 'false' } })).exitCode,
    ).toBe(0);
    const r = await runBuiltAction('evidence-pack', { workspace: ws, inputs: { mode: 'verify', jwks: devJwks, threshold: '0' } });
    expect(r.exitCode).toBe(2);
  });
});
