#!/usr/bin/env bash
# Stage 10, config-attest: sign a snapshot of the example Helm values and Kubernetes manifests,
# verify the unchanged set (exit 0), show a real upgrade of the prometheus-operator Deployment as
# drift on a copy (exit 1, asserted), then the approved path (--change-approved: exit 0, DRIFT APPROVED).
set -euo pipefail
EX="$ROOT/examples/config-attest"
JWKS="$ROOT/examples/keys/dev-jwks.json"
SNAP="$OUT/evidence/config-snapshot.intoto.jsonl"
W="$OUT/work/config-attest"
rm -rf "$W"; mkdir -p "$W" "$OUT/evidence"
cp -R "$EX/helm-values" "$EX/manifests" "$W/"
cd "$W"
PATHS=('helm-values/*.yaml' 'manifests/*.yaml')
commit=$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)

echo "--- snapshot (environment production, dev key)"
$MC config-attest snapshot --key "$DEV_KEY" --env production --commit "$commit" --ignore "$EX/ignore.yaml" --out "$SNAP" "${PATHS[@]}"

echo "--- verify the unchanged set: expect NO DRIFT (exit 0)"
$MC config-attest verify --baseline "$SNAP" --jwks "$JWKS" --env production "${PATHS[@]}"

echo "--- a pull request upgrades prometheus-operator (kube-prometheus ea158da -> 4d719f1): expect DRIFT (exit 1)"
cp "$EX/drift/prometheusOperator-deployment.yaml" manifests/prometheusOperator-deployment.yaml
rc=0
$MC config-attest verify --baseline "$SNAP" --jwks "$JWKS" --env production --report "$W/drift-report.json" "${PATHS[@]}" > "$W/drift.txt" || rc=$?
head -n 8 "$W/drift.txt"; echo "  ..."
if [ "$rc" -ne 1 ]; then echo "expected exit 1 (drift), got $rc" >&2; exit 1; fi
grep -q '^DRIFT:' "$W/drift.txt"
grep -q 'containers\[name=prometheus-operator\].image' "$W/drift.txt"

echo "--- the same change with --change-approved: expect DRIFT APPROVED (exit 0), approval recorded in a new snapshot"
$MC config-attest verify --baseline "$SNAP" --jwks "$JWKS" --env production --change-approved --report "$OUT/evidence/config-drift-report.json" \
  --key "$DEV_KEY" --out "$OUT/evidence/config-snapshot-approved.intoto.jsonl" "${PATHS[@]}" > "$W/approved.txt"
head -n 2 "$W/approved.txt"
grep -q '^DRIFT APPROVED:' "$W/approved.txt"
echo "config-attest: snapshot, no-drift, drift (exit 1) and approved drift all behaved as expected"
