#!/usr/bin/env bash
# What a newcomer does, where root's home would put it: clone into a folder of mode 700 (as
# `mktemp -d` makes), `npm install && npm start`, and wait until the portal and the API answer.
# Prints the time from clone to portal. Run by .ci/run; runnable by hand from the repository.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
port="${FIRST_RUN_PORT:-4398}"
dir="$(mktemp -d)"
chmod 700 "$dir"
started=$(date +%s)
cleanup() {
  if [[ -n "${pid:-}" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -INT -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  # As root the cluster lives outside the clone (see tools/db/embedded-postgres.mjs): remove it too.
  if [[ -L "$dir/lumen/.data/pg" ]]; then rm -rf "$(readlink "$dir/lumen/.data/pg")"; fi
  rm -rf "$dir"
}
trap cleanup EXIT

git clone --quiet "$repo" "$dir/lumen"
cd "$dir/lumen"
npm install --no-audit --no-fund --loglevel=error >"$dir/install.log" 2>&1 || { tail -40 "$dir/install.log"; exit 1; }
# Its own process group, so the cleanup stops npm, the API and PostgreSQL together.
PORT="$port" NX_DAEMON=false setsid npm start >"$dir/start.log" 2>&1 &
pid=$!

answers() { [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$1")" == "200" ]]; }
for _ in $(seq 1 600); do
  if answers /api/health && answers /; then
    echo "first run: portal and API answered $(( $(date +%s) - started )) s after git clone (npm install included), in a mode-700 folder as $(id -un)"
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
echo "first run: the portal did not come up; the end of npm start's output:"
tail -40 "$dir/start.log"
exit 1
