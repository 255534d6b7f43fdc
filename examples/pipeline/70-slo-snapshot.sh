#!/usr/bin/env bash
# Stage 70: SLOs and error budgets from a real Prometheus (Debian's `prometheus`, started on loopback
# over a TSDB backfilled with examples/slo-snapshot's 31 days of traffic, stopped afterwards).
# 1. At the end of the data (2026-11-30T00:00Z) checkout burns its budget 20x: the gate pages (exit 1),
#    asserted: a paging SLO stops a release.
# 2. The release's evidence: a signed snapshot an hour earlier, before the spike (search warns at 85% of
#    its budget, batch on a slow burn; nothing pages: exit 0), with the budget ledger since the day before.
# Without Prometheus installed the stage says so and is skipped.
set -euo pipefail
if ! command -v prometheus >/dev/null || ! command -v promtool >/dev/null; then
  echo "slo-snapshot: skipped: Prometheus is not installed (apt-get install prometheus)"
  exit 0
fi
export W="$OUT/work/slo"; mkdir -p "$W"
JWKS="$ROOT/examples/keys/dev-jwks.json"
cat > "$W/run.sh" <<'SH'
set -euo pipefail
cd "$ROOT/examples/slo-snapshot"
set +e
$MC slo snapshot --prometheus "$PROMETHEUS_URL" --at 2026-11-30T00:00:00Z --slo 'slos/*.yaml' > "$W/paging.txt"; code=$?
set -e
cat "$W/paging.txt"
[ "$code" -eq 1 ] && grep -q 'PAGE shop-checkout-availability' "$W/paging.txt" || { echo "expected checkout to page (exit 1), got exit $code"; exit 1; }
echo "checkout pages at 2026-11-30T00:00Z (exit 1) as expected"
$MC slo snapshot --prometheus "$PROMETHEUS_URL" --at 2026-11-28T23:00:00Z --slo 'slos/*.yaml' --format json > "$W/day-before.json"
$MC slo snapshot --prometheus "$PROMETHEUS_URL" --at 2026-11-29T23:00:00Z --slo 'slos/*.yaml' \
  --previous "$W/day-before.json" --key "$DEV_KEY" --out "$OUT/evidence/slo-snapshot.intoto.jsonl"
SH
node "$ROOT/examples/slo-snapshot/prometheus.mjs" run -- bash "$W/run.sh"
echo "signed SLO snapshot: ${OUT#$ROOT/}/evidence/slo-snapshot.intoto.jsonl"
