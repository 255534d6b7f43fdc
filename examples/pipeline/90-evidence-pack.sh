#!/usr/bin/env bash
# Stage 90: pack everything the gates left in $OUT/evidence into signed release evidence
# (in-toto Statement v1 in DSSE, Ed25519 dev key), verify it, derive a US disclosure, verify that,
# and sign a response token (detached JWS). Uses only the mc CLI.
set -euo pipefail
cd "$OUT"
JWKS="$ROOT/examples/keys/dev-jwks.json"

# the gate results of this run, as a gate report (kind gate-report)
node -e '
const rows = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean).map((l) => l.split("\t"));
console.log(JSON.stringify({ gates: rows.map(([stage, result]) => ({ stage, result })) }, null, 2));' "$OUT/stages.tsv" > evidence/gate-report.json

kinds=(
  'evidence/gate-report.json=gate-report'
  'evidence/*config*=config-snapshot'
  'evidence/*opa*=policy-decision'
  'evidence/*decision*=policy-decision'
  'evidence/*slo*=slo-snapshot'
  'evidence/*intoto*=supply-chain'
  'evidence/*canary*=canary-score'
  'evidence/*grounding*=grounding-report'
  'evidence/*trajectory*=trajectory-report'
)
args=()
for k in "${kinds[@]}"; do args+=(--kind "$k"); done
# deploy-side evidence is labelled region US, the AI evaluation evidence region EU (disclosure selects by label)
args+=(--label 'evidence/**=region=US' --label 'evidence/*grounding*=region=EU' --label 'evidence/*trajectory*=region=EU')

$MC evidence pack --key "$DEV_KEY" --out pack --name mc-actions-demo --version "$(node -p "require('$ROOT/package.json').version")" \
  "${args[@]}" 'evidence/**'

# required kinds: gate-report always, plus every kind a file was packed under
required=$(node -e '
const env = JSON.parse(require("fs").readFileSync("pack/evidence.intoto.jsonl","utf8").split("\n")[0]);
const st = JSON.parse(Buffer.from(env.payload, "base64"));
console.log([...new Set(st.predicate.files.map(f => f.kind).filter(k => k !== "file"))].sort().join(","));')
echo "required evidence kinds: $required"
$MC evidence verify pack --jwks "$JWKS" --require-kinds "$required" --max-age 1h
$MC evidence verify pack --jwks "$JWKS" --format json > verify-report.json

# tamper check: a copy with one changed byte must fail verification (exit 1)
rm -rf tamper && mkdir tamper && cp -r pack evidence tamper/
printf 'x' >> tamper/evidence/gate-report.json
set +e; (cd tamper && $MC evidence verify pack --jwks "$JWKS" > /dev/null); code=$?; set -e
rm -rf tamper
[ "$code" -eq 1 ] || { echo "tampered evidence was not rejected (exit $code)"; exit 1; }
echo "tampered copy rejected (exit 1) as expected"

# scoped disclosure for region US, verified on its own
$MC evidence disclose pack --region US --out disclosure-us --jwks "$JWKS" --key "$DEV_KEY"
$MC evidence verify disclosure-us --jwks "$JWKS"

# a read-only view of the pack for people: one HTML file that verifies itself in the browser
$MC evidence view pack --jwks "$JWKS" --out evidence-view.html

# a signed response token over the verify report (detached JWS, EdDSA)
token=$($MC jws sign --key "$DEV_KEY" --payload verify-report.json)
echo "$token" > verify-report.jws
$MC jws verify --jwks "$JWKS" --payload verify-report.json "$token"
