/**
 * The `mc canary-score` contract: output shape, exit codes (0 PROMOTE, 1 HOLD/HALT, 2 unusable),
 * the data formats (JSON, CSV, Prometheus query_range, k6), guards, override, clear input errors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mc as run } from '../helpers/cli.js';

const root = resolve(import.meta.dirname, '../..');
const ex = (f: string) => join(root, 'examples/canary-score', f);

/** `mc canary-score ARGS`, in-process, with an empty environment. */
const mc = (args: string[], cwd = root) => run(['canary-score', ...args], { cwd, env: {} });

function tmp(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'mc-canary-'));
  for (const [k, v] of Object.entries(files)) writeFileSync(join(d, k), v);
  return d;
}

describe('mc canary-score', () => {
  it('healthy canary: PROMOTE, exit 0, the contract fields', async () => {
    const r = await mc(['--config', ex('canary.yaml'), '--data', ex('metrics.json'), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j).slice(0, 5)).toEqual(['score', 'classification', 'decision', 'metrics', 'groupScores']);
    expect(j).toMatchObject({ score: 100, classification: 'Pass', decision: 'PROMOTE' });
    expect(j.metrics.map((m: { name: string }) => m.name)).toEqual(['latency_p95', 'latency_p99', 'error_ratio', 'cost_per_1k']);
    for (const m of j.metrics) {
      expect(Object.keys(m)).toEqual(
        expect.arrayContaining(['name', 'classification', 'critical', 'deviation', 'effectSize', 'interval', 'reason']),
      );
      expect(m.reason).toMatch(/: Pass$/);
    }
    expect(j.groupScores).toEqual({ latency: 100, errors: 100, cost: 100 });
  });

  it('regressed canary: HOLD, exit 1, readable reasons and a recommendation', async () => {
    const r = await mc([
      '--config',
      ex('canary.yaml'),
      '--data',
      ex('regression.json'),
      '--format',
      'json',
      '--traffic-weight',
      '20',
      '--bake-minutes',
      '40',
    ]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.decision).toBe('HOLD');
    expect(j.classification).toBe('Fail');
    const p95 = j.metrics.find((m: { name: string }) => m.name === 'latency_p95');
    expect(p95.classification).toBe('High');
    expect(p95.critical).toBe(false); // +13% is below the critical +20%
    expect(p95.reason).toMatch(/^p95 latency 1\d% higher than baseline \(interval \d+% to \d+%\), above the allowed 5%: High$/);
    expect(j.recommendation).toEqual({ trafficWeight: 1, bakeExtensionMinutes: 40, note: expect.stringContaining('minimum weight') });
  });

  it('a Kayenta canary config JSON is accepted as is, under both judges, with the same verdicts here', async () => {
    for (const judge of ['kayenta', 'exact']) {
      const ok = await mc([
        '--config',
        ex('kayenta-canary-config.json'),
        '--data',
        ex('metrics.json'),
        '--judge',
        judge,
        '--format',
        'json',
      ]);
      expect(ok.code).toBe(0);
      const bad = await mc([
        '--config',
        ex('kayenta-canary-config.json'),
        '--data',
        ex('regression.json'),
        '--judge',
        judge,
        '--format',
        'json',
      ]);
      expect(bad.code).toBe(1);
      const j = JSON.parse(bad.stdout);
      expect(j.judge.mode).toBe(judge);
      expect(j.metrics.map((m: { classification: string }) => m.classification)).toEqual(['High', 'High', 'High', 'Pass']);
      expect(j.score).toBe(20);
    }
  });

  it('a halting guard decides HALT even with a passing score', async () => {
    const data = JSON.parse(readFileSync(ex('metrics.json'), 'utf8'));
    data.metrics.error_ratio.canary = data.metrics.error_ratio.canary.map((v: number | null, i: number) => (i >= 60 ? 0.05 : v));
    const d = tmp({ 'd.json': JSON.stringify(data) });
    const r = await mc(['--config', ex('canary.yaml'), '--data', join(d, 'd.json'), '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.decision).toBe('HALT');
    const g = j.guards.find((x: { name: string }) => x.name === 'slo_fast_burn');
    expect(g.level).toBe('breach');
    // mean error ratio 0.05 over the last hour / (1 - 0.999) = burn rate 50; 50 * 3600 / 30 days = 6.9% of the budget
    expect(g.value).toBeCloseTo((0.05 / 0.001) * (3600 / 2592000), 10);
    expect(j.recommendation.trafficWeight).toBe(0);
  });

  it('guards warn at 80% and page at 90% of their limit without changing the decision', async () => {
    const cfg = `metrics:\n  - name: m\nguards:\n  - { name: w, type: rate, metric: m, threshold: 10, action: halt }\n`;
    const vals = (v: number) => JSON.stringify({ metrics: { m: { baseline: Array(60).fill(v), canary: Array(60).fill(v) } } });
    for (const [v, level, code] of [
      [8.5, 'warn', 0],
      [9.5, 'page', 0],
      [10, 'breach', 1],
    ] as const) {
      const d = tmp({ 'c.yaml': cfg, 'd.json': vals(v) });
      const r = await mc(['--config', 'c.yaml', '--data', 'd.json', '--format', 'json'], d);
      const j = JSON.parse(r.stdout);
      expect(j.guards[0].level).toBe(level);
      expect(r.code).toBe(code);
      if (level !== 'breach') expect(j.warnings.join('\n')).toContain(level === 'warn' ? '80%' : '90%');
    }
  });

  it('a manual override is recorded next to the judged decision', async () => {
    const r = await mc([
      '--config',
      ex('canary.yaml'),
      '--data',
      ex('regression.json'),
      '--format',
      'json',
      '--override',
      'promote',
      '--override-reason',
      'known slow cache warm-up, INC-42',
      '--override-by',
      'alice',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.decision).toBe('PROMOTE');
    expect(j.judgedDecision).toBe('HOLD');
    expect(j.override).toEqual({ decision: 'PROMOTE', reason: 'known slow cache warm-up, INC-42', by: 'alice', judgedDecision: 'HOLD' });
    expect((await mc(['--config', ex('canary.yaml'), '--data', ex('regression.json'), '--override', 'PROMOTE'])).code).toBe(2);
  });

  it('reads Prometheus query_range matrices (label version) and k6 --out json points', async () => {
    const d = tmp({
      'p.yaml': 'metrics:\n  - name: latency_p95\n  - name: error_ratio\n    nanStrategy: replace\n',
      'k.yaml': 'metrics:\n  - name: http_req_duration\n',
    });
    const p = await mc(['--config', join(d, 'p.yaml'), '--data', ex('prometheus.json'), '--format', 'json']);
    const pj = JSON.parse(p.stdout);
    expect(pj.metrics[0].baseline.count + pj.metrics[0].baseline.nan).toBe(30);
    expect(pj.metrics[0].canary.count + pj.metrics[0].canary.nan).toBe(30);
    expect(pj.warnings.join('\n')).toMatch(/fewer than 50/);
    const k = await mc(['--config', join(d, 'k.yaml'), '--data', ex('k6.json'), '--format', 'json']);
    const kj = JSON.parse(k.stdout);
    expect([kj.metrics[0].baseline.count, kj.metrics[0].canary.count]).toEqual([60, 60]);
    // another label selects nothing: unusable input, exit 2
    const none = await mc(['--config', join(d, 'k.yaml'), '--data', ex('k6.json'), '--label', 'deployment']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/k6\.json: expected k6 Point lines tagged deployment=baseline or deployment=canary/);
  });

  it('reads a Kayenta MetricSetPair list (control / experiment)', async () => {
    const pairs = [
      {
        name: 'lat',
        id: 'a',
        tags: { zone: 'a' },
        values: {
          control: Array.from({ length: 30 }, (_, i) => 100 + (i % 5)),
          experiment: Array.from({ length: 30 }, (_, i) => 140 + (i % 5)),
        },
      },
      {
        name: 'lat',
        id: 'b',
        tags: { zone: 'b' },
        values: {
          control: Array.from({ length: 30 }, (_, i) => 101 + (i % 5)),
          experiment: [null, ...Array.from({ length: 29 }, (_, i) => 141 + (i % 5))],
        },
      },
    ];
    const d = tmp({ 'c.yaml': 'metrics:\n  - name: lat\n', 'pairs.json': JSON.stringify(pairs) });
    const r = await mc(['--config', 'c.yaml', '--data', 'pairs.json', '--format', 'json'], d);
    const j = JSON.parse(r.stdout);
    expect([r.code, j.metrics[0].classification, j.metrics[0].baseline.count, j.metrics[0].canary.count, j.metrics[0].canary.nan]).toEqual([
      1,
      'High',
      60,
      59,
      1,
    ]);
  });

  it('reads CSV in long and wide form; empty cells are NaN', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => [
      `lat,baseline,${100 + (i % 7)}`,
      `lat,canary,${i === 3 ? '' : 130 + (i % 7)}`,
    ]).flat();
    const wide = Array.from({ length: 60 }, (_, i) => `lat,${100 + (i % 7)},${130 + (i % 7)}`);
    const d = tmp({
      'c.yaml': 'metrics:\n  - name: lat\n    direction: increase\n',
      'long.csv': ['metric,side,value', ...rows].join('\n'),
      'wide.csv': ['metric,baseline,canary', ...wide].join('\n'),
    });
    for (const f of ['long.csv', 'wide.csv']) {
      const r = await mc(['--config', 'c.yaml', '--data', f, '--format', 'json'], d);
      expect(r.code).toBe(1);
      const j = JSON.parse(r.stdout);
      expect(j.metrics[0].classification).toBe('High');
      expect(j.metrics[0].canary.nan).toBe(f === 'long.csv' ? 1 : 0);
    }
  });

  it('writes the JSON report atomically and never overwrites it', async () => {
    const d = tmp({});
    const args = [
      '--config',
      ex('canary.yaml'),
      '--data',
      ex('metrics.json'),
      '--out',
      join(d, 'evidence/canary-score.json'),
      '--summary',
      join(d, 'summary.md'),
    ];
    expect((await mc(args)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(d, 'evidence/canary-score.json'), 'utf8')).decision).toBe('PROMOTE');
    const md = readFileSync(join(d, 'summary.md'), 'utf8');
    expect(md).toContain('| metric |');
    expect(md.match(/```mermaid\nxychart-beta/g)?.length).toBe(4); // one per judged metric
    const again = await mc(args);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/evidence is never overwritten/);
  });

  it('unusable input exits 2 with a message naming file and field, never a stack trace', async () => {
    const d = tmp({
      'dir.yaml': 'metrics:\n  - name: a\n    critical: yes please\n',
      'w.yaml': 'weights: { a: 80, b: 40 }\nmetrics:\n  - name: a\n',
      'ok.yaml': 'metrics:\n  - name: a\n',
      'bad.json': '{"metrics": {"a": {"baseline": [1, "two"], "canary": [1]}}}',
      'nodata.json': '{"metrics": {"zzz": {"baseline": [1], "canary": [1]}}}',
    });
    const cases: [string[], RegExp][] = [
      [['--config', 'dir.yaml', '--data', 'bad.json'], /dir\.yaml: metrics\[0\]\.critical: expected true or false/],
      [['--config', 'w.yaml', '--data', 'bad.json'], /w\.yaml: weights: expected weights summing to at most 100/],
      [
        ['--config', 'ok.yaml', '--data', 'bad.json'],
        /bad\.json: metrics\.a\.baseline\[1\]: expected a finite number or null \(found "two"\)/,
      ],
      [['--config', 'ok.yaml', '--data', 'nodata.json'], /nodata\.json: metrics: expected data for at least one configured metric \(a\)/],
      [['--config', 'ok.yaml', '--data', 'missing.json'], /missing\.json: expected a readable metric data \(found no such file\)/],
      [['--config', 'ok.yaml', '--data', 'bad.json', '--judge', 'fast'], /--judge: expected kayenta or exact/],
      [
        ['--config', 'ok.yaml', '--data', 'bad.json', '--pass', '70', '--marginal', '80'],
        /--marginal \(80\) must not exceed --pass \(70\)/,
      ],
      [['--data', 'bad.json'], /--config is required/],
    ];
    for (const [args, msg] of cases) {
      const r = await mc(args, d);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('a metric the rank test cannot classify (Error) never promotes, although Kayenta leaves it out of the score', async () => {
    const { judgeCanary } = await import('../../src/canary/judge.js');
    const { parseCanaryConfig } = await import('../../src/canary/config.js');
    const config = parseCanaryConfig({ metrics: [{ name: 'ok' }, { name: 'tied' }] }, 'c');
    // n = 1 vs 1 with the Kayenta judge: both constant, noise added, then every value tied at the shift: Error
    const data = {
      step: 60,
      format: 'json' as const,
      metrics: { ok: { baseline: [1, 2, 3, 4, 5, 6], canary: [1, 2, 3, 4, 5, 6.5] }, tied: { baseline: [3], canary: [5] } },
    };
    const r = judgeCanary(config, data, { judge: 'kayenta', pass: 95, marginal: 75 });
    const tied = r.metrics.find((m) => m.name === 'tied')!;
    expect(tied.classification).toBe('Error'); // deterministic: the noise is seeded
    expect(r.score).toBe(100);
    expect(r.decision).toBe('HOLD');
    expect(r.decisionReason).toMatch(/tied could not be classified/);
    // the exact judge takes the noise's limit instead: the interval is [2, 2], High
    expect(judgeCanary(config, data, { judge: 'exact', pass: 95, marginal: 75 }).metrics[1].classification).toBe('High');
  });

  it('no data fails closed: every metric Nodata scores 0 and holds', async () => {
    const d = tmp({
      'c.yaml': 'metrics:\n  - name: a\n  - name: b\n',
      'd.json': '{"metrics": {"a": {"baseline": [null, null], "canary": [1, 2]}, "b": {"baseline": [], "canary": []}}}',
    });
    const r = await mc(['--config', 'c.yaml', '--data', 'd.json', '--format', 'json'], d);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.metrics.map((m: { classification: string }) => m.classification)).toEqual(['Nodata', 'Nodata']);
    expect(j.score).toBe(0);
    expect(j.scoreReason).toMatch(/50% or more metrics returned NODATA/);
  });
});
