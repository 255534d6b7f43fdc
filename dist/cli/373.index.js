export const id = 373;
export const ids = [373,32];
export const modules = {

/***/ 373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/fsx.ts
var fsx = __webpack_require__(5234);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(2032);
;// CONCATENATED MODULE: ./src/canary/stats.ts
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
function erfc(x) {
    if (Number.isNaN(x))
        return NaN;
    const ax = Math.abs(x);
    let r;
    if (ax <= 0.5) {
        return 1 - erfSmall(x);
    }
    else if (ax <= 4) {
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
    }
    else {
        if (ax >= 27)
            return x > 0 ? 0 : 2;
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
function erfSmall(x) {
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
function normalSf(z) {
    return 0.5 * erfc(z / Math.SQRT2);
}
/**
 * Standard normal quantile Φ⁻¹(p) for 0 < p < 1. Algorithm AS 241 (PPND16), M. J. Wichura,
 * Applied Statistics 37 (1988) 477-484; relative accuracy about 1e-16.
 * @throws RangeError outside (0, 1).
 */
function normalQuantile(p) {
    if (!(p > 0 && p < 1))
        throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
    const q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
        const r = 0.180625 - q * q;
        return ((q *
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
                1));
    }
    let r = q < 0 ? p : 1 - p;
    r = Math.sqrt(-Math.log(r));
    let val;
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
    }
    else {
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
function mean(values) {
    const n = values.length;
    if (n === 0)
        return NaN;
    const m = meanScaled(values, 1);
    if (Number.isFinite(m))
        return m;
    for (let i = 0; i < n; i++)
        if (!Number.isFinite(values[i]))
            return m;
    // 2^-k with 2^k >= 2n: |sum of scaled values| <= n * max / 2^k <= max / 2, no overflow
    const k = Math.ceil(Math.log2(n)) + 2;
    return meanScaled(values, 2 ** -k) * 2 ** k;
}
function meanScaled(values, f) {
    const n = values.length;
    let s = 0;
    for (let i = 0; i < n; i++)
        s += values[i] * f;
    const m = s / n;
    let c = 0;
    for (let i = 0; i < n; i++)
        c += values[i] * f - m;
    return m + c / n;
}
/**
 * Percentile by linear interpolation between order statistics (Hyndman & Fan type 7, R's
 * default, commons-math EstimationType.R_7), as Kayenta's DescriptiveStatistics.percentile.
 * @param sorted values in ascending order
 * @param p percentile in [0, 100]
 */
function percentileSorted(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return NaN;
    if (n === 1)
        return sorted[0];
    const h = (n - 1) * (p / 100);
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
/** Percentile (type 7) of unsorted values. */
function percentile(values, p) {
    return percentileSorted(Float64Array.from(values).sort(), p);
}
/**
 * Rounds to `places` decimals with HALF_UP on the value's shortest decimal representation,
 * as commons-math MathUtils.round(x, scale) (new BigDecimal(Double.toString(x)).setScale(scale, ROUND_HALF_UP)):
 * 1.005 rounds to 1.01, 33.335 to 33.34.
 */
function roundHalfUp(x, places) {
    if (!Number.isFinite(x))
        return x;
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
    if (fp.length <= places)
        return x;
    const keep = ip + fp.slice(0, places);
    const next = fp.charCodeAt(places) - 48;
    let n = BigInt(keep);
    if (next >= 5)
        n += 1n;
    const str = n.toString().padStart(places + 1, '0');
    const out = Number(places ? `${str.slice(0, str.length - places)}.${str.slice(str.length - places)}` : str);
    return neg ? -out : out;
}
/**
 * A seeded Gaussian source (mulberry32 uniform, Box-Muller transform). Kayenta draws unseeded
 * noise; we seed it so the same inputs always give the same verdict.
 */
function gaussianSource(seed) {
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
        while (u === 0)
            u = uniform();
        const v = uniform();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    };
}

;// CONCATENATED MODULE: ./src/canary/mannwhitney.ts
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

/** Thrown when every observation is tied at an evaluated shift (Kayenta's MannWhitneyException). */
class MannWhitneyError extends Error {
}
/** Sorts copies of the two samples (NaN must already be removed or replaced). */
function prepare(experiment, control) {
    return { x: Float64Array.from(experiment).sort(), y: Float64Array.from(control).sort() };
}
/** Rank statistics of (x - d) against y: rank sum of x (average ranks for ties) and sum of t^3 - t over tie groups. */
function rankStats(x, y, d) {
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
        if (t === 0)
            break; // only when both sides are exhausted
        rx += cx * (pos + (t + 1) / 2);
        if (t > 1)
            ties += Math.pow(t, 3) - t;
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
function wilcoxonDiff(mu, quantile, s) {
    const xLen = s.x.length;
    const yLen = s.y.length;
    const { rx, ties } = rankStats(s.x, s.y, mu);
    const dz = rx - (xLen * (xLen + 1)) / 2 - (xLen * yLen) / 2;
    const correction = Math.sign(dz) * 0.5;
    const sigma = Math.sqrt(((xLen * yLen) / 12) * (xLen + yLen + 1 - ties / ((xLen + yLen) * (xLen + yLen - 1))));
    if (sigma === 0)
        throw new MannWhitneyError('cannot compute confidence interval when all observations are tied');
    return (dz - correction) / sigma - quantile;
}
/**
 * Brent's root finder as R's `zeroin` (R_zeroin2), the port Kayenta uses: tol = 1e-4 absolute,
 * at most 1000 + 1 iterations, machine epsilon 2.220446049250313e-16; returns the last iterate on failure.
 * @param fa f(ax), @param fb f(bx) already evaluated (the bracket must have opposite signs or a zero).
 */
function kayentaBrent(ax, bx, fa, fb, f, tol = 1e-4) {
    const EPSILON = 2.220446049250313e-16;
    let a = ax;
    let b = bx;
    let c = a;
    let fc = fa;
    let maxit = 1000 + 1;
    if (fa === 0)
        return a;
    if (fb === 0)
        return b;
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
        if (Math.abs(newStep) <= tolAct || Math.abs(fb) <= Number.MIN_VALUE)
            return b;
        if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
            let p;
            let q;
            const cb = c - b;
            if (a === c) {
                const t1 = fb / fa;
                p = cb * t1;
                q = 1 - t1;
            }
            else {
                q = fa / fc;
                const t1 = fb / fc;
                const t2 = fb / fa;
                p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1));
                q = (q - 1) * (t1 - 1) * (t2 - 1);
            }
            if (p > 0)
                q = -q;
            else
                p = -p;
            if (p < 0.75 * cb * q - Math.abs(tolAct * q) / 2 && p < Math.abs((prevStep * q) / 2))
                newStep = p / q;
        }
        if (Math.abs(newStep) < tolAct)
            newStep = newStep > 0 ? tolAct : -tolAct;
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
/**
 * Kayenta's `calculateConfidenceInterval` (MannWhitney.scala): end points are muMin / muMax when
 * the function does not change sign, else Brent roots (tol 1e-4); the estimate is the Brent root at quantile 0.
 * @param confLevel e.g. 0.98
 * @throws MannWhitneyError when all observations are tied at an evaluated shift.
 */
function kayentaInterval(s, confLevel) {
    const { x, y } = s;
    const alpha = 1.0 - confLevel;
    const muMin = x[0] - y[y.length - 1];
    const muMax = x[x.length - 1] - y[0];
    const findRoot = (zq) => {
        const fLower = wilcoxonDiff(muMin, zq, s);
        const fUpper = wilcoxonDiff(muMax, zq, s);
        if (fLower <= 0)
            return muMin;
        if (fUpper >= 0)
            return muMax;
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
function scan(s, t) {
    const { x, y } = s;
    const ny = y.length;
    let j = 0;
    let count = 0;
    let atMost = -Infinity;
    let above = Infinity;
    for (let i = 0; i < x.length; i++) {
        const xi = x[i];
        while (j < ny && xi - y[j] > t)
            j++;
        count += ny - j;
        if (j < ny && xi - y[j] > atMost)
            atMost = xi - y[j];
        if (j > 0 && xi - y[j - 1] < above)
            above = xi - y[j - 1];
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
function kthDifference(s, k) {
    const { x, y } = s;
    const nx = x.length;
    const ny = y.length;
    const total = nx * ny;
    if (!(k >= 1 && k <= total))
        throw new RangeError(`kthDifference: k=${k} outside 1..${total}`);
    const muMin = x[0] - y[ny - 1];
    const first = scan(s, muMin);
    if (first.count >= k)
        return muMin;
    let lo = muMin;
    let cLo = first.count;
    let next = first.above;
    let hi = x[nx - 1] - y[0];
    let cHi = total;
    const limit = 8192;
    let lastSide = 0;
    let repeats = 0;
    while (cHi - cLo > limit) {
        if (next >= hi)
            return hi;
        // regula falsi on the counts; after two moves of the same end, bisect (as the Illinois method does)
        let mid = repeats >= 2 ? next + (hi - next) / 2 : next + (hi - next) * ((k - cLo) / (cHi - cLo));
        if (!(mid >= next && mid < hi))
            mid = next;
        const r = scan(s, mid);
        const side = r.count >= k ? 1 : -1;
        repeats = side === lastSide ? repeats + 1 : 1;
        lastSide = side;
        if (side > 0) {
            hi = r.atMost;
            cHi = r.count;
        }
        else {
            lo = mid;
            cLo = r.count;
            next = r.above;
        }
    }
    if (next >= hi)
        return hi;
    const cand = new Float64Array(cHi - cLo);
    let n = 0;
    let jHi = 0; // first j with x[i] - y[j] <= hi
    let jLo = 0; // first j with x[i] - y[j] <= lo
    for (let i = 0; i < nx; i++) {
        const xi = x[i];
        while (jHi < ny && xi - y[jHi] > hi)
            jHi++;
        while (jLo < ny && xi - y[jLo] > lo)
            jLo++;
        for (let j = jHi; j < jLo; j++)
            cand[n++] = xi - y[j];
    }
    cand.sort();
    return cand[k - cLo - 1];
}
/** Hodges-Lehmann estimate of the shift: the median of all pairwise differences x_i - y_j. */
function hodgesLehmann(s) {
    const m = s.x.length * s.y.length;
    if (m === 0)
        return NaN;
    if (m % 2 === 1)
        return kthDifference(s, (m + 1) / 2);
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
function exactInterval(s, confLevel) {
    const { x, y } = s;
    const nx = x.length;
    const ny = y.length;
    const M = nx * ny;
    const muMin = x[0] - y[ny - 1];
    const muMax = x[nx - 1] - y[0];
    if (x[0] === x[nx - 1] && y[0] === y[ny - 1])
        return { lower: muMin, upper: muMin, estimate: muMin };
    // tie correction away from the steps: ties within x and within y only
    let ties = 0;
    for (const arr of [x, y]) {
        for (let i = 0; i < arr.length;) {
            let k = i + 1;
            while (k < arr.length && arr[k] === arr[i])
                k++;
            const t = k - i;
            if (t > 1)
                ties += Math.pow(t, 3) - t;
            i = k;
        }
    }
    const sigma0 = Math.sqrt(((nx * ny) / 12) * (nx + ny + 1 - ties / ((nx + ny) * (nx + ny - 1))));
    const g = (u, zq) => {
        const dz = u - M / 2;
        return (dz - Math.sign(dz) * 0.5) / sigma0 - zq;
    };
    /** d where U(d) = #{D > d} makes g cross 0; kth largest = (M - k + 1)-th smallest. */
    const crossing = (zq) => {
        let lo = 0; // g(lo) < 0 (U = 0 means d >= max difference)
        let hi = M; // g(M) >= 0 guaranteed by the end-point checks
        while (hi - lo > 1) {
            const mid = Math.floor((lo + hi) / 2);
            if (g(mid, zq) >= 0)
                hi = mid;
            else
                lo = mid;
        }
        const u0 = hi;
        const step = kthDifference(s, M - u0 + 1); // u0-th largest difference
        if (g(u0, zq) > 0 || u0 === M)
            return step;
        // g(u0) == 0: the function is 0 wherever U(d) = u0, i.e. between the (u0+1)-th and u0-th largest
        return (kthDifference(s, M - u0) + step) / 2;
    };
    const findRoot = (zq) => {
        const fLower = wilcoxonDiff(muMin, zq, s);
        const fUpper = wilcoxonDiff(muMax, zq, s);
        if (fLower <= 0)
            return muMin;
        if (fUpper >= 0)
            return muMax;
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
function mannWhitneyU(s) {
    const nx = s.x.length;
    const ny = s.y.length;
    const { rx, ties } = rankStats(s.x, s.y, 0);
    const u = rx - (nx * (nx + 1)) / 2;
    const mu = (nx * ny) / 2;
    const n = nx + ny;
    const sd = Math.sqrt(((nx * ny) / 12) * (n + 1 - ties / (n * (n - 1))));
    if (!(sd > 0))
        return { u, z: NaN, pValue: NaN };
    const z = (Math.max(u, nx * ny - u) - mu - 0.5) / sd;
    return { u, z: u >= mu ? z : -z, pValue: Math.min(1, Math.max(0, 2 * normalSf(z))) };
}
/**
 * Common-language effect size P(canary > baseline) + P(canary = baseline) / 2 = U / (n m)
 * (McGraw & Wong 1992; Kayenta `EffectSizes.cles`). 0.5 means no effect.
 */
function cles(s) {
    const nx = s.x.length;
    const ny = s.y.length;
    const { rx } = rankStats(s.x, s.y, 0);
    return (rx - (nx * (nx + 1)) / 2) / (nx * ny);
}

;// CONCATENATED MODULE: ./src/canary/classifier.ts
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


/** Kayenta's defaults (NetflixACAJudge.classifyMetric). */
function defaultSettings(measure = 'meanRatio') {
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
const KAYENTA_TOLERANCE = 0.25;
const KAYENTA_CONFIDENCE = 0.98;
/**
 * Kayenta's IQRDetector(factor, reduceSensitivity = true): outliers lie outside
 * [min(Q1 - f*IQR, P1), max(Q3 + f*IQR, P99)] with type-7 percentiles.
 */
function iqrOutliers(values, factor) {
    const sorted = Float64Array.from(values).sort();
    const q1 = percentileSorted(sorted, 25);
    const q3 = percentileSorted(sorted, 75);
    const iqr = q3 - q1;
    const lower = Math.min(q1 - factor * iqr, percentileSorted(sorted, 1));
    const upper = Math.max(q3 + factor * iqr, percentileSorted(sorted, 99));
    return Array.from(values, (v) => v < lower || v > upper);
}
/** NaN strategy then (optionally) outlier removal, as NetflixACAJudge.transformMetric. */
function transform(raw, s) {
    let nan = 0;
    const kept = [];
    for (let i = 0; i < raw.length; i++) {
        const v = raw[i];
        if (Number.isNaN(v)) {
            nan++;
            if (s.nanStrategy === 'replace')
                kept.push(0);
        }
        else
            kept.push(v === 0 ? 0 : v);
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
function sideStats(values, sorted, nan, outliers) {
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
function meanRatio(control, experiment) {
    const c = mean(control);
    const e = mean(experiment);
    if (!(c > 0) || !Number.isFinite(c) || !Number.isFinite(e) || e === 0)
        return NaN;
    return e / c;
}
/** Above this magnitude the rank test runs on samples scaled by {@link RANK_SCALE} so shifts cannot overflow. */
const LARGE = 2 ** 1000;
/** A power of two: scaling by it is exact and preserves every rank and every difference's order. */
const RANK_SCALE = 2 ** -8;
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
function classifyMetric(baselineRaw, canaryRaw, s, opts) {
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
    const exactSamples = { x: se, y: sc };
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
    const cl = cles(samples);
    const deviation = s.effectSize.measure === 'cles' ? cl : mr;
    /** The metric's Error classification (Kayenta's "Metric Classification Failed"), with what was measured. */
    const failed = (kayentaReason) => ({
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
    for (const v of [sc[0], sc[sc.length - 1], se[0], se[se.length - 1]])
        maxAbs = Math.max(maxAbs, Math.abs(v));
    const scale = maxAbs > LARGE ? RANK_SCALE : 1;
    const ranked = scale === 1
        ? samples
        : prepare(Float64Array.from(e, (v) => v * scale), Float64Array.from(k, (v) => v * scale));
    let interval;
    try {
        interval = opts.judge === 'kayenta' ? kayentaInterval(ranked, level) : exactInterval(ranked, level);
    }
    catch (err) {
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
    const label = isHigh ? 'High' : isLow ? 'Low' : 'Pass';
    let isCritical = false;
    if (s.critical && label === 'High' && (Number.isNaN(deviation) || deviation >= s.effectSize.criticalIncrease))
        isCritical = true;
    if (s.critical && label === 'Low' && (Number.isNaN(deviation) || deviation <= s.effectSize.criticalDecrease))
        isCritical = true;
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

;// CONCATENATED MODULE: ./schemas/canary-config.schema.json
const canary_config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/mc-actions/mc-actions/schemas/canary-config.schema.json","title":"Canary config (mc canary-score)","description":"A Kayenta canary config (configVersion 1: metrics[].analysisConfigurations.canary, metrics[].groups, classifier.groupWeights) or the mc canary YAML superset (flat metric settings, weights, maxIncrease, guards, thresholds, judge, rollout). Unknown keys are errors. The file may also hold the config under a single top-level `canary:` key.","type":"object","required":["metrics"],"additionalProperties":false,"properties":{"$schema":{"type":"string"},"name":{"type":"string"},"id":{"type":"string","description":"Kayenta: config id"},"description":{"type":"string"},"configVersion":{"type":["string","number"],"description":"Kayenta: config format version (1)"},"applications":{"type":"array","items":{"type":"string"},"description":"Kayenta: owning applications"},"createdTimestamp":{"type":"number"},"updatedTimestamp":{"type":"number"},"createdTimestampIso":{"type":"string"},"updatedTimestampIso":{"type":"string"},"templates":{"type":"object","additionalProperties":{"type":"string"},"description":"Kayenta: custom filter templates for the metrics\' Prometheus queries (used with --prometheus)"},"scopes":{"type":"object","description":"Kayenta canary scopes {controlScope, experimentScope} for reading the metrics from Prometheus (--prometheus); checked by the reader"},"judge":{"anyOf":[{"enum":["kayenta","exact"]},{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string"},"judgeConfigurations":{"type":"object"}},"description":"Kayenta: the judge block ({name: NetflixACAJudge-v1.0}); the judge mode then comes from --judge (default exact)"}],"description":"kayenta (NetflixACAJudge-v1.0 numerics) or exact (default)"},"thresholds":{"$ref":"#/$defs/thresholds"},"weights":{"type":"object","additionalProperties":{"$ref":"#/$defs/number"},"description":"group weights, fractions summing to at most 1 or percents summing to at most 100"},"classifier":{"type":"object","additionalProperties":false,"properties":{"groupWeights":{"type":"object","additionalProperties":{"$ref":"#/$defs/number"},"description":"Kayenta: percent per group"},"scoreThresholds":{"$ref":"#/$defs/thresholds","description":"Kayenta: pass and marginal (used when thresholds is absent)"}}},"metrics":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/metric"}},"guards":{"type":"array","items":{"$ref":"#/$defs/guard"}},"rollout":{"type":"object","additionalProperties":false,"properties":{"trafficWeight":{"$ref":"#/$defs/number","description":"current canary traffic, percent"},"bakeMinutes":{"$ref":"#/$defs/number"},"minWeight":{"$ref":"#/$defs/number"}}}},"$defs":{"number":{"type":["number","string"],"pattern":"^\\\\s*[-+]?([0-9]+\\\\.?[0-9]*|\\\\.[0-9]+)([eE][-+]?[0-9]+)?\\\\s*%?\\\\s*$","description":"a number, or a numeric string with an optional % (5% is 0.05)"},"boolean":{"enum":[true,false,"true","false"]},"thresholds":{"type":"object","additionalProperties":false,"properties":{"pass":{"$ref":"#/$defs/number"},"marginal":{"$ref":"#/$defs/number"}}},"direction":{"enum":["increase","decrease","either"]},"nanStrategy":{"enum":["remove","replace"]},"effectSize":{"type":"object","additionalProperties":false,"properties":{"measure":{"enum":["meanRatio","cles"]},"allowedIncrease":{"$ref":"#/$defs/number"},"allowedDecrease":{"$ref":"#/$defs/number"},"criticalIncrease":{"$ref":"#/$defs/number"},"criticalDecrease":{"$ref":"#/$defs/number"}}},"outliers":{"type":"object","additionalProperties":false,"properties":{"strategy":{"enum":["keep","remove"]},"outlierFactor":{"$ref":"#/$defs/number"}}},"analysis":{"type":"object","additionalProperties":false,"description":"Kayenta: metrics[].analysisConfigurations.canary","properties":{"direction":{"$ref":"#/$defs/direction"},"nanStrategy":{"$ref":"#/$defs/nanStrategy"},"critical":{"$ref":"#/$defs/boolean"},"mustHaveData":{"$ref":"#/$defs/boolean"},"muted":{"$ref":"#/$defs/boolean"},"effectSize":{"$ref":"#/$defs/effectSize"},"outliers":{"$ref":"#/$defs/outliers"}}},"metric":{"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"label":{"type":"string","minLength":1,"description":"name used in reasons"},"unit":{"type":"string","minLength":1},"group":{"type":"string","minLength":1},"groups":{"type":"array","items":{"type":"string","minLength":1}},"direction":{"$ref":"#/$defs/direction"},"nanStrategy":{"$ref":"#/$defs/nanStrategy"},"critical":{"$ref":"#/$defs/boolean"},"mustHaveData":{"$ref":"#/$defs/boolean"},"muted":{"$ref":"#/$defs/boolean"},"effectSize":{"$ref":"#/$defs/effectSize"},"outliers":{"$ref":"#/$defs/outliers"},"maxIncrease":{"$ref":"#/$defs/number","description":"the canary may be up to this much higher (5% or 0.05)"},"maxDecrease":{"$ref":"#/$defs/number"},"analysisConfigurations":{"type":"object","additionalProperties":false,"properties":{"canary":{"$ref":"#/$defs/analysis"}}},"query":{"type":"object","description":"Kayenta: the metric store query; a PrometheusCanaryMetricSetQueryConfig is read with --prometheus (checked by the reader)"},"scopeName":{"type":"string","description":"Kayenta: scope name"}}},"guard":{"type":"object","required":["name","metric"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"type":{"enum":["threshold","burnRate","rate"]},"metric":{"type":"string","minLength":1},"action":{"enum":["halt","pause","warn","page"]},"min":{"$ref":"#/$defs/number"},"max":{"$ref":"#/$defs/number"},"threshold":{"$ref":"#/$defs/number"},"window":{"$ref":"#/$defs/number","description":"seconds"},"slo":{"$ref":"#/$defs/number"},"period":{"$ref":"#/$defs/number","description":"seconds"}}}}}');
;// CONCATENATED MODULE: ./src/canary/config.ts
/**
 * Canary configuration: a Kayenta canary config JSON (`metrics[].analysisConfigurations.canary`,
 * `metrics[].groups`, `classifier.groupWeights`) is accepted as is; our YAML form is a superset
 * that adds composite weights (fractions or percents), the p95 gate (`maxIncrease: 5%` on a metric),
 * absolute guards with actions, score thresholds, the judge and rollout settings.
 */




/** schemas/canary-config.schema.json, bundled (the one document, published for editors). */
const canaryConfigSchema = canary_config_schema_namespaceObject;
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function num(file, field, v, opts = {}) {
    let n = v;
    if (typeof v === 'string' && v.trim() !== '')
        n = Number(v.trim().replace(/%$/, '')) / (v.trim().endsWith('%') ? 100 : 1);
    if (typeof n !== 'number' || !Number.isFinite(n))
        throw new errors/* InputError */.dz(file, field, 'a finite number', { found: JSON.stringify(v) });
    if (opts.min !== undefined && n < opts.min)
        throw new errors/* InputError */.dz(file, field, `a number >= ${opts.min}`, { found: String(n) });
    if (opts.max !== undefined && n > opts.max)
        throw new errors/* InputError */.dz(file, field, `a number <= ${opts.max}`, { found: String(n) });
    return n;
}
function bool(file, field, v, def) {
    if (v === undefined || v === null)
        return def;
    if (typeof v === 'boolean')
        return v;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new errors/* InputError */.dz(file, field, 'true or false', { found: JSON.stringify(v) });
}
/** Direction, validated by the schema (Kayenta's `MetricDirection.parse` reads unknown values as either; we refuse them). */
function direction(v) {
    return v === 'increase' || v === 'decrease' ? v : 'either';
}
/** The canary config's own wording where the schema's generic one would be vaguer. */
function canaryExpected(e) {
    const parent = (e.parentSchema ?? {});
    // the numeric fields: {type: [number, string], pattern: a number with an optional %}
    if (parent.pattern !== undefined && (e.keyword === 'type' || e.keyword === 'pattern'))
        return 'a number (or a numeric string such as 5%)';
    if (e.keyword === 'enum') {
        const allowed = e.params.allowedValues;
        if (allowed.length === 4 && allowed.includes(true) && allowed.includes('false'))
            return 'true or false';
        if (e.instancePath === '/judge')
            return `one of ${allowed.join(', ')} (or a Kayenta judge block {name: ...})`;
    }
    return undefined;
}
/**
 * Validates a parsed canary config against `schemas/canary-config.schema.json` (src/core/schema.ts): unknown keys
 * (`critcal: true`), values outside an enum (`direction: sideways`), wrong types.
 * @throws InputError naming the file, the field and what was expected.
 */
function validateCanaryConfig(doc, file) {
    if (!isObj(doc))
        throw new errors/* InputError */.dz(file, undefined, 'a canary config object (Kayenta canary config JSON or mc canary YAML)');
    let root = doc;
    let prefix = [];
    if (Object.prototype.hasOwnProperty.call(doc, 'canary')) {
        const other = Object.keys(doc).filter((k) => k !== 'canary' && k !== '$schema');
        if (other.length)
            throw new errors/* InputError */.dz(file, other[0], `no property '${other[0]}' beside the top-level canary: block (not in the canary config schema)`);
        if (!isObj(doc.canary))
            throw new errors/* InputError */.dz(file, 'canary', 'a canary config object');
        root = doc.canary;
        prefix = ['canary'];
    }
    (0,schema.validateWithSchema)(canaryConfigSchema, root, file, { what: 'canary config', prefix, expected: canaryExpected });
}
/** One metric's settings from `analysisConfigurations.canary` merged with our flat keys. */
function metricSettings(file, at, m) {
    const ac = isObj(m.analysisConfigurations) && isObj(m.analysisConfigurations.canary) ? m.analysisConfigurations.canary : {};
    const pick = (k) => (m[k] !== undefined ? m[k] : ac[k]);
    const es = { ...(isObj(ac.effectSize) ? ac.effectSize : {}), ...(isObj(m.effectSize) ? m.effectSize : {}) };
    // enums and types are the schema's (validateCanaryConfig); ranges and cross-field rules are checked here
    const measure = (es.measure ?? 'meanRatio');
    const s = defaultSettings(measure);
    s.direction = direction(pick('direction'));
    // Kayenta NaNStrategy.parse: replace, else remove
    s.nanStrategy = pick('nanStrategy') === 'replace' ? 'replace' : 'remove';
    s.critical = bool(file, `${at}.critical`, pick('critical'), false);
    s.mustHaveData = bool(file, `${at}.mustHaveData`, pick('mustHaveData'), false);
    s.muted = bool(file, `${at}.muted`, pick('muted'), false);
    for (const k of ['allowedIncrease', 'allowedDecrease', 'criticalIncrease', 'criticalDecrease']) {
        if (es[k] !== undefined)
            s.effectSize[k] = num(file, `${at}.effectSize.${k}`, es[k], { min: 0 });
    }
    // our p95-style gate: maxIncrease 5% means the canary may be up to 5% higher (allowedIncrease 1.05)
    if (m.maxIncrease !== undefined) {
        if (measure !== 'meanRatio')
            throw new errors/* InputError */.dz(file, `${at}.maxIncrease`, 'effectSize.measure meanRatio with maxIncrease');
        s.effectSize.allowedIncrease = 1 + num(file, `${at}.maxIncrease`, m.maxIncrease, { min: 0 });
        if (s.direction === 'either' && pick('direction') === undefined)
            s.direction = 'increase';
    }
    if (m.maxDecrease !== undefined) {
        if (measure !== 'meanRatio')
            throw new errors/* InputError */.dz(file, `${at}.maxDecrease`, 'effectSize.measure meanRatio with maxDecrease');
        s.effectSize.allowedDecrease = 1 - num(file, `${at}.maxDecrease`, m.maxDecrease, { min: 0, max: 1 });
    }
    const out = { ...(isObj(ac.outliers) ? ac.outliers : {}), ...(isObj(m.outliers) ? m.outliers : {}) };
    if (out.strategy !== undefined)
        s.outliers.strategy = out.strategy;
    if (out.outlierFactor !== undefined)
        s.outliers.factor = num(file, `${at}.outliers.outlierFactor`, out.outlierFactor, { min: Number.MIN_VALUE });
    return s;
}
/** One guard (its shape, enums and required keys are the schema's). */
function guard(file, at, g) {
    const type = (g.type ??
        (g.slo !== undefined ? 'burnRate' : g.min !== undefined || g.max !== undefined ? 'threshold' : 'rate'));
    const out = { name: g.name, type, metric: g.metric, action: (g.action ?? 'halt') };
    if (g.min !== undefined)
        out.min = num(file, `${at}.min`, g.min);
    if (g.max !== undefined)
        out.max = num(file, `${at}.max`, g.max);
    if (g.threshold !== undefined)
        out.threshold = num(file, `${at}.threshold`, g.threshold, { min: 0 });
    if (g.window !== undefined)
        out.window = num(file, `${at}.window`, g.window, { min: 0 });
    if (g.slo !== undefined)
        out.slo = num(file, `${at}.slo`, g.slo, { min: 0, max: 0.999999999 });
    if (g.period !== undefined)
        out.period = num(file, `${at}.period`, g.period, { min: 1 });
    if (type === 'threshold' && out.min === undefined && out.max === undefined)
        throw new errors/* InputError */.dz(file, at, 'min or max for a threshold guard');
    if (type !== 'threshold' && out.threshold === undefined)
        throw new errors/* InputError */.dz(file, `${at}.threshold`, `a threshold for a ${type} guard`);
    if (type === 'burnRate' && out.slo === undefined)
        throw new errors/* InputError */.dz(file, `${at}.slo`, 'an SLO target (e.g. 0.999) for a burnRate guard');
    return out;
}
/**
 * Normalizes a parsed configuration document (Kayenta canary config JSON or our YAML).
 * @param file the file name for error messages
 * @throws InputError naming the field and what was expected.
 */
function parseCanaryConfig(doc, file) {
    validateCanaryConfig(doc, file);
    // from here on the shape is the schema's: types, enums, unknown keys, a non-empty metrics list
    const d = doc;
    const root = (isObj(d.canary) ? d.canary : d);
    const isKayenta = root.metrics.some((m) => isObj(m) && isObj(m.analysisConfigurations)) || isObj(root.classifier);
    const seen = new Set();
    const metrics = root.metrics.map((m, i) => {
        const at = `metrics[${i}]`;
        const name = m.name;
        if (seen.has(name))
            throw new errors/* InputError */.dz(file, `${at}.name`, 'a unique metric name', { found: name });
        seen.add(name);
        let groups;
        if (Array.isArray(m.groups))
            groups = m.groups;
        else if (m.group !== undefined)
            groups = [m.group];
        else
            groups = [name];
        const out = { name, groups, settings: metricSettings(file, at, m) };
        if (m.label !== undefined)
            out.label = m.label;
        if (m.unit !== undefined)
            out.unit = m.unit;
        return out;
    });
    // group weights: Kayenta classifier.groupWeights (percent) or our composite weights (fractions or percents)
    const groupWeights = Object.create(null);
    const cw = isObj(root.classifier) && isObj(root.classifier.groupWeights) ? root.classifier.groupWeights : undefined;
    const ow = isObj(root.weights) ? root.weights : undefined;
    if (cw)
        for (const [k, v] of Object.entries(cw))
            groupWeights[k] = num(file, `classifier.groupWeights.${k}`, v, { min: 0 });
    if (ow) {
        const entries = Object.entries(ow).map(([k, v]) => [k, num(file, `weights.${k}`, v, { min: 0 })]);
        const sum = entries.reduce((a, [, v]) => a + v, 0);
        const fractions = entries.every(([, v]) => v <= 1) && sum <= 1 + 1e-9;
        for (const [k, v] of entries)
            groupWeights[k] = fractions ? v * 100 : v;
    }
    const wsum = Object.values(groupWeights).reduce((a, b) => a + b, 0);
    if (wsum > 100 + 1e-9)
        throw new errors/* InputError */.dz(file, cw ? 'classifier.groupWeights' : 'weights', 'weights summing to at most 100 (percent) or 1 (fractions)', {
            found: String(wsum),
        });
    const guards = (root.guards ?? []).map((g, i) => guard(file, `guards[${i}]`, g));
    const cfg = {
        format: isKayenta && !ow && root.guards === undefined ? 'kayenta' : 'mc',
        groupWeights,
        metrics,
        guards,
        rollout: { trafficWeight: 10, bakeMinutes: 30, minWeight: 1 },
    };
    if (typeof root.name === 'string')
        cfg.name = root.name;
    // a string judge is kayenta or exact (the schema's enum); a Kayenta judge block leaves it to --judge
    if (typeof root.judge === 'string')
        cfg.judge = root.judge;
    // our thresholds, else Kayenta's classifier.scoreThresholds
    const th = isObj(root.thresholds)
        ? { v: root.thresholds, at: 'thresholds' }
        : isObj(root.classifier) && isObj(root.classifier.scoreThresholds)
            ? { v: root.classifier.scoreThresholds, at: 'classifier.scoreThresholds' }
            : undefined;
    if (th) {
        cfg.thresholds = {};
        if (th.v.pass !== undefined)
            cfg.thresholds.pass = num(file, `${th.at}.pass`, th.v.pass, { min: 0, max: 100 });
        if (th.v.marginal !== undefined)
            cfg.thresholds.marginal = num(file, `${th.at}.marginal`, th.v.marginal, { min: 0, max: 100 });
    }
    if (isObj(root.rollout)) {
        const r = root.rollout;
        if (r.trafficWeight !== undefined)
            cfg.rollout.trafficWeight = num(file, 'rollout.trafficWeight', r.trafficWeight, { min: 0, max: 100 });
        if (r.bakeMinutes !== undefined)
            cfg.rollout.bakeMinutes = num(file, 'rollout.bakeMinutes', r.bakeMinutes, { min: 0 });
        if (r.minWeight !== undefined)
            cfg.rollout.minWeight = num(file, 'rollout.minWeight', r.minWeight, { min: 0, max: 100 });
    }
    return cfg;
}

;// CONCATENATED MODULE: ./src/canary/data.ts
/**
 * Metric data readers. Every format becomes `MetricData`: per metric, the baseline and canary
 * values in time order (NaN for missing points) with their timestamps when the format has them.
 *
 * - JSON: `{"step": 60, "metrics": {"<name>": {"baseline": [...], "canary": [...]}}}`; null is NaN;
 *   `control`/`experiment` are accepted for `baseline`/`canary` (Kayenta MetricSetPair naming), and so is
 *   a Kayenta MetricSetPair list `[{"name": ..., "values": {"control": [...], "experiment": [...]}}]`.
 * - CSV (RFC 4180 subset, header required): long form `metric,side,value[,timestamp]` (side is
 *   baseline|canary|control|experiment) or wide form `metric,baseline,canary[,timestamp]`; empty or NaN is NaN.
 * - Prometheus HTTP API `query_range` responses (`resultType: matrix`), one per metric as
 *   `{"<metric>": <response>, ...}` or a single response named by `__name__`; baseline and canary series
 *   are selected by a label (default `version` = `baseline` / `canary`). Sample values are strings; "NaN" is NaN.
 * - a canary report (`--out`) that read its metrics from Prometheus: its `replay.data` (the recorded series).
 * - k6 `--out json` NDJSON: `Point` lines of the metrics named; baseline and canary selected by a tag
 *   (default `version`).
 */

const data_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A map of metric name to series with no prototype: names such as `__proto__` or `constructor` are plain keys. */
function metricMap() {
    return Object.create(null);
}
function values(file, field, v) {
    if (!Array.isArray(v))
        throw new errors/* InputError */.dz(file, field, 'an array of numbers (null for a missing point)');
    return v.map((x, i) => {
        if (x === null)
            return NaN;
        if (typeof x === 'number' && Number.isFinite(x))
            return x === 0 ? 0 : x;
        if (x === 'NaN')
            return NaN;
        throw new errors/* InputError */.dz(file, `${field}[${i}]`, 'a finite number or null', { found: JSON.stringify(x) });
    });
}
function side(s) {
    const v = s.trim().toLowerCase();
    if (v === 'baseline' || v === 'control')
        return 'baseline';
    if (v === 'canary' || v === 'experiment')
        return 'canary';
    return undefined;
}
function parseNative(doc, file) {
    if (!data_isObj(doc.metrics))
        throw new errors/* InputError */.dz(file, 'metrics', 'an object of metric name to {baseline, canary}');
    const out = { metrics: metricMap(), step: 60, format: 'json' };
    if (doc.step !== undefined) {
        if (typeof doc.step !== 'number' || !(doc.step > 0))
            throw new errors/* InputError */.dz(file, 'step', 'a positive number of seconds', { found: JSON.stringify(doc.step) });
        out.step = doc.step;
    }
    for (const [name, m] of Object.entries(doc.metrics)) {
        if (!data_isObj(m))
            throw new errors/* InputError */.dz(file, `metrics.${name}`, 'an object with baseline and canary arrays');
        const b = m.baseline ?? m.control;
        const c = m.canary ?? m.experiment;
        if (b === undefined)
            throw new errors/* InputError */.dz(file, `metrics.${name}.baseline`, 'an array of numbers');
        if (c === undefined)
            throw new errors/* InputError */.dz(file, `metrics.${name}.canary`, 'an array of numbers');
        out.metrics[name] = { baseline: values(file, `metrics.${name}.baseline`, b), canary: values(file, `metrics.${name}.canary`, c) };
    }
    return out;
}
function isPromResponse(v) {
    return data_isObj(v) && data_isObj(v.data) && typeof v.data.resultType === 'string' && Array.isArray(v.data.result);
}
function parsePrometheus(entries, file, sel) {
    const label = sel.label ?? 'version';
    const bv = sel.baseline ?? 'baseline';
    const cv = sel.canary ?? 'canary';
    const out = { metrics: metricMap(), step: 60, format: 'prometheus' };
    for (const [key, resp] of entries) {
        const where = key ?? 'data';
        if (!isPromResponse(resp))
            throw new errors/* InputError */.dz(file, where, 'a Prometheus query_range response');
        if (resp.data.resultType !== 'matrix')
            throw new errors/* InputError */.dz(file, `${where}.data.resultType`, 'matrix (a query_range result)', { found: resp.data.resultType });
        resp.data.result.forEach((series, i) => {
            const at = `${where}.data.result[${i}]`;
            if (!data_isObj(series) || !data_isObj(series.metric) || !Array.isArray(series.values))
                throw new errors/* InputError */.dz(file, at, 'a series with metric labels and values');
            const name = key ?? (typeof series.metric.__name__ === 'string' ? series.metric.__name__ : undefined);
            if (!name)
                throw new errors/* InputError */.dz(file, `${at}.metric.__name__`, 'a metric name (or a response keyed by metric name)');
            const lv = series.metric[label];
            const which = lv === bv ? 'baseline' : lv === cv ? 'canary' : undefined;
            if (!which)
                return; // a series of neither deployment
            const m = (out.metrics[name] ??= { baseline: [], canary: [], baselineTimes: [], canaryTimes: [] });
            series.values.forEach((pt, k) => {
                if (!Array.isArray(pt) || pt.length !== 2 || typeof pt[0] !== 'number' || typeof pt[1] !== 'string')
                    throw new errors/* InputError */.dz(file, `${at}.values[${k}]`, '[unix seconds, "value"]');
                const v = /^[+-]?Inf$/.test(pt[1]) ? Infinity : Number(pt[1]);
                if (Number.isNaN(v) && pt[1] !== 'NaN')
                    throw new errors/* InputError */.dz(file, `${at}.values[${k}][1]`, 'a numeric string', { found: JSON.stringify(pt[1]) });
                // +Inf (histogram_quantile in the +Inf bucket) is a real, unbounded value: never read it as a missing point
                if (!Number.isNaN(v) && !Number.isFinite(v))
                    throw new errors/* InputError */.dz(file, `${at}.values[${k}][1]`, 'a finite value or "NaN" (an infinite sample cannot be judged; narrow the query or add a finite bucket)', { found: JSON.stringify(pt[1]) });
                (which === 'baseline' ? m.baseline : m.canary).push(v);
                (which === 'baseline' ? m.baselineTimes : m.canaryTimes).push(pt[0]);
            });
        });
    }
    for (const [name, m] of Object.entries(out.metrics)) {
        if (!m.baseline.length && !m.canary.length)
            throw new errors/* InputError */.dz(file, name, `series labelled ${label}="${bv}" or ${label}="${cv}"`);
    }
    const times = Object.values(out.metrics).flatMap((m) => m.canaryTimes ?? []);
    if (times.length > 1) {
        // a loop, not Math.max(...times): spreading 100,000+ arguments overflows the stack
        let lo = Infinity;
        let hi = -Infinity;
        for (const t of times) {
            if (t < lo)
                lo = t;
            if (t > hi)
                hi = t;
        }
        out.step = Math.max(1, (hi - lo) / Math.max(1, new Set(times).size - 1));
    }
    return out;
}
function parseK6(text, file, sel) {
    const tag = sel.label ?? 'version';
    const bv = sel.baseline ?? 'baseline';
    const cv = sel.canary ?? 'canary';
    const out = { metrics: metricMap(), step: 1, format: 'k6' };
    text.split('\n').forEach((line, i) => {
        if (!line.trim())
            return;
        let o;
        try {
            o = JSON.parse(line);
        }
        catch {
            throw new errors/* InputError */.dz(file, undefined, 'one JSON object per line (k6 --out json)', { line: i + 1 });
        }
        if (!data_isObj(o) || o.type !== 'Point')
            return;
        const d = o.data;
        if (typeof o.metric !== 'string' || !data_isObj(d) || typeof d.value !== 'number' || !Number.isFinite(d.value))
            throw new errors/* InputError */.dz(file, 'data.value', 'a k6 Point with metric and a finite numeric data.value', { line: i + 1 });
        const tags = data_isObj(d.tags) ? d.tags : {};
        const which = tags[tag] === bv ? 'baseline' : tags[tag] === cv ? 'canary' : undefined;
        if (!which)
            return;
        const m = (out.metrics[o.metric] ??= { baseline: [], canary: [], baselineTimes: [], canaryTimes: [] });
        const t = typeof d.time === 'string' ? Date.parse(d.time) / 1000 : NaN;
        (which === 'baseline' ? m.baseline : m.canary).push(d.value);
        (which === 'baseline' ? m.baselineTimes : m.canaryTimes).push(t);
    });
    if (!Object.keys(out.metrics).length)
        throw new errors/* InputError */.dz(file, undefined, `k6 Point lines tagged ${tag}=${bv} or ${tag}=${cv}`);
    return out;
}
/** Splits one CSV line (quotes with "" escapes; no embedded newlines). */
function csvFields(line) {
    const out = [];
    let cur = '';
    let q = false;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (q) {
            if (ch === '"' && line[i + 1] === '"') {
                cur += '"';
                i++;
            }
            else if (ch === '"')
                q = false;
            else
                cur += ch;
        }
        else if (ch === '"')
            q = true;
        else if (ch === ',') {
            out.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    out.push(cur);
    return out.map((s) => s.trim());
}
function parseCsv(text, file) {
    const lines = text.split(/\r?\n/);
    const header = csvFields(lines[0] ?? '').map((h) => h.toLowerCase());
    const col = (n) => header.indexOf(n);
    const iMetric = col('metric');
    if (iMetric < 0)
        throw new errors/* InputError */.dz(file, 'header', 'a column named metric', { line: 1 });
    const long = col('side') >= 0 && col('value') >= 0;
    const iB = col('baseline') >= 0 ? col('baseline') : col('control');
    const iC = col('canary') >= 0 ? col('canary') : col('experiment');
    if (!long && (iB < 0 || iC < 0))
        throw new errors/* InputError */.dz(file, 'header', 'columns metric,side,value or metric,baseline,canary', { line: 1 });
    const iT = col('timestamp') >= 0 ? col('timestamp') : col('time');
    const out = { metrics: metricMap(), step: 60, format: 'csv' };
    const num = (s, ln, what) => {
        if (s === undefined || s === '' || s.toLowerCase() === 'nan' || s.toLowerCase() === 'null')
            return NaN;
        const v = Number(s);
        if (!Number.isFinite(v))
            throw new errors/* InputError */.dz(file, what, 'a number or empty', { line: ln, found: s });
        return v === 0 ? 0 : v;
    };
    for (let k = 1; k < lines.length; k++) {
        if (!lines[k].trim())
            continue;
        const f = csvFields(lines[k]);
        const name = f[iMetric];
        if (!name)
            throw new errors/* InputError */.dz(file, 'metric', 'a metric name', { line: k + 1 });
        const m = (out.metrics[name] ??= { baseline: [], canary: [], baselineTimes: [], canaryTimes: [] });
        const t = iT >= 0 ? num(f[iT], k + 1, 'timestamp') : NaN;
        if (long) {
            const s = side(f[col('side')] ?? '');
            if (!s)
                throw new errors/* InputError */.dz(file, 'side', 'baseline, canary, control or experiment', { line: k + 1, found: f[col('side')] });
            m[s].push(num(f[col('value')], k + 1, 'value'));
            (s === 'baseline' ? m.baselineTimes : m.canaryTimes).push(t);
        }
        else {
            if (f[iB] !== undefined && f[iB] !== '-') {
                m.baseline.push(num(f[iB], k + 1, header[iB]));
                m.baselineTimes.push(t);
            }
            if (f[iC] !== undefined && f[iC] !== '-') {
                m.canary.push(num(f[iC], k + 1, header[iC]));
                m.canaryTimes.push(t);
            }
        }
    }
    if (!Object.keys(out.metrics).length)
        throw new errors/* InputError */.dz(file, undefined, 'at least one data row');
    for (const m of Object.values(out.metrics)) {
        if (m.baselineTimes?.every(Number.isNaN))
            delete m.baselineTimes;
        if (m.canaryTimes?.every(Number.isNaN))
            delete m.canaryTimes;
    }
    return out;
}
/**
 * Parses metric data, detecting the format from the content (and `.csv` in the name).
 * @throws InputError naming the file, field (and line) on malformed data.
 */
function parseMetricData(text, file, sel = {}) {
    const trimmed = text.trimStart();
    if (file.toLowerCase().endsWith('.csv') || (!trimmed.startsWith('{') && !trimmed.startsWith('[')))
        return parseCsv(text, file);
    const firstLine = trimmed.split('\n', 1)[0];
    if (/^\{\s*"type"\s*:\s*"(Metric|Point)"/.test(firstLine))
        return parseK6(text, file, sel);
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* InputError */.dz(file, undefined, 'metric data as JSON, CSV, a Prometheus query_range response or k6 --out json', {
            found: e.message,
        });
    }
    if (isPromResponse(doc))
        return parsePrometheus([[undefined, doc]], file, sel);
    // a canary report that recorded the series it read from Prometheus replays offline
    if (data_isObj(doc) && data_isObj(doc.replay) && data_isObj(doc.replay.data))
        return parseNative(doc.replay.data, `${file} (replay.data)`);
    if (data_isObj(doc) && data_isObj(doc.metrics))
        return parseNative(doc, file);
    if (Array.isArray(doc) && doc.length && doc.every((p) => data_isObj(p) && typeof p.name === 'string' && data_isObj(p.values))) {
        // Kayenta MetricSetPair list; several pairs of one metric (one per tag set) are concatenated
        const metrics = Object.create(null);
        doc.forEach((p, i) => {
            const v = p.values;
            const m = (metrics[p.name] ??= { control: [], experiment: [] });
            for (const k of ['control', 'experiment']) {
                if (!Array.isArray(v[k]))
                    throw new errors/* InputError */.dz(file, `[${i}].values.${k}`, 'an array of numbers (Kayenta MetricSetPair)');
                m[k].push(...v[k]);
            }
        });
        return parseNative({ metrics }, file);
    }
    if (data_isObj(doc) && Object.keys(doc).length && Object.values(doc).every(isPromResponse))
        return parsePrometheus(Object.entries(doc), file, sel);
    throw new errors/* InputError */.dz(file, undefined, '{"metrics": {name: {baseline, canary}}}, a Prometheus query_range response (or an object of them by metric), CSV or k6 --out json');
}

;// CONCATENATED MODULE: ./src/canary/scorer.ts

/** Kayenta's NODATA_THRESHOLD: 50% or more Nodata metrics fail the canary. */
const NODATA_THRESHOLD = 50;
/**
 * Weighted-sum score: each group scores Pass / (Pass + High + Low + NodataFailMetric) * 100
 * (Nodata and Error are not counted; a group with none of these scores 100); the summary is the
 * sum of group scores times weight / 100, where configured weights are percents and groups
 * without a weight share (100 - sum of configured weights) equally. A critical failure
 * (critical and not Pass) or >= 50% Nodata forces 0. Muted metrics are left out.
 */
function weightedSumScore(results, groupWeights) {
    const active = results.filter((r) => !r.muted);
    const byGroup = new Map();
    for (const r of active)
        for (const g of r.groups)
            byGroup.set(g, [...(byGroup.get(g) ?? []), r.label]);
    const weightSum = Object.values(groupWeights).reduce((a, b) => a + b, 0);
    const weighted = (g) => Object.prototype.hasOwnProperty.call(groupWeights, g);
    const unweighted = [...byGroup.keys()].filter((g) => !weighted(g));
    const calculated = unweighted.length ? (100 - weightSum) / unweighted.length : 0;
    const groups = [...byGroup.entries()].map(([name, labels]) => {
        const counts = {};
        for (const l of labels)
            counts[l] = (counts[l] ?? 0) + 1;
        const numPass = counts.Pass ?? 0;
        const numTotal = numPass + (counts.High ?? 0) + (counts.Low ?? 0) + (counts.NodataFailMetric ?? 0);
        const noData = numTotal === 0;
        return {
            name,
            score: noData ? 0 : (numPass / numTotal) * 100,
            noData,
            labelCounts: counts,
            numMetrics: labels.length,
            weight: weighted(name) ? groupWeights[name] : calculated,
        };
    });
    const failures = active.filter((r) => r.critical && r.label !== 'Pass');
    if (failures.length)
        return {
            groups,
            score: 0,
            numMetrics: active.length,
            failed: true,
            reason: `Canary Failed: ${failures[0].reason ?? `${failures[0].name} was classified as ${failures[0].label} (Critical)`}`,
        };
    const nodata = active.filter((r) => r.label === 'Nodata').length;
    if ((nodata / active.length) * 100 >= NODATA_THRESHOLD) {
        return {
            groups,
            score: 0,
            numMetrics: active.length,
            failed: true,
            reason: `Canary Failed: ${NODATA_THRESHOLD}% or more metrics returned NODATA`,
        };
    }
    let summary = 0;
    for (const g of groups)
        summary += (g.noData ? 100.0 : g.score) * (g.weight / 100);
    return { groups, score: roundHalfUp(summary, 2), numMetrics: active.length, failed: false };
}
/**
 * ThresholdScoreClassifier: score >= pass is Pass, >= marginal is Marginal, else Fail.
 * Fails closed where Kayenta compares the score only: a forced failure (`failed`: a critical metric
 * failed, or 50% or more Nodata; Kayenta's scorer forces the score to 0 for these) is Fail whatever
 * the thresholds, so thresholds pass 0 / marginal 0 cannot promote a critical failure; a non-finite
 * score is Fail.
 */
function classifyScore(score, pass, marginal, failed = false) {
    if (failed || !Number.isFinite(score))
        return 'Fail';
    if (score >= pass)
        return 'Pass';
    if (score >= marginal)
        return 'Marginal';
    return 'Fail';
}

;// CONCATENATED MODULE: ./src/canary/judge.ts
/**
 * The canary gate: classify every configured metric (NetflixACAJudge-v1.0 rules), score the groups,
 * evaluate the absolute guards, and decide PROMOTE, HOLD or HALT, with a readable reason per metric,
 * a recommendation for a HOLD (next traffic weight, bake extension) and a recorded manual override.
 */



/** Fewer points than this per side earns a warning (Spinnaker's canary best practices: at least 50). */
const MIN_POINTS = 50;
const fin = (v) => (v === undefined || !Number.isFinite(v) ? null : v);
function pct(v) {
    const a = Math.abs(v * 100);
    const s = a >= 10 ? a.toFixed(0) : a >= 1 ? a.toFixed(1) : a.toFixed(2);
    return `${s.replace(/\.0+$/, '')}%`;
}
function fmt(v, unit) {
    const a = Math.abs(v);
    const s = a === 0 ? '0' : a >= 1000 || a < 0.001 ? v.toPrecision(3) : Number(v.toPrecision(3)).toString();
    return unit ? `${s} ${unit}` : s;
}
/** The one-line reason a person can read, e.g. "p95 latency 12% higher than baseline (interval 8% to 15%), above the allowed 5%: High". */
function explain(m, c) {
    const lbl = m.label ?? m.name;
    const es = m.settings.effectSize;
    const tag = `${c.label}${c.critical ? ' (critical)' : ''}`;
    if (c.label === 'Nodata' || c.label === 'NodataFailMetric') {
        const sides = [
            c.baseline.count === 0 ? `baseline (${c.baseline.nan} missing)` : '',
            c.canary.count === 0 ? `canary (${c.canary.nan} missing)` : '',
        ]
            .filter(Boolean)
            .join(' and ');
        return `${lbl}: no data for ${sides}${c.label === 'NodataFailMetric' ? ', and the metric must have data' : ''}${c.critical ? ', critical metric' : ''}: ${tag}`;
    }
    if (c.label === 'Error') {
        const why = c.kayentaReason?.includes('non-finite')
            ? 'the shift or a mean is beyond the range of a double (values near ±1.8e308)'
            : 'every observation tied at an evaluated shift';
        return `${lbl}: the rank test could not run (${why}): ${tag}`;
    }
    if (!c.interval) {
        return c.baseline.count === c.canary.count && c.kayentaReason?.includes('identical')
            ? `${lbl}: canary and baseline samples are identical: ${tag}`
            : `${lbl}: no variation to compare (one value on both sides, or NaN replaced by 0): ${tag}`;
    }
    const bm = c.baseline.mean;
    // a relative change only where the mean ratio is defined (baseline mean > 0): its sign is then the
    // sign of canary - baseline; otherwise the absolute difference, whose sign is the direction
    const rel = bm > 0 && Number.isFinite(c.meanRatio);
    const noRatio = bm === 0 ? 'baseline mean 0' : `baseline mean ${fmt(bm, m.unit)}: no ratio to a ${bm < 0 ? 'negative' : 'non-finite'} baseline`;
    const change = rel
        ? Math.abs(c.meanRatio - 1) < 5e-4
            ? 'about the same as baseline'
            : `${pct(c.meanRatio - 1)} ${c.meanRatio > 1 ? 'higher' : 'lower'} than baseline`
        : `${fmt(Math.abs(c.canary.mean - bm), m.unit)} ${c.canary.mean >= bm ? 'higher' : 'lower'} than baseline (${noRatio})`;
    const iv = rel
        ? `interval ${pct(c.interval.lower / Math.abs(bm)).replace(/^/, c.interval.lower < 0 ? '-' : '')} to ${pct(c.interval.upper / Math.abs(bm)).replace(/^/, c.interval.upper < 0 ? '-' : '')}`
        : `interval ${fmt(c.interval.lower, m.unit)} to ${fmt(c.interval.upper, m.unit)}`;
    const cl = es.measure === 'cles' ? `, P(canary > baseline) ${c.cles.toFixed(2)}` : '';
    const sigUp = c.interval.lower > (c.bounds?.upper ?? 0);
    const sigDown = c.interval.upper < (c.bounds?.lower ?? 0);
    const allowedUp = es.measure === 'cles' ? `${es.allowedIncrease}` : pct(es.allowedIncrease - 1);
    const allowedDown = es.measure === 'cles' ? `${es.allowedDecrease}` : pct(1 - es.allowedDecrease);
    let why;
    if (c.label === 'High')
        why = es.measure === 'meanRatio' && es.allowedIncrease <= 1 ? 'and no increase is allowed' : `above the allowed ${allowedUp}`;
    else if (c.label === 'Low')
        why =
            es.measure === 'meanRatio' && es.allowedDecrease >= 1
                ? 'and no decrease is allowed'
                : `below the allowed ${es.measure === 'cles' ? allowedDown : `-${allowedDown}`}`;
    else if (sigUp && m.settings.direction === 'decrease')
        why = 'an increase is not judged (direction decrease)';
    else if (sigDown && m.settings.direction === 'increase')
        why = 'a decrease is not judged (direction increase)';
    else if (sigUp)
        why = `within the allowed ${allowedUp}`;
    else if (sigDown)
        why = `within the allowed -${allowedDown}`;
    else
        why = 'not a significant change';
    return `${lbl} ${change} (${iv})${cl}, ${why}: ${tag}`;
}
function series(d, name) {
    return d.metrics[name];
}
/** Evaluates one guard on the canary's values (the most recent `window` seconds when set). */
function evaluateGuard(g, data) {
    const s = series(data, g.metric);
    const limit = g.type === 'threshold' ? (g.max ?? g.min) : g.threshold;
    const base = {
        name: g.name,
        type: g.type,
        metric: g.metric,
        action: g.action,
        limit,
    };
    const vals = s?.canary ?? [];
    const times = s?.canaryTimes && s.canaryTimes.length === vals.length && !s.canaryTimes.some(Number.isNaN)
        ? s.canaryTimes
        : vals.map((_, i) => i * data.step);
    let win = vals.map((v, i) => [times[i], v]).filter(([, v]) => !Number.isNaN(v));
    if (g.window !== undefined && win.length) {
        const end = win.reduce((m, [t]) => (t > m ? t : m), -Infinity);
        win = win.filter(([t]) => t > end - g.window);
    }
    if (!win.length)
        return { ...base, value: null, utilization: null, level: 'nodata', reason: `${g.name}: no canary data for ${g.metric}` };
    const m = mean(win.map(([, v]) => v));
    const w = g.window ? ` over ${g.window} s` : '';
    let value;
    let utilization;
    let what;
    if (g.type === 'threshold') {
        value = g.window !== undefined ? m : win[win.length - 1][1];
        const uMax = g.max !== undefined ? (g.max > 0 ? value / g.max : value > g.max ? Infinity : 0) : 0;
        const uMin = g.min !== undefined ? (value > 0 ? g.min / value : value < g.min ? Infinity : g.min > 0 ? Infinity : 0) : 0;
        utilization = Math.max(uMax, uMin);
        if (g.max !== undefined && value > g.max)
            utilization = Math.max(utilization, 1);
        if (g.min !== undefined && value < g.min)
            utilization = Math.max(utilization, 1);
        what = `${g.metric} ${g.window !== undefined ? 'mean' : 'latest'} ${fmt(value)}${w} against ${[g.min !== undefined ? `min ${g.min}` : '', g.max !== undefined ? `max ${g.max}` : ''].filter(Boolean).join(', ')}`;
    }
    else if (g.type === 'burnRate') {
        const period = g.period ?? 30 * 86400;
        const window = g.window ?? (win.length > 1 ? win[win.length - 1][0] - win[0][0] + data.step : data.step);
        const burn = m / (1 - g.slo);
        value = (burn * window) / period;
        utilization = value / g.threshold;
        what = `burn rate ${burn.toFixed(2)}x of the ${g.slo} SLO${w}: ${pct(value)} of the ${Math.round(period / 86400)}-day error budget (limit ${pct(g.threshold)})`;
    }
    else {
        value = m;
        utilization = g.threshold > 0 ? value / g.threshold : value > 0 ? Infinity : 0;
        what = `${g.metric} rate ${fmt(value)}${w} (limit ${g.threshold})`;
    }
    const level = utilization >= 1 ? 'breach' : utilization >= 0.9 ? 'page' : utilization >= 0.8 ? 'warn' : 'ok';
    const act = level === 'breach' ? `${g.action}` : level === 'page' ? 'page (90% of the limit)' : level === 'warn' ? 'warn (80% of the limit)' : 'ok';
    return {
        ...base,
        value,
        utilization,
        level,
        reason: `${g.name}: ${what}, ${Number.isFinite(utilization) ? pct(utilization) : 'beyond'} of the limit: ${act}`,
    };
}
/**
 * Judges the canary. Never throws for data problems inside a metric (they become Nodata/Error
 * labels); configuration and data parse errors are raised earlier by the readers.
 */
function judgeCanary(config, data, opts) {
    const warnings = [];
    const configured = new Set(config.metrics.map((m) => m.name));
    for (const name of Object.keys(data.metrics))
        if (!configured.has(name) && !config.guards.some((g) => g.metric === name))
            warnings.push(`${name}: in the data but not in the config (ignored)`);
    const metrics = [];
    for (const m of config.metrics) {
        const s = series(data, m.name);
        if (!s)
            warnings.push(`${m.name}: no series in the data (judged as no data)`);
        const c = classifyMetric(s?.baseline ?? [], s?.canary ?? [], m.settings, { judge: opts.judge });
        for (const [side, st] of [
            ['baseline', c.baseline],
            ['canary', c.canary],
        ]) {
            if (st.count > 0 && st.count < MIN_POINTS)
                warnings.push(`${m.name}: ${st.count} ${side} points, fewer than ${MIN_POINTS} (the interval is wide and verdicts are weak)`);
        }
        metrics.push({
            name: m.name,
            label: m.label ?? m.name,
            groups: m.groups,
            classification: c.label,
            critical: c.critical,
            muted: m.settings.muted,
            deviation: fin(c.deviation),
            effectSize: {
                measure: m.settings.effectSize.measure,
                value: fin(c.deviation),
                meanRatio: fin(c.meanRatio),
                cles: fin(c.cles),
                allowedIncrease: m.settings.effectSize.allowedIncrease,
                allowedDecrease: m.settings.effectSize.allowedDecrease,
            },
            interval: c.interval ? { lower: c.interval.lower, upper: c.interval.upper, level: c.interval.level } : null,
            estimate: fin(c.estimate),
            hodgesLehmann: fin(c.hodgesLehmann),
            pValue: fin(c.pValue),
            bounds: c.bounds ?? null,
            direction: m.settings.direction,
            baseline: c.baseline,
            canary: c.canary,
            reason: explain(m, c) + (m.settings.muted ? ' (muted: not scored)' : ''),
        });
    }
    const scored = weightedSumScore(metrics.map((m) => ({
        name: m.name,
        label: m.classification,
        groups: m.groups,
        critical: m.critical,
        muted: m.muted,
        reason: m.reason,
    })), config.groupWeights);
    const classification = classifyScore(scored.score, opts.pass, opts.marginal, scored.failed);
    const guards = config.guards.map((g) => evaluateGuard(g, data));
    for (const g of guards)
        if (g.level === 'warn' || g.level === 'page' || (g.level === 'breach' && (g.action === 'warn' || g.action === 'page')))
            warnings.push(g.reason);
    const halts = guards.filter((g) => g.level === 'breach' && g.action === 'halt');
    const pauses = guards.filter((g) => (g.level === 'breach' && g.action === 'pause') || (g.level === 'nodata' && (g.action === 'halt' || g.action === 'pause')));
    let judged;
    let decisionReason;
    if (halts.length) {
        judged = 'HALT';
        decisionReason = `guard ${halts.map((g) => g.name).join(', ')} says halt`;
    }
    else if (classification !== 'Pass') {
        judged = 'HOLD';
        decisionReason = `score ${scored.score} is ${classification} (pass ${opts.pass}, marginal ${opts.marginal})${scored.reason ? `: ${scored.reason}` : ''}`;
    }
    else if (metrics.some((m) => !m.muted && m.classification === 'Error')) {
        // Kayenta leaves Error out of the score; we never promote on it (fail closed)
        judged = 'HOLD';
        decisionReason = `metric ${metrics
            .filter((m) => !m.muted && m.classification === 'Error')
            .map((m) => m.name)
            .join(', ')} could not be classified (Error)`;
    }
    else if (pauses.length) {
        judged = 'HOLD';
        decisionReason = `guard ${pauses.map((g) => g.name).join(', ')} says pause${pauses.some((g) => g.level === 'nodata') ? ' (no data to check it)' : ''}`;
    }
    else {
        judged = 'PROMOTE';
        decisionReason = `score ${scored.score} >= pass ${opts.pass} and no guard stops the rollout`;
    }
    const w = opts.trafficWeight ?? config.rollout.trafficWeight;
    const bake = opts.bakeMinutes ?? config.rollout.bakeMinutes;
    const minW = config.rollout.minWeight;
    let recommendation;
    if (judged === 'HALT')
        recommendation = { trafficWeight: 0, bakeExtensionMinutes: 0, note: 'roll back: route all traffic to the baseline' };
    else if (judged === 'PROMOTE')
        recommendation = {
            trafficWeight: Math.min(100, Math.max(w * 2, minW)),
            bakeExtensionMinutes: 0,
            note: 'proceed to the next step of the rollout',
        };
    else if (classification === 'Marginal')
        recommendation = {
            trafficWeight: Math.max(minW, Math.floor(w / 2)),
            bakeExtensionMinutes: Math.ceil(bake / 2),
            note: 'marginal: halve the canary traffic and bake 50% longer, then judge again',
        };
    else
        recommendation = {
            trafficWeight: Math.min(w, minW),
            bakeExtensionMinutes: bake,
            note: 'failing: reduce the canary to the minimum weight and double the bake, then judge again',
        };
    const report = {
        score: scored.score,
        classification,
        decision: judged,
        metrics,
        groupScores: Object.fromEntries(scored.groups.map((g) => [g.name, g.score])),
        judge: {
            mode: opts.judge,
            name: opts.judge === 'kayenta' ? 'NetflixACAJudge-v1.0 (Kayenta-compatible)' : 'NetflixACAJudge-v1.0 rules, exact roots',
            tolerance: 0.25,
            confidence: 0.98,
        },
        thresholds: { pass: opts.pass, marginal: opts.marginal },
        decisionReason,
        judgedDecision: judged,
        recommendation,
        guards,
        groups: scored.groups,
        warnings,
    };
    if (scored.reason)
        report.scoreReason = scored.reason;
    if (opts.override) {
        report.override = { ...opts.override, judgedDecision: judged };
        report.decision = opts.override.decision;
        report.decisionReason = `manual override to ${opts.override.decision}${opts.override.by ? ` by ${opts.override.by}` : ''}: ${opts.override.reason} (judged ${judged}: ${decisionReason})`;
    }
    return report;
}

;// CONCATENATED MODULE: ./src/canary/settings.ts
/**
 * The settings of one canary judgement, read the same way from `mc canary-score` flags and from the
 * mc/canary-score action's inputs. Every default is owned here once; messages name the flag or
 * input as the user wrote it (`--pass` in the CLI, `input 'pass'` in the action).
 */

/** Each setting's name as a flag (`--NAME`) and as an action input (`input 'NAME'`). */
const CANARY_SETTING_NAMES = {
    judge: 'judge',
    pass: 'pass',
    marginal: 'marginal',
    override: 'override',
    overrideReason: 'override-reason',
    overrideBy: 'override-by',
    trafficWeight: 'traffic-weight',
    bakeMinutes: 'bake-minutes',
    scopes: 'scopes',
};
/** The judge when neither the settings nor the config name one. */
const DEFAULT_JUDGE = 'exact';
/** Kayenta's default pass threshold (score percent). */
const DEFAULT_PASS = 95;
/** Kayenta's default marginal threshold (score percent). */
const DEFAULT_MARGINAL = 75;
/**
 * @param raw the settings as given
 * @param label how a setting is named to the user
 * @throws UsageError (exit 2) naming the setting and what was expected.
 */
function canarySettings(raw, label) {
    const num = (field, min, max) => {
        const v = raw[field];
        if (v === undefined || v === '')
            return undefined;
        const n = Number(v);
        if (!Number.isFinite(n) || n < min || n > max)
            throw new errors/* UsageError */.eb(`${label(field)}: expected a number from ${min} to ${max}, found '${v}'`);
        return n;
    };
    if (raw.judge && raw.judge !== 'exact' && raw.judge !== 'kayenta')
        throw new errors/* UsageError */.eb(`${label('judge')}: expected kayenta or exact, found '${raw.judge}'`);
    const pass = num('pass', 0, 100);
    const marginal = num('marginal', 0, 100);
    const trafficWeight = num('trafficWeight', 0, 100);
    const bakeMinutes = num('bakeMinutes', 0, 1e6);
    let override;
    if (raw.override) {
        const d = raw.override.toUpperCase();
        if (d !== 'PROMOTE' && d !== 'HOLD' && d !== 'HALT')
            throw new errors/* UsageError */.eb(`${label('override')}: expected PROMOTE, HOLD or HALT, found '${raw.override}'`);
        if (!raw.overrideReason)
            throw new errors/* UsageError */.eb(`${label('override')} needs ${label('overrideReason')} (the override is recorded in the report)`);
        override = { decision: d, reason: raw.overrideReason, ...(raw.overrideBy ? { by: raw.overrideBy } : {}) };
    }
    return {
        ...(raw.judge ? { judge: raw.judge } : {}),
        ...(pass !== undefined ? { pass } : {}),
        ...(marginal !== undefined ? { marginal } : {}),
        ...(override ? { override } : {}),
        ...(trafficWeight !== undefined ? { trafficWeight } : {}),
        ...(bakeMinutes !== undefined ? { bakeMinutes } : {}),
        label,
    };
}
/** The judge: the settings', else the config's, else {@link DEFAULT_JUDGE}. */
function canaryJudge(settings, config) {
    return settings.judge ?? config.judge ?? DEFAULT_JUDGE;
}
/**
 * The score thresholds: each the settings', else the config's, else the default.
 * @throws UsageError when marginal exceeds pass (named as the user gave them).
 */
function canaryThresholds(settings, config) {
    const pass = settings.pass ?? config.thresholds?.pass ?? DEFAULT_PASS;
    const marginal = settings.marginal ?? config.thresholds?.marginal ?? DEFAULT_MARGINAL;
    if (marginal > pass)
        throw new errors/* UsageError */.eb(`${settings.label('marginal')} (${marginal}) must not exceed ${settings.label('pass')} (${pass})`);
    return { pass, marginal };
}

// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
;// CONCATENATED MODULE: ./src/canary/report.ts
/**
 * Rendering of a canary report: the job-summary markdown (verdict, per-metric table, guards,
 * one Mermaid xychart per metric comparing the two distributions, which GitHub renders),
 * the short text summary, and the CLI contract's JSON.
 */

function report_num(v, digits = 3) {
    if (v === null || v === undefined || !Number.isFinite(v))
        return '-';
    const a = Math.abs(v);
    return a !== 0 && (a >= 1e5 || a < 1e-3) ? v.toExponential(2) : Number(v.toPrecision(digits)).toString();
}
/** Histogram counts of both samples over shared bins spanning the pooled 1st to 99th percentiles. */
function histogram(baseline, canary, bins = 12) {
    const pooled = Float64Array.from([...Array.from(baseline), ...Array.from(canary)]).sort();
    if (!pooled.length)
        return { edges: [], baseline: [], canary: [] };
    const q = (p) => pooled[Math.min(pooled.length - 1, Math.max(0, Math.round((pooled.length - 1) * p)))];
    let lo = q(0.01);
    let hi = q(0.99);
    if (!(hi > lo)) {
        lo = pooled[0];
        hi = pooled[pooled.length - 1];
    }
    if (!(hi > lo))
        hi = lo + 1;
    const width = (hi - lo) / bins;
    const edges = Array.from({ length: bins + 1 }, (_, i) => lo + i * width);
    const count = (vals) => {
        const c = new Array(bins).fill(0);
        for (let i = 0; i < vals.length; i++) {
            const k = Math.floor((vals[i] - lo) / width);
            c[Math.min(bins - 1, Math.max(0, k))]++;
        }
        return c;
    };
    return { edges, baseline: count(baseline), canary: count(canary) };
}
/** A Mermaid xychart: baseline as bars, canary as a line, share of points per bin (percent). */
function distributionChart(title, baseline, canary) {
    const h = histogram(baseline, canary);
    if (!h.edges.length)
        return '';
    const share = (c, n) => c.map((v) => (n ? Math.round((1000 * v) / n) / 10 : 0));
    const b = share(h.baseline, baseline.length);
    const c = share(h.canary, canary.length);
    const top = Math.max(1, ...b, ...c);
    const labels = h.edges.slice(0, -1).map((e, i) => `"${report_num((e + h.edges[i + 1]) / 2)}"`);
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${title.replace(/"/g, "'")}: baseline (bars) vs canary (line), % of points"`,
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "% of points" 0 --> ${Math.ceil(top * 1.1)}`,
        `  bar [${b.join(', ')}]`,
        `  line [${c.join(', ')}]`,
        '```',
    ].join('\n');
}
const icon = (label) => label === 'Pass' ? '✅' : label === 'Nodata' ? '⚪' : label === 'High' || label === 'Low' || label === 'NodataFailMetric' ? '❌' : '⚠️';
/** The job summary: verdict, reasons, per-metric table, guards, recommendation, override, plots. */
function summaryMarkdown(r, values) {
    const head = r.decision === 'PROMOTE' ? '> [!NOTE]' : r.decision === 'HALT' ? '> [!CAUTION]' : '> [!WARNING]';
    const out = [];
    out.push(`## Canary score: ${r.decision}`);
    out.push(`${head}\n> **${r.decision}**: score **${r.score}** (${r.classification}; pass ${r.thresholds.pass}, marginal ${r.thresholds.marginal}). ${(0,report/* mdCell */.cz)(r.decisionReason)}\n`);
    if (r.override)
        out.push(`**Manual override** recorded: ${(0,report/* mdCell */.cz)(r.override.decision)}${r.override.by ? ` by ${(0,report/* mdCell */.cz)(r.override.by)}` : ''} (judged ${r.override.judgedDecision}): ${(0,report/* mdCell */.cz)(r.override.reason)}\n`);
    if (r.decision === 'HOLD')
        out.push(`**Recommendation**: set canary traffic to **${r.recommendation.trafficWeight}%** and extend the bake by **${r.recommendation.bakeExtensionMinutes} min** (${r.recommendation.note}).\n`);
    out.push(`Judge: ${r.judge.name} (tolerance ${r.judge.tolerance}, confidence ${r.judge.confidence}).\n`);
    out.push('### Metrics\n');
    out.push((0,report/* mdTable */.gJ)([
        '',
        'metric',
        'result',
        'change (mean ratio)',
        `${Math.round((r.metrics.find((m) => m.interval)?.interval?.level ?? 0.98) * 100)}% interval (canary - baseline)`,
        'p-value',
        'n (baseline / canary)',
        'reason',
    ], r.metrics.map((m) => [
        icon(m.classification),
        m.label,
        `${m.classification}${m.critical ? ' (critical)' : ''}${m.muted ? ' (muted)' : ''}`,
        m.effectSize.meanRatio === null ? '-' : `${m.effectSize.meanRatio >= 1 ? '+' : ''}${report_num((m.effectSize.meanRatio - 1) * 100, 3)}%`,
        m.interval ? `${report_num(m.interval.lower)} to ${report_num(m.interval.upper)}` : '-',
        report_num(m.pValue, 2),
        `${m.baseline.count} / ${m.canary.count}`,
        m.reason,
    ])));
    if (Object.keys(r.groupScores).length) {
        out.push('\n### Groups\n');
        out.push((0,report/* mdTable */.gJ)(['group', 'score', 'weight %', 'metrics'], r.groups.map((g) => [g.name, g.noData ? 'no data (counts 100)' : report_num(g.score, 4), report_num(g.weight, 4), g.numMetrics])));
    }
    if (r.guards.length) {
        out.push('\n### Guards\n');
        out.push((0,report/* mdTable */.gJ)(['guard', 'level', 'action', 'value', 'limit', 'reason'], r.guards.map((g) => [g.name, g.level, g.action, report_num(g.value), report_num(g.limit), g.reason])));
    }
    if (r.warnings.length)
        out.push(`\n### Warnings\n\n${r.warnings.map((w) => `- ${(0,report/* mdCell */.cz)(w)}`).join('\n')}\n`);
    if (values) {
        out.push('\n### Distributions\n');
        for (const m of r.metrics) {
            const v = values[m.name];
            if (!v || !v.baseline.length || !v.canary.length)
                continue;
            out.push(`<details><summary>${(0,report/* mdCell */.cz)(m.label)}: ${m.classification}</summary>\n\n${distributionChart(m.label, v.baseline, v.canary)}\n\n</details>\n`);
        }
    }
    return out.join('\n') + '\n';
}
/** A short text summary for the terminal: one line for the verdict, one per metric and guard. */
function textSummary(r) {
    const lines = [`canary-score: ${r.decision} (score ${r.score}, ${r.classification}; ${r.decisionReason})`];
    for (const m of r.metrics)
        lines.push(`  ${m.classification.padEnd(16)} ${m.reason}`);
    for (const g of r.guards)
        lines.push(`  guard ${g.level.padEnd(7)} ${g.reason}`);
    if (r.decision === 'HOLD')
        lines.push(`  recommendation: traffic ${r.recommendation.trafficWeight}%, extend bake ${r.recommendation.bakeExtensionMinutes} min (${r.recommendation.note})`);
    if (r.override)
        lines.push(`  override: ${r.override.decision} (judged ${r.override.judgedDecision}): ${r.override.reason}`);
    for (const w of r.warnings)
        lines.push(`  warning: ${w}`);
    return lines.join('\n') + '\n';
}
/** The CLI contract's object (stable keys first), followed by the full report. */
function contractJson(r) {
    const metric = (m) => ({
        name: m.name,
        classification: m.classification,
        critical: m.critical,
        deviation: m.deviation,
        effectSize: m.effectSize,
        interval: m.interval,
        estimate: m.estimate,
        hodgesLehmann: m.hodgesLehmann,
        pValue: m.pValue,
        reason: m.reason,
        muted: m.muted,
        groups: m.groups,
        bounds: m.bounds,
        direction: m.direction,
        baseline: m.baseline,
        canary: m.canary,
    });
    return {
        score: r.score,
        classification: r.classification,
        decision: r.decision,
        metrics: r.metrics.map(metric),
        groupScores: r.groupScores,
        judge: r.judge,
        thresholds: r.thresholds,
        decisionReason: r.decisionReason,
        judgedDecision: r.judgedDecision,
        ...(r.scoreReason ? { scoreReason: r.scoreReason } : {}),
        ...(r.override ? { override: r.override } : {}),
        recommendation: r.recommendation,
        guards: r.guards,
        groups: r.groups,
        warnings: r.warnings,
    };
}

// EXTERNAL MODULE: ./src/core/prometheus.ts
var prometheus = __webpack_require__(9323);
;// CONCATENATED MODULE: ./src/canary/prometheus.ts
/**
 * Canary metrics read straight from Prometheus, the way Kayenta's Prometheus metrics service asks
 * (kayenta-prometheus PrometheusMetricsService.buildQuery, kayenta-core QueryConfigUtils):
 * - each metric's `query` is a Kayenta `PrometheusCanaryMetricSetQueryConfig` (`type: prometheus`,
 *   `metricName`, `labelBindings`, `groupByFields`, `customInlineTemplate`, `customFilterTemplate`
 *   naming one of the config's `templates`);
 * - a template is expanded with `${var}` (FreeMarker interpolation) over the scope's `project`,
 *   `resourceType`, `scope` and `location`, then the query's own, then `extendedScopeParams`;
 * - an expansion that starts with `PromQL:` is the whole query; otherwise the query is
 *   `avg(metricName{<filter tokens>,<labelBindings>}) by (<groupByFields>)`;
 * - it is asked over the scope's `start`..`end` at `step` seconds (`/api/v1/query_range`), once for the
 *   control scope (baseline) and once for the experiment scope (canary).
 * Scopes are Kayenta's `CanaryExecutionRequest.scopes.default` ({controlScope, experimentScope}).
 * The fetched series are recorded ({@link CanaryReplay}) so the verdict replays offline from the report.
 */

const prometheus_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function strings(file, field, v) {
    if (v === undefined)
        return undefined;
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string'))
        throw new errors/* InputError */.dz(file, field, 'a list of strings');
    return v;
}
/**
 * Reads the Prometheus queries of a canary config (Kayenta JSON or the mc YAML form): `templates`
 * and each metric's `query`.
 * @returns metric name to query; metrics without a query are left out
 * @throws InputError naming the field for a query that is not a Kayenta Prometheus query config.
 */
function readPrometheusQueries(doc, file) {
    const root = prometheus_isObj(doc) ? doc : {};
    const templates = {};
    if (root.templates !== undefined) {
        if (!prometheus_isObj(root.templates))
            throw new errors/* InputError */.dz(file, 'templates', 'an object of template name to template text');
        for (const [k, v] of Object.entries(root.templates)) {
            if (typeof v !== 'string')
                throw new errors/* InputError */.dz(file, `templates.${k}`, 'a template string');
            templates[k] = v;
        }
    }
    const queries = {};
    const metrics = Array.isArray(root.metrics) ? root.metrics : [];
    metrics.forEach((m, i) => {
        if (!prometheus_isObj(m) || m.query === undefined)
            return;
        const at = `metrics[${i}].query`;
        const q = m.query;
        if (!prometheus_isObj(q))
            throw new errors/* InputError */.dz(file, at, 'a Kayenta Prometheus query config object');
        if (q.type !== 'prometheus')
            throw new errors/* InputError */.dz(file, `${at}.type`, '"prometheus"', { found: JSON.stringify(q.type) });
        const known = new Set([
            'type',
            'serviceType',
            'metricName',
            'labelBindings',
            'groupByFields',
            'customInlineTemplate',
            'customFilterTemplate',
            'customFilter',
            'resourceType',
        ]);
        for (const k of Object.keys(q))
            if (!known.has(k))
                throw new errors/* InputError */.dz(file, `${at}.${k}`, `no such key here (a Kayenta Prometheus query has ${[...known].join(', ')})`);
        if (q.customFilter !== undefined)
            throw new errors/* InputError */.dz(file, `${at}.customFilter`, 'customInlineTemplate (customFilter is deprecated in Kayenta and refused)');
        const str = (k) => {
            const v = q[k];
            if (v !== undefined && typeof v !== 'string')
                throw new errors/* InputError */.dz(file, `${at}.${k}`, 'a string');
            return v;
        };
        const query = {
            type: 'prometheus',
            metricName: str('metricName'),
            labelBindings: strings(file, `${at}.labelBindings`, q.labelBindings),
            groupByFields: strings(file, `${at}.groupByFields`, q.groupByFields),
            customInlineTemplate: str('customInlineTemplate'),
            customFilterTemplate: str('customFilterTemplate'),
            resourceType: str('resourceType'),
        };
        if (query.customFilterTemplate && !(query.customFilterTemplate in templates)) {
            throw new errors/* InputError */.dz(file, `${at}.customFilterTemplate`, `the name of one of the config's templates (${Object.keys(templates).join(', ') || 'none defined'})`, { found: query.customFilterTemplate });
        }
        if (!query.metricName &&
            !(query.customInlineTemplate ?? templates[query.customFilterTemplate ?? ''] ?? '').replace(/\$\\\{/g, '${').startsWith('PromQL:')) {
            throw new errors/* InputError */.dz(file, `${at}.metricName`, 'a metric name (or a template that expands to PromQL:...)');
        }
        queries[typeof m.name === 'string' ? m.name : `#${i}`] = query;
    });
    return { templates, queries };
}
/**
 * Reads Kayenta scopes: a CanaryExecutionRequest (`{scopes: {default: {controlScope, experimentScope}}}`),
 * its `scopes` map, or `{controlScope, experimentScope}` directly.
 * @throws InputError naming the field.
 */
function readCanaryScopes(doc, file) {
    let v = doc;
    let at = '';
    if (prometheus_isObj(v) && prometheus_isObj(v.scopes)) {
        v = v.scopes;
        at = 'scopes.';
    }
    if (prometheus_isObj(v) && prometheus_isObj(v.default) && !prometheus_isObj(v.controlScope)) {
        v = v.default;
        at += 'default.';
    }
    if (!prometheus_isObj(v))
        throw new errors/* InputError */.dz(file, at || undefined, '{controlScope, experimentScope} (Kayenta canary scopes)');
    const side = (k) => {
        const s = v[k];
        const f = `${at}${k}`;
        if (!prometheus_isObj(s))
            throw new errors/* InputError */.dz(file, f, 'a scope {scope, location, start, end, step}');
        for (const t of ['start', 'end']) {
            if (typeof s[t] !== 'string' || !Number.isFinite(Date.parse(s[t])))
                throw new errors/* InputError */.dz(file, `${f}.${t}`, 'an RFC 3339 time', { found: JSON.stringify(s[t]) });
        }
        if (Date.parse(s.end) <= Date.parse(s.start))
            throw new errors/* InputError */.dz(file, `${f}.end`, `a time after start ${s.start}`, { found: String(s.end) });
        const step = s.step === undefined ? 60 : s.step;
        if (typeof step !== 'number' || !Number.isInteger(step) || step <= 0)
            throw new errors/* InputError */.dz(file, `${f}.step`, 'a positive whole number of seconds', { found: JSON.stringify(s.step) });
        const opt = (k) => {
            if (s[k] !== undefined && typeof s[k] !== 'string')
                throw new errors/* InputError */.dz(file, `${f}.${k}`, 'a string');
            return s[k];
        };
        let ext;
        if (s.extendedScopeParams !== undefined) {
            if (!prometheus_isObj(s.extendedScopeParams) || !Object.values(s.extendedScopeParams).every((x) => typeof x === 'string'))
                throw new errors/* InputError */.dz(file, `${f}.extendedScopeParams`, 'an object of strings');
            ext = s.extendedScopeParams;
        }
        return {
            scope: opt('scope'),
            location: opt('location'),
            project: opt('project'),
            resourceType: opt('resourceType'),
            start: s.start,
            end: s.end,
            step,
            extendedScopeParams: ext,
        };
    };
    return { controlScope: side('controlScope'), experimentScope: side('experimentScope') };
}
/** FreeMarker-style `${name}` interpolation; an undefined name is an error, as in FreeMarker. */
function expandTemplate(template, bindings, where) {
    return template.replace(/\$\\\{/g, '${').replace(/\$\{\s*([A-Za-z_][\w.]*)\s*\}/g, (_m, name) => {
        if (!(name in bindings))
            throw new errors/* InputError */.dz(undefined, where, `a binding for \${${name}} (scope, location, project, resourceType or an extendedScopeParams key)`);
        return bindings[name];
    });
}
/**
 * The PromQL Kayenta sends for one metric and scope.
 * @throws InputError for an unknown template variable or an unsupported resourceType.
 */
function kayentaPromQL(query, templates, scope, where) {
    const template = query.customInlineTemplate || (query.customFilterTemplate ? templates[query.customFilterTemplate] : undefined);
    let filter;
    if (template) {
        const bindings = {};
        for (const k of ['project', 'resourceType', 'scope', 'location'])
            if (scope[k])
                bindings[k] = scope[k];
        if (query.resourceType)
            bindings.resourceType = query.resourceType;
        Object.assign(bindings, scope.extendedScopeParams ?? {});
        filter = expandTemplate(template, bindings, where);
        if (filter.startsWith('PromQL:'))
            return filter.slice(7);
    }
    const resourceType = query.resourceType || scope.resourceType;
    if (!filter && resourceType) {
        throw new errors/* InputError */.dz(undefined, where, `label bindings and a custom filter template (resourceType '${resourceType}' filters are not built in; write them as a template)`);
    }
    if (!filter)
        throw new errors/* InputError */.dz(undefined, where, 'a customInlineTemplate or customFilterTemplate selecting the scope (Kayenta: "Either a resource type or a custom filter is required")');
    const tokens = [...filter.split(','), ...(query.labelBindings ?? [])];
    const selector = `${query.metricName}{${tokens.join(',')}}`;
    return `avg(${selector})${query.groupByFields?.length ? ` by (${query.groupByFields.join(',')})` : ''}`;
}
/**
 * Fetches every metric that has a Prometheus query, for both scopes.
 * @returns the data (format `prometheus`) and its replay record
 * @throws PrometheusError (unreachable, query error), InputError when a query returns several series
 *   (Kayenta judges one series per metric and scope: aggregate, or drop groupByFields).
 */
async function fetchCanaryMetrics(client, config, scopes, file) {
    const names = Object.keys(config.queries);
    if (!names.length)
        throw new errors/* InputError */.dz(file, 'metrics[].query', 'at least one metric with a Prometheus query (Kayenta PrometheusCanaryMetricSetQueryConfig) to read from Prometheus');
    const fetched = await Promise.all(names.map(async (name, i) => {
        const q = config.queries[name];
        const ask = async (scope, side) => {
            const expr = kayentaPromQL(q, config.templates, scope, `${file}: metrics ${name} (${side} scope)`);
            const series = await client.queryRange(expr, new Date(scope.start), new Date(scope.end), scope.step);
            if (series.length > 1)
                throw new errors/* InputError */.dz(file, `metrics[${i}].query`, `one series per scope (query ${JSON.stringify(expr)} returned ${series.length}; Kayenta judges one series: aggregate or drop groupByFields)`);
            const points = series[0]?.values ?? [];
            return { expr, times: points.map((p) => p[0]), values: points.map((p) => p[1]) };
        };
        const [b, c] = await Promise.all([ask(scopes.controlScope, 'control'), ask(scopes.experimentScope, 'experiment')]);
        return { name, b, c };
    }));
    const data = { metrics: {}, step: scopes.controlScope.step, format: 'prometheus' };
    const replay = { prometheus: client.url, scopes, queries: {}, data: { step: scopes.controlScope.step, metrics: {} } };
    const json = (xs) => xs.map((x) => (Number.isFinite(x) ? x : null));
    for (const { name, b, c } of fetched) {
        data.metrics[name] = { baseline: b.values, canary: c.values, baselineTimes: b.times, canaryTimes: c.times };
        replay.queries[name] = { baseline: b.expr, canary: c.expr };
        replay.data.metrics[name] = { baseline: json(b.values), canary: json(c.values), baselineTimes: b.times, canaryTimes: c.times };
    }
    return { data, replay };
}

;// CONCATENATED MODULE: ./src/canary/index.ts
/**
 * canary-score: judge a canary against its baseline (NetflixACAJudge-v1.0 rules, Kayenta-compatible
 * or exact), explain every verdict, and decide PROMOTE, HOLD or HALT. Shared by the CLI and the action.
 */



















/**
 * Reads the config and data, judges, and renders the summary.
 * @throws UsageError for bad options, InputError for unusable files (exit 2).
 */
async function runCanaryScore(input) {
    const { settings } = input;
    const configDoc = await (0,fsx/* readJsonOrYaml */.rR)(input.configPath, 'canary config');
    const config = parseCanaryConfig(configDoc, input.configPath);
    const { pass, marginal } = canaryThresholds(settings, config);
    let data;
    let replay;
    const dataSource = input.prometheus ? input.configPath : input.dataPath;
    if (input.prometheus) {
        const { options, scopesPath } = input.prometheus;
        const scopesDoc = scopesPath ? await (0,fsx/* readJsonOrYaml */.rR)(scopesPath, 'canary scopes') : configDoc?.scopes;
        if (scopesDoc === undefined)
            throw new errors/* UsageError */.eb(`reading metrics from Prometheus needs scopes: ${settings.label('scopes')} (Kayenta {controlScope, experimentScope}) or \`scopes:\` in the config`);
        const scopes = readCanaryScopes(scopesDoc, scopesPath ?? `${input.configPath}: scopes`);
        ({ data, replay } = await fetchCanaryMetrics(new prometheus/* PrometheusClient */.Sx(options), readPrometheusQueries(configDoc, input.configPath), scopes, input.configPath));
    }
    else {
        if (!input.dataPath)
            throw new errors/* UsageError */.eb('metric data is required: --data FILE, or --prometheus URL with Prometheus queries in the config');
        data = parseMetricData(await (0,fsx.readText)(input.dataPath, 'metric data'), input.dataPath, input.selector);
    }
    const report = judgeCanary(config, data, {
        judge: canaryJudge(settings, config),
        pass,
        marginal,
        override: settings.override,
        trafficWeight: settings.trafficWeight,
        bakeMinutes: settings.bakeMinutes,
    });
    if (!config.metrics.some((m) => data.metrics[m.name])) {
        throw new errors/* InputError */.dz(dataSource, 'metrics', `data for at least one configured metric (${config.metrics.map((m) => m.name).join(', ')})`, { found: Object.keys(data.metrics).join(', ') || 'none' });
    }
    const values = Object.fromEntries(Object.entries(data.metrics).map(([k, s]) => [
        k,
        { baseline: s.baseline.filter((v) => !Number.isNaN(v)), canary: s.canary.filter((v) => !Number.isNaN(v)) },
    ]));
    return { report, markdown: summaryMarkdown(report, values), config, data, ...(replay ? { replay } : {}) };
}

// EXTERNAL MODULE: ./src/cli/cli.ts + 1 modules
var cli = __webpack_require__(9797);
// EXTERNAL MODULE: ./src/cli/prometheus-flags.ts
var prometheus_flags = __webpack_require__(3706);
;// CONCATENATED MODULE: ./src/cli/commands/canary-score.ts
/**
 * `mc canary-score`: judge a canary against its baseline (NetflixACAJudge-v1.0 rules).
 * Exit 0 on PROMOTE, 1 on HOLD or HALT, 2 for unusable input.
 */






const usage = 'mc canary-score --config CONFIG.json|yaml (--data DATA.json|csv | --prometheus URL [--scopes SCOPES.json]) [--judge kayenta|exact] [--pass 95 --marginal 75] [--format json|text] ' +
    '[--out REPORT.json] [--summary SUMMARY.md] [--label version --baseline-value baseline --canary-value canary] ' +
    '[--override PROMOTE|HOLD|HALT --override-reason TEXT [--override-by WHO]] [--traffic-weight PCT] [--bake-minutes MIN] ' +
    prometheus_flags/* PROMETHEUS_USAGE */.Ve;
const commands = [
    {
        name: 'canary-score',
        summary: 'judge a canary against its baseline (Kayenta-compatible); PROMOTE, HOLD or HALT',
        usage,
        run: async (argv, io) => {
            const { values: o, positionals } = (0,cli/* parseCliArgs */.h)(argv, {
                config: { type: 'string' },
                data: { type: 'string' },
                judge: { type: 'string' },
                pass: { type: 'string' },
                marginal: { type: 'string' },
                format: { type: 'string' },
                out: { type: 'string' },
                summary: { type: 'string' },
                label: { type: 'string' },
                'baseline-value': { type: 'string' },
                'canary-value': { type: 'string' },
                override: { type: 'string' },
                'override-reason': { type: 'string' },
                'override-by': { type: 'string' },
                'traffic-weight': { type: 'string' },
                'bake-minutes': { type: 'string' },
                ...prometheus_flags/* PROMETHEUS_FLAGS */.TN,
                scopes: { type: 'string' },
            }, usage, false);
            void positionals;
            // settings first: a usage error must not wait for (or hide behind) a file error
            const settings = canarySettings({
                judge: o.judge,
                pass: o.pass,
                marginal: o.marginal,
                override: o.override,
                overrideReason: o['override-reason'],
                overrideBy: o['override-by'],
                trafficWeight: o['traffic-weight'],
                bakeMinutes: o['bake-minutes'],
            }, (f) => `--${CANARY_SETTING_NAMES[f]}`);
            if (!o.config)
                throw new errors/* UsageError */.eb(`--config is required\nusage: ${usage}`);
            if (!o.data === !o.prometheus)
                throw new errors/* UsageError */.eb(`give --data FILE or --prometheus URL (one of them)\nusage: ${usage}`);
            if (o.scopes && !o.prometheus)
                throw new errors/* UsageError */.eb('--scopes goes with --prometheus');
            const format = o.format ?? 'text';
            if (format !== 'json' && format !== 'text')
                throw new errors/* UsageError */.eb(`--format: expected json or text, found '${format}'`);
            const { report, markdown, replay } = await runCanaryScore({
                configPath: (0,external_node_path_.resolve)(io.cwd, o.config),
                dataPath: o.data ? (0,external_node_path_.resolve)(io.cwd, o.data) : undefined,
                prometheus: o.prometheus
                    ? { options: await (0,prometheus_flags/* prometheusOptionsFromFlags */.o7)(o, io.cwd), scopesPath: o.scopes ? (0,external_node_path_.resolve)(io.cwd, o.scopes) : undefined }
                    : undefined,
                settings,
                selector: { label: o.label, baseline: o['baseline-value'], canary: o['canary-value'] },
            });
            const json = JSON.stringify({ ...contractJson(report), ...(replay ? { replay } : {}) }, null, 2) + '\n';
            if (o.out)
                await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, o.out), json, { noClobber: true });
            if (o.summary)
                await (0,fsx/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(io.cwd, o.summary), markdown);
            io.stdout(format === 'json' ? json : textSummary(report));
            return report.decision === 'PROMOTE' ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Fail;
        },
    },
];


/***/ }),

/***/ 3706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ PROMETHEUS_FLAGS),
/* harmony export */   Ve: () => (/* binding */ PROMETHEUS_USAGE),
/* harmony export */   o7: () => (/* binding */ prometheusOptionsFromFlags)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_prometheus_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9323);
/**
 * The Prometheus connection flags shared by `mc slo snapshot` and `mc canary-score --prometheus`:
 * `--prometheus URL [--bearer-token-file FILE | --basic-auth-file FILE] [--header "Name: value"]... [--timeout SECONDS]`.
 * Secrets come from files, never from the command line (where `ps` and shell history show them).
 */



/** node:util parseArgs options of the connection flags. */
const PROMETHEUS_FLAGS = {
    prometheus: { type: 'string' },
    'bearer-token-file': { type: 'string' },
    'basic-auth-file': { type: 'string' },
    header: { type: 'string', multiple: true },
    timeout: { type: 'string' },
};
/** The usage text of the connection flags. */
const PROMETHEUS_USAGE = '[--bearer-token-file FILE | --basic-auth-file FILE] [--header "Name: value"]... [--timeout SECONDS]';
/**
 * Connection options from parsed flags (`--prometheus` must be set).
 * @param cwd directory the secret files are relative to
 * @throws UsageError for both credentials at once or a bad timeout; a missing file is exit 2 too.
 */
async function prometheusOptionsFromFlags(o, cwd) {
    const flag = {
        url: '--prometheus URL',
        bearerToken: '--bearer-token-file',
        basicAuth: '--basic-auth-file',
        headers: '--header',
        timeout: '--timeout',
    };
    const secret = async (f) => (f ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, f), 'utf8')).trim() : undefined);
    return (0,_core_prometheus_js__WEBPACK_IMPORTED_MODULE_2__/* .prometheusOptions */ .Dz)({
        url: o.prometheus,
        bearerToken: await secret(o['bearer-token-file']),
        basicAuth: await secret(o['basic-auth-file']),
        headers: o.header,
        timeout: o.timeout,
    }, (f) => flag[f]);
}


/***/ }),

/***/ 9323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ prometheusOptions),
/* harmony export */   Sx: () => (/* binding */ PrometheusClient)
/* harmony export */ });
/* unused harmony exports PrometheusError, parseHeaderLines */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * A small client of the Prometheus HTTP API (https://prometheus.io/docs/prometheus/latest/querying/api/):
 * instant queries (`POST /api/v1/query`, form-encoded `query` and `time`) and range queries
 * (`POST /api/v1/query_range`). HTTP through Node's built-in fetch (undici): TLS certificates are
 * verified (extra CAs through NODE_EXTRA_CA_CERTS), every request has a timeout.
 * Every failure is a {@link PrometheusError} (exit 2) naming the server and the query: an
 * unreachable server, a non-success status, a PromQL error, an unexpected result type.
 * Never a pass on missing data: callers decide what an empty result means.
 */

/** A failed request or query (exit 2). */
class PrometheusError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .McError */ .Hv {
    constructor(message) {
        super(message, _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Usage);
    }
}
/** Prometheus encodes sample values as strings: floats, `NaN`, `+Inf`, `-Inf`. */
function sampleValue(s) {
    if (s === 'NaN')
        return NaN;
    if (s === '+Inf')
        return Infinity;
    if (s === '-Inf')
        return -Infinity;
    const n = typeof s === 'string' ? Number(s) : NaN;
    return n;
}
/** A Prometheus server reached over its HTTP API. */
class PrometheusClient {
    url;
    headers;
    timeoutMs;
    /** @throws PrometheusError when the URL is not http(s). */
    constructor(opts) {
        let u;
        try {
            u = new URL(opts.url);
        }
        catch {
            throw new PrometheusError(`--prometheus: expected an http(s) URL (found '${opts.url}')`);
        }
        if (u.protocol !== 'http:' && u.protocol !== 'https:')
            throw new PrometheusError(`--prometheus: expected an http(s) URL (found protocol '${u.protocol}')`);
        if (u.username || u.password)
            throw new PrometheusError('--prometheus: credentials in the URL are refused (they would be logged); use basic auth or a bearer token');
        this.url = u.toString().replace(/\/+$/, '');
        this.headers = { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded', ...(opts.headers ?? {}) };
        if (opts.bearerToken)
            this.headers.Authorization = `Bearer ${opts.bearerToken}`;
        else if (opts.basicAuth)
            this.headers.Authorization = `Basic ${Buffer.from(opts.basicAuth, 'utf8').toString('base64')}`;
        this.timeoutMs = opts.timeoutMs ?? 30_000;
    }
    async call(path, params, what) {
        let res;
        try {
            res = await fetch(`${this.url}${path}`, {
                method: 'POST',
                headers: this.headers,
                body: new URLSearchParams(params).toString(),
                signal: AbortSignal.timeout(this.timeoutMs),
                redirect: 'error',
            });
        }
        catch (e) {
            const err = e;
            const why = err.name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : (err.cause?.code ?? err.cause?.message ?? err.message);
            throw new PrometheusError(`prometheus ${this.url} unreachable (${why}) for ${what}`);
        }
        const text = await res.text();
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            body = undefined;
        }
        if (!res.ok || body?.status !== 'success' || !body.data) {
            const detail = body?.error
                ? `${body.errorType ?? 'error'}: ${body.error}`
                : `HTTP ${res.status}${res.status === 401 || res.status === 403 ? ' (check the credentials)' : ''}`;
            throw new PrometheusError(`prometheus ${this.url}: ${what} failed: ${detail}`);
        }
        return body.data;
    }
    /**
     * Evaluates an instant query at `at` (`/api/v1/query`).
     * @returns the samples of the vector (a scalar result is one sample without labels)
     * @throws PrometheusError for an unreachable server, a PromQL error, a matrix or string result.
     */
    async query(expr, at) {
        const what = `query ${JSON.stringify(expr)}`;
        const data = await this.call('/api/v1/query', { query: expr, time: (at.getTime() / 1000).toFixed(3) }, what);
        if (data.resultType === 'scalar')
            return [{ metric: {}, value: sampleValue(data.result[1]) }];
        if (data.resultType !== 'vector')
            throw new PrometheusError(`prometheus ${this.url}: ${what}: expected an instant vector, found a ${data.resultType}`);
        return data.result.map((s) => ({
            metric: s.metric ?? {},
            value: sampleValue(s.value[1]),
        }));
    }
    /**
     * Evaluates a range query (`/api/v1/query_range`).
     * @param start,end the range, inclusive
     * @param stepSeconds resolution in seconds
     * @throws PrometheusError as {@link query}.
     */
    async queryRange(expr, start, end, stepSeconds) {
        const what = `range query ${JSON.stringify(expr)}`;
        const data = await this.call('/api/v1/query_range', { query: expr, start: (start.getTime() / 1000).toFixed(3), end: (end.getTime() / 1000).toFixed(3), step: String(stepSeconds) }, what);
        if (data.resultType !== 'matrix')
            throw new PrometheusError(`prometheus ${this.url}: ${what}: expected a range vector, found a ${data.resultType}`);
        return data.result.map((s) => ({
            metric: s.metric ?? {},
            values: s.values.map(([t, v]) => [t, sampleValue(v)]),
        }));
    }
}
/**
 * Parses `Name: value` header lines (one per line or comma-free list item).
 * @throws PrometheusError on a malformed line.
 */
function parseHeaderLines(lines) {
    const out = {};
    for (const l of lines) {
        const i = l.indexOf(':');
        const name = l.slice(0, i).trim();
        if (i <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
            throw new PrometheusError(`headers: expected 'Name: value' lines (found a malformed line)`);
        out[name] = l.slice(i + 1).trim();
    }
    return out;
}
/**
 * Checked connection options from raw settings: the CLI's flags and the actions' inputs both come here.
 * @param label how a setting is named to the user (`--timeout` or `input 'timeout-seconds'`)
 * @throws UsageError naming the setting: no URL, both credentials, a timeout that is not a positive number.
 */
function prometheusOptions(raw, label) {
    if (!raw.url)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label('url')} is required`);
    if (raw.bearerToken && raw.basicAuth)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label('bearerToken')} and ${label('basicAuth')}: give one`);
    const timeout = raw.timeout === undefined || raw.timeout === '' ? 30 : Number(raw.timeout);
    if (!Number.isFinite(timeout) || timeout <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label('timeout')}: expected a positive number of seconds, found '${raw.timeout}'`);
    return {
        url: raw.url,
        bearerToken: raw.bearerToken || undefined,
        basicAuth: raw.basicAuth || undefined,
        headers: parseHeaderLines(raw.headers ?? []),
        timeoutMs: timeout * 1000,
    };
}


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ junitXml),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   cz: () => (/* binding */ mdCell),
/* harmony export */   gJ: () => (/* binding */ mdTable)
/* harmony export */ });
/* unused harmony export xmlEscape */
/**
 * Report helpers shared by every gate: markdown tables for job summaries, JUnit XML
 * (the de-facto schema of Ant/Surefire, as read by GitHub test reporters), XML escaping.
 */
/** Escapes text for a markdown table cell (pipes, newlines, backticks kept literal). */
function mdCell(text) {
    return String(text ?? '')
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
/** A GitHub-flavoured markdown table. */
function mdTable(headers, rows) {
    const head = `| ${headers.map(mdCell).join(' | ')} |`;
    const sep = `| ${headers.map(() => '---').join(' | ')} |`;
    return [head, sep, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n') + '\n';
}
/** Escapes text for XML attribute values and character data. */
function xmlEscape(text) {
    return (String(text ?? '')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;'));
}
/** Renders JUnit XML (`<testsuites>` root) for test reporters. */
function junitXml(suites) {
    const count = (s, k) => s.cases.filter((c) => c[k] !== undefined).length;
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
    const all = suites.flatMap((s) => s.cases);
    lines.push(`<testsuites tests="${all.length}" failures="${all.filter((c) => c.failure).length}" errors="${all.filter((c) => c.error).length}">`);
    for (const s of suites) {
        lines.push(`  <testsuite name="${xmlEscape(s.name)}" tests="${s.cases.length}" failures="${count(s, 'failure')}" errors="${count(s, 'error')}" skipped="${count(s, 'skipped')}">`);
        for (const c of s.cases) {
            const attrs = `name="${xmlEscape(c.name)}" classname="${xmlEscape(c.classname)}"${c.time !== undefined ? ` time="${c.time.toFixed(3)}"` : ''}`;
            const inner = [];
            if (c.failure)
                inner.push(`      <failure message="${xmlEscape(c.failure.message)}">${xmlEscape(c.failure.body ?? '')}</failure>`);
            if (c.error)
                inner.push(`      <error message="${xmlEscape(c.error.message)}">${xmlEscape(c.error.body ?? '')}</error>`);
            if (c.skipped !== undefined)
                inner.push(`      <skipped message="${xmlEscape(c.skipped)}"/>`);
            lines.push(inner.length ? `    <testcase ${attrs}>\n${inner.join('\n')}\n    </testcase>` : `    <testcase ${attrs}/>`);
        }
        lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');
    return lines.join('\n') + '\n';
}
/** Formats a count with its noun, pluralized naively ("1 file", "3 files"). */
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 2032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateWithSchema: () => (/* binding */ validateWithSchema),
/* harmony export */   w5: () => (/* binding */ fieldName)
/* harmony export */ });
/* unused harmony exports schemaValidator, pointerPath, mostSpecific, schemaInputError */
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The one JSON Schema validator of every file a user writes (canary configs, grounding cases,
 * ignore rules, evidence policies, SLO specs, trajectory goldens) and of the reports the tests check.
 *
 * Schemas are the documents of `schemas/` (JSON Schema draft 2020-12), imported as JSON by each
 * loader so the ncc bundles carry exactly the schemas their action needs and read no file at run
 * time. Validation uses ajv's draft 2020-12 class in strict mode (unknown keywords and ambiguous
 * schemas are errors at compile time); a schema is compiled on its first use and cached by `$id`,
 * so loading this module costs only the ajv import and an action that never meets a file of that
 * format never compiles its schema.
 *
 * A violation becomes one {@link InputError} (exit 2, no stack trace) naming the file, the field
 * (as `a.b[0].c`, from ajv's RFC 6901 instance path), the line when the caller can map a path to
 * one, and what was expected: the most specific of ajv's errors (the deepest; unknown keys, enums
 * and types before the `anyOf`/`oneOf`/`if` wrappers that only say "some branch failed").
 */


let ajvInstance;
const compiled = new Map();
/**
 * The shared ajv instance: draft 2020-12, strict (unknown keywords and formats, ignored defaults,
 * ambiguous types are compile errors), every error collected (the most specific is picked).
 * strictRequired is off: `oneOf: [{required: [good]}, {required: [bad]}]` names properties defined
 * by the enclosing schema, the usual way to say "exactly one of".
 */
function ajv() {
    if (!ajvInstance) {
        ajvInstance = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__.Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
        // RFC 3339 date-time (the reports' timestamps); no other format is used by our schemas
        ajvInstance.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i);
    }
    return ajvInstance;
}
/**
 * The compiled validator of a schema, compiled on first use and cached by `$id`.
 * @throws Error when the schema itself is invalid under ajv's strict mode (a defect of schemas/, not of input).
 */
function schemaValidator(schema) {
    let v = compiled.get(schema.$id);
    if (!v) {
        v = ajv().compile(schema);
        compiled.set(schema.$id, v);
    }
    return v;
}
/** Decodes ajv's RFC 6901 `instancePath` into path segments (array indexes as numbers). */
function pointerPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}
/** A path as users read it: `metrics[0].effectSize.allowedIncrease`. */
function fieldName(path) {
    return path.reduce((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');
}
// wrappers that only say "a branch failed": their branches' own errors are more specific
const KEYWORD_RANK = {
    additionalProperties: 4,
    unevaluatedProperties: 4,
    enum: 3,
    const: 3,
    required: 2,
    type: 1,
    anyOf: -100,
    oneOf: -100,
    if: -100,
    not: -50,
};
/** The most specific error: the deepest instance path, then the keyword that says most (unknown key, enum, type). */
function mostSpecific(errors) {
    const depth = (e) => pointerPath(e.instancePath).length + (e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties' ? 1 : 0);
    let best;
    let bestRank = -Infinity;
    for (const e of errors) {
        const rank = depth(e) * 10 + (KEYWORD_RANK[e.keyword] ?? 0);
        if (rank > bestRank)
            [best, bestRank] = [e, rank];
    }
    return best;
}
const TYPE_NAMES = {
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    null: 'null',
};
function found(data) {
    let s;
    try {
        s = JSON.stringify(data) ?? String(data);
    }
    catch {
        s = String(data);
    }
    return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}
/**
 * The error a user reads for one ajv error: file, field, line, what was expected and what was found.
 * Unknown and missing keys name the key as the field (at its parent's line); unknown keys list the keys known there.
 */
function schemaInputError(e, file, opts) {
    let path = pointerPath(e.instancePath);
    const params = e.params;
    const parent = (e.parentSchema ?? {});
    let expected;
    let shown;
    let linePath = path;
    switch (e.keyword) {
        case 'additionalProperties':
        case 'unevaluatedProperties': {
            const key = String(params.additionalProperty ?? params.unevaluatedProperty);
            path = [...path, key];
            linePath = path;
            const known = Object.keys(parent.properties ?? {}).filter((k) => k !== '$schema');
            // the key comes from the data: escaped, as InputError escapes file and field
            expected = `no property '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(key)}' (not in the ${opts.what} schema${known.length ? `; known here: ${known.join(', ')}` : ''})`;
            break;
        }
        case 'required':
            // the missing key is the field; its line is its parent's
            path = [...path, String(params.missingProperty)];
            expected = 'a value (a required key, missing here)';
            break;
        case 'enum':
            expected = `one of ${params.allowedValues.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}`;
            shown = found(e.data);
            break;
        case 'const':
            expected = JSON.stringify(params.allowedValue);
            shown = found(e.data);
            break;
        case 'type': {
            const types = [].concat(params.type);
            expected = types.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
            shown = found(e.data);
            break;
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            expected = `a number ${String(params.comparison)} ${String(params.limit)}`;
            shown = found(e.data);
            break;
        case 'minLength':
            expected = params.limit === 1 ? 'a non-empty string' : `a string of at least ${String(params.limit)} characters`;
            break;
        case 'maxLength':
            expected = `a string of at most ${String(params.limit)} characters`;
            break;
        case 'minItems':
            expected = params.limit === 1 ? 'a non-empty list' : `a list of at least ${String(params.limit)} items`;
            break;
        case 'maxItems':
            expected = `a list of at most ${String(params.limit)} items`;
            break;
        case 'minProperties':
            expected = params.limit === 1 ? 'a non-empty mapping' : `a mapping of at least ${String(params.limit)} keys`;
            break;
        case 'maxProperties':
            expected = `a mapping of at most ${String(params.limit)} keys`;
            break;
        case 'pattern':
            expected = `a string matching /${String(params.pattern)}/`;
            shown = found(e.data);
            break;
        case 'uniqueItems':
            expected = `a list without duplicates (items ${String(params.j)} and ${String(params.i)} are equal)`;
            break;
        default:
            expected = `a value that ${(e.message ?? 'matches the schema').replace(/^must /, '')}`;
    }
    const own = opts.expected?.(e, path);
    if (own !== undefined)
        expected = own;
    const full = [...(opts.prefix ?? []), ...path];
    const line = opts.lineOf?.([...(opts.prefix ?? []), ...linePath]) ?? opts.line;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, fieldName(full) || undefined, expected, {
        ...(line !== undefined ? { line } : {}),
        ...(shown !== undefined ? { found: shown } : {}),
    });
}
/**
 * Validates a parsed document (YAML/JSON value) against its schema.
 * @param schema a document of `schemas/` (imported as JSON by the loader)
 * @param value the parsed document
 * @param file the file name as the user gave it (for the message)
 * @throws InputError (exit 2) for the most specific violation: file, field, line when known, what was expected.
 */
function validateWithSchema(schema, value, file, opts) {
    const validate = schemaValidator(schema);
    if (validate(value))
        return;
    const e = mostSpecific(validate.errors ?? []);
    if (!e)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, undefined, `a valid ${opts.what}`);
    throw schemaInputError(e, file, opts);
}


/***/ })

};
