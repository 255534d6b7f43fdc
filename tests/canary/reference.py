#!/usr/bin/env python3
"""Independent reference for the canary judge's statistics, built on Debian's python3-scipy.

Reads a JSON list of cases from stdin: {"canary": [...], "baseline": [...], "conf": 0.98}
(null means NaN and is removed, Kayenta's default NaN strategy). Writes one JSON object per case:
  p:        scipy.stats.mannwhitneyu(canary, baseline, method="asymptotic", use_continuity=True).pvalue
  u:        its U statistic for the canary
  lower, upper: the asymptotic confidence interval of R's wilcox.test (two-sided, correct=TRUE),
            end points when the rank function does not change sign, else its root found with
            scipy.optimize.brentq to within 1e-13 of the range (the exact step, not R's 1e-4)
  hl:       the Hodges-Lehmann estimate, numpy median of all pairwise differences (when n*m <= 4e6)
  cles:     P(canary > baseline) + P(equal) / 2 from all pairs (when n*m <= 4e6), else U / (n m)
  mean_ratio: mean(canary) / mean(baseline)
With --bench, times the same per-metric computation instead (used by bench/canary.bench.ts).
Fails (exit 1) when scipy is missing: the tests must not silently skip.
"""
import json
import math
import sys

import numpy as np
from scipy import optimize, stats


def wdiff(x, y, d, zq):
    """R wilcox.test's wdiff(d, zq): centred rank sum of x - d, tie- and continuity-corrected."""
    nx, ny = float(len(x)), float(len(y))
    dr = stats.rankdata(np.concatenate([x - d, y]), method="average")
    _, counts = np.unique(dr, return_counts=True)
    dz = dr[: len(x)].sum() - nx * (nx + 1) / 2 - nx * ny / 2
    corr = np.sign(dz) * 0.5
    sigma = math.sqrt((nx * ny / 12) * ((nx + ny + 1) - (counts.astype(float) ** 3 - counts).sum() / ((nx + ny) * (nx + ny - 1))))
    if sigma == 0:
        raise ZeroDivisionError("all observations tied")
    return (dz - corr) / sigma - zq


def interval(x, y, conf):
    alpha = 1 - conf
    mumin, mumax = x.min() - y.max(), x.max() - y.min()
    span = max(mumax - mumin, abs(mumax), abs(mumin), 1e-300)

    def root(zq):
        fl = wdiff(x, y, mumin, zq)
        if fl <= 0:
            return float(mumin)
        fu = wdiff(x, y, mumax, zq)
        if fu >= 0:
            return float(mumax)
        return float(optimize.brentq(lambda d: wdiff(x, y, d, zq), mumin, mumax, xtol=1e-13 * span, rtol=1e-15, maxiter=2000))

    z = stats.norm.ppf(alpha / 2)
    return root(-z), root(z)


def bench(cases):
    """--bench: the judge's per-metric computation in scipy (p-value, U, CLES from U, the interval), timed."""
    import time

    arrays = [(np.array(c["canary"], dtype=float), np.array(c["baseline"], dtype=float), c.get("conf", 0.98)) for c in cases]
    t = time.perf_counter()
    for x, y, conf in arrays:
        res = stats.mannwhitneyu(x, y, alternative="two-sided", use_continuity=True, method="asymptotic")
        _ = res.statistic / (len(x) * len(y))
        interval(x, y, conf)
    json.dump({"seconds": time.perf_counter() - t, "scipy": __import__("scipy").__version__}, sys.stdout)


def main():
    cases = json.load(sys.stdin)
    if "--bench" in sys.argv:
        return bench(cases)
    out = []
    for c in cases:
        x = np.array([np.nan if v is None else v for v in c["canary"]], dtype=float)
        y = np.array([np.nan if v is None else v for v in c["baseline"]], dtype=float)
        x, y = x[~np.isnan(x)], y[~np.isnan(y)]
        r = {}
        res = stats.mannwhitneyu(x, y, alternative="two-sided", use_continuity=True, method="asymptotic")
        r["p"] = None if math.isnan(res.pvalue) else float(res.pvalue)
        r["u"] = float(res.statistic)
        try:
            r["lower"], r["upper"] = interval(x, y, c.get("conf", 0.98))
        except ZeroDivisionError:
            r["lower"] = r["upper"] = None
        if len(x) * len(y) <= 4_000_000:
            diffs = np.subtract.outer(x, y)
            r["hl"] = float(np.median(diffs))
            r["cles"] = float(((diffs > 0).sum() + 0.5 * (diffs == 0).sum()) / diffs.size)
        else:
            r["hl"] = None
            r["cles"] = float(res.statistic / (len(x) * len(y)))
        r["mean_ratio"] = float(x.mean() / y.mean()) if y.mean() != 0 else None
        out.append(r)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
