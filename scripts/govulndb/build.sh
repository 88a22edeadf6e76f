#!/usr/bin/env bash
# Builds OUT (a Go vulnerability database, v1 layout, for `govulncheck -db file://OUT`) from
# test/fixtures/advisories, the same files the trivy DB is made from. Idempotent: skipped when the advisories
# and the program are unchanged.
set -euo pipefail
out="${1:?usage: build.sh OUT_DIR}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
advisories="$(cd "$here/../../test/fixtures/advisories" && pwd)"
stamp="$( (cd "$advisories" && sha256sum ./*.json; cd "$here" && sha256sum build.py) | sha256sum | cut -c1-16)"
if [[ -f "$out/.stamp" && "$(cat "$out/.stamp")" == "$stamp" ]]; then exit 0; fi
rm -rf "$out.tmp"
python3 "$here/build.py" "$advisories" "$out.tmp"
printf '%s' "$stamp" >"$out.tmp/.stamp"
rm -rf "$out" && mv "$out.tmp" "$out"
