/**
 * issue 16: one settings module for canary-score. The same bad value, given through the action and
 * through the CLI, is reported with the name the user typed: `input 'pass'` and `--pass`.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBuiltAction } from '../harness/runner.js';
import { mc } from '../helpers/cli.js';
import { canarySettings, CANARY_SETTING_NAMES } from '../../src/canary/settings.js';

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'mc-canary-settings-'));
  cpSync(join(repoRoot, 'examples/canary-score'), join(ws, 'canary'), { recursive: true });
  return ws;
}

const cases: { input: string; value: string; extra?: Record<string, string>; msg: string }[] = [
  { input: 'pass', value: 'lots', msg: "expected a number from 0 to 100, found 'lots'" },
  { input: 'traffic-weight', value: '120', msg: "expected a number from 0 to 100, found '120'" },
  { input: 'judge', value: 'fast', msg: "expected kayenta or exact, found 'fast'" },
  { input: 'marginal', value: '90', extra: { pass: '80' }, msg: '(90) must not exceed' },
];

describe('canary-score settings: messages name the input in the action and the flag in the CLI', () => {
  for (const c of cases) {
    it(`${c.input}=${c.value}`, async () => {
      const ws = workspace();
      const inputs = { config: 'canary/canary.yaml', data: 'canary/metrics.json', [c.input]: c.value, ...c.extra };
      const a = await runBuiltAction('canary-score', { workspace: ws, inputs });
      expect(a.exitCode).toBe(2);
      expect(a.stdout + a.stderr).toContain(`input '${c.input}'`);
      expect(a.stdout + a.stderr).toContain(c.msg);
      expect(a.stdout + a.stderr).not.toContain(`--${c.input}`);

      const args = Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v]);
      const r = await mc(['canary-score', ...args], { cwd: ws });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--${c.input}`);
      expect(r.stderr).toContain(c.msg);
      expect(r.stderr).not.toContain(`input '${c.input}'`);
    });
  }

  it('the override needs its reason, named as the user names both', () => {
    expect(() => canarySettings({ override: 'PROMOTE' }, (f) => `input '${CANARY_SETTING_NAMES[f]}'`)).toThrow(
      "input 'override' needs input 'override-reason'",
    );
    expect(() => canarySettings({ override: 'PROMOTE' }, (f) => `--${CANARY_SETTING_NAMES[f]}`)).toThrow(
      '--override needs --override-reason',
    );
  });

  it('unset settings stay unset (the config and the defaults apply later)', () => {
    const s = canarySettings({ pass: '', marginal: undefined, judge: '' }, (f) => f);
    expect(s.pass).toBeUndefined();
    expect(s.marginal).toBeUndefined();
    expect(s.judge).toBeUndefined();
  });
});
