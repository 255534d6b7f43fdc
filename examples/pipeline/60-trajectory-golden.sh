#!/usr/bin/env bash
# Stage 60: trajectory-golden, the agent behaviour gate (seed v0.3.3 E4.3: "Trajectory golden-sets
# (ReAct): CI compares Reason/Act/Observe sequence; drift fails PR"; evidence
# rag/trajectory-results.json).
#  1. the example goldens (strict, in_order, unordered, superset) against recorded trajectories in
#     the four formats (OpenAI chat, LangChain messages, OpenTelemetry GenAI spans, ReAct log): all match;
#  2. a drifted run (the agent books two passengers instead of one): exit 1, the arg_mismatch asserted;
#  3. the same pair under --compat agentevals (strict, exact args): agentevals agrees it drifted.
# Evidence: $OUT/evidence/trajectory-results.json (+ JUnit XML), the drift report beside it.
set -euo pipefail
cd "$ROOT"
EV="$OUT/evidence"
mkdir -p "$EV"
EX=examples/trajectory-golden

echo "-- example goldens against recorded trajectories (must match)"
$MC trajectory-golden --golden "$EX/goldens" --trajectory "$EX/trajectories" \
  --report "$EV/trajectory-results.json" --junit "$EV/trajectory-results.junit.xml"

echo "-- a drifted run (must fail with an arg_mismatch on book_flight.passengers)"
set +e
$MC trajectory-golden --golden "$EX/drift/flight-booking.yaml" --trajectory "$EX/drift/flight-booking.openai.json" \
  --report "$OUT/trajectory-drift.json" --summary "$OUT/trajectory-drift.md"
code=$?
set -e
[ "$code" -eq 1 ] || { echo "expected exit 1 (drift), got $code"; exit 1; }
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const s = r.results[0].steps.find((x) => x.status !== "matched");
if (r.match !== false || !s || s.status !== "arg_mismatch" || s.mismatch.path !== "$.action_input.passengers" || s.mismatch.actual !== 2) {
  console.error("unexpected drift report: " + JSON.stringify(s)); process.exit(1);
}' "$OUT/trajectory-drift.json"

echo "-- the drifted run under --compat agentevals (reference = the recorded good run)"
set +e
$MC trajectory-golden --compat agentevals --golden "$EX/trajectories/flight-booking.openai.json" \
  --trajectory "$EX/drift/flight-booking.openai.json" --format json > "$OUT/trajectory-drift-agentevals.json"
code=$?
set -e
[ "$code" -eq 1 ] || { echo "expected exit 1 from agentevals strict match, got $code"; exit 1; }
echo "trajectory-golden: 4 goldens match; the drifted booking is caught (ours and agentevals)"
