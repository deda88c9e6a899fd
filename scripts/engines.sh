#!/usr/bin/env bash
# Real container engines for the rig, built offline from Debian sources (no Docker Hub):
#
#   * buildkitd + buildctl v0.13.2 and buildctl-daemonless.sh, from trixie's docker.io source
#     package (it carries the whole BuildKit tree as its orig-buildkit tarball), and crane, from
#     golang-github-google-go-containerregistry-dev, compiled with trixie's Go 1.24 in GOPATH mode;
#   * helper images in the rig registry, under the names the action's helper-registry input
#     resolves to with GENCI_HELPER_REGISTRY (127.0.0.1:5000/helpers): moby/buildkit (rootful,
#     docker-container driver), moby/buildkit:…-rootless (buildctl-daemonless.sh) and
#     tonistiigi/binfmt (scripts/images/binfmt, QEMU from Debian's qemu-user-static);
#   * one rootful buildkitd on the host at tcp://127.0.0.1:1234.
#
#   scripts/engines.sh [up]     build what is missing, push images that changed, start buildkitd
#   scripts/engines.sh env      print the engines' environment variables
#   scripts/engines.sh stop     stop the buildkitd this script started (its pidfile), nothing else
#
# Called by scripts/rig.sh (after dockerd, the registries and the base images are up). Idempotent
# and quick when everything is in place. The build needs 4-5 minutes on 2 cores, 4.5 GB of scratch space
# (removed afterwards) and the Debian archive; the result is $ENGINES_DIR/bin (about 75 MB).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ENGINES_DIR="${GENCI_ENGINES_DIR:-/var/lib/gen-ci-engines}"
BIN="$ENGINES_DIR/bin"
BUILDKIT_PORT="${GENCI_BUILDKIT_PORT:-1234}"
BUILDKIT_ADDR="tcp://127.0.0.1:${BUILDKIT_PORT}"
OPEN_PORT="${GENCI_REGISTRY_PORT:-5000}"
AUTH_PORT="${GENCI_AUTH_REGISTRY_PORT:-5001}"
MIRROR_PORT="${GENCI_MIRROR_REGISTRY_PORT:-5002}"
HELPER_REGISTRY="127.0.0.1:${OPEN_PORT}/helpers"
BASE_IMAGE="127.0.0.1:${OPEN_PORT}/base/busybox:latest"
# the product's pinned helper names (src/core/helper-images.ts); the content is what Debian ships
BUILDKIT_IMAGE="$HELPER_REGISTRY/moby/buildkit:v0.27.0"
ROOTLESS_IMAGE="$HELPER_REGISTRY/moby/buildkit:v0.27.0-rootless"
BINFMT_IMAGE="$HELPER_REGISTRY/tonistiigi/binfmt:qemu-v8.1.5"
# bump when the build below changes: a different stamp rebuilds the binaries
RECIPE="engines-recipe-1 docker.io=26.1.5+dfsg1 buildkit=v0.13.2 ggcr=0.20.1 go=1.24"
STAMP="$BIN/.recipe"
DAEMON_DIR="$ENGINES_DIR/buildkitd"
PIDFILE="$DAEMON_DIR/buildkitd.pid"

log() { printf '[engines] %s\n' "$*" >&2; }
prefixed() { sed 's/^/[engines]   /' >&2; }
die() { log "$*"; exit 1; }

print_env() {
  local v=v0.13.2
  [ -s "$BIN/VERSION" ] && v=$(cat "$BIN/VERSION")
  cat <<ENV
GENCI_HELPER_REGISTRY=${HELPER_REGISTRY}
GENCI_BUILDKIT_ADDR=${BUILDKIT_ADDR}
GENCI_ENGINES_BIN=${BIN}
GENCI_BUILDKIT_VERSION=${v}
ENV
}

# ---------------------------------------------------------------------------------------------
# binaries

binaries_ok() {
  [ -x "$BIN/buildkitd" ] && [ -x "$BIN/buildctl" ] && [ -x "$BIN/buildctl-daemonless.sh" ] && [ -x "$BIN/crane" ] &&
    [ "$(cat "$STAMP" 2>/dev/null)" = "$RECIPE" ]
}

# apt with a private list of trixie deb-src lines: nothing under /etc/apt is added or changed
apt_src() { # apt-get|apt-cache args...
  local tool=$1; shift
  "$tool" -o Dir::Etc::SourceList="$W/apt/sources.list" -o Dir::Etc::SourceParts="$W/apt/sources.list.d" -o Dir::State::Lists="$W/apt/lists" "$@"
}

# the Go sources (golang-*-dev) of the download-only closure of PKG..., unpacked into DEST
unpack_godev() { # dest pkg...
  local dest=$1 debs="$1.debs" f; shift
  mkdir -p "$debs/partial" "$dest"
  apt-get install -d -y -qq -t trixie --no-install-recommends -o APT::Sandbox::User=root -o Dir::Cache::archives="$debs" "$@" >/dev/null
  for f in "$debs"/golang-*.deb; do dpkg -x "$f" "$dest"; done
}

go_env() { # GOPATH
  export PATH="$W/go-root/usr/lib/go-1.24/bin:$PATH"
  export GOPATH="$1" GO111MODULE=off GOFLAGS= GOPROXY=off GOTOOLCHAIN=local CGO_ENABLED=0 GOCACHE="$W/gocache"
}

build_go() {
  log "Go 1.24 (trixie golang-1.24-go), unpacked into the work tree"
  mkdir -p "$W/go-debs"
  (cd "$W/go-debs" && apt-get download -qq -o APT::Sandbox::User=root -t trixie golang-1.24-go golang-1.24-src >/dev/null)
  local f; for f in "$W"/go-debs/*.deb; do dpkg -x "$f" "$W/go-root"; done
  "$W/go-root/usr/lib/go-1.24/bin/go" version | prefixed
}

build_buildkit() {
  local src="$W/src" S="$W/src/docker.io" G="$W/gopath" EV="$W/gopath-vendor" CP="$W/gopath-compat"
  mkdir -p "$W/apt/lists/partial" "$W/apt/sources.list.d" "$src"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" >"$W/apt/sources.list"
  log "trixie source index (private apt lists under the work tree)"
  local i
  for i in 1 2 3; do
    apt_src apt-get update -qq -o Acquire::Retries=3 >/dev/null && break
    [ "$i" = 3 ] && die "could not fetch the trixie source index"
    log "apt-get update of the source index failed (attempt $i), retrying"; sleep 3
  done
  log "docker.io source tarballs"
  # the archive may 404 the .dsc: download what is there and unpack by hand
  (cd "$src" && apt_src apt-get source --download-only -qq docker.io >/dev/null 2>&1 || true)
  local v d
  v=$(cd "$src" && ls docker.io_*.orig.tar.xz 2>/dev/null | sed 's/^docker\.io_//; s/\.orig\.tar\.xz$//' | sort -V | tail -1)
  [ -n "$v" ] || die "no docker.io orig tarball downloaded"
  d=$(cd "$src" && ls docker.io_"$v"-*.debian.tar.xz | sort -V | tail -1)
  [ -f "$src/docker.io_$v.orig-buildkit.tar.xz" ] || die "docker.io $v has no orig-buildkit tarball"
  log "docker.io $v ($d)"
  mkdir -p "$S"
  (
    cd "$S"
    tar xf ../docker.io_"$v".orig.tar.xz && mv moby-moby-*/engine engine && rmdir moby-moby-*
    tar xf ../docker.io_"$v".orig-buildkit.tar.xz
    tar xf ../docker.io_"$v".orig-cli.tar.xz
    tar xf ../"$d"
    # Debian's patches make cmd/buildkitd build against Debian's Go libraries
    grep -v '^#' debian/patches/series | grep . | while read -r p; do patch -p1 -s --no-backup-if-mismatch <"debian/patches/$p"; done
  )

  log "docker.io's Go build dependencies (golang-*-dev, trixie), unpacked"
  apt_src apt-cache showsrc docker.io 2>/dev/null |
    awk '/^Version: /{ok=($2 ~ /^26\./)} ok&&/^Build-Depends:/{f=1} f{print} f&&!/^(Build-Depends:| )/{f=0}' |
    tr ',' '\n' | sed 's/^ *//; s/^Build-Depends: *//; s/ *|.*//; s/ *(.*//; s/ *\[.*//' |
    { grep '^golang-' || true; } | grep -v '^golang-any' | sort -u >"$W/godeps.txt"
  [ -s "$W/godeps.txt" ] || die "could not read docker.io's Build-Depends"
  # shellcheck disable=SC2046
  unpack_godev "$W/gocode" $(cat "$W/godeps.txt")

  log "GOPATH: BuildKit and the engine, both vendor trees merged, Debian's gocode, a jwt/v4 shim"
  mkdir -p "$G/src/github.com/moby" "$G/src/github.com/docker" "$EV/src" "$CP/src/github.com/golang-jwt/jwt"
  mv "$S/buildkit" "$G/src/github.com/moby/buildkit"
  mv "$S/engine" "$G/src/github.com/docker/docker"
  mv "$G/src/github.com/docker/docker/vendor/"* "$EV/src/"
  rmdir "$G/src/github.com/docker/docker/vendor"
  cp -an "$G/src/github.com/moby/buildkit/vendor/." "$EV/src/"
  rm -rf "$G/src/github.com/moby/buildkit/vendor" "$EV/src/github.com/moby/buildkit"
  # Debian ships golang-jwt v4 at the v3 import path; msal (azblob cache) imports .../jwt/v4
  cp -a "$W/gocode/usr/share/gocode/src/github.com/golang-jwt/jwt" "$CP/src/github.com/golang-jwt/jwt/v4"

  go_env "$G:$EV:$W/gocode/usr/share/gocode:/usr/share/gocode:$CP"
  local bk rev ldf
  bk=v$(awk '$1 == "#" && $2 == "github.com/moby/buildkit" {print $3; exit}' "$EV/src/modules.txt" | sed 's/^v//')
  rev=${d#docker.io_}; rev=debian-${rev%.debian.tar.xz}
  ldf="-s -w -X github.com/moby/buildkit/version.Version=$bk -X github.com/moby/buildkit/version.Revision=$rev -X github.com/moby/buildkit/version.Package=github.com/moby/buildkit"
  log "go build buildctl and buildkitd ($bk)"
  (
    cd "$G/src/github.com/moby/buildkit"
    nice -n 10 go build -p 2 -trimpath -ldflags "$ldf" -o "$W/out/buildctl" ./cmd/buildctl
    nice -n 10 go build -p 2 -trimpath -ldflags "$ldf" -o "$W/out/buildkitd" ./cmd/buildkitd
    install -m 0755 examples/buildctl-daemonless/buildctl-daemonless.sh "$W/out/"
  )
  echo "$bk" >"$W/out/VERSION"
}

build_crane() {
  log "golang-github-google-go-containerregistry-dev and its closure, unpacked"
  unpack_godev "$W/ggcr" golang-github-google-go-containerregistry-dev
  go_env "$W/ggcr/usr/share/gocode:/usr/share/gocode"
  local v; v=$(dpkg-deb -f "$W"/ggcr.debs/golang-github-google-go-containerregistry-dev_*.deb Version)
  log "go build crane (v${v%%+*})"
  (cd "$W" && nice -n 10 go build -p 2 -trimpath -ldflags "-s -w -X github.com/google/go-containerregistry/cmd/crane/cmd.Version=v${v%%+*}-debian" \
    -o "$W/out/crane" github.com/google/go-containerregistry/cmd/crane)
}

build_binaries() {
  binaries_ok && return 0
  local started=$SECONDS
  W="$ENGINES_DIR/work"
  log "building buildkitd, buildctl and crane from Debian sources (4-5 minutes, scratch in $W)"
  rm -rf "$W"; mkdir -p "$W/out"
  build_go
  build_buildkit
  build_crane
  { "$W/out/buildkitd" --version 2>/dev/null; "$W/out/buildctl" --version; echo "crane $("$W/out/crane" version)"; } | prefixed
  rm -rf "$BIN.new"; mv "$W/out" "$BIN.new"
  echo "$RECIPE" >"$BIN.new/.recipe"
  rm -rf "$BIN"; mv "$BIN.new" "$BIN"
  # the source tree, Go toolchain, gocode and build cache (about 4.5 GB) are not needed any more
  rm -rf "$W"
  stop_buildkitd # ours, if it runs the old build: start_buildkitd starts the new one
  log "built in $((SECONDS - started)) s: $(cd "$BIN" && ls | tr '\n' ' ')($(du -sh "$BIN" | cut -f1))"
}

# ---------------------------------------------------------------------------------------------
# helper images

# the shared libraries of BINARY... (host paths), for FROM-scratch images
copy_libs() { # rootfs binary...
  local r=$1 l; shift
  mkdir -p "$r/lib/x86_64-linux-gnu" "$r/lib64"
  for l in $(ldd "$@" 2>/dev/null | awk '/=> \//{print $3}' | sort -u); do cp -L "$l" "$r/lib/x86_64-linux-gnu/"; done
  cp -L /lib64/ld-linux-x86-64.so.2 "$r/lib64/"
}

# rootlesskit (trixie), newuidmap/newgidmap and setcap (bookworm), kept in $ENGINES_DIR/debs so
# that the image can be rebuilt without the archive
rootless_debs() {
  local d="$ENGINES_DIR/debs"
  if ! ls "$d"/rootlesskit_*.deb "$d"/uidmap_*.deb "$d"/libcap2-bin_*.deb >/dev/null 2>&1; then
    log "downloading rootlesskit (trixie), uidmap and libcap2-bin (bookworm)"
    rm -rf "$d.tmp"; mkdir -p "$d.tmp"
    (cd "$d.tmp" && apt-get download -qq -o APT::Sandbox::User=root -t trixie rootlesskit >/dev/null &&
      apt-get download -qq -o APT::Sandbox::User=root uidmap libcap2-bin >/dev/null)
    rm -rf "$d"; mv "$d.tmp" "$d"
  fi
  echo "$d"
}

QEMU_ARCHES="x86_64 aarch64 arm s390x ppc64le riscv64 i386 mips64el mips64 loongarch64"

# what an image is made of, cheaply: sizes and mtimes of the big inputs, contents of the small ones,
# and the code below that assembles its context
inputs_hash() { # name
  {
    echo "$RECIPE"
    declare -f "context_$1" copy_libs
    case $1 in
      buildkit) stat -c '%n %s %Y' "$BIN/buildkitd" "$BIN/buildctl" /usr/sbin/runc; cat "$HERE/images/buildkit/Dockerfile" ;;
      rootless)
        stat -c '%n %s %Y' "$BIN/buildkitd" "$BIN/buildctl" "$BIN/buildctl-daemonless.sh" /usr/sbin/runc
        ls "$ENGINES_DIR/debs" 2>/dev/null; cat "$HERE/images/buildkit-rootless/Dockerfile" ;;
      binfmt)
        dpkg-query -W -f='${Version}\n' qemu-user-static
        cat "$HERE/images/binfmt/Dockerfile" "$HERE/images/binfmt/binfmt" ;;
    esac
  } | sha256sum | cut -c1-32
}

context_buildkit() { # dir
  local r=$1/rootfs
  mkdir -p "$r/usr/bin" "$r/tmp" "$r/var/lib/buildkit" "$r/run" "$r/etc"
  cp "$BIN/buildkitd" "$BIN/buildctl" /usr/sbin/runc "$r/usr/bin/"
  copy_libs "$r" /usr/sbin/runc
  chmod 1777 "$r/tmp"
  echo 'root:x:0:0:root:/root:/bin/sh' >"$r/etc/passwd"
  echo 'root:x:0:' >"$r/etc/group"
  cp "$HERE/images/buildkit/Dockerfile" "$1/"
}

context_rootless() { # dir
  local r=$1/rootfs x=$1/debs-x d f setcap
  d=$(rootless_debs)
  mkdir -p "$r/usr/bin" "$r/usr/sbin" "$x"
  for f in "$d"/*.deb; do dpkg -x "$f" "$x"; done
  setcap=$(find "$x" -name setcap -type f | head -n 1) # /sbin/setcap in bookworm, /usr/sbin/setcap in trixie
  cp "$BIN/buildkitd" "$BIN/buildctl" "$BIN/buildctl-daemonless.sh" /usr/sbin/runc \
    "$x/usr/bin/rootlesskit" "$x/usr/bin/newuidmap" "$x/usr/bin/newgidmap" "$r/usr/bin/"
  cp "$setcap" "$r/usr/sbin/setcap"
  copy_libs "$r" /usr/sbin/runc "$x/usr/bin/rootlesskit" "$x/usr/bin/newuidmap" "$setcap"
  rm -rf "$x"
  cp "$HERE/images/buildkit-rootless/Dockerfile" "$1/"
}

context_binfmt() { # dir
  local a
  mkdir -p "$1/qemu"
  for a in $QEMU_ARCHES; do cp "/usr/bin/qemu-$a-static" "$1/qemu/qemu-$a"; done
  cp "$HERE/images/binfmt/Dockerfile" "$HERE/images/binfmt/binfmt" "$1/"
}

registry_digest() { # name:tag in the rig registry
  local ref=${1#*/} repo tag
  repo=${ref%:*} tag=${ref##*:}
  curl -fsSI -H 'Accept: application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.docker.distribution.manifest.v2+json' \
    "http://127.0.0.1:${OPEN_PORT}/v2/$repo/manifests/$tag" 2>/dev/null | tr -d '\r' | awk -F': ' 'tolower($1) == "docker-content-digest" {print $2}'
}

# build the image when its inputs changed (or it is not in the local store), push it when the
# registry does not have that digest (e.g. after its data was wiped)
ensure_image() { # kind name ["id label" from docker image inspect]
  local kind=$1 name=$2 known=${3:-} want have id
  [ "$kind" = rootless ] && rootless_debs >/dev/null
  want=$(inputs_hash "$kind")
  if [ -n "$known" ]; then have=${known#* }; else
    have=$(docker image inspect -f '{{index .Config.Labels "org.gen-ci.inputs"}}' "$name" 2>/dev/null || true)
  fi
  if [ "$have" != "$want" ]; then
    log "building $name"
    local ctx; ctx=$(mktemp -d "$ENGINES_DIR/ctx.XXXXXX")
    "context_$kind" "$ctx"
    local args=(--builder default --provenance=false --sbom=false --platform linux/amd64 --label "org.gen-ci.inputs=$want" -t "$name" -q)
    [ "$kind" = buildkit ] || args+=(--build-arg "BASE=$BASE_IMAGE")
    [ "$kind" = binfmt ] && args+=(--build-arg "QEMU_VERSION=$(dpkg-query -W -f='${Version}' qemu-user-static)")
    if ! BUILDX_NO_DEFAULT_ATTESTATIONS=1 docker buildx build "${args[@]}" "$ctx" >/dev/null; then
      rm -rf "$ctx"; die "could not build $name"
    fi
    rm -rf "$ctx"
    known=
  fi
  if [ -n "$known" ]; then id=${known%% *}; else id=$(docker image inspect -f '{{.Id}}' "$name"); fi
  if [ "$(registry_digest "$name")" != "$id" ]; then
    log "pushing $name"
    docker push -q "$name" >/dev/null || die "could not push $name"
    [ "$(registry_digest "$name")" = "$id" ] || die "$name: the registry does not serve $id after the push"
  fi
}

ensure_images() {
  rm -rf "$ENGINES_DIR"/ctx.* # left by an interrupted run (we hold the lock)
  local kinds=(buildkit rootless binfmt) names=("$BUILDKIT_IMAGE" "$ROOTLESS_IMAGE" "$BINFMT_IMAGE") known=() i
  # one docker call for the usual case (all three in the local store); per image otherwise
  mapfile -t known < <(docker image inspect -f '{{.Id}} {{index .Config.Labels "org.gen-ci.inputs"}}' "${names[@]}" 2>/dev/null) || true
  [ "${#known[@]}" = 3 ] || known=()
  for i in 0 1 2; do ensure_image "${kinds[$i]}" "${names[$i]}" "${known[$i]:-}"; done
}

# ---------------------------------------------------------------------------------------------
# the host's buildkitd

buildkitd_answers() { timeout 5 "$BIN/buildctl" --addr "$BUILDKIT_ADDR" debug workers >/dev/null 2>&1; }

# the pid in our pidfile, when that process is our buildkitd
our_pid() {
  local pid
  pid=$(cat "$PIDFILE" 2>/dev/null) || return 1
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
  case "$(tr '\0' ' ' <"/proc/$pid/cmdline")" in *"buildkitd --config $DAEMON_DIR/buildkitd.toml"*) ;; *) return 1 ;; esac
  echo "$pid"
}

buildkitd_toml() {
  local p
  cat <<TOML
# the rig's host buildkitd (scripts/engines.sh); remote-driver tests reach it at $BUILDKIT_ADDR
root = "$DAEMON_DIR/root"

[grpc]
  address = ["$BUILDKIT_ADDR", "unix://$DAEMON_DIR/buildkitd.sock"]

[worker.oci]
  enabled = true
  gc = true
  gckeepstorage = "4GB"
  networkMode = "host"

[worker.containerd]
  enabled = false
TOML
  for p in "$OPEN_PORT" "$AUTH_PORT" "$MIRROR_PORT"; do
    printf '\n[registry."127.0.0.1:%s"]\n  http = true\n  insecure = true\n' "$p"
  done
}

start_buildkitd() {
  if buildkitd_answers; then return 0; fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$BUILDKIT_PORT") 2>/dev/null; then
    die "127.0.0.1:$BUILDKIT_PORT is taken by something that is not a BuildKit daemon; set GENCI_BUILDKIT_PORT"
  fi
  mkdir -p "$DAEMON_DIR"
  buildkitd_toml >"$DAEMON_DIR/buildkitd.toml"
  local pid
  if pid=$(our_pid); then
    log "buildkitd ($pid) does not answer; restarting it"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do [ -d "/proc/$pid" ] || break; sleep 0.1; done
  fi
  log "starting buildkitd $(cat "$BIN/VERSION" 2>/dev/null) at $BUILDKIT_ADDR"
  # sh records its own pid and execs buildkitd: $! of a setsid background job is not the daemon.
  # 9>&-: the daemon must not inherit this script's lock, or every later engines.sh would wait on it
  setsid sh -c 'echo $$ >"$1"; shift; exec "$@"' sh "$PIDFILE" \
    "$BIN/buildkitd" --config "$DAEMON_DIR/buildkitd.toml" >"$DAEMON_DIR/buildkitd.log" 2>&1 </dev/null 9>&- &
  for _ in $(seq 1 100); do buildkitd_answers && return 0; sleep 0.2; done
  tail -20 "$DAEMON_DIR/buildkitd.log" >&2
  die "buildkitd did not answer at $BUILDKIT_ADDR; see $DAEMON_DIR/buildkitd.log"
}

stop_buildkitd() {
  local pid
  pid=$(our_pid) || { rm -f "$PIDFILE"; return 0; }
  log "stopping buildkitd ($pid)"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do [ -d "/proc/$pid" ] || break; sleep 0.1; done
  [ -d "/proc/$pid" ] && kill -9 "$pid" 2>/dev/null
  rm -f "$PIDFILE"
}

main() {
  case "${1:-up}" in
    env) print_env; return 0 ;;
  esac
  mkdir -p "$ENGINES_DIR"
  case "${1:-up}" in
    stop) exec 9>"$ENGINES_DIR/.lock"; flock 9; stop_buildkitd; return 0 ;;
    up) ;;
    *) echo "usage: scripts/engines.sh [up|env|stop]" >&2; return 2 ;;
  esac
  # test files may run `rig.sh up` in parallel: one builder at a time, the others wait and find it done
  exec 9>"$ENGINES_DIR/.lock"
  flock -n 9 || { log "waiting for another engines.sh up (lock $ENGINES_DIR/.lock)"; flock 9; }
  build_binaries
  ensure_images
  start_buildkitd
}

main "$@"
