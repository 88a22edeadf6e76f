#!/usr/bin/env bash
# Sets up the real, offline test environment, idempotently: a second run reuses everything and takes seconds.
#   Docker Engine (Debian docker.io), a registry on 127.0.0.1:5000, buildkitd + the buildx builder gcc-local,
#   pinned tools built through the Go module proxy, base images, a Go module proxy for fixture modules on
#   127.0.0.1:5001, a trivy DB and a Go vulnerability database from our own advisories, a cosign key pair; then writes run/env.json.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
exec 9>"$GCC_HOME/env-up.lock"
flock 9
started=$(date +%s)

# 1. Debian packages (docker.io, runc, the C cross compilers, ...).
bash "$SCRIPTS_DIR/debian-packages.sh"

# 2. Pinned tools through the Go module proxy.
bash "$SCRIPTS_DIR/install-tools.sh"

wait_for() { # DESCRIPTION SECONDS COMMAND...
  local what="$1" secs="$2"
  shift 2
  for ((i = 0; i < secs * 5; i++)); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  die "$what did not come up within ${secs}s (logs in $GCC_RUN)"
}

# 3. Docker Engine: reuse a running one.
if ! docker info >/dev/null 2>&1; then
  log "starting dockerd"
  nohup dockerd --host unix:///var/run/docker.sock >"$GCC_RUN/dockerd.log" 2>&1 9>&- </dev/null &
  wait_for dockerd 60 docker info
fi

# 4. Registry on 127.0.0.1:5000, persisted on disk.
if ! curl -fs -o /dev/null "http://$REGISTRY_ADDR/v2/"; then
  log "starting the registry on $REGISTRY_ADDR"
  mkdir -p "$GCC_HOME/registry"
  nohup crane registry serve --address "$REGISTRY_ADDR" --disk "$GCC_HOME/registry" >"$GCC_RUN/registry.log" 2>&1 9>&- </dev/null &
  wait_for registry 30 curl -fsS -o /dev/null "http://$REGISTRY_ADDR/v2/"
fi

# 5. buildkitd (OCI worker, host network so builds reach 127.0.0.1) and the buildx builder.
cat >"$GCC_RUN/buildkitd.toml.new" <<TOML
[worker.oci]
  enabled = true
  snapshotter = "overlayfs"
[worker.containerd]
  enabled = false
[registry."$REGISTRY_ADDR"]
  http = true
TOML
mv "$GCC_RUN/buildkitd.toml.new" "$GCC_RUN/buildkitd.toml"
if ! buildctl --addr "unix://$BUILDKIT_SOCK" debug workers >/dev/null 2>&1; then
  log "starting buildkitd"
  rm -f "$BUILDKIT_SOCK"
  nohup buildkitd --root "$GCC_RUN/buildkit" --addr "unix://$BUILDKIT_SOCK" --config "$GCC_RUN/buildkitd.toml" \
    --oci-worker-net host >"$GCC_RUN/buildkitd.log" 2>&1 9>&- </dev/null &
  wait_for buildkitd 60 buildctl --addr "unix://$BUILDKIT_SOCK" debug workers
fi
if ! docker buildx inspect "$BUILDER_NAME" >/dev/null 2>&1; then
  docker buildx create --name "$BUILDER_NAME" --driver remote "unix://$BUILDKIT_SOCK" >/dev/null
fi
docker buildx inspect --bootstrap --builder "$BUILDER_NAME" >/dev/null

# 6. Base images.
bash "$SCRIPTS_DIR/base-images.sh"

# 7. Fixture Go modules: a GOPROXY file tree, served on 127.0.0.1 for builds inside BuildKit.
GOPROXY_DIR="$GCC_HOME/goproxy"
GOPROXY_URL="http://127.0.0.1:$GOPROXY_PORT"
if [[ -x "$SCRIPTS_DIR/goproxy/build.sh" ]]; then
  bash "$SCRIPTS_DIR/goproxy/build.sh" "$REPO_DIR/test/fixtures/gomodules" "$GOPROXY_DIR"
fi
mkdir -p "$GOPROXY_DIR"
if ! curl -fs -o /dev/null "$GOPROXY_URL/"; then
  nohup python3 -m http.server --bind 127.0.0.1 --directory "$GOPROXY_DIR" "$GOPROXY_PORT" >"$GCC_RUN/goproxy.log" 2>&1 9>&- </dev/null &
  wait_for "the module proxy" 30 curl -fsS -o /dev/null "$GOPROXY_URL/"
fi

# 8. trivy DB from our own advisories.
TRIVY_CACHE="$GCC_HOME/trivy"
if [[ -x "$SCRIPTS_DIR/trivy-db/build.sh" ]]; then
  bash "$SCRIPTS_DIR/trivy-db/build.sh" "$TRIVY_CACHE"
fi

# 8b. The Go vulnerability database (v1 layout, for govulncheck -db file://...) from the same advisories.
GOVULN_DB="$GCC_HOME/govulndb"
bash "$SCRIPTS_DIR/govulndb/build.sh" "$GOVULN_DB"

# 9. A cosign key pair for tests (a test-only password, written here and in env.json).
KEYS="$GCC_HOME/keys"
COSIGN_TEST_PASSWORD="go-container-ci-test"
if [[ ! -f "$KEYS/cosign.key" ]]; then
  mkdir -p "$KEYS.tmp"
  (cd "$KEYS.tmp" && COSIGN_PASSWORD="$COSIGN_TEST_PASSWORD" cosign generate-key-pair >/dev/null 2>&1)
  rm -rf "$KEYS" && mv "$KEYS.tmp" "$KEYS"
fi

# 10. The contract with the tests.
version_of() { "$@" 2>/dev/null | grep -Eo 'v?[0-9]+\.[0-9]+\.[0-9]+[^ ,"]*' | head -1; }
python3 - "$GCC_RUN/env.json" <<PY
import json, sys
go = "$(go env GOVERSION | sed 's/^go//')"
reg = "$REGISTRY_ADDR"
env = {
  "registry": reg, "builder": "$BUILDER_NAME", "buildkitSocket": "$BUILDKIT_SOCK",
  "buildkitConfig": "$GCC_RUN/buildkitd.toml", "dockerHost": "unix:///var/run/docker.sock",
  "goproxyUrl": "$GOPROXY_URL", "goproxyDir": "$GOPROXY_DIR", "trivyCacheDir": "$TRIVY_CACHE",
  "govulnDbDir": "$GOVULN_DB",
  "cosignKey": "$KEYS/cosign.key", "cosignPub": "$KEYS/cosign.pub", "cosignPassword": "$COSIGN_TEST_PASSWORD",
  "binDir": "$GCC_BIN",
  "images": {
    "golang": f"{reg}/golang:{go}", "golang-cgo": f"{reg}/golang:{go}-bookworm",
    "static": f"{reg}/static:1", "glibc": f"{reg}/glibc:bookworm", "musl": f"{reg}/musl:1",
  },
  "versions": {
    "go": go, "buildkit": "$BUILDKIT_VERSION", "buildx": "$BUILDX_VERSION", "syft": "$SYFT_VERSION",
    "trivy": "$TRIVY_VERSION", "cosign": "$COSIGN_VERSION", "crane": "$CRANE_VERSION",
    "govulncheck": "$GOVULNCHECK_VERSION", "act": "$ACT_VERSION",
    "dockerd": "$(docker version --format '{{.Server.Version}}' 2>/dev/null)",
  },
}
tmp = sys.argv[1] + ".tmp"
with open(tmp, "w") as f:
    json.dump(env, f, indent=2)
import os
os.replace(tmp, sys.argv[1])
PY
log "environment ready in $(( $(date +%s) - started ))s: $GCC_RUN/env.json"
