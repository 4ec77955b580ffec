#!/usr/bin/env bash
# Identity benchmark: cold start of the published Host, then throughput of a bearer-token API
# call (GET /api/v1/me) against the cheapest endpoint (GET /health/live). Only ever talks to
# 127.0.0.1. See build/bench/README.md.
#
#   build/bench/identity.sh
#   BENCH_DURATION=30s BENCH_CONNECTIONS=32 build/bench/identity.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

duration="${BENCH_DURATION:-10s}"
warmup="${BENCH_WARMUP:-3s}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-16}"
start_timeout_seconds=120

ensure_wrk() {
  if command -v wrk >/dev/null 2>&1; then
    return 0
  fi
  echo "==> wrk is missing: installing the Debian package 'wrk'"
  local as_root=()
  if [[ $(id -u) -ne 0 ]]; then
    as_root=(sudo -n)
  fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk
}

command -v curl >/dev/null 2>&1 || { echo "curl is required" >&2; exit 1; }
ensure_wrk

work="$(mktemp -d "${TMPDIR:-/tmp}/modular-bench.XXXXXX")"
server_pid=""

stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}

cleanup() {
  stop_server
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A loopback port nobody listens on (checked with bash's /dev/tcp; Kestrel fails loudly if it is taken meanwhile).
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free loopback port found" >&2
  return 1
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Starts the published Host on $port with data in $data; sets startup_ms to the time to the first 200 on /health/ready.
startup_ms=""
start_server() {
  local log="$1" started elapsed
  started=$(now_ms)
  (
    cd "$work/app"
    ASPNETCORE_ENVIRONMENT=Development \
    ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Modular__DataDirectory="$data" \
    Modular__RateLimits__RequestsPerMinute=100000000 \
    Modular__RateLimits__AuthenticationPerMinute=100000000 \
    exec dotnet Modular.Host.dll >"$log" 2>&1
  ) &
  server_pid=$!
  while true; do
    if curl -fs -o /dev/null --max-time 1 "$base/health/ready"; then
      break
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "The Host exited before it was ready; last lines of its log:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    elapsed=$(($(now_ms) - started))
    if ((elapsed > start_timeout_seconds * 1000)); then
      echo "The Host was not ready after ${start_timeout_seconds}s; last lines of its log:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    sleep 0.05
  done
  startup_ms=$(($(now_ms) - started))
}

# Requests per second and request count from wrk's output.
requests_per_second() { awk '/^Requests\/sec:/ { print $2 }'; }
request_count() { awk '/requests in/ { print $1 }'; }

# CPU time (user + system, in clock ticks) the server has used so far: less sensitive than req/s
# to other work on the machine.
server_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
ticks_per_second=$(getconf CLK_TCK)

echo "==> Publishing the Host (Release) to a temporary folder"
dotnet publish src/Host/Modular.Host --configuration Release --output "$work/app" -nologo -verbosity:quiet

port="$(free_port)"
base="http://127.0.0.1:$port"
data="$work/data"
mkdir -p "$data"

echo "==> Cold start on $base (Development, fresh data directory)"
start_server "$work/first-start.log"
first_ms=$startup_ms
echo "    first start (migrations + demo data): ${first_ms} ms to 200 on /health/ready"
stop_server

start_server "$work/second-start.log"
second_ms=$startup_ms
echo "    second start (existing data):         ${second_ms} ms to 200 on /health/ready"

echo "==> Client-credentials token for demo-partner"
token_response=$(curl -fsS -X POST "$base/connect/token" \
  -d grant_type=client_credentials \
  -d client_id=demo-partner \
  -d client_secret=demo-partner-secret \
  -d scope=identity.read)
token=$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' <<<"$token_response")
if [[ -z "$token" ]]; then
  echo "No access_token in the token response: $token_response" >&2
  exit 1
fi
me_status=$(curl -s -o "$work/me.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$base/api/v1/me")
if [[ "$me_status" != "200" ]]; then
  echo "GET /api/v1/me answered $me_status with the token: $(cat "$work/me.json")" >&2
  exit 1
fi
echo "    GET /api/v1/me -> 200 $(cat "$work/me.json")"

echo "==> wrk -t$threads -c$connections (warm-up $warmup, then $duration each)"
wrk -t"$threads" -c"$connections" -d"$warmup" "$base/health/live" >/dev/null
wrk -t"$threads" -c"$connections" -d"$warmup" -H "Authorization: Bearer $token" "$base/api/v1/me" >/dev/null

cpu_before=$(server_cpu_ticks)
live_out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base/health/live")
cpu_between=$(server_cpu_ticks)
me_out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" "$base/api/v1/me")
cpu_after=$(server_cpu_ticks)
for out in "$live_out" "$me_out"; do
  if grep -q "Non-2xx or 3xx responses" <<<"$out"; then
    echo "wrk saw error responses:" >&2
    echo "$out" >&2
    exit 1
  fi
done
echo "--- GET /health/live"
echo "$live_out"
echo "--- GET /api/v1/me (Bearer)"
echo "$me_out"

live_rps=$(requests_per_second <<<"$live_out")
me_rps=$(requests_per_second <<<"$me_out")
# Server CPU microseconds per request.
cpu_us() { awk -v ticks="$1" -v hz="$ticks_per_second" -v n="$2" 'BEGIN { printf "%.0f", ticks / hz * 1000000 / n }'; }
live_cpu=$(cpu_us $((cpu_between - cpu_before)) "$(request_count <<<"$live_out")")
me_cpu=$(cpu_us $((cpu_after - cpu_between)) "$(request_count <<<"$me_out")")
echo
echo "Results ($(nproc) CPUs, wrk -t$threads -c$connections -d$duration)"
printf '  cold start, first run (migrate + seed): %6s ms\n' "$first_ms"
printf '  cold start, second run (existing data):  %6s ms\n' "$second_ms"
printf '  GET /health/live:            %12s req/s  %6s us server CPU per request\n' "$live_rps" "$live_cpu"
printf '  GET /api/v1/me (Bearer):     %12s req/s  %6s us server CPU per request\n' "$me_rps" "$me_cpu"
awk -v me="$me_rps" -v live="$live_rps" 'BEGIN { printf "  ratio me/live:               %12.3f\n", me / live }'
printf '  load average at the end:     %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
