/**
 * issue 16: one settings module for trajectory-golden. The same bad value, given through the action
 * and through the CLI, is reported with the name the user typed (`input 'tool-args'`, `--tool-args`).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltAction } from '../harness/runner.js';
import { mc } from '../helpers/cli.js';
import { trajectorySettings } from '../../src/trajectory/settings.js';

const ws = () => mkdtempSync(join(tmpdir(), 'mc-trajectory-settings-'));

describe('trajectory-golden settings: messages name the input in the action and the flag in the CLI', () => {
  it.each([
    ['mode', 'fuzzy', "found 'fuzzy'"],
    ['tool-args', 'close', "found 'close'"],
    ['input-format', 'xml', "expected one of auto, openai, langchain, otel, react, found 'xml'"],
    ['compat', 'ragas', "expected agentevals or empty, found 'ragas'"],
    ['tool-args-override', 'search', ''],
  ])('%s=%s', async (name, value, msg) => {
    const w = ws();
    const a = await runBuiltAction('trajectory-golden', {
      workspace: w,
      inputs: { golden: 'g.yaml', trajectory: 't.json', [name]: value },
    });
    expect(a.exitCode).toBe(2);
    expect(a.stdout + a.stderr).toContain(`input '${name}'`);
    expect(a.stdout + a.stderr).toContain(msg);
    expect(a.stdout + a.stderr).not.toContain(`--${name}`);

    const r = await mc(['trajectory-golden', '--golden', 'g.yaml', '--trajectory', 't.json', `--${name}`, value], { cwd: w });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--${name}`);
    expect(r.stderr).toContain(msg);
    expect(r.stderr).not.toContain(`input '${name}'`);
  });

  it('update with compat names both settings', () => {
    expect(() => trajectorySettings({ update: true, compat: 'agentevals' }, (f) => `input '${f}'`)).toThrow(
      "input 'update' cannot be combined with input 'compat' agentevals",
    );
  });

  it('defaults: no overrides of the goldens, format detected, no update', () => {
    expect(trajectorySettings({ mode: '', toolArgs: '', compat: '', inputFormat: '' }, (f) => f)).toEqual({
      toolArgsOverrides: {},
      inputFormat: 'auto',
      update: false,
    });
  });
});
