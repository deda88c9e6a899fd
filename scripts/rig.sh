#!/usr/bin/env bash
# The local test rig: Docker engine (containerd image store), buildx, QEMU binfmt,
# registries on 127.0.0.1 (two open, one htpasswd), multi-arch base images built from
# Debian's busybox-static, and real engines (scripts/engines.sh: BuildKit and crane built
# from Debian sources, helper images in the registry, a host buildkitd). Idempotent; quick
# when everything is up.
#
#   scripts/rig.sh                 set up (install, start, seed, engines)
#   scripts/rig.sh env             print the rig's environment variables
#   scripts/rig.sh binfmt-restore  put back Debian's QEMU registrations (after a test ran a binfmt image)
#   scripts/rig.sh stop            stop the host buildkitd, registries and the engine
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
RIG_DIR="${GENCI_RIG_DIR:-/var/lib/gen-ci-rig}"
OPEN_PORT="${GENCI_REGISTRY_PORT:-5000}"
AUTH_PORT="${GENCI_AUTH_REGISTRY_PORT:-5001}"
MIRROR_PORT="${GENCI_MIRROR_REGISTRY_PORT:-5002}"
RIG_USER="${GENCI_RIG_USER:-genci}"
RIG_PASSWORD="${GENCI_RIG_PASSWORD:-rig-secret-Zq7}"
ARCHES=(amd64 arm64 armhf riscv64)

log() { printf '[rig] %s\n' "$*" >&2; }

print_env() {
  cat <<ENV
GENCI_REGISTRY=127.0.0.1:${OPEN_PORT}
GENCI_AUTH_REGISTRY=127.0.0.1:${AUTH_PORT}
GENCI_MIRROR_REGISTRY=127.0.0.1:${MIRROR_PORT}
GENCI_RIG_USER=${RIG_USER}
GENCI_RIG_PASSWORD=${RIG_PASSWORD}
GENCI_BASE_IMAGE=127.0.0.1:${OPEN_PORT}/base/busybox:latest
GENCI_BASE_IMAGE_NO_RISCV=127.0.0.1:${OPEN_PORT}/base/busybox-noriscv:latest
GENCI_REGISTRY_HOSTNAME=${HOSTS_NAME}
ENV
  bash "$HERE/engines.sh" env
}

apt_update() {
  # Debian mirrors sometimes serve an index mid-sync: retry, and tolerate failures
  # of lists we do not need as long as the packages we want are resolvable.
  local i
  for i in 1 2; do
    if apt-get update -qq -o Acquire::Retries=3 >/dev/null 2>"$RIG_DIR/apt-update.log"; then return 0; fi
    log "apt-get update reported errors (attempt $i): $(grep -m1 '^E: Failed' "$RIG_DIR/apt-update.log" | cut -c1-160)"
    sleep 2
  done
  log "continuing with the package lists we have (errors above concern lists the rig may not need)"
}

have_pkgs() {
  local out
  out=$(dpkg-query -W -f='${Status}\n' "$@" 2>/dev/null) || return 1
  [ "$(grep -c 'install ok installed' <<<"$out")" = "$#" ]
}

install_packages() {
  local bookworm=(qemu-user-static docker-registry skopeo buildah rsync apache2-utils curl tmux patch xz-utils)
  local trixie=(docker.io docker-buildx cosign oras)
  local need_update=0 arch
  # foreign architectures: only so that the seed step can download busybox-static for them
  # (outputs are captured first: under pipefail, `cmd | grep -q` fails whenever grep exits before cmd is done)
  local foreign; foreign=$(dpkg --print-foreign-architectures)
  for arch in arm64 armhf riscv64; do
    grep -qx "$arch" <<<"$foreign" || { dpkg --add-architecture "$arch"; need_update=1; }
  done
  if [ ! -f /etc/apt/sources.list.d/trixie.sources ]; then
    cat >/etc/apt/sources.list.d/trixie.sources <<SRC
Types: deb
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Architectures: amd64 riscv64
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    cat >/etc/apt/preferences.d/trixie-pin <<PIN
Package: *
Pin: release n=trixie
Pin-Priority: 100
PIN
    need_update=1
  fi
  if [ $need_update = 0 ] && have_pkgs "${bookworm[@]}" "${trixie[@]}"; then return 0; fi
  export DEBIAN_FRONTEND=noninteractive
  # an install interrupted earlier leaves dpkg half-configured; finish it first
  dpkg --configure -a >/dev/null 2>&1 || true
  apt_update
  local i
  for i in 1 2 3; do
    if apt-get install -y -qq --no-install-recommends "${bookworm[@]}" >/dev/null &&
       apt-get install -y -qq --no-install-recommends -t trixie "${trixie[@]}" >/dev/null; then
      return 0
    fi
    log "apt-get install failed (attempt $i), refreshing lists"; apt_update
  done
  log "could not install packages"; return 1
}

# the QEMU handlers the rig registers, from Debian's qemu-user-static (/usr/lib/binfmt.d)
RIG_EMULATORS=" qemu-aarch64 qemu-arm qemu-riscv64 qemu-ppc64le qemu-s390x qemu-i386 qemu-armeb "
BINFMT=/proc/sys/fs/binfmt_misc

debian_interpreter() { grep -v '^#' "/usr/lib/binfmt.d/$1.conf" 2>/dev/null | grep . | head -n 1 | cut -d: -f7; }
entry_interpreter() { sed -n 's/^interpreter //p' "$BINFMT/$1" 2>/dev/null; }

# register the rig's handlers that are missing; with "restore", also replace those registered
# with another interpreter (a binfmt image's /usr/bin/qemu-*) and remove such entries the rig
# does not register. Plain `up` never replaces a registration: a build running meanwhile
# would see the platform unregistered for a moment.
setup_binfmt() { # [restore]
  local restore=${1:-} conf name entry
  if [ ! -f "$BINFMT/register" ]; then
    mount -t binfmt_misc binfmt_misc "$BINFMT"
  fi
  if [ "$restore" = restore ]; then
    for entry in "$BINFMT"/qemu-*; do
      [ -f "$entry" ] || continue
      name=${entry##*/}
      [ "$(entry_interpreter "$name")" = "$(debian_interpreter "$name")" ] && continue
      case "$RIG_EMULATORS" in *" $name "*) log "re-registering $name with Debian's interpreter" ;; *) log "removing $name ($(entry_interpreter "$name"))" ;; esac
      echo -1 >"$entry" || log "could not remove $name"
    done
  fi
  for conf in /usr/lib/binfmt.d/qemu-*.conf; do
    name=$(basename "$conf" .conf)
    case "$RIG_EMULATORS" in *" $name "*) ;; *) continue ;; esac
    [ -e "$BINFMT/$name" ] && continue
    grep -v '^#' "$conf" | grep . >"$BINFMT/register" || log "could not register $name"
  done
}

start_dockerd() {
  mkdir -p /etc/docker
  local want
  want=$(cat <<JSON
{"features":{"containerd-snapshotter":true},"insecure-registries":["127.0.0.1:${OPEN_PORT}","127.0.0.1:${AUTH_PORT}","127.0.0.1:${MIRROR_PORT}"],"bip":"169.254.123.1/24","iptables":false,"ip6tables":false}
JSON
)
  local restart=0
  if [ "$(cat /etc/docker/daemon.json 2>/dev/null)" != "$want" ]; then
    echo "$want" >/etc/docker/daemon.json; restart=1
  fi
  if docker info >/dev/null 2>&1 && [ $restart = 0 ]; then return 0; fi
  if pgrep -x dockerd >/dev/null; then
    log "restarting dockerd for the new config"; pkill -x dockerd || true
    for _ in $(seq 1 50); do pgrep -x dockerd >/dev/null || break; sleep 0.2; done
  fi
  log "starting dockerd"
  setsid /usr/sbin/dockerd >"$RIG_DIR/dockerd.log" 2>&1 </dev/null &
  for _ in $(seq 1 150); do docker info >/dev/null 2>&1 && return 0; sleep 0.2; done
  log "dockerd did not come up; see $RIG_DIR/dockerd.log"; tail -20 "$RIG_DIR/dockerd.log" >&2; return 1
}

registry_up() { curl -fsS -o /dev/null "http://127.0.0.1:$1/v2/" 2>/dev/null || [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/v2/")" = 401 ]; }

start_registry() { # name port [auth]
  local name=$1 port=$2 auth=${3:-}
  if registry_up "$port"; then return 0; fi
  local dir="$RIG_DIR/registry-$name"; mkdir -p "$dir/data"
  {
    echo "version: 0.1"
    echo "log: {level: warn}"
    echo "storage: {filesystem: {rootdirectory: $dir/data}, delete: {enabled: true}}"
    echo "http: {addr: 127.0.0.1:$port}"
    if [ -n "$auth" ]; then echo "auth: {htpasswd: {realm: gen-ci-rig, path: $dir/htpasswd}}"; fi
  } >"$dir/config.yml"
  if [ -n "$auth" ]; then htpasswd -Bbc "$dir/htpasswd" "$RIG_USER" "$RIG_PASSWORD" 2>/dev/null; fi
  setsid docker-registry serve "$dir/config.yml" >"$dir/log" 2>&1 </dev/null &
  for _ in $(seq 1 50); do registry_up "$port" && return 0; sleep 0.1; done
  log "registry $name did not start; see $dir/log"; return 1
}

seed_images() {
  local base="127.0.0.1:${OPEN_PORT}/base/busybox:latest"
  local index; index=$(skopeo inspect --tls-verify=false --raw "docker://$base" 2>/dev/null || true)
  if grep -q riscv64 <<<"$index" &&
     skopeo inspect --tls-verify=false --raw "docker://127.0.0.1:${OPEN_PORT}/base/busybox-noriscv:latest" >/dev/null 2>&1; then
    return 0
  fi
  log "building base images from Debian busybox-static"
  local ctx="$RIG_DIR/seed"; rm -rf "$ctx"; mkdir -p "$ctx"
  local arch plat
  for arch in "${ARCHES[@]}"; do
    (cd "$ctx" && apt-get download -qq "busybox-static:$arch" >/dev/null 2>&1) || { apt_update; (cd "$ctx" && apt-get download -qq "busybox-static:$arch"); }
    case $arch in armhf) plat=arm/v7 ;; *) plat=$arch ;; esac
    mkdir -p "$ctx/rootfs/linux/$plat/bin"
    # bookworm ships /bin/busybox, trixie (riscv64) /usr/bin/busybox
    dpkg-deb --fsys-tarfile "$ctx"/busybox-static_*_"$arch".deb | tar -x -O --wildcards './bin/busybox' './usr/bin/busybox' \
      >"$ctx/rootfs/linux/$plat/bin/busybox" 2>/dev/null || true
    [ -s "$ctx/rootfs/linux/$plat/bin/busybox" ] || { log "no busybox binary in busybox-static:$arch"; return 1; }
    chmod 755 "$ctx/rootfs/linux/$plat/bin/busybox"
    for a in sh uname cat echo ls env sleep true; do ln -sf busybox "$ctx/rootfs/linux/$plat/bin/$a"; done
  done
  cat >"$ctx/Dockerfile" <<'DF'
FROM scratch
ARG TARGETPLATFORM
COPY rootfs/${TARGETPLATFORM}/ /
ENV PATH=/bin
CMD ["/bin/sh"]
DF
  local builder=(docker buildx build --builder default --provenance=false --sbom=false "$ctx")
  BUILDX_NO_DEFAULT_ATTESTATIONS=1 "${builder[@]}" --platform linux/amd64,linux/arm64,linux/arm/v7,linux/riscv64 \
    -t "$base" --push -q >/dev/null
  BUILDX_NO_DEFAULT_ATTESTATIONS=1 "${builder[@]}" --platform linux/amd64,linux/arm64 \
    -t "127.0.0.1:${OPEN_PORT}/base/busybox-noriscv:latest" --push -q >/dev/null
}

# A host name for the loopback registries that is not a loopback literal (tests of insecure-registries
# by name). One marked line in /etc/hosts, backed up once; `rig.sh stop` takes the line out again.
HOSTS_NAME="${GENCI_REGISTRY_HOSTNAME:-genci-registry.test}"
HOSTS_MARK="# gen-ci rig"
add_hosts_name() {
  grep -q "$HOSTS_MARK" /etc/hosts 2>/dev/null && return 0
  [ -f "$RIG_DIR/hosts.orig" ] || cp /etc/hosts "$RIG_DIR/hosts.orig"
  printf '127.0.0.1 %s %s\n' "$HOSTS_NAME" "$HOSTS_MARK" >>/etc/hosts
}
remove_hosts_name() {
  grep -q "$HOSTS_MARK" /etc/hosts 2>/dev/null || return 0
  local kept; kept=$(grep -v "$HOSTS_MARK" /etc/hosts); printf '%s\n' "$kept" >/etc/hosts
}

main() {
  mkdir -p "$RIG_DIR"
  case "${1:-up}" in
    env) print_env; return 0 ;;
    binfmt-restore) setup_binfmt restore; return 0 ;;
    stop)
      bash "$HERE/engines.sh" stop || true
      remove_hosts_name
      pkill -f 'docker-registry serve' || true; pkill -x dockerd || true; return 0 ;;
    up) ;;
    *) echo "usage: scripts/rig.sh [up|env|binfmt-restore|stop]" >&2; return 2 ;;
  esac
  install_packages
  setup_binfmt
  add_hosts_name
  start_dockerd
  start_registry open "$OPEN_PORT"
  start_registry auth "$AUTH_PORT" htpasswd
  start_registry mirror "$MIRROR_PORT"
  seed_images
  bash "$HERE/engines.sh" up
  log "rig is up"
  print_env
}

main "$@"
