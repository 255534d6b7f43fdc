/**
 * issue 16: one settings module for grounding-check. The same bad value, given through the action
 * and through the CLI, is reported with the name the user typed; the 0.95 default is owned once.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, runBuiltAction } from '../harness/runner.js';
import { mc } from '../helpers/cli.js';
import { DEFAULT_MIN_PASS_RATE, groundingSettings } from '../../src/grounding/settings.js';

const SRC = 'The Early Bird Bundle costs $100/month for the first 20 customers.';
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-grounding-settings-'));
  writeFileSync(
    join(dir, 'cases.jsonl'),
    JSON.stringify({ id: 'a', question: 'Cost?', contexts: [{ id: 'd1', text: SRC }], answer: 'The bundle costs $100 a month.' }) + '\n',
  );
  return dir;
}

const cases: { inputs: Record<string, string>; named: string; other?: string; msg: string }[] = [
  { inputs: { 'min-pass-rate': '1.5' }, named: 'min-pass-rate', msg: "expected a number from 0 to 1, found '1.5'" },
  { inputs: { 'min-pass-rate': 'most' }, named: 'min-pass-rate', msg: "expected a number from 0 to 1, found 'most'" },
  { inputs: { 'judge-url': 'http://127.0.0.1:9' }, named: 'judge-url', other: 'judge-model', msg: 'needs' },
];

describe('grounding-check settings: messages name the input in the action and the flag in the CLI', () => {
  for (const c of cases) {
    it(
      Object.entries(c.inputs)
        .map(([k, v]) => `${k}=${v}`)
        .join(' '),
      async () => {
        const ws = workspace();
        const a = await runBuiltAction('grounding-check', { workspace: ws, inputs: { cases: 'cases.jsonl', ...c.inputs } });
        expect(a.exitCode).toBe(2);
        const aText = a.stdout + a.stderr;
        expect(aText).toContain(`input '${c.named}'`);
        if (c.other) expect(aText).toContain(`input '${c.other}'`);
        expect(aText).toContain(c.msg);
        expect(aText).not.toContain(`--${c.named}`);

        const r = await mc(['grounding-check', '--cases', 'cases.jsonl', ...Object.entries(c.inputs).flatMap(([k, v]) => [`--${k}`, v])], {
          cwd: ws,
        });
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(`--${c.named}`);
        if (c.other) expect(r.stderr).toContain(`--${c.other}`);
        expect(r.stderr).toContain(c.msg);
        expect(r.stderr).not.toContain(`input '${c.named}'`);
      },
    );
  }

  it('the default pass rate is owned once and is the one action.yml documents', () => {
    expect(groundingSettings({}, (f) => f).minPassRate).toBe(DEFAULT_MIN_PASS_RATE);
    expect(groundingSettings({ minPassRate: '' }, (f) => f).minPassRate).toBe(DEFAULT_MIN_PASS_RATE);
    const yml = parse(readFileSync(join(repoRoot, 'actions/grounding-check/action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    expect(Number(yml.inputs['min-pass-rate'].default)).toBe(DEFAULT_MIN_PASS_RATE);
  });

  it('a judge cache needs its key, named as the user gives it', () => {
    const raw = { judgeUrl: 'http://127.0.0.1:9', judgeModel: 'm', judgeCache: '/tmp/c.json' };
    expect(() => groundingSettings(raw, (f) => `input '${f}'`)).toThrow("input 'judgeCache' needs input 'judgeCacheKey' (a secret)");
    expect(groundingSettings({ ...raw, judgeCacheKey: 'k'.repeat(16) }, (f) => f).judge).toMatchObject({
      url: raw.judgeUrl,
      model: 'm',
      cacheFile: raw.judgeCache,
    });
  });
});
