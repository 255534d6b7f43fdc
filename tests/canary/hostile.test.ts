/**
 * Issue 19, item 2 (canary-score false accepts), each reproduced as reported:
 * a critical failure under thresholds pass 0 / marginal 0, a negative baseline mean read as a
 * decrease, values near 1e308 overflowing to NaN, infinite samples read as missing points, and
 * metric or group names that are Object.prototype keys.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mc as run } from '../helpers/cli.js';
import {
  classifyMetric,
  defaultSettings,
  judgeCanary,
  meanRatio,
  parseCanaryConfig,
  parseMetricData,
  weightedSumScore,
} from '../../src/canary/index.js';
import { mean } from '../../src/canary/stats.js';

/** `mc canary-score ARGS`, in-process, with an empty environment. */
const mc = (args: string[], cwd: string) => run(['canary-score', ...args], { cwd, env: {} });

function tmp(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'mc-canary-hostile-'));
  for (const [k, v] of Object.entries(files)) writeFileSync(join(d, k), v);
  return d;
}

/** 60 points around x with a little spread (no ties across sides). */
const around = (x: number, spread = 0.1) => Array.from({ length: 60 }, (_, i) => x + (i % 7) * spread);

describe('critical failures fail whatever the score thresholds', () => {
  it('thresholds pass 0 / marginal 0: a critical metric classified High holds (exit 1), classification Fail', async () => {
    const d = tmp({
      'c.yaml': 'thresholds: { pass: 0, marginal: 0 }\nmetrics:\n  - name: lat\n    critical: true\n  - name: ok\n',
      'd.json': JSON.stringify({
        metrics: { lat: { baseline: around(100), canary: around(200) }, ok: { baseline: around(5), canary: around(5) } },
      }),
    });
    const r = await mc(['--config', 'c.yaml', '--data', 'd.json', '--format', 'json'], d);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.metrics[0]).toMatchObject({ name: 'lat', classification: 'High', critical: true });
    expect(j).toMatchObject({ score: 0, classification: 'Fail', decision: 'HOLD' });
    expect(j.decisionReason).toMatch(/Canary Failed: lat .* \(critical\)/);
    // the same on the command line thresholds
    const cli = await mc(['--config', 'c.yaml', '--data', 'd.json', '--pass', '0', '--marginal', '0', '--format', 'json'], d);
    expect(JSON.parse(cli.stdout).decision).toBe('HOLD');
  });

  it('50% or more Nodata is Fail at pass 0 too; a normal zero score at pass 0 still passes (thresholds keep their meaning)', () => {
    const cfg = parseCanaryConfig({ metrics: [{ name: 'a' }, { name: 'b' }] }, 'c');
    const nodata = judgeCanary(
      cfg,
      { step: 60, format: 'json', metrics: { a: { baseline: around(1), canary: around(1) } } },
      { judge: 'exact', pass: 0, marginal: 0 },
    );
    expect(nodata.classification).toBe('Fail');
    expect(nodata.decision).toBe('HOLD');
    // non-critical High everywhere: score 0 >= pass 0 is a Pass, as Kayenta's ThresholdScoreClassifier
    const high = judgeCanary(
      cfg,
      {
        step: 60,
        format: 'json',
        metrics: { a: { baseline: around(1), canary: around(9) }, b: { baseline: around(1), canary: around(9) } },
      },
      { judge: 'exact', pass: 0, marginal: 0 },
    );
    expect(high.score).toBe(0);
    expect(high.classification).toBe('Pass');
  });

  it('the scorer marks a forced 0 as failed', () => {
    const m = (label: 'Pass' | 'High', critical: boolean) => ({ name: label, label, groups: ['g'], critical });
    expect(weightedSumScore([m('Pass', false), m('High', true)], {}).failed).toBe(true);
    expect(weightedSumScore([m('Pass', false), m('High', false)], {}).failed).toBe(false);
  });
});

describe('effect direction comes from canary - baseline', () => {
  it('a baseline mean slightly below zero and a canary 50 units higher is an increase: High, never "lower"', async () => {
    const baseline = around(-0.30001); // mean about -0.00001
    const canary = baseline.map((v) => v + 50);
    expect(mean(baseline)).toBeLessThan(0);
    expect(meanRatio(baseline, canary)).toBeNaN(); // no ratio to a negative baseline
    const d = tmp({
      'c.yaml': 'thresholds: { pass: 95, marginal: 75 }\nmetrics:\n  - name: m\n    direction: increase\n',
      'd.json': JSON.stringify({ metrics: { m: { baseline, canary } } }),
    });
    for (const judge of ['exact', 'kayenta']) {
      const r = await mc(['--config', 'c.yaml', '--data', 'd.json', '--format', 'json', '--judge', judge], d);
      expect(r.code).toBe(1);
      const j = JSON.parse(r.stdout);
      expect(j.metrics[0].classification).toBe('High');
      expect(j.metrics[0].reason).toMatch(
        /^m 50(\.\d+)? higher than baseline \(baseline mean -[\d.e-]+: no ratio to a negative baseline\)/,
      );
      expect(j.metrics[0].reason).not.toMatch(/lower/);
      expect(j.decision).toBe('HOLD');
    }
  });

  it('direction decrease: a negative baseline and a lower canary is Low; a higher canary is not judged', () => {
    const s = { ...defaultSettings(), direction: 'decrease' as const };
    const baseline = around(-10);
    expect(
      classifyMetric(
        baseline,
        baseline.map((v) => v - 50),
        s,
        { judge: 'exact' },
      ).label,
    ).toBe('Low');
    expect(
      classifyMetric(
        baseline,
        baseline.map((v) => v + 50),
        s,
        { judge: 'exact' },
      ).label,
    ).toBe('Pass');
  });

  it("with a positive baseline mean the ratio keeps Kayenta's value, and its sign agrees with the difference", () => {
    expect(meanRatio([2, 4], [6, 6])).toBe(2);
    expect(meanRatio([1e-12, 1e-12], [50, 50])).toBeGreaterThan(1);
    expect(meanRatio([0, 0], [1, 2])).toBeNaN();
    expect(meanRatio([1, 2], [0, 0])).toBeNaN();
    expect(meanRatio([4, 4], [-2, -2])).toBe(-0.5); // lower canary: ratio below 1
  });
});

describe('values near the largest double', () => {
  it('means do not overflow', () => {
    expect(mean([1.7e308, 1.7e308, 1.7e308])).toBe(1.7e308);
    expect(mean([1.7e308, -1.7e308])).toBe(0);
    expect(Number.isFinite(mean(Array.from({ length: 1001 }, (_, i) => 1.79e308 - i * 1e300)))).toBe(true);
    expect(mean([1, 2, 3, 4])).toBe(2.5); // the ordinary path is unchanged
  });

  it('a representable shift between huge samples is judged (High), not NaN', () => {
    const baseline = around(1.0e308, 1e300);
    const canary = around(1.5e308, 1e300);
    for (const judge of ['exact', 'kayenta'] as const) {
      const c = classifyMetric(baseline, canary, defaultSettings(), { judge });
      expect(c.label).toBe('High');
      expect(Number.isFinite(c.interval!.lower) && Number.isFinite(c.interval!.upper)).toBe(true);
      expect(c.interval!.lower).toBeGreaterThan(0);
    }
  });

  it('a shift beyond the range of a double is an Error and holds; it never passes', async () => {
    const baseline = around(0).map((_, i) => (i % 2 ? 1 : -1) * 1.7e308);
    const canary = around(0).map((_, i) => 1.79e308 - i * 1e300);
    const d = tmp({
      'c.yaml': 'thresholds: { pass: 0, marginal: 0 }\nmetrics:\n  - name: big\n',
      'd.json': JSON.stringify({ metrics: { big: { baseline, canary } } }),
    });
    const r = await mc(['--config', 'c.yaml', '--data', 'd.json', '--format', 'json'], d);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.metrics[0].classification).toBe('Error');
    expect(j.metrics[0].reason).toMatch(/beyond the range of a double/);
    expect(j.decision).toBe('HOLD');
  });

  it('an infinite sample is unusable input (exit 2), never a missing point', () => {
    const prom = (v: string) =>
      JSON.stringify({
        status: 'success',
        data: {
          resultType: 'matrix',
          result: [
            {
              metric: { __name__: 'lat', version: 'canary' },
              values: [
                [1, '1'],
                [2, v],
              ],
            },
            { metric: { __name__: 'lat', version: 'baseline' }, values: [[1, '1']] },
          ],
        },
      });
    expect(() => parseMetricData(prom('+Inf'), 'p.json')).toThrow(
      /p\.json: data\.data\.result\[0\]\.values\[1\]\[1\]: expected a finite value/,
    );
    expect(() => parseMetricData(prom('-Inf'), 'p.json')).toThrow(/expected a finite value/);
    expect(parseMetricData(prom('NaN'), 'p.json').metrics.lat.canary).toEqual([1, NaN]);
    expect(() => parseMetricData('{"metrics": {"a": {"baseline": [1e999], "canary": [1]}}}', 'd.json')).toThrow(
      /metrics\.a\.baseline\[0\]: expected a finite number/,
    );
    const k6 = '{"type":"Point","metric":"lat","data":{"time":"2024-01-01T00:00:00Z","value":1e999,"tags":{"version":"canary"}}}\n';
    expect(() => parseMetricData(k6, 'k.json')).toThrow(
      /k\.json:1: data\.value: expected a k6 Point with metric and a finite numeric data\.value/,
    );
  });
});

describe('names that are Object.prototype keys', () => {
  it('metric data named __proto__ / constructor are ordinary metrics', () => {
    const d = parseMetricData(
      '{"metrics": {"__proto__": {"baseline": [1, 2], "canary": [3, 4]}, "constructor": {"baseline": [1], "canary": [2]}}}',
      'd.json',
    );
    expect(Object.keys(d.metrics).sort()).toEqual(['__proto__', 'constructor']);
    expect(d.metrics['__proto__'].canary).toEqual([3, 4]);
    const csv = parseMetricData('metric,baseline,canary\n__proto__,1,2\n', 'd.csv');
    expect(Object.keys(csv.metrics)).toEqual(['__proto__']);
  });

  it('a configured metric "toString" without data is no data, not Object.prototype.toString', () => {
    const cfg = parseCanaryConfig({ metrics: [{ name: 'toString', critical: true }, { name: 'a' }] }, 'c');
    const r = judgeCanary(cfg, parseMetricData('{"metrics": {"a": {"baseline": [1, 2, 3], "canary": [1, 2, 3]}}}', 'd.json'), {
      judge: 'exact',
      pass: 95,
      marginal: 75,
    });
    expect(r.metrics[0].classification).toBe('Nodata');
    expect(r.decision).toBe('HOLD'); // a critical metric without data fails
  });

  it('a group named constructor gets the calculated weight, not Object.prototype.constructor', () => {
    const m = (name: string, label: 'Pass' | 'High', g: string) => ({ name, label, groups: [g], critical: false });
    expect(weightedSumScore([m('a', 'Pass', 'constructor'), m('b', 'High', 'other')], { other: 50 }).score).toBe(50);
  });
});

describe('the canary config is validated against schemas/canary-config.schema.json', () => {
  it('the bundled examples (our YAML and a Kayenta canary config JSON) are valid', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const ex = (f: string) => readFileSync(join(import.meta.dirname, '../../examples/canary-score', f), 'utf8');
    expect(() => parseCanaryConfig(parse(ex('canary.yaml')), 'canary.yaml')).not.toThrow();
    expect(() => parseCanaryConfig(JSON.parse(ex('kayenta-canary-config.json')), 'kayenta-canary-config.json')).not.toThrow();
  });

  it.each([
    [
      { metrics: [{ name: 'a', critcal: true }] },
      /c\.yaml: metrics\[0\]\.critcal: expected no property 'critcal' \(not in the canary config schema; known here: name, .*critical/,
    ],
    [
      { metrics: [{ name: 'a', direction: 'sideways' }] },
      /c\.yaml: metrics\[0\]\.direction: expected one of increase, decrease, either \(found "sideways"\)/,
    ],
    [
      { metrics: [{ name: 'a', analysisConfigurations: { canary: { direction: 'up' } } }] },
      /metrics\[0\]\.analysisConfigurations\.canary\.direction: expected one of increase, decrease, either/,
    ],
    [
      { metrics: [{ name: 'a', analysisConfigurations: { canary: { critcal: true } } }] },
      /metrics\[0\]\.analysisConfigurations\.canary\.critcal: expected no property 'critcal'/,
    ],
    [{ metrics: [{ name: 'a', effectSize: { allowedIncrese: 1.1 } }] }, /metrics\[0\]\.effectSize\.allowedIncrese: expected no property/],
    [{ metrics: [{ name: 'a', nanStrategy: 'zero' }] }, /metrics\[0\]\.nanStrategy: expected one of remove, replace/],
    [
      { metrics: [{ name: 'a', maxIncrease: 'five' }] },
      /metrics\[0\]\.maxIncrease: expected a number \(or a numeric string such as 5%\) \(found "five"\)/,
    ],
    [{ metrics: [{ name: 'a' }], thresholds: { pass: 90, marginl: 3 } }, /thresholds\.marginl: expected no property 'marginl'/],
    [
      { metrics: [{ name: 'a' }], guards: [{ name: 'g', metric: 'a', action: 'explode' }] },
      /guards\[0\]\.action: expected one of halt, pause, warn, page/,
    ],
    [{ metrics: [{ name: 'a' }], judge: 'fast' }, /judge: expected one of kayenta, exact/],
    [{ metrics: [{ name: 'a' }], scoreThresholds: { pass: 0 } }, /scoreThresholds: expected no property 'scoreThresholds'/],
    [{ canary: { metrics: [{ name: 'a', muted: 'maybe' }] } }, /canary\.metrics\[0\]\.muted: expected true or false/],
    [
      { canary: { metrics: [{ name: 'a' }] }, thresholds: { pass: 0 } },
      /c\.yaml: thresholds: expected no property 'thresholds' beside the top-level canary: block/,
    ],
  ])('refuses %j', (doc, msg) => {
    expect(() => parseCanaryConfig(doc, 'c.yaml')).toThrow(msg);
  });

  it('Kayenta classifier.scoreThresholds are honoured when thresholds is absent', () => {
    const cfg = parseCanaryConfig(
      { metrics: [{ name: 'a' }], classifier: { groupWeights: {}, scoreThresholds: { pass: 80, marginal: 60 } } },
      'c.json',
    );
    expect(cfg.thresholds).toEqual({ pass: 80, marginal: 60 });
  });

  it('through the CLI: a misspelled key is exit 2 naming file and field', async () => {
    const d = tmp({
      'c.yaml': 'metrics:\n  - name: a\n    critcal: true\n',
      'd.json': '{"metrics": {"a": {"baseline": [1], "canary": [2]}}}',
    });
    const r = await mc(['--config', 'c.yaml', '--data', 'd.json'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/c\.yaml: metrics\[0\]\.critcal: expected no property 'critcal'/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('large inputs', () => {
  it('a Prometheus response and a guard window over 200,000 points (no argument spreading)', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => [i * 15, String(10 + (i % 7))]);
    const prom = JSON.stringify({
      status: 'success',
      data: {
        resultType: 'matrix',
        result: [
          { metric: { __name__: 'lat', version: 'canary' }, values },
          { metric: { __name__: 'lat', version: 'baseline' }, values },
        ],
      },
    });
    const data = parseMetricData(prom, 'p.json');
    expect(data.step).toBe(15);
    const cfg = parseCanaryConfig(
      {
        metrics: [{ name: 'lat' }],
        guards: [{ name: 'ceiling', type: 'threshold', metric: 'lat', max: 100, window: 600, action: 'halt' }],
      },
      'c.yaml',
    );
    const r = judgeCanary(cfg, data, { judge: 'exact', pass: 95, marginal: 75 });
    expect(r.guards[0].level).toBe('ok');
    expect(r.decision).toBe('PROMOTE');
  });
});
