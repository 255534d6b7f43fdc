/**
 * The bundled action (actions/canary-score/dist) run as the GitHub runner runs it, through the
 * runner-contract harness: outputs, job summary, annotations, exit codes.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBuiltAction } from '../harness/runner.js';

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'mc-canary-ws-'));
  cpSync(join(repoRoot, 'examples/canary-score'), join(ws, 'canary'), { recursive: true });
  return ws;
}

describe('actions/canary-score (bundle, runner contract)', () => {
  it('PROMOTE: exit 0, outputs usable in if:, summary with table and charts, report written', async () => {
    const ws = workspace();
    const r = await runBuiltAction('canary-score', {
      workspace: ws,
      inputs: { config: 'canary/canary.yaml', data: 'canary/metrics.json', report: 'evidence/canary-score.json' },
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      decision: 'PROMOTE',
      score: '100',
      classification: 'Pass',
      promote: 'true',
      hold: 'false',
      halt: 'false',
      'failed-metrics': '',
      overridden: 'false',
      report: 'evidence/canary-score.json',
    });
    expect(r.summary).toContain('## Canary score: PROMOTE');
    expect(r.summary).toMatch(/\| ✅ \| p95 latency \| Pass \|/);
    expect(r.summary.match(/xychart-beta/g)).toHaveLength(4);
    expect(JSON.parse(readFileSync(join(ws, 'evidence/canary-score.json'), 'utf8')).decision).toBe('PROMOTE');
  });

  it('HOLD: exit 1, failing metrics annotated at their line in the config, recommendation in outputs', async () => {
    const ws = workspace();
    const r = await runBuiltAction('canary-score', {
      workspace: ws,
      inputs: { config: 'canary/canary.yaml', data: 'canary/regression.json', 'traffic-weight': '25' },
      env: { GITHUB_ACTOR: 'alice' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({
      decision: 'HOLD',
      hold: 'true',
      classification: 'Fail',
      'next-traffic-weight': '1',
      'failed-metrics': 'latency_p95,latency_p99,error_ratio',
    });
    const ann = r.annotations.filter((a) => a.level === 'error' && a.props.file === 'canary/canary.yaml');
    expect(ann.map((a) => [a.props.title, a.props.line])).toEqual([
      ['canary-score: latency_p95 High', '12'],
      ['canary-score: latency_p99 High', '20'],
      ['canary-score: error_ratio High', '26'],
    ]);
    expect(ann[0].message).toMatch(/^p95 latency \d+% higher than baseline/);
    expect(r.summary).toContain('**Recommendation**: set canary traffic to **1%**');
  });

  it('HOLD with fail-on-hold false exits 0; an override is recorded with its author', async () => {
    const ws = workspace();
    const soft = await runBuiltAction('canary-score', {
      workspace: ws,
      inputs: { config: 'canary/canary.yaml', data: 'canary/regression.json', 'fail-on-hold': 'false' },
    });
    expect([soft.exitCode, soft.outputs.decision]).toEqual([0, 'HOLD']);
    const o = await runBuiltAction('canary-score', {
      workspace: ws,
      inputs: {
        config: 'canary/canary.yaml',
        data: 'canary/regression.json',
        override: 'PROMOTE',
        'override-reason': 'INC-42 cache warm-up',
      },
      env: { GITHUB_ACTOR: 'alice' },
    });
    expect([o.exitCode, o.outputs.decision, o.outputs.overridden]).toEqual([0, 'PROMOTE', 'true']);
    expect(o.summary).toMatch(/\*\*Manual override\*\* recorded: PROMOTE by alice \(judged HOLD\): INC-42 cache warm-up/);
  });

  it('unusable input: exit 2, one annotated error line, no stack trace', async () => {
    const ws = workspace();
    const r = await runBuiltAction('canary-score', { workspace: ws, inputs: { config: 'canary/canary.yaml', data: 'canary/nope.json' } });
    expect(r.exitCode).toBe(2);
    expect(r.annotations[0]).toMatchObject({
      level: 'error',
      message: expect.stringMatching(/nope\.json: expected a readable metric data \(found no such file\)/),
    });
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a bad fail-on-hold is exit 2 up front, whatever the decision (PROMOTE, HOLD) would be', async () => {
    const ws = workspace();
    for (const data of ['canary/metrics.json', 'canary/regression.json']) {
      const r = await runBuiltAction('canary-score', {
        workspace: ws,
        inputs: { config: 'canary/canary.yaml', data, 'fail-on-hold': 'maybe' },
      });
      expect(r.exitCode, data).toBe(2);
      expect(r.annotations[0]).toMatchObject({
        level: 'error',
        message: expect.stringMatching(/input 'fail-on-hold': expected true or false, found 'maybe'/),
      });
      expect(r.outputs.decision).toBeUndefined();
    }
  });
});
