#!/usr/bin/env bash
# Prints every component of the local test environment with its version, and whether the services answer.
# Exit 1 when a required component is missing or down.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
status=0
row() { printf '%-5s %-22s %s\n' "$1" "$2" "$3"; }
check_version() { # NAME REQUIRED COMMAND...
  local name="$1" required="$2" out
  shift 2
  if out="$("$@" 2>/dev/null | grep -Eo 'v?[0-9]+\.[0-9]+(\.[0-9]+)?[^ ,"]*' | head -1)" && [[ -n "$out" ]]; then
    row ok "$name" "$out"
  else
    if [[ $required == yes ]]; then
      row FAIL "$name" "not found"
      status=1
    else
      row miss "$name" "not found"
    fi
  fi
}
check_service() { # NAME COMMAND...
  local name="$1"
  shift
  if "$@" >/dev/null 2>&1; then
    row up "$name" "answers"
  else
    row DOWN "$name" "does not answer"
    status=1
  fi
}
check_version go yes go version
check_version node yes node --version
for cc in aarch64-linux-gnu-gcc i686-linux-gnu-gcc arm-linux-gnueabihf-gcc; do check_version "$cc" yes "$cc" --version; done
check_version "docker client" yes docker version --format '{{.Client.Version}}'
check_version "docker engine" yes docker version --format '{{.Server.Version}}'
check_version buildx yes docker buildx version
check_version buildkitd yes buildkitd --version
check_version buildctl yes buildctl --version
check_version crane yes crane version
check_version syft yes syft version
check_version trivy yes trivy --version
check_version cosign yes cosign version
check_version act yes act --version
check_version actionlint no actionlint -version
check_version zizmor no zizmor --version
check_service "registry $REGISTRY_ADDR" curl -fs -o /dev/null "http://$REGISTRY_ADDR/v2/"
check_service "buildkitd" buildctl --addr "unix://$BUILDKIT_SOCK" debug workers
check_service "builder $BUILDER_NAME" docker buildx inspect --builder "$BUILDER_NAME"
check_service "module proxy :$GOPROXY_PORT" curl -fs -o /dev/null "http://127.0.0.1:$GOPROXY_PORT/"
present() { # FILE NAME MISSING-TEXT
  if [[ -f "$1" ]]; then row ok "$2" "$1"; else row FAIL "$2" "$3"; status=1; fi
}
present "$GCC_HOME/trivy/db/trivy.db" "trivy DB" "not built"
present "$GCC_HOME/keys/cosign.key" "cosign test key" "not made"
present "$GCC_RUN/env.json" "env.json" "missing: run scripts/env-up.sh"
exit $status
