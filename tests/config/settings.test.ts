/**
 * issue 16: one settings module for config-attest. The same bad value, given through the action and
 * through the CLI, is reported with the name the user typed (the action's `max-baseline-age` is the
 * CLI's `--max-age`).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltAction } from '../harness/runner.js';
import { mc } from '../helpers/cli.js';
import { configSettings } from '../../src/config/settings.js';
import { DEFAULT_LIMITS } from '../../src/config/parse.js';

const ws = () => mkdtempSync(join(tmpdir(), 'mc-config-settings-'));

describe('config-attest settings: messages name the input in the action and the flag in the CLI', () => {
  it.each([
    ['max-baseline-age', 'max-age', 'soon', "expected a maximum age such as 90d, 12h, 30m or a number of seconds (found 'soon')"],
    ['max-file-bytes', 'max-file-bytes', '1MB', "expected a non-negative integer, found '1MB'"],
  ])('verify with %s=%s', async (input, cliFlag, value, msg) => {
    const w = ws();
    const a = await runBuiltAction('config-attest', {
      workspace: w,
      inputs: { mode: 'verify', environment: 'prod', paths: 'x.yaml', baseline: 'b.jsonl', jwks: 'jwks.json', [input]: value },
    });
    expect(a.exitCode).toBe(2);
    expect(a.stdout + a.stderr).toContain(`input '${input}': ${msg}`);

    const r = await mc(
      ['config-attest', 'verify', '--baseline', 'b.jsonl', '--jwks', 'jwks.json', '--env', 'prod', `--${cliFlag}`, value, 'x.yaml'],
      { cwd: w },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--${cliFlag}: ${msg}`);
    expect(r.stderr).not.toContain(`input '`);
  });

  it('a bad mode names the input', async () => {
    const a = await runBuiltAction('config-attest', { workspace: ws(), inputs: { mode: 'sign', environment: 'prod', paths: 'x.yaml' } });
    expect(a.exitCode).toBe(2);
    expect(a.stdout + a.stderr).toContain("input 'mode': expected snapshot or verify, found 'sign'");
  });

  it('defaults are owned once', () => {
    expect(configSettings({}, (f) => f)).toEqual({ limits: DEFAULT_LIMITS });
    expect(configSettings({ maxFileBytes: '1000', maxBaselineAge: '2h' }, (f) => f)).toEqual({
      limits: { ...DEFAULT_LIMITS, maxFileBytes: 1000 },
      maxAgeSeconds: 7200,
    });
  });
});
