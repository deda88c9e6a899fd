#!/usr/bin/env bash
# Run gitlab-ci-local (from the npm registry) under Node 24, which it needs (>= 22),
# while the rest of the project stays on the machine's Node. Installs it into
# .tmp/tools on first use (idempotent) and passes every argument through:
#
#   scripts/gitlab-ci-local.sh --version
#   scripts/gitlab-ci-local.sh --cwd some/dir --shell-executor-no-image build
#   scripts/gitlab-ci-local.sh --install-only      just install, print nothing
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="${GITLAB_CI_LOCAL_VERSION:-4.75.1}"
node_bin="$(bash "$root/scripts/node24.sh")"
dir="$root/.tmp/tools/gitlab-ci-local"
installed() {
  [ -f "$dir/node_modules/gitlab-ci-local/package.json" ] &&
    grep -q "\"version\": \"$version\"" "$dir/node_modules/gitlab-ci-local/package.json"
}
if ! installed; then
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"name":"gitlab-ci-local-holder","private":true}' >"$dir/package.json"
  (cd "$dir" && PATH="$node_bin:$PATH" npm install --no-audit --no-fund --loglevel=error "gitlab-ci-local@$version" >&2)
fi
if [ "${1:-}" = "--install-only" ]; then exit 0; fi
bin="$dir/node_modules/.bin/gitlab-ci-local"
PATH="$node_bin:$PATH" exec "$bin" "$@"
