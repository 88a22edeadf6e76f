#!/usr/bin/env bash
# Builds the pinned external tools through the Go module proxy (idempotent, cached by version).
# Usage: scripts/install-tools.sh [tool ...]   (default: all)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
command -v go >/dev/null || die "go is not on PATH: the tools are built from the Go module proxy"

want=("$@")
[[ ${#want[@]} -gt 0 ]] || want=(buildkitd buildctl buildx crane syft cosign trivy govulncheck act)

for tool in "${want[@]}"; do
  case "$tool" in
    buildkitd) go_build_tool buildkitd "$BUILDKIT_VERSION" github.com/moby/buildkit github.com/moby/buildkit/cmd/buildkitd "osusergo netgo static_build" github.com/moby/buildkit/version.Version ;;
    buildctl)  go_build_tool buildctl "$BUILDKIT_VERSION" github.com/moby/buildkit github.com/moby/buildkit/cmd/buildctl "" github.com/moby/buildkit/version.Version ;;
    buildx)
      go_build_tool docker-buildx "$BUILDX_VERSION" github.com/docker/buildx github.com/docker/buildx/cmd/buildx "" github.com/docker/buildx/version.Version
      mkdir -p "$HOME/.docker/cli-plugins"
      ln -sf "$GCC_BIN/docker-buildx" "$HOME/.docker/cli-plugins/docker-buildx" ;;
    crane)     go_build_tool crane "$CRANE_VERSION" github.com/google/go-containerregistry github.com/google/go-containerregistry/cmd/crane ;;
    syft)      go_build_tool syft "$SYFT_VERSION" github.com/anchore/syft github.com/anchore/syft/cmd/syft "" main.version ;;
    cosign)    go_build_tool cosign "$COSIGN_VERSION" github.com/sigstore/cosign/v2 github.com/sigstore/cosign/v2/cmd/cosign ;;
    # trivy uses encoding/json/v2, behind GOEXPERIMENT=jsonv2 in Go 1.26 (its magefile sets the same).
    trivy)     GOEXPERIMENT=jsonv2 go_build_tool trivy "$TRIVY_VERSION" github.com/aquasecurity/trivy github.com/aquasecurity/trivy/cmd/trivy "" github.com/aquasecurity/trivy/pkg/version/app.ver ;;
    zizmor)
      # A Rust tool; its PyPI wheel ships the binary. Kept in a venv keyed by version.
      dest="$GCC_HOME/tools/zizmor-$ZIZMOR_VERSION"
      if [[ ! -x "$dest/bin/zizmor" ]]; then
        log "installing zizmor $ZIZMOR_VERSION from PyPI"
        rm -rf "$dest" && python3 -m venv "$dest"
        "$dest/bin/pip" install --quiet --disable-pip-version-check "zizmor==$ZIZMOR_VERSION"
      fi
      ln -sf "$dest/bin/zizmor" "$GCC_BIN/zizmor" ;;
    govulncheck) go_build_tool govulncheck "$GOVULNCHECK_VERSION" golang.org/x/vuln golang.org/x/vuln/cmd/govulncheck ;;
    # nektos/act: the e2e suite runs workflows with it on the host (-P ubuntu-latest=-self-hosted).
    act)       go_build_tool act "$ACT_VERSION" github.com/nektos/act github.com/nektos/act ;;
    actionlint) go_build_tool actionlint "$ACTIONLINT_VERSION" github.com/rhysd/actionlint github.com/rhysd/actionlint/cmd/actionlint ;;
    *) die "unknown tool '$tool' (expected one of: buildkitd buildctl buildx crane syft cosign trivy govulncheck act actionlint zizmor)" ;;
  esac
done
log "tools ready in $GCC_BIN"
