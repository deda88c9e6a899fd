#!/usr/bin/env bash
# The local test rig: Docker engine (containerd image store), buildx, QEMU binfmt,
# registries on 127.0.0.1 (two open, one htpasswd), multi-arch base images built from
# Debian's busybox-static, and real engines (scripts/engines.sh: BuildKit and crane built
# from Debian sources, helper images in the registry, a host buildkitd). Idempotent; quick
# when everything is up. Polite: it backs up what it changes and stops only what it started
# (pid files under $RIG_DIR); a dockerd it did not start keeps running, and the rig's own then
# runs beside it on a socket of its own (see "the Docker engine" below).
#
#   scripts/rig.sh                 set up (install, start, seed, engines)
#   scripts/rig.sh env             print the rig's environment variables
#   scripts/rig.sh binfmt-restore  put back Debian's QEMU registrations (after a test ran a binfmt image)
#   scripts/rig.sh stop            stop the host buildkitd, registries and dockerd the rig started,
#                                  put back /etc/docker/daemon.json and /etc/hosts
#   source scripts/rig.sh --functions-only   define the functions, run nothing (tests)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RIG_DIR="${GENCI_RIG_DIR:-/var/lib/gen-ci-rig}"
OPEN_PORT="${GENCI_REGISTRY_PORT:-5000}"
AUTH_PORT="${GENCI_AUTH_REGISTRY_PORT:-5001}"
MIRROR_PORT="${GENCI_MIRROR_REGISTRY_PORT:-5002}"
CRANE_PORT="${GENCI_CRANE_REGISTRY_PORT:-5003}"
ENGINES_BIN="${GENCI_ENGINES_DIR:-/var/lib/gen-ci-engines}/bin"
RIG_USER="${GENCI_RIG_USER:-genci}"
RIG_PASSWORD="${GENCI_RIG_PASSWORD:-rig-secret-Zq7}"
ARCHES=(amd64 arm64 armhf riscv64)

log() { printf '[rig] %s\n' "$*" >&2; }

print_env() {
  cat <<ENV
GENCI_REGISTRY=127.0.0.1:${OPEN_PORT}
GENCI_AUTH_REGISTRY=127.0.0.1:${AUTH_PORT}
GENCI_MIRROR_REGISTRY=127.0.0.1:${MIRROR_PORT}
GENCI_CRANE_REGISTRY=127.0.0.1:${CRANE_PORT}
GENCI_RIG_USER=${RIG_USER}
GENCI_RIG_PASSWORD=${RIG_PASSWORD}
GENCI_BASE_IMAGE=127.0.0.1:${OPEN_PORT}/base/busybox:latest
GENCI_BASE_IMAGE_NO_RISCV=127.0.0.1:${OPEN_PORT}/base/busybox-noriscv:latest
GENCI_REGISTRY_HOSTNAME=${HOSTS_NAME}
ENV
  # the rig's dockerd runs beside one it did not start: tests must talk to the rig's
  if [ "$(cat "$DOCKERD_MODE" 2>/dev/null)" = dedicated ]; then echo "DOCKER_HOST=unix://${OWN_SOCK}"; fi
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

# ---------------------------------------------------------------------------------------------
# the Docker engine
#
# The rig runs one dockerd of its own and records it ($RIG_DIR/dockerd.pid, .mode, .config):
#   * "system" mode (no other dockerd running): /etc/docker/daemon.json is the rig's, on the
#     default socket. A daemon.json the rig did not write is backed up once to
#     $RIG_DIR/daemon.json.orig ($RIG_DIR/daemon.json.absent records that there was none);
#     `rig.sh stop` puts it back (or removes the file).
#   * "dedicated" mode (a dockerd the rig did not start is running): the rig's dockerd gets its
#     own socket, config file, data-root, exec-root and pidfile, and no bridge; /etc/docker is not
#     touched, and `rig.sh env` prints DOCKER_HOST for it.
# A dockerd without a pid file that answers on the default socket with the rig's config (what an
# earlier rig.sh started) is adopted, not restarted. Only the rig's own dockerd is ever stopped;
# a config change that only touches insecure-registries is applied with SIGHUP (dockerd reloads
# that key live), anything else restarts the rig's own dockerd.
SYSTEM_CONFIG="${GENCI_DOCKER_CONFIG:-/etc/docker/daemon.json}"
SYSTEM_SOCK="${GENCI_SYSTEM_DOCKER_SOCK:-/var/run/docker.sock}"
OWN_RUN="${GENCI_RIG_RUN_DIR:-/run/gen-ci}"
OWN_SOCK="$OWN_RUN/docker.sock"
DOCKERD="${GENCI_DOCKERD:-/usr/sbin/dockerd}"
# seconds the rig's own dockerd may stay silent before it is restarted
DOCKERD_PATIENCE="${GENCI_DOCKERD_PATIENCE:-30}"
DOCKERD_PID="$RIG_DIR/dockerd.pid"
DOCKERD_MODE="$RIG_DIR/dockerd.mode"
DOCKERD_RUNNING="$RIG_DIR/dockerd.config"
DEDICATED_CONFIG="$RIG_DIR/docker-daemon.json"
CONFIG_BACKUP="$RIG_DIR/daemon.json.orig"
CONFIG_ABSENT="$RIG_DIR/daemon.json.absent"
CONFIG_WRITTEN="$RIG_DIR/daemon.json.written"

insecure_json() {
  local p out=
  for p in "$OPEN_PORT" "$AUTH_PORT" "$MIRROR_PORT" "$CRANE_PORT"; do out+="${out:+,}\"127.0.0.1:$p\""; done
  echo "[$out]"
}
system_config() {
  printf '{"features":{"containerd-snapshotter":true},"insecure-registries":%s,"bip":"169.254.123.1/24","iptables":false,"ip6tables":false}\n' "$(insecure_json)"
}
dedicated_config() {
  printf '{"features":{"containerd-snapshotter":true},"insecure-registries":%s,"bridge":"none","iptables":false,"ip6tables":false,"hosts":["unix://%s"],"data-root":"%s","exec-root":"%s","pidfile":"%s","cgroup-parent":"gen-ci-rig"}\n' \
    "$(insecure_json)" "$OWN_SOCK" "$RIG_DIR/docker" "$OWN_RUN/docker-exec" "$OWN_RUN/docker.pid"
}
config_for() { if [ "$1" = dedicated ]; then dedicated_config; else system_config; fi; }
sock_for() { if [ "$1" = dedicated ]; then echo "$OWN_SOCK"; else echo "$SYSTEM_SOCK"; fi; }

# two configs that differ in insecure-registries only (a key dockerd reloads on SIGHUP)
only_reloadable_differs() {
  local strip='s/"insecure-registries":\[[^]]*\],\{0,1\}//'
  [ "$(sed "$strip" <<<"$1")" = "$(sed "$strip" <<<"$2")" ]
}
# the registries a config, or a running daemon, treats as insecure (sorted, one line)
config_insecure() { grep -o '"insecure-registries":\[[^]]*\]' <<<"$1" | sed 's/^[^[]*\[//; s/\]$//' | tr ',' '\n' | tr -d '"' | grep . | sort | tr '\n' ' '; }
daemon_insecure() { # socket
  timeout 10 docker -H "unix://$1" info -f '{{range $k, $v := .RegistryConfig.IndexConfigs}}{{if not $v.Secure}}{{$k}}{{"\n"}}{{end}}{{end}}' 2>/dev/null |
    grep . | sort | tr '\n' ' '
}
docker_answers() { timeout 10 docker -H "unix://$1" version -f '{{.Server.Version}}' >/dev/null 2>&1; }
docker_answers_within() { # seconds socket
  local until=$((SECONDS + $1))
  while ! docker_answers "$2"; do [ "$SECONDS" -lt "$until" ] || return 1; sleep 1; done
}

# the pid in PIDFILE, when that process lives and its command line contains PATTERN
live_pid() { # pidfile pattern
  local pid
  pid=$(cat "$1" 2>/dev/null) || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] && [ -r "/proc/$pid/cmdline" ] || return 1
  case "$(tr '\0' ' ' <"/proc/$pid/cmdline")" in *"$2"*) echo "$pid" ;; *) return 1 ;; esac
}
own_dockerd_pid() { live_pid "$DOCKERD_PID" dockerd; }
dockerd_pids() { pgrep -x dockerd || true; }
cmdline_of() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | sed 's/ $//'; }

# a config file the rig wrote: its record, or an earlier rig.sh's (the same keys, other registries)
rig_wrote() { [ "$1" = "$(cat "$CONFIG_WRITTEN" 2>/dev/null)" ] || only_reloadable_differs "$1" "$(system_config)"; }

# the one dockerd running (no pid file of ours) is an earlier rig.sh's: started bare (it reads
# the system config), the system config is the rig's, and it answers with that config's registries
adoptable() { # pids
  [ "$(wc -w <<<"$1")" = 1 ] || return 1
  case "$(cmdline_of "$1")" in "$DOCKERD" | dockerd) ;; *) return 1 ;; esac
  [ -f "$SYSTEM_CONFIG" ] || return 1
  local have; have=$(cat "$SYSTEM_CONFIG")
  rig_wrote "$have" && docker_answers "$SYSTEM_SOCK" && [ "$(daemon_insecure "$SYSTEM_SOCK")" = "$(config_insecure "$have")" ]
}

# what start_dockerd does, as "<action> <mode>": ok, reload, restart, adopt, start
docker_plan() {
  local pid mode want running others
  if pid=$(own_dockerd_pid); then
    mode=$(cat "$DOCKERD_MODE" 2>/dev/null || echo system)
    want=$(config_for "$mode"); running=$(cat "$DOCKERD_RUNNING" 2>/dev/null || true)
    # a busy daemon can be slow to answer: only one silent for $DOCKERD_PATIENCE s is restarted
    if ! docker_answers_within "$DOCKERD_PATIENCE" "$(sock_for "$mode")"; then echo "restart $mode"
    elif [ "$running" = "$want" ]; then echo "ok $mode"
    elif only_reloadable_differs "$running" "$want"; then echo "reload $mode"
    else echo "restart $mode"; fi
    return 0
  fi
  others=$(dockerd_pids)
  if [ -z "$others" ]; then
    # something else (not a dockerd) answering on the default socket is not ours either
    if docker_answers "$SYSTEM_SOCK"; then echo "start dedicated"; else echo "start system"; fi
  elif adoptable "$others"; then echo "adopt system"
  else echo "start dedicated"; fi
}

# write the system config; back up a file the rig did not write (once: an earlier backup is never replaced)
write_system_config() {
  local want have
  want=$(system_config)
  mkdir -p "$(dirname "$SYSTEM_CONFIG")"
  if [ -f "$SYSTEM_CONFIG" ]; then
    have=$(cat "$SYSTEM_CONFIG")
    if rig_wrote "$have"; then
      claim_legacy_config
    elif [ -e "$CONFIG_BACKUP" ] || [ -e "$CONFIG_ABSENT" ]; then
      local aside; aside="$RIG_DIR/daemon.json.replaced.$(date +%s)"
      cp -p "$SYSTEM_CONFIG" "$aside"
      log "$SYSTEM_CONFIG was changed since the rig wrote it: that version is kept in $aside (the earlier backup stays)"
    else
      cp -p "$SYSTEM_CONFIG" "$CONFIG_BACKUP"
      log "backed up $SYSTEM_CONFIG to $CONFIG_BACKUP (scripts/rig.sh stop puts it back)"
    fi
    [ "$have" = "$want" ] && { printf '%s\n' "$want" >"$CONFIG_WRITTEN"; return 0; }
  elif [ ! -e "$CONFIG_BACKUP" ] && [ ! -e "$CONFIG_ABSENT" ]; then
    : >"$CONFIG_ABSENT"
  fi
  printf '%s\n' "$want" >"$SYSTEM_CONFIG"
  printf '%s\n' "$want" >"$CONFIG_WRITTEN"
}

# a rig config found without the rig's records: an earlier rig.sh wrote it over whatever was there
claim_legacy_config() {
  [ -e "$CONFIG_BACKUP" ] || [ -e "$CONFIG_ABSENT" ] || [ -e "$CONFIG_WRITTEN" ] && return 0
  log "$SYSTEM_CONFIG was written by an earlier rig.sh (which kept no backup): scripts/rig.sh stop removes it"
  : >"$CONFIG_ABSENT"
}

# `rig.sh stop`: put back what was there before the rig (a file changed since the rig wrote it stays)
restore_system_config() {
  local written
  written=$(cat "$CONFIG_WRITTEN" 2>/dev/null) || written=
  if [ -n "$written" ] && [ -f "$SYSTEM_CONFIG" ] && [ "$(cat "$SYSTEM_CONFIG")" != "$written" ]; then
    log "$SYSTEM_CONFIG was changed since the rig wrote it: left as it is"
    if [ -f "$CONFIG_BACKUP" ]; then
      local kept; kept="$CONFIG_BACKUP.$(date +%s)"
      mv -f "$CONFIG_BACKUP" "$kept"; log "the version from before the rig is in $kept"
    fi
  elif [ -f "$CONFIG_BACKUP" ]; then
    mv -f "$CONFIG_BACKUP" "$SYSTEM_CONFIG"; log "restored $SYSTEM_CONFIG"
  elif [ -e "$CONFIG_ABSENT" ] && [ -n "$written" ]; then
    rm -f "$SYSTEM_CONFIG"; log "removed $SYSTEM_CONFIG (there was none before the rig)"
  fi
  rm -f "$CONFIG_ABSENT" "$CONFIG_WRITTEN"
}

# start COMMAND... detached, its pid in PIDFILE (sh records its own pid and execs the command:
# $! of a setsid background job is not the daemon); 8>&-: daemons must not hold the rig's lock
launch() { # pidfile logfile command...
  local pidfile=$1 logfile=$2; shift 2
  rm -f "$pidfile"
  # the previous run's log is kept (why did it stop?)
  if [ -s "$logfile" ]; then mv -f "$logfile" "$logfile.1"; fi
  setsid sh -c 'echo $$ >"$1"; shift; exec "$@"' sh "$pidfile" "$@" >"$logfile" 2>&1 </dev/null 8>&- &
}

# stop the process in PIDFILE if it is still what PATTERN says (never anything else)
stop_pid() { # pidfile pattern name [seconds]
  local pid i
  pid=$(live_pid "$1" "$2") || { rm -f "$1"; return 0; }
  log "stopping $3 ($pid)"
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < ${4:-10} * 10; i++)); do [ -d "/proc/$pid" ] || break; sleep 0.1; done
  [ -d "/proc/$pid" ] && kill -9 "$pid" 2>/dev/null
  rm -f "$1"
}

stop_own_dockerd() {
  stop_pid "$DOCKERD_PID" dockerd dockerd 30
  # a dedicated dockerd leaves its network namespace mounted in its exec-root
  if [ "$(cat "$DOCKERD_MODE" 2>/dev/null)" = dedicated ] && mountpoint -q "$OWN_RUN/docker-exec/netns/default" 2>/dev/null; then
    umount "$OWN_RUN/docker-exec/netns/default" 2>/dev/null || true
  fi
  rm -f "$DOCKERD_MODE" "$DOCKERD_RUNNING"
}

launch_dockerd() { # mode
  local mode=$1 sock; sock=$(sock_for "$mode")
  if [ "$mode" = dedicated ]; then
    log "a dockerd the rig did not start is running: starting the rig's own on unix://$OWN_SOCK (data in $RIG_DIR/docker)"
    mkdir -p "$RIG_DIR/docker" "$OWN_RUN"
    dedicated_config >"$DEDICATED_CONFIG"
    log "starting dockerd"
    launch "$DOCKERD_PID" "$RIG_DIR/dockerd.log" "$DOCKERD" --config-file "$DEDICATED_CONFIG"
  else
    write_system_config
    log "starting dockerd"
    if [ "$SYSTEM_CONFIG" = /etc/docker/daemon.json ]; then
      launch "$DOCKERD_PID" "$RIG_DIR/dockerd.log" "$DOCKERD"
    else
      launch "$DOCKERD_PID" "$RIG_DIR/dockerd.log" "$DOCKERD" --config-file "$SYSTEM_CONFIG"
    fi
  fi
  echo "$mode" >"$DOCKERD_MODE"
  config_for "$mode" >"$DOCKERD_RUNNING"
  for _ in $(seq 1 150); do docker_answers "$sock" && return 0; sleep 0.2; done
  log "dockerd did not come up; see $RIG_DIR/dockerd.log"; tail -20 "$RIG_DIR/dockerd.log" >&2; return 1
}

# insecure-registries changed: write the config and let dockerd reload it (SIGHUP), no restart
reload_dockerd() { # mode
  local mode=$1 pid want sock
  pid=$(own_dockerd_pid) || return 1
  want=$(config_for "$mode"); sock=$(sock_for "$mode")
  if [ "$mode" = dedicated ]; then printf '%s\n' "$want" >"$DEDICATED_CONFIG"; else write_system_config; fi
  log "reloading dockerd ($pid) for insecure-registries $(config_insecure "$want")"
  kill -HUP "$pid"
  for _ in $(seq 1 50); do
    if [ "$(daemon_insecure "$sock")" = "$(config_insecure "$want")" ]; then printf '%s\n' "$want" >"$DOCKERD_RUNNING"; return 0; fi
    sleep 0.1
  done
  log "dockerd ($pid) did not take the new insecure-registries on reload; it will on its next restart"
}

start_dockerd() {
  local plan mode
  plan=$(docker_plan); mode=${plan#* }
  # every decision but "ok" is noted, with who asked (a parent's command line), for a later look
  if [ "${plan%% *}" != ok ]; then
    printf '%s %s (pid %s, parent: %s)\n' "$(date -u +%FT%TZ)" "$plan" "$$" "$(cmdline_of "$PPID" | cut -c1-160)" >>"$RIG_DIR/dockerd-decisions.log"
  fi
  case $plan in
    ok\ *) ;;
    adopt\ *)
      log "adopting the running dockerd ($(dockerd_pids)): it answers with the rig's config"
      dockerd_pids >"$DOCKERD_PID"; echo system >"$DOCKERD_MODE"; cat "$SYSTEM_CONFIG" >"$DOCKERD_RUNNING"
      claim_legacy_config
      [ "$(cat "$DOCKERD_RUNNING")" = "$(system_config)" ] || reload_dockerd system ;;
    reload\ *) reload_dockerd "$mode" ;;
    restart\ *) log "restarting the rig's dockerd for the new config"; stop_own_dockerd; launch_dockerd "$mode" ;;
    start\ *) launch_dockerd "$mode" ;;
  esac
  # the rest of `up` (base images, engines.sh) talks to the rig's dockerd
  export DOCKER_HOST="unix://$(sock_for "$mode")"
  unset DOCKER_CONTEXT
}

registry_up() { curl -fsS -o /dev/null "http://127.0.0.1:$1/v2/" 2>/dev/null || [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/v2/")" = 401 ]; }

# a registry the rig started: its pid file, or (started by an earlier rig.sh, without one) the
# process running exactly the rig's command line for it
own_registry_pid() { # name pattern
  local pid
  pid=$(live_pid "$RIG_DIR/registry-$1.pid" "$2") && { echo "$pid"; return 0; }
  pid=$(pgrep -xf "$2" | head -n 1) || return 1
  [ -n "$pid" ] || return 1
  echo "$pid" >"$RIG_DIR/registry-$1.pid"; echo "$pid"
}

start_registry() { # name port [auth]
  local name=$1 port=$2 auth=${3:-}
  local dir="$RIG_DIR/registry-$name"
  # up: ours (recorded, or adopted), or someone else's on that port, which is left alone
  if registry_up "$port"; then own_registry_pid "$name" "docker-registry serve $dir/config.yml" >/dev/null || true; return 0; fi
  mkdir -p "$dir/data"
  {
    echo "version: 0.1"
    echo "log: {level: warn}"
    echo "storage: {filesystem: {rootdirectory: $dir/data}, delete: {enabled: true}}"
    echo "http: {addr: 127.0.0.1:$port}"
    if [ -n "$auth" ]; then echo "auth: {htpasswd: {realm: gen-ci-rig, path: $dir/htpasswd}}"; fi
  } >"$dir/config.yml"
  if [ -n "$auth" ]; then htpasswd -Bbc "$dir/htpasswd" "$RIG_USER" "$RIG_PASSWORD" 2>/dev/null; fi
  launch "$RIG_DIR/registry-$name.pid" "$dir/log" docker-registry serve "$dir/config.yml"
  for _ in $(seq 1 50); do registry_up "$port" && return 0; sleep 0.1; done
  log "registry $name did not start; see $dir/log"; return 1
}

# a second registry implementation: go-containerregistry's (crane registry serve, built by
# engines.sh), blobs on disk, manifests in memory (a restart forgets them)
crane_registry_cmd() { echo "$ENGINES_BIN/crane registry serve --address 127.0.0.1:$CRANE_PORT --disk $RIG_DIR/registry-crane/blobs"; }
start_crane_registry() {
  if registry_up "$CRANE_PORT"; then own_registry_pid crane "$(crane_registry_cmd)" >/dev/null || true; return 0; fi
  [ -x "$ENGINES_BIN/crane" ] || { log "no crane at $ENGINES_BIN/crane (scripts/engines.sh builds it)"; return 1; }
  mkdir -p "$RIG_DIR/registry-crane/blobs"
  # shellcheck disable=SC2046 # the command line is words without spaces
  launch "$RIG_DIR/registry-crane.pid" "$RIG_DIR/registry-crane/log" $(crane_registry_cmd)
  for _ in $(seq 1 50); do registry_up "$CRANE_PORT" && return 0; sleep 0.1; done
  log "registry crane did not start; see $RIG_DIR/registry-crane/log"; return 1
}

stop_registries() {
  local name pid
  for name in open auth mirror; do
    pid=$(own_registry_pid "$name" "docker-registry serve $RIG_DIR/registry-$name/config.yml") || continue
    stop_pid "$RIG_DIR/registry-$name.pid" "docker-registry serve" "registry $name"
  done
  if own_registry_pid crane "$(crane_registry_cmd)" >/dev/null; then
    stop_pid "$RIG_DIR/registry-crane.pid" "crane registry serve" "registry crane"
  fi
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
  case "${1:-up}" in
    env) print_env; return 0 ;;
  esac
  mkdir -p "$RIG_DIR"
  case "${1:-up}" in
    binfmt-restore) setup_binfmt restore; return 0 ;;
    stop)
      exec 8>"$RIG_DIR/.lock"; flock 8
      bash "$HERE/engines.sh" stop 8>&- || true
      stop_registries
      remove_hosts_name
      # a dockerd without a pid file that the rig would adopt is an earlier rig.sh's: stop it too
      own_dockerd_pid >/dev/null || { local p; p=$(dockerd_pids); if [ -n "$p" ] && adoptable "$p"; then echo "$p" >"$DOCKERD_PID"; fi; }
      stop_own_dockerd
      restore_system_config
      return 0 ;;
    up) ;;
    *) echo "usage: scripts/rig.sh [up|env|binfmt-restore|stop]" >&2; return 2 ;;
  esac
  # test files may run `rig.sh up` side by side: one at a time (no two dockerds started)
  exec 8>"$RIG_DIR/.lock"
  flock -n 8 || { log "waiting for another rig.sh up (lock $RIG_DIR/.lock)"; flock 8; }
  install_packages
  setup_binfmt
  add_hosts_name
  start_dockerd
  start_registry open "$OPEN_PORT"
  start_registry auth "$AUTH_PORT" htpasswd
  start_registry mirror "$MIRROR_PORT"
  seed_images
  bash "$HERE/engines.sh" up 8>&-
  start_crane_registry
  log "rig is up"
  print_env
}

if [ "${1:-}" != --functions-only ]; then main "$@"; fi
