#!/usr/bin/env bash
# Offline toolchain images for the advice e2e tests (test/e2e/advice-applied.test.ts), built from
# Debian bookworm packages the way scripts/compile-base.sh builds its compiler image (the rig
# cannot pull from Docker Hub):
#
#   127.0.0.1:5000/base/gcc:bookworm      scripts/compile-base.sh (linux/amd64 with the aarch64
#                                         cross compiler, linux/arm64)
#   127.0.0.1:5000/base/golang:bookworm   linux/amd64: golang-go, ca-certificates
#   127.0.0.1:5000/base/node:bookworm     linux/amd64, linux/arm64: nodejs
#
# Each root file system is made with mmdebstrap (arm64 maintainer scripts run under the rig's
# QEMU binfmt handlers), then pushed with a `FROM scratch` + `ADD rootfs-$TARGETARCH.tar /` build.
# Idempotent: an image already in the registry is skipped (--force rebuilds all of them). The
# three images are made side by side; one run at a time (a lock under the work directory).
#
#   bash scripts/toolchains.sh [--force]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
registry="${GENCI_REGISTRY:-127.0.0.1:5000}"
work="${GENCI_TOOLCHAINS_DIR:-/var/lib/gen-ci-rig/toolchains}"
mirror="${GENCI_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
log() { printf '[toolchains] %s\n' "$*" >&2; }

force=0
[ "${1:-}" = "--force" ] && force=1
golang="$registry/base/golang:bookworm"
node="$registry/base/node:bookworm"
gcc="${GENCI_COMPILE_BASE:-$registry/base/gcc:bookworm}"
present() { docker buildx imagetools inspect "$1" >/dev/null 2>&1; }

start=$SECONDS
mkdir -p "$work"
exec 9>"$work/.lock"
flock -n 9 || {
  log "waiting for another toolchains.sh run (lock $work/.lock)"
  flock 9
}

todo=()
for image in "$gcc" "$golang" "$node"; do
  if [ $force = 0 ] && present "$image"; then continue; fi
  todo+=("$image")
done
if [ ${#todo[@]} = 0 ]; then
  log "all there: $gcc $golang $node (${SECONDS}s)"
  exit 0
fi
command -v mmdebstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null

rootfs() { # dir arch packages...
  local dir=$1 arch=$2
  shift 2
  local out="$dir/rootfs-$arch.tar"
  if [ -s "$out" ] && [ $force = 0 ]; then return 0; fi
  log "mmdebstrap bookworm $arch: $*"
  mmdebstrap --quiet --format=tar --variant=apt --architectures="$arch" --include="$(
    IFS=,
    echo "$*"
  )" --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' bookworm "$out.part" "$mirror"
  mv "$out.part" "$out"
}

push() { # dir image platforms env-lines...
  local dir=$1 image=$2 platforms=$3
  shift 3
  {
    printf 'FROM scratch\nARG TARGETARCH\nADD rootfs-${TARGETARCH}.tar /\n'
    printf 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n'
    local line
    for line in "$@"; do printf '%s\n' "$line"; done
    printf 'CMD ["/bin/bash"]\n'
  } >"$dir/Dockerfile"
  log "pushing $image ($platforms)"
  BUILDX_NO_DEFAULT_ATTESTATIONS=1 docker buildx build --builder default --progress quiet --platform "$platforms" \
    --provenance=false --sbom=false --tag "$image" --push "$dir" >/dev/null
  log "done: $image"
}

build_golang() {
  local dir="$work/golang"
  mkdir -p "$dir"
  rootfs "$dir" amd64 golang-go ca-certificates
  # no module proxy nor checksum database out there: modules come from the build context only
  push "$dir" "$golang" linux/amd64 'ENV GOPROXY=off GOSUMDB=off GOTOOLCHAIN=local'
}

build_node() {
  local dir="$work/node"
  mkdir -p "$dir"
  rootfs "$dir" amd64 nodejs
  rootfs "$dir" arm64 nodejs
  push "$dir" "$node" linux/amd64,linux/arm64
}

pids=()
names=()
for image in "${todo[@]}"; do
  case "$image" in
  "$gcc") bash "$here/compile-base.sh" $([ $force = 1 ] && echo --force) & ;;
  "$golang") build_golang & ;;
  "$node") build_node & ;;
  esac
  pids+=($!)
  names+=("$image")
done
failed=0
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || {
    log "FAILED: ${names[$i]}"
    failed=1
  }
done
[ $failed = 0 ] || exit 1
log "built ${names[*]} in $((SECONDS - start))s"
