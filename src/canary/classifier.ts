/**
 * Metric classification of NetflixACAJudge-v1.0 (spinnaker/kayenta, kayenta-judge):
 * transforms (NaN strategy, IQR outlier removal), the Mann-Whitney classifier with tolerance,
 * effect sizes (mean ratio or CLES) with allowed and critical increase/decrease, direction,
 * critical, mustHaveData. Sources read: `NetflixACAJudge.scala`, `MannWhitneyClassifier.scala`,
 * `BaseMetricClassifier.scala`, `Transforms.scala`, `IQRDetector.scala`, `EffectSizes.scala`.
 *
 * Two judges share every rule; they differ only in how the interval is computed:
 * `kayenta` uses Kayenta's coarse Brent roots (tol 1e-4 absolute) and its Gaussian tie-breaking
 * noise (seeded here); `exact` uses exact roots and the Hodges-Lehmann estimate (see mannwhitney.ts).
 */
import {
  cles as clesOf,
  exactInterval,
  kayentaInterval,
  MannWhitneyError,
  mannWhitneyU,
  prepare,
  type Samples,
  type ShiftInterval,
} from './mannwhitney.js';
import { gaussianSource, mean, percentileSorted } from './stats.js';

/** Kayenta's metric labels (BaseMetricClassifier.scala). */
export type MetricLabel = 'Pass' | 'High' | 'Low' | 'Nodata' | 'NodataFailMetric' | 'Error';
/** Which change is a failure. */
export type Direction = 'increase' | 'decrease' | 'either';
/** remove: drop NaN; replace: NaN becomes 0 (Kayenta `Transforms.replaceNaNs`). */
export type NanStrategy = 'remove' | 'replace';
export type Judge = 'kayenta' | 'exact';

/** The per-metric analysis settings (`analysisConfigurations.canary` in a Kayenta canary config). */
export interface MetricSettings {
  direction: Direction;
  nanStrategy: NanStrategy;
  critical: boolean;
  mustHaveData: boolean;
  /** scored and reported, but left out of group scores and critical checks */
  muted: boolean;
  effectSize: {
    measure: 'meanRatio' | 'cles';
    /** High needs effect >= allowedIncrease (default 1.0 for meanRatio, 0.5 for CLES) */
    allowedIncrease: number;
    /** Low needs effect <= allowedDecrease */
    allowedDecrease: number;
    /** a critical metric fails the canary when High with effect >= criticalIncrease */
    criticalIncrease: number;
    criticalDecrease: number;
  };
  outliers: { strategy: 'keep' | 'remove'; factor: number };
}

/** Kayenta's defaults (NetflixACAJudge.classifyMetric). */
export function defaultSettings(measure: 'meanRatio' | 'cles' = 'meanRatio'): MetricSettings {
  const d = measure === 'cles' ? 0.5 : 1.0;
  return {
    direction: 'either',
    nanStrategy: 'remove',
    critical: false,
    mustHaveData: false,
    muted: false,
    effectSize: { measure, allowedIncrease: d, allowedDecrease: d, criticalIncrease: d, criticalDecrease: d },
    outliers: { strategy: 'keep', factor: 3.0 },
  };
}

/** Classifier constants of NetflixACAJudge-v1.0: tolerance 0.25, confidence 0.98. */
export const KAYENTA_TOLERANCE = 0.25;
export const KAYENTA_CONFIDENCE = 0.98;

/** Summary statistics of one side after the transforms. */
export interface SideStats {
  count: number;
  mean: number;
  median: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
  /** NaN values removed or replaced */
  nan: number;
  /** outliers removed */
  outliers: number;
}

/** The classification of one metric, with everything needed to explain it. */
export interface MetricClassification {
  label: MetricLabel;
  critical: boolean;
  /** Kayenta's deviation: the effect size under the configured measure (NaN when the baseline mean is 0) */
  deviation: number;
  meanRatio: number;
  cles: number;
  /** confidence interval of the shift canary - baseline, in metric units */
  interval?: { lower: number; upper: number; level: number };
  /** Kayenta: root of wilcoxonDiff at 0; exact: Hodges-Lehmann */
  estimate?: number;
  hodgesLehmann?: number;
  pValue?: number;
  /** the tolerance band +-tolerance*|estimate| the interval must clear */
  bounds?: { lower: number; upper: number };
  /** why, in Kayenta's words (our readable reason is built in report.ts) */
  kayentaReason?: string;
  baseline: SideStats;
  canary: SideStats;
  /** the transformed values (for plots) */
  values: { baseline: Float64Array; canary: Float64Array };
}

/**
 * Kayenta's IQRDetector(factor, reduceSensitivity = true): outliers lie outside
 * [min(Q1 - f*IQR, P1), max(Q3 + f*IQR, P99)] with type-7 percentiles.
 */
export function iqrOutliers(values: Float64Array, factor: number): boolean[] {
  const sorted = Float64Array.from(values).sort();
  const q1 = percentileSorted(sorted, 25);
  const q3 = percentileSorted(sorted, 75);
  const iqr = q3 - q1;
  const lower = Math.min(q1 - factor * iqr, percentileSorted(sorted, 1));
  const upper = Math.max(q3 + factor * iqr, percentileSorted(sorted, 99));
  return Array.from(values, (v) => v < lower || v > upper);
}

/** NaN strategy then (optionally) outlier removal, as NetflixACAJudge.transformMetric. */
export function transform(raw: ArrayLike<number>, s: MetricSettings): { values: Float64Array; nan: number; outliers: number } {
  let nan = 0;
  const kept: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i];
    if (Number.isNaN(v)) {
      nan++;
      if (s.nanStrategy === 'replace') kept.push(0);
    } else kept.push(v === 0 ? 0 : v);
  }
  let values = Float64Array.from(kept);
  let outliers = 0;
  if (s.outliers.strategy === 'remove' && values.length) {
    const flags = iqrOutliers(values, s.outliers.factor);
    const out = values.filter((_, i) => !flags[i]);
    outliers = values.length - out.length;
    values = out;
  }
  return { values, nan, outliers };
}

function sideStats(values: Float64Array, sorted: Float64Array, nan: number, outliers: number): SideStats {
  const n = sorted.length;
  return {
    count: n,
    mean: n ? mean(values) : 0,
    median: n ? percentileSorted(sorted, 50) : 0,
    p95: n ? percentileSorted(sorted, 95) : 0,
    p99: n ? percentileSorted(sorted, 99) : 0,
    min: n ? sorted[0] : 0,
    max: n ? sorted[n - 1] : 0,
    nan,
    outliers,
  };
}

/**
 * Mean ratio mean(canary) / mean(baseline), after Kayenta `EffectSizes.meanRatio(control, experiment)`,
 * defined only where a ratio is a faithful effect size: a positive, finite baseline mean and a
 * finite, non-zero canary mean. Otherwise NaN ("unmeasurable"):
 * - either mean 0: NaN, as Kayenta (ClassifierSuite "Zero Mean" cases expect a NaN deviation);
 * - a baseline mean below 0: NaN. Kayenta divides anyway, so a canary 50 units above a baseline
 *   mean of -0.00001 gives a ratio of -5e6, read as a decrease: the ratio's sign no longer says
 *   which way the canary moved. We deviate deliberately; the direction then comes from the
 *   Mann-Whitney interval of the shift canary - baseline alone, and an unmeasurable effect never
 *   blocks a High or Low (see {@link classifyMetric});
 * - a non-finite mean: NaN.
 * With a positive baseline mean the ratio minus 1 has the sign of canary - baseline.
 */
export function meanRatio(control: ArrayLike<number>, experiment: ArrayLike<number>): number {
  const c = mean(control);
  const e = mean(experiment);
  if (!(c > 0) || !Number.isFinite(c) || !Number.isFinite(e) || e === 0) return NaN;
  return e / c;
}

/** Above this magnitude the rank test runs on samples scaled by {@link RANK_SCALE} so shifts cannot overflow. */
const LARGE = 2 ** 1000;
/** A power of two: scaling by it is exact and preserves every rank and every difference's order. */
const RANK_SCALE = 2 ** -8;

/** Options of {@link classifyMetric}. */
export interface ClassifyOptions {
  judge: Judge;
  tolerance?: number;
  confidence?: number;
  /** seed of Kayenta's tie-breaking Gaussian noise (kayenta judge only) */
  seed?: number;
}

/**
 * Classifies one metric, canary against baseline, following MannWhitneyClassifier.classify:
 * 1. no data on either side: Nodata (critical if the metric is), NodataFailMetric when
 *    mustHaveData and not critical; with the replace NaN strategy, Pass;
 * 2. identical samples (as multisets), or one value overall: Pass;
 * 3. the confidence interval of the shift must lie above +tolerance*|estimate| (High) or below
 *    -tolerance*|estimate| (Low), in an allowed direction, with the effect size at least the allowed
 *    increase (at most the allowed decrease); an unmeasurable effect (baseline mean 0) does not block;
 * 4. a critical metric is marked critical when its effect also reaches the critical increase/decrease.
 * An all-tied interval evaluation gives Error (critical if the metric is).
 */
export function classifyMetric(
  baselineRaw: ArrayLike<number>,
  canaryRaw: ArrayLike<number>,
  s: MetricSettings,
  opts: ClassifyOptions,
): MetricClassification {
  const tolerance = opts.tolerance ?? KAYENTA_TOLERANCE;
  const level = opts.confidence ?? KAYENTA_CONFIDENCE;
  const b = transform(baselineRaw, s);
  const c = transform(canaryRaw, s);
  const control = b.values;
  const experiment = c.values;
  const sc = Float64Array.from(control).sort();
  const se = Float64Array.from(experiment).sort();
  const base = {
    baseline: sideStats(control, sc, b.nan, b.outliers),
    canary: sideStats(experiment, se, c.nan, c.outliers),
    values: { baseline: control, canary: experiment },
  };

  if (experiment.length === 0 || control.length === 0) {
    if (s.nanStrategy === 'remove') {
      if (s.mustHaveData && !s.critical)
        return {
          ...base,
          label: 'NodataFailMetric',
          critical: false,
          deviation: 1.0,
          meanRatio: NaN,
          cles: NaN,
          kayentaReason: 'Missing data',
        };
      return { ...base, label: 'Nodata', critical: s.critical, deviation: 1.0, meanRatio: NaN, cles: NaN, kayentaReason: 'Missing data' };
    }
    return { ...base, label: 'Pass', critical: false, deviation: 1.0, meanRatio: NaN, cles: NaN };
  }
  const identical = sc.length === se.length && sc.every((v, i) => v === se[i]);
  if (identical)
    return {
      ...base,
      label: 'Pass',
      critical: false,
      deviation: 1.0,
      meanRatio: 1,
      cles: 0.5,
      kayentaReason: 'The Canary and Baseline data are identical',
    };
  if (sc[0] === sc[sc.length - 1] && se[0] === se[se.length - 1] && sc[0] === se[0]) {
    return { ...base, label: 'Pass', critical: false, deviation: 1.0, meanRatio: 1, cles: 0.5 };
  }

  // Kayenta adds Gaussian noise (sd = value * 1e-5) when both sides are constant, so ranks are not all tied
  const exactSamples: Samples = { x: se, y: sc };
  let samples = exactSamples;
  let e = experiment;
  let k = control;
  const bothConstant = sc[0] === sc[sc.length - 1] && se[0] === se[se.length - 1];
  if (opts.judge === 'kayenta' && bothConstant) {
    const noise = gaussianSource(opts.seed ?? 0x6b61796e);
    e = Float64Array.from(experiment, (v) => v + noise() * experiment[0] * 1e-5);
    k = Float64Array.from(control, (v) => v + noise() * control[0] * 1e-5);
    samples = prepare(e, k);
  }

  const mr = meanRatio(k, e);
  const cl = clesOf(samples);
  const deviation = s.effectSize.measure === 'cles' ? cl : mr;
  /** The metric's Error classification (Kayenta's "Metric Classification Failed"), with what was measured. */
  const failed = (kayentaReason: string): MetricClassification => ({
    ...base,
    label: 'Error',
    critical: s.critical,
    deviation,
    meanRatio: mr,
    cles: cl,
    kayentaReason,
  });
  // values near the largest double: differences x - y (up to twice the largest value) would overflow
  // to Infinity and the interval to NaN, so the rank test runs on samples scaled by an exact power of two
  let maxAbs = 0;
  for (const v of [sc[0], sc[sc.length - 1], se[0], se[se.length - 1]]) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs > LARGE ? RANK_SCALE : 1;
  const ranked: Samples =
    scale === 1
      ? samples
      : prepare(
          Float64Array.from(e, (v) => v * scale),
          Float64Array.from(k, (v) => v * scale),
        );
  let interval: ShiftInterval;
  try {
    interval = opts.judge === 'kayenta' ? kayentaInterval(ranked, level) : exactInterval(ranked, level);
  } catch (err) {
    if (err instanceof MannWhitneyError) {
      return failed('Metric Classification Failed');
    }
    throw err;
  }
  if (scale !== 1)
    interval = { ...interval, lower: interval.lower / scale, upper: interval.upper / scale, estimate: interval.estimate / scale };
  // fail closed: a non-finite interval, estimate or mean is an Error (never a Pass by NaN comparisons)
  if (![interval.lower, interval.upper, interval.estimate, base.baseline.mean, base.canary.mean].every(Number.isFinite)) {
    return failed('Metric Classification Failed (a non-finite interval or mean)');
  }
  // the exact judge's estimate is the Hodges-Lehmann estimate; the Kayenta judge reports Kayenta's root only
  const hl = opts.judge === 'exact' ? interval.estimate : undefined;
  const { pValue } = mannWhitneyU(exactSamples);
  const critical = tolerance * Math.abs(interval.estimate);
  const bounds = { lower: -critical, upper: critical };
  const up = s.direction === 'increase' || s.direction === 'either';
  const down = s.direction === 'decrease' || s.direction === 'either';
  const isHigh = up && interval.lower > bounds.upper && (Number.isNaN(deviation) || deviation >= s.effectSize.allowedIncrease);
  const isLow = down && interval.upper < bounds.lower && (Number.isNaN(deviation) || deviation <= s.effectSize.allowedDecrease);
  const label: MetricLabel = isHigh ? 'High' : isLow ? 'Low' : 'Pass';
  let isCritical = false;
  if (s.critical && label === 'High' && (Number.isNaN(deviation) || deviation >= s.effectSize.criticalIncrease)) isCritical = true;
  if (s.critical && label === 'Low' && (Number.isNaN(deviation) || deviation <= s.effectSize.criticalDecrease)) isCritical = true;
  return {
    ...base,
    label,
    critical: isCritical,
    deviation,
    meanRatio: mr,
    cles: cl,
    interval: { lower: interval.lower, upper: interval.upper, level },
    estimate: interval.estimate,
    hodgesLehmann: hl,
    pValue,
    bounds,
    kayentaReason: label === 'Pass' ? undefined : `The metric was classified as ${label}${isCritical ? ' (Critical)' : ''}`,
  };
}
