#!/usr/bin/env bash
# Identity benchmark: cold start of the published Host and its idle working set, then throughput
# and server CPU of the cheapest endpoint (GET /health/live) and of a bearer-token API call
# (GET /api/v1/me), each against its ceiling measured in the same run: a bare ASP.NET Core app
# answering the same bytes (build/bench/Modular.Bench.Ceiling). Only ever talks to 127.0.0.1.
# See build/bench/README.md.
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
ceiling_pid=""

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
  if [[ -n "$ceiling_pid" ]]; then
    kill -TERM "$ceiling_pid" 2>/dev/null || true
    wait "$ceiling_pid" 2>/dev/null || true
  fi
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
    Modular__Telemetry__Prometheus__Enabled=true \
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

echo "==> Publishing the Host and the ceiling (Release) to a temporary folder"
dotnet publish src/Host/Modular.Host --configuration Release --runtime "$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')" --self-contained false --output "$work/app" -nologo -verbosity:quiet
dotnet publish build/bench/Modular.Bench.Ceiling --configuration Release --output "$work/ceiling" -nologo -verbosity:quiet

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
sleep 2
idle_mib=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status")
echo "    working set, idle after start:        ${idle_mib} MiB"

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

echo "==> The ceiling: a bare ASP.NET Core app answering the same bytes"
ceiling_port="$(free_port)"
ceiling="http://127.0.0.1:$ceiling_port"
(
  cd "$work/ceiling"
  ASPNETCORE_URLS="$ceiling" CEILING_ME_JSON="$work/me.json" exec dotnet Modular.Bench.Ceiling.dll >"$work/ceiling.log" 2>&1
) &
ceiling_pid=$!
for _ in $(seq 1 200); do
  curl -fs -o /dev/null --max-time 1 "$ceiling/health/live" && break
  sleep 0.05
done
curl -fs -o /dev/null "$ceiling/health/live" || { echo "The ceiling did not start: $(cat "$work/ceiling.log")" >&2; exit 1; }

cpu_ticks_of() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
ticks_per_second=$(getconf CLK_TCK)

# measure <pid> <url> [wrk options]: after a warm-up, "req/s cpu-us-per-request p50 p99" of the
# process <pid> serving <url>. Any non-2xx answer fails the bench.
measure() {
  local pid="$1" url="$2" before after out
  shift 2
  wrk -t"$threads" -c"$connections" -d"$warmup" "$@" "$url" >/dev/null
  before=$(cpu_ticks_of "$pid")
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" "$url")
  after=$(cpu_ticks_of "$pid")
  if grep -q "Non-2xx or 3xx responses" <<<"$out"; then
    echo "wrk saw error responses from $url:" >&2
    echo "$out" >&2
    return 1
  fi
  echo "--- $url" >&2
  echo "$out" >&2
  awk -v ticks=$((after - before)) -v hz="$ticks_per_second" '
    /^Requests\/sec:/ { rps = $2 }
    /requests in/ { n = $1 }
    $1 == "50%" { p50 = $2 }
    $1 == "99%" { p99 = $2 }
    END { printf "%s %.0f %s %s\n", rps, ticks / hz * 1000000 / n, p50, p99 }' <<<"$out"
}

# The Host's own histogram of /api/v1/me (http.server.request.duration, scraped at /metrics):
# "le count" per bucket, cumulative.
me_buckets() {
  curl -fs "$base/metrics" | awk -F'[{}]' '/^http_server_request_duration_seconds_bucket\{/ && /http_route="\/api\/v1\/me"/ && /http_response_status_code="200"/ {
    match($2, /le="[^"]*"/); le = substr($2, RSTART + 4, RLENGTH - 5); split($3, v, " "); sum[le] += v[1] }
    END { for (le in sum) print le, sum[le] }' | sort -g
}
# server_percentiles <before> <after>: p50 and p99 (upper bounds of their buckets, ms) of the requests between two scrapes.
server_percentiles() {
  paste -d' ' <(echo "$1") <(echo "$2") | awk '{ le[NR] = $1; n[NR] = $4 - $2 } END {
    total = n[NR]; for (i = 1; i <= NR; i++) { if (!p50 && n[i] >= total * 0.5) p50 = le[i]; if (!p99 && n[i] >= total * 0.99) p99 = le[i] }
    printf "%s %s\n", (p50 == "+Inf" ? "inf" : p50 * 1000), (p99 == "+Inf" ? "inf" : p99 * 1000) }'
}

echo "==> wrk -t$threads -c$connections (warm-up $warmup, then $duration each)"
bearer=(-H "Authorization: Bearer $token")
read -r live_rps live_cpu live_p50 live_p99 <<<"$(measure "$server_pid" "$base/health/live")"
read -r bare_live_rps bare_live_cpu bare_live_p50 bare_live_p99 <<<"$(measure "$ceiling_pid" "$ceiling/health/live")"
me_before="$(me_buckets)"
read -r me_rps me_cpu me_p50 me_p99 <<<"$(measure "$server_pid" "$base/api/v1/me" "${bearer[@]}")"
sleep 0.5
read -r me_server_p50 me_server_p99 <<<"$(server_percentiles "$me_before" "$(me_buckets)")"
read -r bare_me_rps bare_me_cpu bare_me_p50 bare_me_p99 <<<"$(measure "$ceiling_pid" "$ceiling/api/v1/me" "${bearer[@]}")"
for value in "$live_rps" "$bare_live_rps" "$me_rps" "$bare_me_rps"; do
  [[ -n "$value" ]] || { echo "A measurement failed (see above)." >&2; exit 1; }
done

echo
echo "Results ($(nproc) CPUs, wrk -t$threads -c$connections -d$duration; the Host and wrk share them)"
printf '  %-34s %12s %10s %8s %8s\n' "" "req/s" "CPU us/req" "p50" "p99"
printf '  %-34s %12s %10s %8s %8s\n' "GET /health/live, Host" "$live_rps" "$live_cpu" "$live_p50" "$live_p99"
printf '  %-34s %12s %10s %8s %8s\n' "GET /health/live, bare app" "$bare_live_rps" "$bare_live_cpu" "$bare_live_p50" "$bare_live_p99"
printf '  %-34s %12s %10s %8s %8s\n' "GET /api/v1/me (Bearer), Host" "$me_rps" "$me_cpu" "$me_p50" "$me_p99"
printf '  %-34s %12s %10s %8s %8s\n' "GET /api/v1/me, bare app" "$bare_me_rps" "$bare_me_cpu" "$bare_me_p50" "$bare_me_p99"
printf '  %-34s %12s %10s %8s %8s\n' "  the Host's own histogram (ms, <=)" "" "" "$me_server_p50" "$me_server_p99"
echo
printf '  %-52s %10s %10s  %s\n' "figure" "value" "goal" "met"
row() {
  local line
  line=$(awk -v name="$1" -v value="$2" -v goal="$3" -v op="$4" 'BEGIN {
    met = (op == "<=") ? (value + 0 <= goal + 0) : (value + 0 >= goal + 0)
    printf "%s\t%s\t%s\t%s\n", name, value, op " " goal, met ? "yes" : "no" }')
  awk -F'\t' '{ printf "  %-52s %10s %10s  %s\n", $1, $2, $3, $4 }' <<<"$line"
  if [[ -n "${BENCH_RESULTS:-}" ]]; then echo "$line" >>"$BENCH_RESULTS"; fi
}
row "/health/live CPU per request / bare app's" "$(awk -v a="$live_cpu" -v b="$bare_live_cpu" 'BEGIN { printf "%.2f", a / b }')" 1.5 "<="
row "/api/v1/me CPU per request (us)" "$me_cpu" 150 "<="
row "/api/v1/me req/s / bare app's same JSON" "$(awk -v a="$me_rps" -v b="$bare_me_rps" 'BEGIN { printf "%.3f", a / b }')" 0.5 ">="
row "cold start to /health/ready, existing data (ms)" "$second_ms" 1500 "<="
row "working set, idle after start (MiB)" "$idle_mib" 150 "<="
printf '  first start (migrations + demo data): %s ms; load average at the end: %s\n' "$first_ms" "$(cut -d' ' -f1-3 /proc/loadavg)"
