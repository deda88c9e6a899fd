#!/usr/bin/env bash
# A compiler base image for the compile benchmark (bench/compile.mjs), built offline from Debian
# packages because the rig cannot pull from Docker Hub:
#
#   127.0.0.1:5000/base/gcc:bookworm   linux/amd64: gcc, make, libc6-dev + the aarch64 cross compiler
#                                      linux/arm64: gcc, make, libc6-dev
#
# Each platform's root file system is made with mmdebstrap (the arm64 one runs its maintainer
# scripts under the rig's QEMU binfmt handlers), then both are pushed as one index with a
# `FROM scratch` + `ADD rootfs-$TARGETARCH.tar /` build. Idempotent: nothing is done when the
# image is in the registry already (pass --force to rebuild).
#
#   bash scripts/compile-base.sh [--force]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
image="${GENCI_COMPILE_BASE:-127.0.0.1:5000/base/gcc:bookworm}"
work="${GENCI_COMPILE_BASE_DIR:-/var/lib/gen-ci-rig/compile-base}"
mirror="${GENCI_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
log() { printf '[compile-base] %s\n' "$*" >&2; }

force=0
[ "${1:-}" = "--force" ] && force=1
if [ $force = 0 ] && docker buildx imagetools inspect "$image" >/dev/null 2>&1; then
  log "$image is there"
  exit 0
fi
command -v mmdebstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null
mkdir -p "$work"
rootfs() { # arch packages...
  local arch=$1
  shift
  local out="$work/rootfs-$arch.tar"
  if [ -s "$out" ] && [ $force = 0 ]; then return 0; fi
  log "mmdebstrap bookworm $arch: $*"
  mmdebstrap --quiet --format=tar --variant=apt --architectures="$arch" --include="$(
    IFS=,
    echo "$*"
  )" --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' bookworm "$out.part" "$mirror"
  mv "$out.part" "$out"
}
rootfs amd64 gcc make libc6-dev gcc-aarch64-linux-gnu libc6-dev-arm64-cross
rootfs arm64 gcc make libc6-dev
cat >"$work/Dockerfile" <<'EOF'
FROM scratch
ARG TARGETARCH
ADD rootfs-${TARGETARCH}.tar /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
CMD ["/bin/bash"]
EOF
log "pushing $image (linux/amd64, linux/arm64)"
BUILDX_NO_DEFAULT_ATTESTATIONS=1 docker buildx build --builder default --progress quiet --platform linux/amd64,linux/arm64 \
  --provenance=false --sbom=false --tag "$image" --push "$work" >/dev/null
log "done: $image"
