#!/usr/bin/env bash
# Fails when dist/, action.yml, docs/inputs.md, docs/migrate.md or docs/rules/README.md (corpus precision) differ from what `npm run bundle` makes of the current src/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
node "$root/scripts/bundle.mjs" --outdir "$tmp"
status=0
for item in dist action.yml docs/inputs.md docs/migrate.md docs/rules/README.md; do
  if ! diff -r -q "$root/$item" "$tmp/$item" >/dev/null 2>&1; then
    echo "check-dist: $item is stale: run 'npm run bundle' and commit the result" >&2
    diff -r "$root/$item" "$tmp/$item" 2>&1 | head -20 >&2 || true
    status=1
  fi
done
[[ $status -eq 0 ]] && echo "check-dist: dist/, action.yml, docs/inputs.md, docs/migrate.md and docs/rules/README.md match src/ and test/corpus/"
exit $status
