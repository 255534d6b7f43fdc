/**
 * issue 16: one settings module for evidence-pack. The same bad value, given through the action and
 * through the CLI, is reported with the name the user typed (`input 'threshold'`, `--threshold`).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBuiltAction } from '../harness/runner.js';
import { mc } from '../helpers/cli.js';
import { evidenceSettings } from '../../src/evidence/settings.js';

const KEY = join(repoRoot, 'examples/keys/dev-not-for-production.pem');
const JWKS = join(repoRoot, 'examples/keys/dev-jwks.json');

/** A workspace with a signed pack in `evidence-pack/` (made with the CLI). */
async function packed(): Promise<string> {
  const ws = mkdtempSync(join(tmpdir(), 'mc-evidence-settings-'));
  writeFileSync(join(ws, 'report.json'), '{"ok": true}\n');
  const r = await mc(['evidence', 'pack', '--key', KEY, '--out', 'evidence-pack', 'report.json'], { cwd: ws });
  expect(r.code, r.stderr).toBe(0);
  return ws;
}

describe('evidence-pack settings: messages name the input in the action and the flag in the CLI', () => {
  it.each([
    ['threshold', 'two', "expected a whole number >= 1, found 'two'"],
    ['threshold', '0', "expected a whole number >= 1, found '0'"],
    ['max-age', 'soon', "expected a duration such as 90s, 15m, 24h or 7d, found 'soon'"],
  ])('verify with %s=%s', async (name, value, msg) => {
    const ws = await packed();
    const a = await runBuiltAction('evidence-pack', { workspace: ws, inputs: { mode: 'verify', jwks: JWKS, [name]: value } });
    expect(a.exitCode).toBe(2);
    expect(a.stdout + a.stderr).toContain(`input '${name}': ${msg}`);

    const r = await mc(['evidence', 'verify', 'evidence-pack', '--jwks', JWKS, `--${name}`, value], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--${name}: ${msg}`);
    expect(r.stderr).not.toContain(`input '${name}'`);
  });

  it('a malformed kind rule names input kinds / --kind', async () => {
    const ws = await packed();
    const a = await runBuiltAction('evidence-pack', {
      workspace: ws,
      inputs: { mode: 'pack', key: readFileSync(KEY, 'utf8'), paths: 'report.json', output: 'p2', kinds: 'report.json' },
    });
    expect(a.exitCode).toBe(2);
    expect(a.stdout + a.stderr).toContain("input 'kinds': kind rule 'report.json': expected GLOB=KIND");
    const r = await mc(['evidence', 'pack', '--key', KEY, '--out', 'p3', '--kind', 'report.json', 'report.json'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--kind: kind rule 'report.json': expected GLOB=KIND");
  });

  it('defaults: mode pack, upload auto, threshold 1, no policy settings', () => {
    expect(evidenceSettings({ mode: '', upload: '', threshold: '' }, (f) => f)).toEqual({
      mode: 'pack',
      upload: 'auto',
      rules: [],
      threshold: 1,
      requireKinds: [],
    });
    expect(evidenceSettings({ requireKinds: ' sbom, ,slo-snapshot', maxAge: '24h' }, (f) => f)).toMatchObject({
      requireKinds: ['sbom', 'slo-snapshot'],
      maxAgeSeconds: 86400,
    });
    expect(() => evidenceSettings({ mode: 'sign' }, (f) => `input '${f}'`)).toThrow(
      "input 'mode': expected pack, verify or disclose, found 'sign'",
    );
  });
});
