#!/usr/bin/env bash
# Builds OUT/db/trivy.db and OUT/db/metadata.json from test/fixtures/advisories with our own program.
# Idempotent: skipped when the advisories and the program are unchanged.
set -euo pipefail
out="${1:?usage: build.sh OUT_DIR}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
advisories="$(cd "$here/../../test/fixtures/advisories" && pwd)"
stamp="$( (cd "$advisories" && sha256sum ./*.json; cd "$here" && sha256sum main.go go.mod go.sum) | sha256sum | cut -c1-16)"
if [[ -f "$out/db/.stamp" && "$(cat "$out/db/.stamp")" == "$stamp" ]]; then exit 0; fi
mkdir -p "$out/db.tmp"
(cd "$here" && GOTOOLCHAIN=local GOFLAGS=-mod=mod go build -o "$out/db.tmp/trivy-db" .)
"$out/db.tmp/trivy-db" "$advisories" "$out/db.tmp/trivy.db"
rm "$out/db.tmp/trivy-db"
# trivy refuses --skip-db-update without metadata; NextUpdate far ahead keeps it from wanting a download.
now="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
printf '{"Version":2,"NextUpdate":"2099-01-01T00:00:00Z","UpdatedAt":"%s","DownloadedAt":"%s"}\n' "$now" "$now" >"$out/db.tmp/metadata.json"
printf '%s' "$stamp" >"$out/db.tmp/.stamp"
rm -rf "$out/db" && mv "$out/db.tmp" "$out/db"
