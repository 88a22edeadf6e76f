#!/usr/bin/env bash
# Makes the base images the tests and examples build on, from this machine's Go tree and Debian's packages
# (no registry pull is possible here), and pushes them to the local registry. Idempotent: an image is rebuilt
# only when the registry lacks it or its recipe stamp changed.
#   golang:<go>          busybox shell + the machine's Go tree + CA certs; CGO off (no C compiler)
#   golang:<go>-bookworm Debian bookworm + gcc + libc6-dev + the Go tree: CGO builds
#   static               CA certs, tzdata, /etc/passwd with nonroot (65532); no shell (like distroless static)
#   glibc                Debian bookworm minbase: glibc and a shell (like debian-slim)
#   musl                 busybox shell + Debian's musl at Alpine's path /lib/ld-musl-x86_64.so.1, no glibc
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
GO_VERSION="$(go env GOVERSION | sed 's/^go//')"
GOROOT_DIR="$(go env GOROOT)"
IMAGES_DIR="$GCC_HOME/images"
ROOTFS_DIR="$GCC_HOME/rootfs"
mkdir -p "$IMAGES_DIR" "$ROOTFS_DIR"

image_ref() { printf '%s/%s' "$REGISTRY_ADDR" "$1"; }

registry_has() { # name:tag
  local name="${1%%:*}" tag="${1#*:}"
  curl -fs -o /dev/null -H 'Accept: application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' \
    "http://$REGISTRY_ADDR/v2/$name/manifests/$tag"
}

# build_image NAME:TAG STAMP DOCKERFILE CONTEXT [buildx args...]
build_image() {
  local nametag="$1" stamp="$2" dockerfile="$3" context="$4" stampfile="$IMAGES_DIR/${1//[:\/]/_}.stamp"
  shift 4
  if registry_has "$nametag" && [[ -f "$stampfile" && "$(cat "$stampfile")" == "$stamp" ]]; then return 0; fi
  log "making base image $(image_ref "$nametag")"
  docker buildx build --builder "$BUILDER_NAME" --quiet --file "$dockerfile" "$@" \
    --output "type=image,name=$(image_ref "$nametag"),push=true" "$context" >/dev/null
  printf '%s' "$stamp" >"$stampfile"
}

busybox_root() { # DIR: a minimal root with busybox as /bin/sh and friends
  local root="$1"
  mkdir -p "$root/bin" "$root/etc" "$root/tmp" "$root/root" "$root/usr/bin"
  cp /bin/busybox "$root/bin/busybox"
  for a in sh ls cp mv rm mkdir rmdir ln chmod chown cat echo env touch find grep sed tar gzip sleep wget id uname head tail wc true false test printf; do
    ln -sf busybox "$root/bin/$a"
  done
  chmod 1777 "$root/tmp"
}

passwd_files() { # DIR [shell]
  local root="$1" shell="${2:-/sbin/nologin}"
  mkdir -p "$root/etc" "$root/home/nonroot"
  printf 'root:x:0:0:root:/root:%s\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' "$shell" >"$root/etc/passwd"
  printf 'root:x:0:\nnonroot:x:65532:\n' >"$root/etc/group"
  chown 65532:65532 "$root/home/nonroot"
}

certs_and_tz() { # DIR
  mkdir -p "$1/etc/ssl/certs" "$1/usr/share"
  cp /etc/ssl/certs/ca-certificates.crt "$1/etc/ssl/certs/"
  cp -a /usr/share/zoneinfo "$1/usr/share/"
}

# debootstrap_root NAME [--include=...]: a Debian root, cached by suite, recipe and packages
debootstrap_root() {
  local name="$1" include="${2:-}" dest="$ROOTFS_DIR/$1-$DEBIAN_SUITE-r$BASE_IMAGES_RECIPE"
  if [[ ! -f "$dest/.done" ]]; then
    local mirror="${DEBIAN_MIRROR:-}"
    [[ -n "$mirror" ]] || mirror="$(python3 "$SCRIPTS_DIR/debian-mirror.py" "$DEBIAN_SUITE")" ||
      die "no Debian mirror in /etc/apt/sources.list(.d): set DEBIAN_MIRROR to one"
    log "debootstrap $name ($DEBIAN_SUITE${include:+, $include}): cold, cached in $dest"
    rm -rf "$dest"
    local args=(--variant=minbase)
    [[ -n "$include" ]] && args+=("$include")
    debootstrap "${args[@]}" "$DEBIAN_SUITE" "$dest" "$mirror" >"$GCC_RUN/debootstrap-$name.log" 2>&1 ||
      die "debootstrap $name failed (see $GCC_RUN/debootstrap-$name.log)"
    rm -rf "$dest/var/cache/apt/archives/"*.deb "$dest/var/lib/apt/lists/"*
    touch "$dest/.done"
  fi
  printf '%s' "$dest"
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
stamp="recipe=$BASE_IMAGES_RECIPE go=$GO_VERSION"
go_env='ENV PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin GOPATH=/go GOTOOLCHAIN=local HOME=/root'
plain="$work/plain.Dockerfile"; printf 'FROM scratch\nCOPY . /\n' >"$plain"
# A Debian root has device nodes and proc/sys mount points that are no part of an image.
printf 'dev\nproc\nsys\n.done\n' >"$work/plain.Dockerfile.dockerignore"

# golang:<version>: busybox + Go, CGO off
d="$work/golang"; busybox_root "$d"; certs_and_tz "$d"; passwd_files "$d" /bin/sh; mkdir -p "$d/go"
printf 'FROM scratch\nCOPY . /\nCOPY --from=goroot . /usr/local/go/\n%s\nENV CGO_ENABLED=0\nWORKDIR /go\n' "$go_env" >"$work/golang.Dockerfile"
build_image "golang:$GO_VERSION" "$stamp" "$work/golang.Dockerfile" "$d" --build-context "goroot=$GOROOT_DIR"

# static: certs, tzdata, nonroot, no shell
d="$work/static"; mkdir -p "$d/tmp"; chmod 1777 "$d/tmp"; certs_and_tz "$d"; passwd_files "$d"
# Certificates, time zones and passwd files are the same on every architecture: one index, four platforms.
build_image "static:1" "$stamp multi" "$plain" "$d" --platform linux/amd64,linux/arm64,linux/386,linux/arm/v7

# musl: busybox + Debian's musl loader at Alpine's path
d="$work/musl"; busybox_root "$d"; certs_and_tz "$d"; passwd_files "$d" /bin/sh
mkdir -p "$d/lib"; cp -L /lib/ld-musl-x86_64.so.1 "$d/lib/ld-musl-x86_64.so.1"
build_image "musl:1" "$stamp" "$plain" "$d"

# glibc: Debian minbase
if ! registry_has "glibc:bookworm" || [[ "$(cat "$IMAGES_DIR/glibc_bookworm.stamp" 2>/dev/null)" != "$stamp" ]]; then
  build_image "glibc:bookworm" "$stamp" "$plain" "$(debootstrap_root glibc)"
fi

# golang:<version>-bookworm: Debian + gcc + Go, CGO on
if ! registry_has "golang:$GO_VERSION-bookworm" || [[ "$(cat "$IMAGES_DIR/golang_$GO_VERSION-bookworm.stamp" 2>/dev/null)" != "$stamp" ]]; then
  cp "$work/plain.Dockerfile.dockerignore" "$work/golang-cgo.Dockerfile.dockerignore"
  printf 'FROM scratch\nCOPY . /\nCOPY --from=goroot . /usr/local/go/\n%s\nENV CGO_ENABLED=1\nWORKDIR /go\n' "$go_env" >"$work/golang-cgo.Dockerfile"
  build_image "golang:$GO_VERSION-bookworm" "$stamp" "$work/golang-cgo.Dockerfile" \
    "$(debootstrap_root cgo --include=gcc,libc6-dev,ca-certificates)" --build-context "goroot=$GOROOT_DIR"
fi
log "base images ready in $REGISTRY_ADDR: golang:$GO_VERSION golang:$GO_VERSION-bookworm static musl glibc"
