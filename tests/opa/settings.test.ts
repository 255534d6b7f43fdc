/**
 * issue 16: one settings module for opa-sim. The same bad combination, given through the action and
 * through the CLI, is reported with the names the user typed (`input 'namespace'`, `--namespace`).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltAction } from '../harness/runner.js';
import { mc } from '../helpers/cli.js';
import { opaSettings } from '../../src/opa/settings.js';

const ws = () => mkdtempSync(join(tmpdir(), 'mc-opa-settings-'));

describe('opa-sim settings: messages name the input in the action and the flag in the CLI', () => {
  it('a decision and conftest namespaces together', async () => {
    const w = ws();
    const a = await runBuiltAction('opa-sim', {
      workspace: w,
      inputs: { policy: 'p.rego', decision: 'data.x.allow', namespace: 'main', input: 'in.json' },
    });
    expect(a.exitCode).toBe(2);
    expect(a.stdout + a.stderr).toContain("give either a decision (input 'decision') or conftest namespaces (input 'namespace'), not both");

    const r = await mc(['opa-sim', '--policy', 'p.rego', '--decision', 'data.x.allow', '--namespace', 'main', '--input', 'in.json'], {
      cwd: w,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give either a decision (--decision) or conftest namespaces (--namespace), not both');
    expect(r.stderr).not.toContain("input '");
  });

  it('a decision with all-namespaces names that setting', async () => {
    const a = await runBuiltAction('opa-sim', {
      workspace: ws(),
      inputs: { policy: 'p.rego', decision: 'data.x.allow', 'all-namespaces': 'true', input: 'in.json' },
    });
    expect(a.exitCode).toBe(2);
    expect(a.stdout + a.stderr).toContain("conftest namespaces (input 'all-namespaces')");
    const r = await mc(['opa-sim', '--policy', 'p.rego', '--decision', 'data.x.allow', '--all-namespaces', '--input', 'in.json'], {
      cwd: ws(),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('conftest namespaces (--all-namespaces)');
  });

  it('no policy names the setting; defaults are false', () => {
    expect(() => opaSettings({}, (f) => `input '${f}'`)).toThrow("no policy given (input 'policy' PATH)");
    expect(opaSettings({ policy: ['p'], decision: '', namespaces: [] }, (f) => f)).toEqual({
      policy: ['p'],
      allNamespaces: false,
      failOnWarn: false,
      v0Compatible: false,
    });
  });
});
