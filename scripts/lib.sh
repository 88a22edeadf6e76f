# Shared helpers for the test-environment scripts. Source it; do not run it.
set -euo pipefail
SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$SCRIPTS_DIR/.." && pwd)"
# shellcheck source=versions.env
source "$SCRIPTS_DIR/versions.env"
# Everything built or started lives outside the repo, keyed by version.
GCC_HOME="${GCC_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/go-container-ci}"
GCC_BIN="$GCC_HOME/bin"
GCC_RUN="${GCC_RUN:-$GCC_HOME/run}"
REGISTRY_ADDR="127.0.0.1:$REGISTRY_PORT"
BUILDKIT_SOCK="$GCC_RUN/buildkitd.sock"
BUILDER_NAME="${GCC_BUILDER:-gcc-local}"
mkdir -p "$GCC_HOME" "$GCC_BIN" "$GCC_RUN"
export PATH="$GCC_BIN:$PATH"

log() { printf '[%s] %s\n' "$(basename "$0")" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# go_build_tool NAME VERSION MODULE PACKAGE [TAGS] [VERSION_VAR]
# Builds PACKAGE from MODULE@VERSION through a throwaway module (works whether or not the
# tool's go.mod has exclude/replace lines), installs it as $GCC_HOME/tools/NAME-VERSION[-r<recipe>]/NAME
# and links it into $GCC_BIN. VERSION_VAR (a Go `-X` target) stamps the version, as the tool's own
# release build does. A second call with the same version and recipe is a no-op.
go_build_tool() {
  local name="$1" version="$2" module="$3" pkg="$4" tags="${5:-}" version_var="${6:-}"
  local ldflags="-s -w"
  [[ -n "$version_var" ]] && ldflags+=" -X $version_var=$version"
  local recipe
  recipe="$(printf '%s|%s|%s' "$tags" "$ldflags" "${GOEXPERIMENT:-}" | sha256sum | cut -c1-8)"
  local dest="$GCC_HOME/tools/$name-$version-r$recipe"
  if [[ -x "$dest/$name" ]]; then
    ln -sf "$dest/$name" "$GCC_BIN/$name"
    return 0
  fi
  log "building $name $version from $module (cold; cached afterwards in $dest)"
  local work; work="$(mktemp -d)"
  (
    cd "$work"
    export GOTOOLCHAIN=local GOFLAGS=-mod=mod CGO_ENABLED=0
    go mod init local/tools-"$name" >/dev/null 2>&1
    # Copy exclude blocks of the tool's own go.mod: go get honours only the main module's.
    local gomod
    gomod="$(go mod download -json "$module@$version" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')"
    [[ -n "$gomod" ]] || die "cannot download $module@$version from the Go module proxy"
    awk '/^exclude \(/{p=1} p{print} p&&/^\)/{p=0} /^exclude [^(]/{print}' "$gomod" >>go.mod
    go get "$module@$version" >/dev/null
    go get "$pkg@$version" >/dev/null 2>&1 || true
    mkdir -p "$dest.tmp"
    go build -trimpath -tags "$tags" -ldflags "$ldflags" -o "$dest.tmp/$name" "$pkg"
  )
  rm -rf "$dest" && mv "$dest.tmp" "$dest"
  rm -rf "$work"
  ln -sf "$dest/$name" "$GCC_BIN/$name"
}
