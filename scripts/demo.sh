#!/usr/bin/env bash
# The main job: the release-gate pipeline over examples/ with the embedded dev key.
# Runs each stage examples/pipeline/NN-*.sh in order; every stage must exit 0 (or be an
# expected, asserted failure inside the stage). Evidence goes to $OUT (default out/demo).
set -euo pipefail
cd "$(dirname "$0")/.."
export ROOT="$PWD"
export OUT="${OUT:-$PWD/out/demo}"
export MC="node $PWD/bin/mc.js"
export DEV_KEY="$PWD/examples/keys/dev-not-for-production.pem"
rm -rf "$OUT"; mkdir -p "$OUT/evidence"; : > "$OUT/stages.tsv"
status=0
for stage in examples/pipeline/[0-9][0-9]-*.sh; do
  name=$(basename "$stage" .sh)
  echo
  echo "=== stage $name"
  if bash "$stage"; then echo "--- $name: ok"; printf '%s\tpassed\n' "$name" >> "$OUT/stages.tsv"
  else echo "--- $name: FAILED"; printf '%s\tfailed\n' "$name" >> "$OUT/stages.tsv"; status=1; fi
done
echo
echo "=== summary"
while IFS=$'\t' read -r stage result; do printf '  %-22s %s\n' "$stage" "$result"; done < "$OUT/stages.tsv"
if [ -f "$OUT/pack/evidence.intoto.jsonl" ]; then
  echo "  signed evidence: ${OUT#$PWD/}/pack/evidence.intoto.jsonl (+ jwks.json), disclosure: ${OUT#$PWD/}/disclosure-us/"
  echo "  view it in a browser: ${OUT#$PWD/}/evidence-view.html (verifies itself; no network)"
fi
if [ $status -eq 0 ]; then echo "release gate: PASSED (evidence in ${OUT#$PWD/})"; else echo "release gate: FAILED"; fi
exit $status
