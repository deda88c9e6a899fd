#!/usr/bin/env bash
# `npm run demo`: start the local rig, build the bundled action, run it exactly as a
# GitHub runner would (Node 24, INPUT_* variables, GITHUB_OUTPUT/STATE/STEP_SUMMARY,
# then the post step) on examples/hello for linux/amd64, arm64 and arm/v7, push to the
# local registry, and run each platform's image.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm install --no-audit --no-fund --loglevel=error
bash scripts/rig.sh up >/dev/null
eval "$(bash scripts/rig.sh env | sed 's/^/export /')"
node24="$(bash scripts/node24.sh)/node"
[ -f dist/main/index.js ] || npm run --silent build

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
: >"$work/output"; : >"$work/state"; : >"$work/summary"
image="$GENCI_REGISTRY/demo/hello"
tag="$image:$(date +%s)"
echo "▶ gen-ci action: linux/amd64,linux/arm64,linux/arm/v7 -> $tag"
env RUNNER_TEMP="$work/tmp" GITHUB_OUTPUT="$work/output" GITHUB_STATE="$work/state" GITHUB_STEP_SUMMARY="$work/summary" \
  INPUT_PLATFORMS=linux/amd64,linux/arm64,linux/arm/v7 INPUT_CONTEXT=examples/hello INPUT_TAGS="$tag" \
  INPUT_PUSH=true INPUT_DRIVER=docker INPUT_CACHE=registry INPUT_SUMMARY=true \
  "$node24" dist/main/index.js
# the state the main step saved, as the runner gives it to the post step (STATE_<name>)
mapfile -d '' -t state_env < <("$node24" scripts/file-commands.mjs STATE_ "$work/state")
env "${state_env[@]}" RUNNER_TEMP="$work/tmp" "$node24" dist/post/index.js
echo
echo "▶ job summary"; cat "$work/summary"
echo "▶ each platform's image"
for p in linux/amd64 linux/arm64 linux/arm/v7; do
  printf '  %-14s ' "$p"; docker run --rm --quiet --pull always --platform "$p" "$tag" | tr '\n' ' '; echo
done
