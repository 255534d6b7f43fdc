/* eslint-disable no-loss-of-precision -- published coefficients (Cody 1969, Wichura AS 241) are kept digit for digit as printed */
/**
 * Numerical helpers for the canary judge: the standard normal distribution, percentiles,
 * means, decimal HALF_UP rounding and a seeded Gaussian source. Pure functions, no I/O.
 */

/**
 * Complementary error function erfc(x), relative error below 1e-15 over the real line.
 * Follows W. J. Cody, "Rational Chebyshev approximations for the error function",
 * Math. Comp. 23 (1969), the three-interval scheme used by netlib's CALERF.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  let r: number;
  if (ax <= 0.5) {
    return 1 - erfSmall(x);
  } else if (ax <= 4) {
    const c = [
      5.64188496988670089e-1, 8.88314979438837594, 6.61191906371416295e1, 2.98635138197400131e2, 8.8195222124176909e2,
      1.71204761263407058e3, 2.05107837782607147e3, 1.23033935479799725e3, 2.15311535474403846e-8,
    ];
    const d = [
      1.57449261107098347e1, 1.17693950891312499e2, 5.37181101862009858e2, 1.62138957456669019e3, 3.29079923573345963e3,
      4.36261909014324716e3, 3.43936767414372164e3, 1.23033935480374942e3,
    ];
    let num = c[8] * ax;
    let den = ax;
    for (let i = 0; i < 7; i++) {
      num = (num + c[i]) * ax;
      den = (den + d[i]) * ax;
    }
    r = (num + c[7]) / (den + d[7]);
  } else {
    if (ax >= 27) return x > 0 ? 0 : 2;
    const p = [
      3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1, 1.60837851487422766e-2, 6.58749161529837803e-4,
      1.63153871373020978e-2,
    ];
    const q = [2.56852019228982242, 1.87295284992346725, 5.27905102951428412e-1, 6.05183413124413191e-2, 2.33520497626869185e-3];
    const z = 1 / (ax * ax);
    let num = p[5] * z;
    let den = z;
    for (let i = 0; i < 4; i++) {
      num = (num + p[i]) * z;
      den = (den + q[i]) * z;
    }
    r = (z * (num + p[4])) / (den + q[4]);
    r = (0.5641895835477563 - r) / ax;
  }
  // exp(-x^2) computed in two parts to keep relative accuracy (Cody's trick)
  const xs = Math.trunc(ax * 16) / 16;
  const del = (ax - xs) * (ax + xs);
  r = Math.exp(-xs * xs) * Math.exp(-del) * r;
  return x < 0 ? 2 - r : r;
}

function erfSmall(x: number): number {
  const a = [3.1611237438705656, 1.13864154151050156e2, 3.77485237685302021e2, 3.20937758913846947e3, 1.85777706184603153e-1];
  const b = [2.36012909523441209e1, 2.44024637934444173e2, 1.28261652607737228e3, 2.84423683343917062e3];
  const z = x * x;
  let num = a[4] * z;
  let den = z;
  for (let i = 0; i < 3; i++) {
    num = (num + a[i]) * z;
    den = (den + b[i]) * z;
  }
  return (x * (num + a[3])) / (den + b[3]);
}

/** Standard normal upper tail P(Z > z), accurate in the far tail (uses erfc). */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/**
 * Standard normal quantile Φ⁻¹(p) for 0 < p < 1. Algorithm AS 241 (PPND16), M. J. Wichura,
 * Applied Statistics 37 (1988) 477-484; relative accuracy about 1e-16.
 * @throws RangeError outside (0, 1).
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r +
          13731.693765509461125) *
          r +
          1971.5909503065514427) *
          r +
          133.14166789178437745) *
          r +
          3.387132872796366608)) /
      (((((((5226.495278852545925 * r + 28729.085735721942674) * r + 39307.89580009271061) * r + 21213.794301586595867) * r +
        5394.1960214247511077) *
        r +
        687.1870074920579083) *
        r +
        42.313330701600911252) *
        r +
        1)
    );
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  let val: number;
  if (r <= 5) {
    r -= 1.6;
    val =
      (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r + 1.27045825245236838258) * r +
        3.64784832476320460504) *
        r +
        5.7694972214606914055) *
        r +
        4.6303378461565452959) *
        r +
        1.42343711074968357734) /
      (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r + 0.14810397642748007459) * r +
        0.68976733498510000455) *
        r +
        1.6763848301838038494) *
        r +
        2.05319162663775882187) *
        r +
        1);
  } else {
    r -= 5;
    val =
      (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r + 0.026532189526576123093) * r +
        0.29656057182850489123) *
        r +
        1.7848265399172913358) *
        r +
        5.4637849111641143699) *
        r +
        6.6579046435011037772) /
      (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r +
        0.0148753612908506148525) *
        r +
        0.13692988092273580531) *
        r +
        0.59983220655588793769) *
        r +
        1);
  }
  return q < 0 ? -val : val;
}

/**
 * Arithmetic mean (NaN for an empty array), summed left to right as commons-math StatUtils.mean's
 * first pass, plus commons-math Mean's correction term (the mean of the residuals).
 * Finite inputs always give a finite mean: when the plain sum overflows (values near ±1.8e308),
 * the values are scaled by a power of two (exact) so the sum cannot overflow, and the mean is
 * scaled back (it lies between the minimum and the maximum, so it is finite).
 * A non-finite input (±Infinity, NaN) gives a non-finite mean, which callers treat as an error.
 */
export function mean(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return NaN;
  const m = meanScaled(values, 1);
  if (Number.isFinite(m)) return m;
  for (let i = 0; i < n; i++) if (!Number.isFinite(values[i])) return m;
  // 2^-k with 2^k >= 2n: |sum of scaled values| <= n * max / 2^k <= max / 2, no overflow
  const k = Math.ceil(Math.log2(n)) + 2;
  return meanScaled(values, 2 ** -k) * 2 ** k;
}

function meanScaled(values: ArrayLike<number>, f: number): number {
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += values[i] * f;
  const m = s / n;
  let c = 0;
  for (let i = 0; i < n; i++) c += values[i] * f - m;
  return m + c / n;
}

/**
 * Percentile by linear interpolation between order statistics (Hyndman & Fan type 7, R's
 * default, commons-math EstimationType.R_7), as Kayenta's DescriptiveStatistics.percentile.
 * @param sorted values in ascending order
 * @param p percentile in [0, 100]
 */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  if (n === 1) return sorted[0];
  const h = (n - 1) * (p / 100);
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Percentile (type 7) of unsorted values. */
export function percentile(values: ArrayLike<number>, p: number): number {
  return percentileSorted(Float64Array.from(values).sort(), p);
}

/**
 * Rounds to `places` decimals with HALF_UP on the value's shortest decimal representation,
 * as commons-math MathUtils.round(x, scale) (new BigDecimal(Double.toString(x)).setScale(scale, ROUND_HALF_UP)):
 * 1.005 rounds to 1.01, 33.335 to 33.34.
 */
export function roundHalfUp(x: number, places: number): number {
  if (!Number.isFinite(x)) return x;
  const neg = x < 0;
  let s = Math.abs(x).toString();
  if (s.includes('e')) {
    // expand exponent form into plain decimal digits
    const [mant, expS] = s.split('e');
    const exp = Number(expS);
    const [ip, fp = ''] = mant.split('.');
    const digits = ip + fp;
    const point = ip.length + exp;
    s =
      point <= 0
        ? '0.' + '0'.repeat(-point) + digits
        : point >= digits.length
          ? digits + '0'.repeat(point - digits.length)
          : digits.slice(0, point) + '.' + digits.slice(point);
  }
  const [ip, fp = ''] = s.split('.');
  if (fp.length <= places) return x;
  const keep = ip + fp.slice(0, places);
  const next = fp.charCodeAt(places) - 48;
  let n = BigInt(keep);
  if (next >= 5) n += 1n;
  const str = n.toString().padStart(places + 1, '0');
  const out = Number(places ? `${str.slice(0, str.length - places)}.${str.slice(str.length - places)}` : str);
  return neg ? -out : out;
}

/**
 * A seeded Gaussian source (mulberry32 uniform, Box-Muller transform). Kayenta draws unseeded
 * noise; we seed it so the same inputs always give the same verdict.
 */
export function gaussianSource(seed: number): () => number {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => {
    let u = 0;
    while (u === 0) u = uniform();
    const v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}
