#!/usr/bin/env bash
# Crash soak: publishes the Host, starts maildev, then kills the Host with SIGKILL at random moments
# under parallel clients (uploads, share-key imports, download-link redemptions, the emails they
# cause), restarts it on the same data folder, and checks that every acknowledged write survived:
# blobs whole (SHA-256), single-use keys and links used at most once, each email sent exactly
# once, no orphan blob, no damaged database. Only ever talks to 127.0.0.1. See build/soak/README.md.
#
#   build/soak/crash.sh [cycles (20)] [driver options, e.g. --seed=123 --orphans=warn]
#   SOAK_NO_BUILD=1 build/soak/crash.sh 20   publishes from the Debug build build/test.sh made
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
started_at=$(date +%s)

cycles="${1:-20}"
shift || true

# With SOAK_NO_BUILD=1 nothing is compiled: the Host and the driver come from the solution's build
# (Debug unless CONFIGURATION says otherwise), as build/test.sh leaves it.
no_build=()
if [[ "${SOAK_NO_BUILD:-}" == "1" ]]; then
  configuration="${CONFIGURATION:-Debug}"
  no_build=(--no-build)
else
  configuration="${CONFIGURATION:-Release}"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/modular-soak.XXXXXX")"
maildev_pid=""
cleanup() {
  if [[ -n "$maildev_pid" ]]; then
    kill "$maildev_pid" 2>/dev/null || true
    wait "$maildev_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ ! -x build/tools/node_modules/.bin/maildev ]]; then
  echo "==> installing the test tools (maildev) with npm"
  npm ci --prefix build/tools --no-audit --no-fund --loglevel=error
fi

# A loopback port nothing listens on.
free_port() {
  local port
  while true; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

smtp_port=$(free_port)
web_port=$(free_port)
while [[ "$web_port" == "$smtp_port" ]]; do web_port=$(free_port); done
node build/tools/node_modules/maildev/dist/bin/maildev.js --smtp "$smtp_port" --ip 127.0.0.1 \
  --web "$web_port" --web-ip 127.0.0.1 --silent >"$work/maildev.log" 2>&1 &
maildev_pid=$!

echo "==> Publishing the Host ($configuration${no_build:+, no build}) to a temporary folder"
dotnet publish src/Host/Modular.Host --configuration "$configuration" "${no_build[@]}" --output "$work/app" -nologo -verbosity:quiet

# maildev (Node) starts slowly on a loaded machine: up to a minute, while the Host was published.
for _ in $(seq 1 600); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$smtp_port") 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$web_port") 2>/dev/null; then
    break
  fi
  if ! kill -0 "$maildev_pid" 2>/dev/null; then
    echo "maildev did not start:" >&2
    cat "$work/maildev.log" >&2
    exit 1
  fi
  sleep 0.1
done
echo "==> maildev on 127.0.0.1: SMTP $smtp_port, web $web_port"

status=0
dotnet run --configuration "$configuration" "${no_build[@]}" --project build/soak/Modular.Soak.Crash -- \
  "$work/app" "$cycles" --smtp-port="$smtp_port" --mail-web-port="$web_port" "$@" || status=$?

echo "==> crash soak took $(( $(date +%s) - started_at )) s"
exit "$status"
