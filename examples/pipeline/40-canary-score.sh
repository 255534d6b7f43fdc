#!/usr/bin/env bash
# Stage 40, canary-score: judge two hours of one-minute canary and baseline metrics (p95/p99 latency,
# error ratio, cost per 1k; guards on error-budget burn, compensation rate and a p99 ceiling) with the
# exact judge: PROMOTE expected (exit 0), report in $OUT/evidence/canary-score.json. Then the same
# judgement on a regressed canary (+12% latency, 3x errors): HOLD expected (exit 1, asserted), with the
# recommended next traffic weight and bake extension; and the Kayenta config JSON under the
# Kayenta-compatible judge agreeing on both.
set -euo pipefail
EX="$ROOT/examples/canary-score"
W="$OUT/work/canary-score"
rm -rf "$W"; mkdir -p "$W" "$OUT/evidence"

echo "--- healthy canary (exact judge): expect PROMOTE (exit 0)"
$MC canary-score --config "$EX/canary.yaml" --data "$EX/metrics.json" \
  --out "$OUT/evidence/canary-score.json" --summary "$W/summary.md"
grep -q '"decision": "PROMOTE"' "$OUT/evidence/canary-score.json"

echo "--- regressed canary at 20% traffic: expect HOLD (exit 1) with a recommendation"
rc=0
$MC canary-score --config "$EX/canary.yaml" --data "$EX/regression.json" --traffic-weight 20 \
  --format json > "$W/regression.json" || rc=$?
if [ "$rc" -ne 1 ]; then echo "expected exit 1 (HOLD), got $rc" >&2; exit 1; fi
grep -q '"decision": "HOLD"' "$W/regression.json"
grep -o '"reason": "p95 latency[^"]*"' "$W/regression.json" | head -n 1
grep -A3 '"recommendation"' "$W/regression.json" | tr -s ' ' | tr -d '\n'; echo

echo "--- the Kayenta canary config JSON, Kayenta-compatible judge: PROMOTE on the healthy run, HOLD on the regression"
$MC canary-score --config "$EX/kayenta-canary-config.json" --data "$EX/metrics.json" --judge kayenta > "$W/kayenta-ok.txt"
head -n 1 "$W/kayenta-ok.txt"
rc=0
$MC canary-score --config "$EX/kayenta-canary-config.json" --data "$EX/regression.json" --judge kayenta > "$W/kayenta-hold.txt" || rc=$?
head -n 1 "$W/kayenta-hold.txt"
if [ "$rc" -ne 1 ]; then echo "expected exit 1 (HOLD) from the Kayenta-compatible judge, got $rc" >&2; exit 1; fi
echo "canary-score: PROMOTE on the healthy canary, HOLD on the regression, both judges agreeing"
