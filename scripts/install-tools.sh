#!/usr/bin/env bash
# Builds the pinned external tools through the Go module proxy (idempotent, cached by version).
# Usage: scripts/install-tools.sh [tool ...]   (default: all)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
command -v go >/dev/null || die "go is not on PATH: the tools are built from the Go module proxy"

want=("$@")
[[ ${#want[@]} -gt 0 ]] || want=(buildkitd buildctl buildx crane syft cosign trivy)

for tool in "${want[@]}"; do
  case "$tool" in
    buildkitd) go_build_tool buildkitd "$BUILDKIT_VERSION" github.com/moby/buildkit github.com/moby/buildkit/cmd/buildkitd "osusergo netgo static_build" ;;
    buildctl)  go_build_tool buildctl "$BUILDKIT_VERSION" github.com/moby/buildkit github.com/moby/buildkit/cmd/buildctl ;;
    buildx)
      go_build_tool docker-buildx "$BUILDX_VERSION" github.com/docker/buildx github.com/docker/buildx/cmd/buildx
      mkdir -p "$HOME/.docker/cli-plugins"
      ln -sf "$GCC_BIN/docker-buildx" "$HOME/.docker/cli-plugins/docker-buildx" ;;
    crane)     go_build_tool crane "$CRANE_VERSION" github.com/google/go-containerregistry github.com/google/go-containerregistry/cmd/crane ;;
    syft)      go_build_tool syft "$SYFT_VERSION" github.com/anchore/syft github.com/anchore/syft/cmd/syft ;;
    cosign)    go_build_tool cosign "$COSIGN_VERSION" github.com/sigstore/cosign/v2 github.com/sigstore/cosign/v2/cmd/cosign ;;
    # trivy uses encoding/json/v2, behind GOEXPERIMENT=jsonv2 in Go 1.26 (its magefile sets the same).
    trivy)     GOEXPERIMENT=jsonv2 go_build_tool trivy "$TRIVY_VERSION" github.com/aquasecurity/trivy github.com/aquasecurity/trivy/cmd/trivy ;;
    actionlint) go_build_tool actionlint "$ACTIONLINT_VERSION" github.com/rhysd/actionlint github.com/rhysd/actionlint/cmd/actionlint ;;
    *) die "unknown tool '$tool' (expected one of: buildkitd buildctl buildx crane syft cosign trivy actionlint)" ;;
  esac
done
log "tools ready in $GCC_BIN"
