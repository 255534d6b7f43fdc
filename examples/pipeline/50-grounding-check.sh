#!/usr/bin/env bash
# Stage 50: grounding-check (seed v0.3.3 E4: "Answers failing grounding checks are rejected;
# attestation embedded in evidence; >= 95% grounding pass rate on gold set").
#  1. the gold set (39 answers derived from SummEdits, examples/grounding-check/) must pass at a
#     minimum pass rate of 0.95; the report, JUnit XML and the signed grounding report
#     (in-toto Statement in DSSE) go to $OUT/evidence/ for the evidence pack;
#  2. edited answers (SummEdits inconsistent edits) must be rejected: exit 1, each flagged (asserted).
set -euo pipefail
cd "$ROOT"
EV="$OUT/evidence"
mkdir -p "$EV"

echo "-- gold set (must pass, min pass rate 0.95)"
$MC grounding-check --cases examples/grounding-check/gold.jsonl --min-pass-rate 0.95 \
  --report "$EV/grounding-report.json" --junit "$EV/grounding-junit.xml" \
  --attestation "$EV/grounding-report.intoto.jsonl" --key "$DEV_KEY" | tail -n 2

echo "-- edited answers (must be rejected)"
set +e
$MC grounding-check --cases examples/grounding-check/edited.jsonl --format json > "$OUT/grounding-edited.json"
code=$?
set -e
[ "$code" -eq 1 ] || { echo "expected exit 1 (gate failed), got $code"; exit 1; }
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const bad = r.answers.filter((a) => a.verdict !== "grounded");
if (r.passed || bad.length < 5) { console.error(`expected at least 5 of 8 edited answers rejected, got ${bad.length}`); process.exit(1); }
for (const a of bad) {
  const f = a.claims.flatMap((c) => c.flags).find((x) => x);
  console.log(`${a.verdict.toUpperCase().padEnd(10)} ${a.id}  ${f ? `${f.name}: ${f.detail}` : ""}`);
}
console.log(`rejected ${bad.length} of ${r.answers.length} edited answers; pass rate ${(r.passRate * 100).toFixed(1)}%`);' "$OUT/grounding-edited.json"
