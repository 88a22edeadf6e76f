#!/usr/bin/env bash
# Stops what env-up.sh started (the caches and images stay). Not used by CI.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
docker buildx rm --force "$BUILDER_NAME" >/dev/null 2>&1 || true
pkill -f "buildkitd --root $GCC_RUN/buildkit" || true
pkill -f "crane registry serve --address $REGISTRY_ADDR" || true
pkill -f "http.server --bind 127.0.0.1 --directory $GCC_HOME/goproxy" || true
rm -f "$GCC_RUN/env.json"
log "stopped buildkitd, the registry and the module proxy (dockerd is left running)"
