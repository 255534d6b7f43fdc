#!/usr/bin/env bash
# Stage 20: opa-sim, the policy gate (seed v0.3.3: "OPA simulation must allow; residency &
# purpose OK; persisted-only index verified"; v0.3.2 PR-2 readiness checklists -> READY).
#  1. the interop requests must all be allowed by data.mc.interop.decision (gate passes);
#  2. the known-bad requests must be denied, each for its reason (expected failure, asserted);
#  3. the readiness checklists: TENANT_006 and TENANT_007 READY (gate passes), TENANT_008 NOT_READY (asserted);
#  4. conftest style over real Kubernetes manifests: the guestbook Deployments are denied (asserted).
# Evidence (passing gates only): decision logs, JSON reports and SARIF in $OUT/evidence/; the
# expected failures' reports go to $OUT/.
set -euo pipefail
cd "$ROOT"
EV="$OUT/evidence"
mkdir -p "$EV"
common=(--policy policies --data examples/opa-sim/data.json)

echo "-- interop requests (must be allowed)"
$MC opa-sim "${common[@]}" --decision data.mc.interop.decision \
  --inputs examples/opa-sim/requests/allowed.jsonl \
  --report "$EV/opa-sim-interop.json" --decision-log "$EV/opa-sim-interop.decisions.jsonl" \
  --sarif "$EV/opa-sim-interop.sarif"

echo "-- known-bad requests (each must be denied)"
set +e
$MC opa-sim "${common[@]}" --decision data.mc.interop.decision \
  --inputs examples/opa-sim/requests/denied.jsonl --format json > "$OUT/opa-sim-denied.json"
code=$?
set -e
[ "$code" -eq 1 ] || { echo "expected exit 1 (denied), got $code"; exit 1; }
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const want = [["cross_tenant_access"], ["residency_violation"], ["purpose_not_declared", "purpose_not_permitted_for_query"], ["raw_query_refused", "pqid_missing"], ["pqid_unknown"]];
r.decisions.forEach((d, i) => {
  const got = d.reasons.map((x) => x.details.reason).sort();
  if (d.outcome !== "deny" || JSON.stringify(got) !== JSON.stringify([...want[i]].sort())) { console.error(`request ${i + 1}: expected deny ${want[i]}, got ${d.outcome} ${got}`); process.exit(1); }
  console.log(`DENY  ${d.source.file}:${d.source.line}  ${d.reasons.map((x) => x.message).join("; ")}`);
});' "$OUT/opa-sim-denied.json"

echo "-- readiness checklists of the release tenants (must be READY)"
$MC opa-sim "${common[@]}" --decision data.mc.readiness.decision \
  --input examples/opa-sim/readiness/TENANT_006/checklist.yaml --input examples/opa-sim/readiness/TENANT_007/checklist.yaml \
  --report "$EV/opa-sim-readiness.json" --decision-log "$EV/opa-sim-readiness.decisions.jsonl" > /dev/null
echo "-- readiness checklist TENANT_008 (must be NOT_READY)"
set +e
$MC opa-sim "${common[@]}" --decision data.mc.readiness.decision \
  --input examples/opa-sim/readiness/TENANT_008/checklist.yaml --report "$OUT/opa-sim-readiness-TENANT_008.json" > /dev/null
code=$?
set -e
[ "$code" -eq 1 ] || { echo "expected exit 1 (TENANT_008 not ready), got $code"; exit 1; }
node -e '
const want = { TENANT_006: "READY", TENANT_007: "READY", TENANT_008: "NOT_READY" };
const ds = process.argv.slice(1).flatMap((f) => JSON.parse(require("fs").readFileSync(f, "utf8")).decisions);
for (const d of ds) {
  const t = d.result.tenant;
  console.log(`${t}: ${d.result.status} (score ${d.result.score})${d.reasons.length ? ": " + d.reasons.map((x) => x.message).join("; ") : ""}`);
  if (want[t] !== d.result.status) { console.error(`${t}: expected ${want[t]}`); process.exit(1); }
}
if (ds.length !== 3) process.exit(1);' "$EV/opa-sim-readiness.json" "$OUT/opa-sim-readiness-TENANT_008.json"

echo "-- conftest style over Kubernetes manifests"
set +e
$MC opa-sim --policy examples/opa-sim/k8s/policy --config 'examples/opa-sim/k8s/manifests/*.yaml' \
  --report "$OUT/opa-sim-k8s.json" --junit "$OUT/opa-sim-k8s.junit.xml"
code=$?
set -e
[ "$code" -eq 1 ] || { echo "expected exit 1 (guestbook Deployments without memory limits), got $code"; exit 1; }
echo "opa-sim: interop requests allowed; bad requests, TENANT_008 and the guestbook denied as expected"
