/**
 * The judge's statistics against an independent reference built on Debian's python3-scipy
 * (tests/canary/reference.py): scipy.stats.mannwhitneyu (asymptotic p-value, U), R's wilcox.test
 * interval inverted with scipy.optimize.brentq, numpy's median of pairwise differences (Hodges-Lehmann)
 * and CLES, on generated data: ties, NaN, n = 1, 2, 3, heavy tails, tiny and huge scales, n = 50,000.
 * Needs scipy (found by tests/helpers/references.ts): without it the suite is skipped with one line
 * naming python3-scipy, and fails under MC_REQUIRE_REFERENCES=1 (which .ci/run sets).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { describeWith, pythonFor } from '../helpers/references.js';
import { cles, exactInterval, hodgesLehmann, kayentaInterval, mannWhitneyU, prepare } from '../../src/canary/mannwhitney.js';

const here = dirname(fileURLToPath(import.meta.url));

/** A small seeded generator independent of the code under test (xorshift32 + Box-Muller). */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  const u = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return (s + 0.5) / 4294967296;
  };
  const n = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
  return { u, n };
}

interface Case {
  name: string;
  canary: (number | null)[];
  baseline: (number | null)[];
  conf: number;
  /** the rank interval is undefined (every observation tied at the only shift) */
  noInterval?: boolean;
}

function cases(): Case[] {
  const r = rng(20260421);
  const gen = (k: number, f: () => number | null): (number | null)[] => Array.from({ length: k }, f);
  const out: Case[] = [];
  out.push({
    name: 'ties (rounded normals)',
    canary: gen(80, () => Math.round(r.n() * 2 + 11)),
    baseline: gen(90, () => Math.round(r.n() * 2 + 10)),
    conf: 0.98,
  });
  out.push({
    name: 'heavy ties (mostly zeros)',
    canary: gen(200, () => (r.u() < 0.8 ? 0 : Math.round(r.u() * 4))),
    baseline: gen(180, () => (r.u() < 0.9 ? 0 : Math.round(r.u() * 4))),
    conf: 0.98,
  });
  out.push({
    name: 'NaN (10% missing)',
    canary: gen(60, () => (r.u() < 0.1 ? null : 100 + 10 * r.n())),
    baseline: gen(70, () => (r.u() < 0.1 ? null : 95 + 10 * r.n())),
    conf: 0.98,
  });
  out.push({ name: 'n = 1 vs 1', canary: [5], baseline: [3], conf: 0.98, noInterval: true });
  out.push({ name: 'n = 1 vs 5', canary: [7.5], baseline: [1, 2, 3, 4, 5], conf: 0.98 });
  out.push({ name: 'n = 2 vs 2', canary: [3.2, 4.1], baseline: [1.1, 2.7], conf: 0.95 });
  out.push({ name: 'n = 3 vs 3', canary: [10, 12, 14], baseline: [1, 2, 3], conf: 0.98 });
  out.push({ name: 'n = 3 vs 2 overlapping', canary: [2.5, 3.5, 1.5], baseline: [2, 3], conf: 0.9 });
  out.push({
    name: 'heavy tails (Cauchy)',
    canary: gen(300, () => 0.4 + Math.tan(Math.PI * (r.u() - 0.5))),
    baseline: gen(300, () => Math.tan(Math.PI * (r.u() - 0.5))),
    conf: 0.98,
  });
  out.push({
    name: 'heavy tails (Pareto, lower canary)',
    canary: gen(250, () => 0.9 * Math.pow(r.u(), -1 / 1.5)),
    baseline: gen(260, () => Math.pow(r.u(), -1 / 1.5)),
    conf: 0.98,
  });
  out.push({
    name: 'tiny scale (error rates ~1e-5)',
    canary: gen(200, () => Math.max(0, 3e-5 + 1e-5 * r.n())),
    baseline: gen(200, () => Math.max(0, 2.5e-5 + 1e-5 * r.n())),
    conf: 0.98,
  });
  out.push({
    name: 'huge scale (bytes ~1e9)',
    canary: gen(150, () => 1.02e9 + 3e7 * r.n()),
    baseline: gen(150, () => 1e9 + 3e7 * r.n()),
    conf: 0.98,
  });
  out.push({
    name: 'n = 50,000 lognormal, canary +2%',
    canary: gen(50_000, () => 1.02 * Math.exp(5 + 0.4 * r.n())),
    baseline: gen(50_000, () => Math.exp(5 + 0.4 * r.n())),
    conf: 0.98,
  });
  return out;
}

const clean = (v: (number | null)[]) => v.filter((x): x is number => x !== null);

let data: Case[];
let ref: {
  p: number | null;
  u: number;
  lower: number | null;
  upper: number | null;
  hl: number | null;
  cles: number;
  mean_ratio: number | null;
}[];

const setup = () => {
  data = cases();
  const run = spawnSync(pythonFor('scipy'), [join(here, 'reference.py')], {
    input: JSON.stringify(data),
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (run.error || run.status !== 0) {
    throw new Error(`the scipy reference could not run (install python3 and python3-scipy): ${run.error?.message ?? run.stderr}`);
  }
  ref = JSON.parse(run.stdout);
};

describeWith(['scipy'], 'Mann-Whitney against scipy (reference.py)', () => {
  beforeAll(setup, 120_000);
  it('has a reference result for every generated case', () => {
    expect(ref).toHaveLength(data.length);
  });

  for (const [i, name] of cases().map((c, k) => [k, c.name] as const)) {
    it(`${name}: U, p-value, CLES and Hodges-Lehmann match`, () => {
      const s = prepare(clean(data[i].canary), clean(data[i].baseline));
      const mw = mannWhitneyU(s);
      expect(mw.u).toBe(ref[i].u);
      if (ref[i].p === null) expect(mw.pValue).toBeNaN();
      else expect(Math.abs(mw.pValue - ref[i].p!)).toBeLessThanOrEqual(1e-12 + 1e-9 * ref[i].p!);
      expect(cles(s)).toBeCloseTo(ref[i].cles, 12);
      if (ref[i].hl !== null) expect(hodgesLehmann(s)).toBe(ref[i].hl);
    });

    it(`${name}: exact interval equals the brentq root of the same rank function`, () => {
      const s = prepare(clean(data[i].canary), clean(data[i].baseline));
      const ci = exactInterval(s, data[i].conf);
      if (data[i].noInterval) {
        // reference: undefined; the exact judge uses the limit of Kayenta's tie-breaking noise, [c, c]
        expect(ref[i].lower).toBeNull();
        expect(ci).toEqual({ lower: 2, upper: 2, estimate: 2 });
        return;
      }
      expect(ref[i].lower).not.toBeNull();
      const span = Math.max(
        s.x[s.x.length - 1] - s.y[0] - (s.x[0] - s.y[s.y.length - 1]),
        Math.abs(ref[i].lower!),
        Math.abs(ref[i].upper!),
      );
      expect(Math.abs(ci.lower - ref[i].lower!)).toBeLessThanOrEqual(1e-11 * span);
      expect(Math.abs(ci.upper - ref[i].upper!)).toBeLessThanOrEqual(1e-11 * span);
    });

    it(`${name}: Kayenta's Brent roots (tol 1e-4) stay within their tolerance of the exact step`, () => {
      const s = prepare(clean(data[i].canary), clean(data[i].baseline));
      if (data[i].noInterval) {
        expect(() => kayentaInterval(s, data[i].conf)).toThrow(/all observations are tied/);
        return;
      }
      const ci = kayentaInterval(s, data[i].conf);
      const slack = (v: number) => 1e-4 + 8.9e-16 * Math.abs(v) + 1e-12;
      expect(Math.abs(ci.lower - ref[i].lower!)).toBeLessThanOrEqual(slack(ref[i].lower!));
      expect(Math.abs(ci.upper - ref[i].upper!)).toBeLessThanOrEqual(slack(ref[i].upper!));
    });
  }
});
