/**
 * The two-sample Mann-Whitney U (Wilcoxon rank-sum) test with a confidence interval for the
 * location shift canary - baseline, computed two ways:
 *
 * - `kayentaInterval`: exactly as spinnaker/kayenta's `MannWhitney.scala` (kayenta-mannwhitney):
 *   the asymptotic interval of R's `wilcox.test` (normal approximation with tie and continuity
 *   corrections, two-sided), whose end points and estimate are roots of `wilcoxonDiff` found by
 *   Kayenta's port of R's `zeroin` Brent solver with an ABSOLUTE tolerance of 1e-4 and at most
 *   1000 iterations (`KayentaBrentSolver` / `BrentSolver.solve`). The function is a step function
 *   of the shift, so the roots land up to ~1e-4 away from the step: a coarse answer when the
 *   metric's values are small (1e-5 error rates) and a fine one when they are large.
 * - `exactInterval`: the same function and the same end-point rules, with the root found exactly:
 *   the step where the function changes sign is a pairwise difference x_i - y_j, selected as an
 *   order statistic of all differences (O((n+m) log range) counting, never enumerating n*m pairs).
 *   The estimate is the Hodges-Lehmann estimator (median of all pairwise differences).
 *
 * x is the experiment (canary), y the control (baseline), as in Kayenta's
 * `calculateConfidenceInterval(x = experiment, y = control)`.
 */
import { normalQuantile, normalSf } from './stats.js';

/** Thrown when every observation is tied at an evaluated shift (Kayenta's MannWhitneyException). */
export class MannWhitneyError extends Error {}

/** Both samples sorted ascending (NaN-free). */
export interface Samples {
  /** experiment / canary, ascending */
  x: Float64Array;
  /** control / baseline, ascending */
  y: Float64Array;
}

/** Sorts copies of the two samples (NaN must already be removed or replaced). */
export function prepare(experiment: ArrayLike<number>, control: ArrayLike<number>): Samples {
  return { x: Float64Array.from(experiment).sort(), y: Float64Array.from(control).sort() };
}

/** Rank statistics of (x - d) against y: rank sum of x (average ranks for ties) and sum of t^3 - t over tie groups. */
function rankStats(x: Float64Array, y: Float64Array, d: number): { rx: number; ties: number } {
  const nx = x.length;
  const ny = y.length;
  let i = 0;
  let j = 0;
  let pos = 0;
  let rx = 0;
  let ties = 0;
  while (i < nx || j < ny) {
    const xv = i < nx ? x[i] - d : Infinity;
    const yv = j < ny ? y[j] : Infinity;
    const v = xv <= yv ? xv : yv;
    let cx = 0;
    let cy = 0;
    while (i < nx && x[i] - d === v) {
      cx++;
      i++;
    }
    while (j < ny && y[j] === v) {
      cy++;
      j++;
    }
    const t = cx + cy;
    if (t === 0) break; // only when both sides are exhausted
    rx += cx * (pos + (t + 1) / 2);
    if (t > 1) ties += Math.pow(t, 3) - t;
    pos += t;
  }
  return { rx, ties };
}

/**
 * Kayenta's `MannWhitney.wilcoxonDiff(mu, quantile, x, y)` (from R's wilcox.test `wdiff`):
 * (dz - sign(dz)/2) / sigma - quantile, where dz is the centred rank sum of x - mu and sigma
 * the tie-corrected standard deviation. Same floating-point operation order as the Scala source.
 * @throws MannWhitneyError when sigma is 0 (all observations tied).
 */
export function wilcoxonDiff(mu: number, quantile: number, s: Samples): number {
  const xLen = s.x.length;
  const yLen = s.y.length;
  const { rx, ties } = rankStats(s.x, s.y, mu);
  const dz = rx - (xLen * (xLen + 1)) / 2 - (xLen * yLen) / 2;
  const correction = Math.sign(dz) * 0.5;
  const sigma = Math.sqrt(((xLen * yLen) / 12) * (xLen + yLen + 1 - ties / ((xLen + yLen) * (xLen + yLen - 1))));
  if (sigma === 0) throw new MannWhitneyError('cannot compute confidence interval when all observations are tied');
  return (dz - correction) / sigma - quantile;
}

/**
 * Brent's root finder as R's `zeroin` (R_zeroin2), the port Kayenta uses: tol = 1e-4 absolute,
 * at most 1000 + 1 iterations, machine epsilon 2.220446049250313e-16; returns the last iterate on failure.
 * @param fa f(ax), @param fb f(bx) already evaluated (the bracket must have opposite signs or a zero).
 */
export function kayentaBrent(ax: number, bx: number, fa: number, fb: number, f: (v: number) => number, tol = 1e-4): number {
  const EPSILON = 2.220446049250313e-16;
  let a = ax;
  let b = bx;
  let c = a;
  let fc = fa;
  let maxit = 1000 + 1;
  if (fa === 0) return a;
  if (fb === 0) return b;
  while (maxit-- > 0) {
    const prevStep = b - a;
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolAct = 2 * EPSILON * Math.abs(b) + tol / 2;
    let newStep = (c - b) / 2;
    // commons-math Precision.equals(fb, 0): within one ulp of zero
    if (Math.abs(newStep) <= tolAct || Math.abs(fb) <= Number.MIN_VALUE) return b;
    if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
      let p: number;
      let q: number;
      const cb = c - b;
      if (a === c) {
        const t1 = fb / fa;
        p = cb * t1;
        q = 1 - t1;
      } else {
        q = fa / fc;
        const t1 = fb / fc;
        const t2 = fb / fa;
        p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1));
        q = (q - 1) * (t1 - 1) * (t2 - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (p < 0.75 * cb * q - Math.abs(tolAct * q) / 2 && p < Math.abs((prevStep * q) / 2)) newStep = p / q;
    }
    if (Math.abs(newStep) < tolAct) newStep = newStep > 0 ? tolAct : -tolAct;
    a = b;
    fa = fb;
    b += newStep;
    fb = f(b);
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
    }
  }
  return b;
}

/** A confidence interval for the shift canary - baseline and a point estimate. */
export interface ShiftInterval {
  lower: number;
  upper: number;
  /** Kayenta: the root of wilcoxonDiff(., 0); exact: the Hodges-Lehmann estimate */
  estimate: number;
}

/**
 * Kayenta's `calculateConfidenceInterval` (MannWhitney.scala): end points are muMin / muMax when
 * the function does not change sign, else Brent roots (tol 1e-4); the estimate is the Brent root at quantile 0.
 * @param confLevel e.g. 0.98
 * @throws MannWhitneyError when all observations are tied at an evaluated shift.
 */
export function kayentaInterval(s: Samples, confLevel: number): ShiftInterval {
  const { x, y } = s;
  const alpha = 1.0 - confLevel;
  const muMin = x[0] - y[y.length - 1];
  const muMax = x[x.length - 1] - y[0];
  const findRoot = (zq: number) => {
    const fLower = wilcoxonDiff(muMin, zq, s);
    const fUpper = wilcoxonDiff(muMax, zq, s);
    if (fLower <= 0) return muMin;
    if (fUpper >= 0) return muMax;
    return kayentaBrent(muMin, muMax, fLower, fUpper, (v) => wilcoxonDiff(v, zq, s));
  };
  const zQuant = normalQuantile(alpha / 2);
  const lower = findRoot(-zQuant);
  const upper = findRoot(zQuant);
  const fLower = wilcoxonDiff(muMin, 0, s);
  const fUpper = wilcoxonDiff(muMax, 0, s);
  const estimate = kayentaBrent(muMin, muMax, fLower, fUpper, (v) => wilcoxonDiff(v, 0, s));
  return { lower, upper, estimate };
}

// ---- exact order statistics of pairwise differences ------------------------------------------

/** One pass at t: the number of differences <= t, the largest difference <= t and the smallest > t. */
function scan(s: Samples, t: number): { count: number; atMost: number; above: number } {
  const { x, y } = s;
  const ny = y.length;
  let j = 0;
  let count = 0;
  let atMost = -Infinity;
  let above = Infinity;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    while (j < ny && xi - y[j] > t) j++;
    count += ny - j;
    if (j < ny && xi - y[j] > atMost) atMost = xi - y[j];
    if (j > 0 && xi - y[j - 1] < above) above = xi - y[j - 1];
  }
  return { count, atMost, above };
}

/**
 * The k-th smallest (1-based) of the n*m pairwise differences x_i - y_j, exactly, without
 * enumerating them. Invariant: count(lo) < k <= count(hi), where hi is a difference and `next`
 * the smallest difference above lo. Each O(n + m) pass at a pivot in [next, hi) moves hi down
 * to a difference or next up past a difference, so heavy ties cannot stall it; the pivot is
 * interpolated on the counts. The search ends when next = hi (the answer) or when at most 8192
 * differences remain in (lo, hi], which are enumerated (a contiguous run of y per x) and sorted.
 */
export function kthDifference(s: Samples, k: number): number {
  const { x, y } = s;
  const nx = x.length;
  const ny = y.length;
  const total = nx * ny;
  if (!(k >= 1 && k <= total)) throw new RangeError(`kthDifference: k=${k} outside 1..${total}`);
  const muMin = x[0] - y[ny - 1];
  const first = scan(s, muMin);
  if (first.count >= k) return muMin;
  let lo = muMin;
  let cLo = first.count;
  let next = first.above;
  let hi = x[nx - 1] - y[0];
  let cHi = total;
  const limit = 8192;
  let lastSide = 0;
  let repeats = 0;
  while (cHi - cLo > limit) {
    if (next >= hi) return hi;
    // regula falsi on the counts; after two moves of the same end, bisect (as the Illinois method does)
    let mid = repeats >= 2 ? next + (hi - next) / 2 : next + (hi - next) * ((k - cLo) / (cHi - cLo));
    if (!(mid >= next && mid < hi)) mid = next;
    const r = scan(s, mid);
    const side = r.count >= k ? 1 : -1;
    repeats = side === lastSide ? repeats + 1 : 1;
    lastSide = side;
    if (side > 0) {
      hi = r.atMost;
      cHi = r.count;
    } else {
      lo = mid;
      cLo = r.count;
      next = r.above;
    }
  }
  if (next >= hi) return hi;
  const cand = new Float64Array(cHi - cLo);
  let n = 0;
  let jHi = 0; // first j with x[i] - y[j] <= hi
  let jLo = 0; // first j with x[i] - y[j] <= lo
  for (let i = 0; i < nx; i++) {
    const xi = x[i];
    while (jHi < ny && xi - y[jHi] > hi) jHi++;
    while (jLo < ny && xi - y[jLo] > lo) jLo++;
    for (let j = jHi; j < jLo; j++) cand[n++] = xi - y[j];
  }
  cand.sort();
  return cand[k - cLo - 1];
}

/** Hodges-Lehmann estimate of the shift: the median of all pairwise differences x_i - y_j. */
export function hodgesLehmann(s: Samples): number {
  const m = s.x.length * s.y.length;
  if (m === 0) return NaN;
  if (m % 2 === 1) return kthDifference(s, (m + 1) / 2);
  return (kthDifference(s, m / 2) + kthDifference(s, m / 2 + 1)) / 2;
}

/**
 * The same interval as {@link kayentaInterval}, with exact roots: between pairwise differences
 * the function depends only on U(d) = #{x_i - y_j > d} (ties within each sample fixed), so the
 * sign change sits at an order statistic of the differences, found by {@link kthDifference}.
 * When the function is exactly 0 over a whole gap, the gap's midpoint is returned.
 * The estimate is the Hodges-Lehmann estimate. Constant samples (one value each) give [c, c]
 * where c is their difference (Kayenta adds Gaussian noise there; the limit of that noise is this).
 * @throws MannWhitneyError when all observations are tied at an end point.
 */
export function exactInterval(s: Samples, confLevel: number): ShiftInterval {
  const { x, y } = s;
  const nx = x.length;
  const ny = y.length;
  const M = nx * ny;
  const muMin = x[0] - y[ny - 1];
  const muMax = x[nx - 1] - y[0];
  if (x[0] === x[nx - 1] && y[0] === y[ny - 1]) return { lower: muMin, upper: muMin, estimate: muMin };
  // tie correction away from the steps: ties within x and within y only
  let ties = 0;
  for (const arr of [x, y]) {
    for (let i = 0; i < arr.length;) {
      let k = i + 1;
      while (k < arr.length && arr[k] === arr[i]) k++;
      const t = k - i;
      if (t > 1) ties += Math.pow(t, 3) - t;
      i = k;
    }
  }
  const sigma0 = Math.sqrt(((nx * ny) / 12) * (nx + ny + 1 - ties / ((nx + ny) * (nx + ny - 1))));
  const g = (u: number, zq: number) => {
    const dz = u - M / 2;
    return (dz - Math.sign(dz) * 0.5) / sigma0 - zq;
  };
  /** d where U(d) = #{D > d} makes g cross 0; kth largest = (M - k + 1)-th smallest. */
  const crossing = (zq: number) => {
    let lo = 0; // g(lo) < 0 (U = 0 means d >= max difference)
    let hi = M; // g(M) >= 0 guaranteed by the end-point checks
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (g(mid, zq) >= 0) hi = mid;
      else lo = mid;
    }
    const u0 = hi;
    const step = kthDifference(s, M - u0 + 1); // u0-th largest difference
    if (g(u0, zq) > 0 || u0 === M) return step;
    // g(u0) == 0: the function is 0 wherever U(d) = u0, i.e. between the (u0+1)-th and u0-th largest
    return (kthDifference(s, M - u0) + step) / 2;
  };
  const findRoot = (zq: number) => {
    const fLower = wilcoxonDiff(muMin, zq, s);
    const fUpper = wilcoxonDiff(muMax, zq, s);
    if (fLower <= 0) return muMin;
    if (fUpper >= 0) return muMax;
    return crossing(zq);
  };
  const zQuant = normalQuantile((1.0 - confLevel) / 2);
  return { lower: findRoot(-zQuant), upper: findRoot(zQuant), estimate: hodgesLehmann(s) };
}

/**
 * Two-sided asymptotic p-value of the Mann-Whitney U test with tie and continuity corrections
 * (scipy.stats.mannwhitneyu(method='asymptotic', use_continuity=True); R wilcox.test(exact=FALSE, correct=TRUE)).
 * Also returns U of the canary (x) and the z statistic. NaN p-value when every observation is tied.
 */
export function mannWhitneyU(s: Samples): { u: number; z: number; pValue: number } {
  const nx = s.x.length;
  const ny = s.y.length;
  const { rx, ties } = rankStats(s.x, s.y, 0);
  const u = rx - (nx * (nx + 1)) / 2;
  const mu = (nx * ny) / 2;
  const n = nx + ny;
  const sd = Math.sqrt(((nx * ny) / 12) * (n + 1 - ties / (n * (n - 1))));
  if (!(sd > 0)) return { u, z: NaN, pValue: NaN };
  const z = (Math.max(u, nx * ny - u) - mu - 0.5) / sd;
  return { u, z: u >= mu ? z : -z, pValue: Math.min(1, Math.max(0, 2 * normalSf(z))) };
}

/**
 * Common-language effect size P(canary > baseline) + P(canary = baseline) / 2 = U / (n m)
 * (McGraw & Wong 1992; Kayenta `EffectSizes.cles`). 0.5 means no effect.
 */
export function cles(s: Samples): number {
  const nx = s.x.length;
  const ny = s.y.length;
  const { rx } = rankStats(s.x, s.y, 0);
  return (rx - (nx * (nx + 1)) / 2) / (nx * ny);
}
