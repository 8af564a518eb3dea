#!/usr/bin/env bash
# The README's two commands as a new user runs them on a fresh Debian machine, as root:
#   1. removes the Debian packages the tests use (docker-registry, skopeo, chromium),
#   2. clones this repository (a committed revision, default HEAD) into a temporary folder,
#   3. runs `npm ci && npm test` there (its first step installs the packages back),
#   4. runs `npm ci && npm start` there, probes /healthz, and stops the service.
# It prints one line per step and a verdict; the logs stay in the folder it names.
# Usage: sudo bash scripts/fresh-machine-check.sh [revision]
set -uo pipefail

PACKAGES=(docker-registry skopeo chromium)
repo="$(cd "$(dirname "$0")/.." && pwd)"
revision="$(git -C "$repo" rev-parse --verify "${1:-HEAD}^{commit}")" || exit 2
if [ "$(id -u)" != 0 ]; then
  echo "fresh-machine-check: run as root (it removes Debian packages)" >&2
  exit 2
fi

work="$(mktemp -d /tmp/fresh-machine-check.XXXXXX)"
service_pgid=""
stop_service() {
  if [ -n "$service_pgid" ]; then
    kill -TERM -- "-$service_pgid" 2>/dev/null
    for _ in $(seq 50); do kill -0 -- "-$service_pgid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$service_pgid" 2>/dev/null
    service_pgid=""
  fi
}
trap stop_service EXIT
failures=0
step() { printf '%-44s %s\n' "$1" "$2"; }

# 1. A machine without the packages.
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq "${PACKAGES[@]}" >"$work/remove.log" 2>&1
absent=()
for program in "${PACKAGES[@]}"; do command -v "$program" >/dev/null || absent+=("$program"); done
step "removed ${PACKAGES[*]}" "absent now: ${absent[*]:-none}"
if [ ${#absent[@]} -ne ${#PACKAGES[@]} ]; then
  echo "fresh-machine-check: the packages could not all be removed (see $work/remove.log)"
  exit 1
fi

# 2. A fresh clone.
git clone -q "$repo" "$work/clone" && git -C "$work/clone" checkout -q --detach "$revision" || exit 1
cd "$work/clone" || exit 1
step "cloned $(git rev-parse --short HEAD) into" "$work/clone"

# 3. npm ci && npm test
started=$SECONDS
if npm ci --no-audit --no-fund >"$work/test.log" 2>&1 && npm test >>"$work/test.log" 2>&1; then
  verdict=passed
else
  verdict=FAILED
  failures=$((failures + 1))
fi
step "npm ci && npm test" "$verdict in $((SECONDS - started)) s"
grep -E '^provision: ' "$work/test.log" | sed 's/^/    /'
grep -E '^tests: [0-9]+ passed, [0-9]+ failed|Tests +[0-9]+ (passed|failed)' "$work/test.log" |
  sed 's/\x1b\[[0-9;]*m//g; s/^ */    /'
for program in "${PACKAGES[@]}"; do
  command -v "$program" >/dev/null || { step "  $program" "still missing"; failures=$((failures + 1)); }
done

# 4. npm ci && npm start, on a free loopback port.
port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
started=$SECONDS
if npm ci --no-audit --no-fund >"$work/start.log" 2>&1; then
  PORT="$port" setsid npm start >>"$work/start.log" 2>&1 &
  service_pgid=$!
  health=""
  for _ in $(seq 150); do
    health="$(curl -fsS "http://127.0.0.1:$port/healthz" 2>/dev/null)" && break
    health=""
    sleep 0.2
  done
  stop_service
else
  health=""
fi
if [ "$health" = '{"status":"ok"}' ]; then
  step "npm ci && npm start" "GET /healthz answered $health in $((SECONDS - started)) s, stopped"
else
  step "npm ci && npm start" "FAILED: no healthy answer on port $port"
  failures=$((failures + 1))
fi

echo "logs: $work/test.log $work/start.log"
if [ "$failures" -eq 0 ]; then
  echo "fresh-machine-check: passed"
else
  echo "fresh-machine-check: FAILED ($failures)"
  exit 1
fi
