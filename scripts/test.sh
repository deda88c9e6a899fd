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
bash scripts/node24.sh >/dev/null
exec npx vitest run "$@"
