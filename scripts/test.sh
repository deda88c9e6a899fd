#!/usr/bin/env bash
# `npm test`: bring the local rig up (idempotent, ~0.3 s when already up) with its offline
# toolchain images (scripts/toolchains.sh: ~7 min the first time, ~0.3 s after), make sure
# Node 24 is available for the runner-protocol tests, then run every test suite.
# Extra arguments go to vitest (e.g. `npm test -- test/unit`).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm install --no-audit --no-fund --loglevel=error
if [ "$(id -u)" = 0 ]; then
  bash scripts/rig.sh up >/dev/null
  bash scripts/toolchains.sh >/dev/null
else
  bash scripts/rig.sh env >/dev/null
  curl -fsS -o /dev/null http://127.0.0.1:5000/v2/ || { echo "the rig is down and needs root: sudo bash scripts/rig.sh up" >&2; exit 1; }
fi
# beside a dockerd it did not start, the rig's own listens on a socket of its own (rig.sh env says
# which): every test, and every docker command a test runs, talks to the rig's
docker_host=$(bash scripts/rig.sh env | sed -n 's/^DOCKER_HOST=//p')
if [ -n "$docker_host" ]; then export DOCKER_HOST="$docker_host"; fi
bash scripts/node24.sh >/dev/null
exec npx vitest run "$@"
