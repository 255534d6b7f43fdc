/**
 * Fuzz and properties of canary-score: the config reader (schema + normalization), the metric data
 * readers (JSON, CSV, Prometheus, k6), and the judge. Random and mutated inputs give a result or a
 * typed error (exit 2), never an internal error; a critical failure never promotes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { judgeCanary, parseCanaryConfig, parseMetricData, type CanaryConfig, type MetricData } from '../../src/canary/index.js';
import { hostileText, params, typed } from './fuzz.js';

const ex = (f: string) => readFileSync(join(import.meta.dirname, '../../examples/canary-score', f), 'utf8');
const configs = [ex('canary.yaml'), ex('kayenta-canary-config.json')];
const csv = 'metric,side,value,timestamp\nlat,baseline,10,1\nlat,canary,11,1\nlat,baseline,12,2\nlat,canary,,2\n';
const wide = 'metric,baseline,canary\nlat,10,12\nerr,"0.1",NaN\n';
const dataTexts = [
  ex('metrics.json').slice(0, 4000),
  ex('prometheus.json').slice(0, 4000),
  ex('k6.json').split('\n').slice(0, 20).join('\n'),
  csv,
  wide,
  '[{"name":"lat","values":{"control":[1,2],"experiment":[3,null]}}]',
];

describe('canary config reader', () => {
  it('random and mutated configs: a config or a typed error, never an internal error', () => {
    fc.assert(
      fc.property(hostileText(configs), (text) => {
        let doc: unknown;
        try {
          doc = parseYaml(text, { maxAliasCount: 1000 });
        } catch {
          return; // the YAML reader's own error (readJsonOrYaml maps it to exit 2)
        }
        typed('parseCanaryConfig', () => parseCanaryConfig(doc, 'c.yaml'));
      }),
      params(),
    );
  });

  it('random JSON values at every config position: typed errors only', () => {
    const base = parseYaml(configs[0]) as Record<string, unknown>;
    const paths = [
      ['metrics', 0],
      ['metrics', 0, 'effectSize'],
      ['guards', 0],
      ['thresholds'],
      ['weights'],
      ['rollout'],
      ['metrics'],
      [],
    ] as (string | number)[][];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), (path, key, value) => {
        const doc = structuredClone(base);
        let at: Record<string | number, unknown> = doc;
        for (const p of path) at = at[p] as Record<string | number, unknown>;
        Object.defineProperty(at, key, { value, enumerable: true, writable: true, configurable: true });
        typed('parseCanaryConfig', () => parseCanaryConfig(doc, 'c.yaml'));
      }),
      params(),
    );
  });
});

describe('metric data readers', () => {
  it('random and mutated JSON, CSV, Prometheus, k6 and Kayenta pair lists: data or a typed error', () => {
    fc.assert(
      fc.property(hostileText(dataTexts), fc.constantFrom('d.json', 'd.csv'), (text, file) => {
        const r = typed('parseMetricData', () => parseMetricData(text, file));
        // every value read is a number or NaN (missing), never ±Infinity
        if (r.ok)
          for (const s of Object.values(r.value.metrics))
            for (const v of [...s.baseline, ...s.canary]) expect(Number.isNaN(v) || Number.isFinite(v)).toBe(true);
      }),
      params(),
    );
  });
});

const sample = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
    { weight: 2, arbitrary: fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 1.7976931348623157e308) },
    { weight: 1, arbitrary: fc.constant(NaN) },
  ),
  { maxLength: 40 },
);

const metricArb = fc.record({
  critical: fc.boolean(),
  direction: fc.constantFrom('increase', 'decrease', 'either'),
  nanStrategy: fc.constantFrom('remove', 'replace'),
  mustHaveData: fc.boolean(),
  measure: fc.constantFrom('meanRatio', 'cles'),
  outliers: fc.constantFrom('keep', 'remove'),
  baseline: sample,
  canary: sample,
});

type MetricCase = {
  critical: boolean;
  direction: string;
  nanStrategy: string;
  mustHaveData: boolean;
  measure: string;
  outliers: string;
  baseline: number[];
  canary: number[];
};

function build(
  ms: MetricCase[],
  extra: Record<string, unknown>[] = [],
  extraData: MetricData['metrics'] = {},
): { config: CanaryConfig; data: MetricData } {
  const config = parseCanaryConfig(
    {
      metrics: [
        ...ms.map((m, i) => ({
          name: `m${i}`,
          group: `g${i % 3}`,
          critical: m.critical,
          direction: m.direction,
          nanStrategy: m.nanStrategy,
          mustHaveData: m.mustHaveData,
          effectSize: { measure: m.measure },
          outliers: { strategy: m.outliers },
        })),
        ...extra,
      ],
    },
    'c.yaml',
  );
  const metrics: MetricData['metrics'] = { ...extraData };
  ms.forEach((m, i) => (metrics[`m${i}`] = { baseline: m.baseline, canary: m.canary }));
  return { config, data: { step: 60, format: 'json', metrics } };
}

describe('the judge', () => {
  it('random samples (extremes, ties, NaN, empty) in random configs: a verdict, never an exception, never a non-finite score', () => {
    fc.assert(
      fc.property(fc.array(metricArb, { minLength: 1, maxLength: 4 }), fc.constantFrom('exact', 'kayenta'), (ms, judge) => {
        const { config, data } = build(ms);
        const out = typed('judgeCanary', () => judgeCanary(config, data, { judge: judge as 'exact' | 'kayenta', pass: 95, marginal: 75 }));
        expect(out.ok).toBe(true); // the judge turns data problems into labels, never into exceptions
        const r = out.ok ? out.value : undefined;
        expect(Number.isFinite(r!.score)).toBe(true);
        expect(['PROMOTE', 'HOLD', 'HALT']).toContain(r!.decision);
        // a promoted canary has no critical failure and no Error metric
        if (r!.decision === 'PROMOTE')
          for (const m of r!.metrics) expect(m.classification === 'Error' || (m.critical && m.classification !== 'Pass')).toBe(false);
      }),
      params(150),
    );
  });

  it('adding a critical metric that clearly regressed never promotes, whatever the thresholds and the other metrics', () => {
    const shifted = fc.record({
      base: fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 8, maxLength: 40 }),
      up: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(metricArb, { maxLength: 3 }),
        shifted,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('exact', 'kayenta'),
        (others, s, a, b, judge) => {
          // the canary is every baseline value moved far beyond the baseline's range, in the judged direction
          const spread = Math.max(1, Math.max(...s.base) - Math.min(...s.base));
          const canary = s.base.map((v) => v + (s.up ? 1 : -1) * (10 * spread + 1e3 * Math.abs(v) + 1));
          const { config: withCritical, data: d } = build(
            others,
            [{ name: 'critical_metric', critical: true, direction: s.up ? 'increase' : 'decrease' }],
            { critical_metric: { baseline: s.base, canary } },
          );
          const r = judgeCanary(withCritical, d, { judge: judge as 'exact' | 'kayenta', pass: Math.max(a, b), marginal: Math.min(a, b) });
          expect(r.decision).not.toBe('PROMOTE');
          const cm = r.metrics.find((m) => m.name === 'critical_metric')!;
          expect(cm.classification).not.toBe('Pass');
        },
      ),
      params(150),
    );
  });
});
