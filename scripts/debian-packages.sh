#!/usr/bin/env bash
# Installs the Debian packages the tests need, idempotently (apt-get update only when something is missing):
# Docker Engine and its parts for the end-to-end tests, and the C cross compilers (aarch64, i686, armhf) with
# their libc for the unit tests of src/gobin, which build cgo binaries for four architectures.
# env-up.sh runs it; CI runs it before the unit tests too.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need=()
for pair in dockerd:docker.io runc:runc busybox:busybox-static debootstrap:debootstrap curl:curl \
  aarch64-linux-gnu-gcc:gcc-aarch64-linux-gnu i686-linux-gnu-gcc:gcc-i686-linux-gnu \
  arm-linux-gnueabihf-gcc:gcc-arm-linux-gnueabihf; do
  command -v "${pair%%:*}" >/dev/null || need+=("${pair#*:}")
done
for pkg in musl ca-certificates tzdata libc6-dev-arm64-cross libc6-dev-i386-cross libc6-dev-armhf-cross; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
if [[ ${#need[@]} -gt 0 ]]; then
  [[ $(id -u) -eq 0 ]] || die "missing Debian packages (${need[*]}) and not root: install them first"
  log "installing Debian packages: ${need[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

