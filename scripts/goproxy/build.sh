#!/usr/bin/env bash
# Turns module sources laid out as SRC/<module path>@<version>/ into a GOPROXY file tree in OUT
# (<module>/@v/list, <version>.info, .mod, .zip), as `GOPROXY=file://OUT` and any static HTTP server serve it.
# Idempotent: rebuilt only when the sources change.
set -euo pipefail
src="${1:?usage: build.sh SRC_DIR OUT_DIR}"
out="${2:?usage: build.sh SRC_DIR OUT_DIR}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$( (cd "$src" && find . -type f -print0 | sort -z | xargs -0 sha256sum; sha256sum "$here/build.py") | sha256sum | cut -c1-16)"
if [[ -f "$out/.stamp" && "$(cat "$out/.stamp")" == "$stamp" ]]; then exit 0; fi
rm -rf "$out.tmp"
python3 "$here/build.py" "$src" "$out.tmp"
printf '%s' "$stamp" >"$out.tmp/.stamp"
rm -rf "$out" && mv "$out.tmp" "$out"
