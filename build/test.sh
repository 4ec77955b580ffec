#!/usr/bin/env bash
# Builds the solution once and runs every test project (unit, architecture, integration,
# end-to-end), then the crash soak (build/soak/crash.sh, 20 cycles; SOAK_CYCLES=0 skips it) and the
# fuzzing (build/fuzz/fuzz.sh, 12 s per target; FUZZ_SECONDS=0 skips it). Installs the Debian package 'chromium' first when /usr/bin/chromium is missing:
# the end-to-end tests drive it and Playwright never downloads a browser.
#
#   build/test.sh                      Debug build, all tests
#   CONFIGURATION=Release build/test.sh
#   build/test.sh --filter-method '*Sign*'   (extra options go to 'dotnet test')
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
# Every test Host would watch its appsettings files; hundreds of Hosts exhaust the inotify instances.
export DOTNET_hostBuilder__reloadConfigOnChange=false
configuration="${CONFIGURATION:-Debug}"

ensure_chromium() {
  if [[ -x /usr/bin/chromium ]]; then
    return 0
  fi
  echo "==> /usr/bin/chromium is missing: installing the Debian package 'chromium'"
  local as_root=()
  if [[ $(id -u) -ne 0 ]]; then
    as_root=(sudo -n) # never prompts: fails instead when sudo needs a password
  fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation
  /usr/bin/chromium --version 2>/dev/null || true
}

# maildev (npm) is the real SMTP server of the notification tests; its version is pinned in
# build/tools/package-lock.json.
ensure_test_tools() {
  if [[ -x build/tools/node_modules/.bin/maildev ]]; then
    return 0
  fi
  echo "==> installing the test tools (maildev) with npm"
  npm ci --prefix build/tools --no-audit --no-fund --loglevel=error
}

# The tests that prove concurrency and isolation also run on PostgreSQL, and the scale-out tests
# start two Hosts on one PostgreSQL. Unless MODULAR_TEST_POSTGRESQL names a server already, a
# throwaway cluster is made in a temporary folder (initdb as the 'postgres' account when run as
# root), listens on 127.0.0.1 only, and is stopped and deleted when the tests end.
pg_dir=""
stop_postgres() {
  if [[ -n "$pg_dir" && -d "$pg_dir" ]]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
ensure_postgres() {
  if [[ -n "${MODULAR_TEST_POSTGRESQL:-}" ]]; then
    return 0
  fi
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z "$pg_bin" ]]; then
    echo "==> PostgreSQL is missing: installing the Debian package 'postgresql'"
    local as_root=()
    if [[ $(id -u) -ne 0 ]]; then
      as_root=(sudo -n)
    fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  # The first free port from 55432 (a cluster left by an interrupted run keeps its own).
  local port="${MODULAR_TEST_POSTGRESQL_PORT:-}"
  if [[ -z "$port" ]]; then
    for candidate in $(seq 55432 55499); do
      if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
        port=$candidate
        break
      fi
    done
  fi
  pg_dir=$(mktemp -d /tmp/modular-pg.XXXXXX)
  chmod 755 "$pg_dir"
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres "$pg_dir"
  fi
  echo "==> starting a throwaway PostgreSQL ($("$pg_bin/postgres" --version)) on 127.0.0.1:$port"
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -w -l "$pg_dir/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  export MODULAR_TEST_POSTGRESQL="Host=127.0.0.1;Port=$port;Username=postgres"
}

cleanup() {
  stop_postgres
  # On CI, do not leave the compiler and MSBuild servers running after the job.
  if [[ "${CI:-}" == "true" ]]; then
    dotnet build-server shutdown >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

ensure_chromium
ensure_test_tools
ensure_postgres

echo "==> dotnet build Modular.sln ($configuration)"
dotnet build Modular.sln --configuration "$configuration" -nologo -consoleLoggerParameters:"Summary;ForceNoAlign"

# The end-to-end tests keep a screenshot of each page they audit (and of any failure): CI
# collects this folder, which git ignores.
export E2E_ARTIFACTS="${E2E_ARTIFACTS:-$PWD/build/artifacts/screenshots}"

# Each project's output is also kept in build/artifacts/tests/<project>.log, so that the failed
# tests, with their messages, can be printed again at the very end, after the other runs' output.
test_logs="$PWD/build/artifacts/tests"
rm -rf "$test_logs"
mkdir -p "$test_logs"
run_tests() {
  local project=$1
  shift
  dotnet test --project "$project" --configuration "$configuration" --no-build "$@" 2>&1 \
    | tee "$test_logs/$(basename "$project").log"
}
print_failed_tests() {
  local log
  for log in "$test_logs"/*.log; do
    if grep -qE '^\s*failed ' "$log"; then
      echo "==> failed in $(basename "$log" .log) (the whole output: build/artifacts/tests/$(basename "$log")):"
      grep -E -A 40 '^\s*failed ' "$log" | grep -vE '^\s*[0-9:]+ (warn|info|dbug): ' | cut -c1-400 | head -n 200
    fi
  done
}

# With options (a filter), one run over the solution, as before; no crash soak.
if [[ $# -gt 0 ]]; then
  echo "==> dotnet test Modular.sln ($configuration) $*"
  dotnet test --solution Modular.sln --configuration "$configuration" --no-build --max-parallel-test-modules 2 "$@"
  exit 0
fi

# Two at a time, as the machine has two cores and the end-to-end and notification tests start
# servers (Kestrel, Chromium, maildev) whose start-up must not starve: the integration tests, the
# longest, on one side; on the other the unit, architecture and end-to-end tests, then the crash
# soak (build/soak/crash.sh: 20 SIGKILLs under load, then every acknowledged write checked), which
# takes the minutes the end-to-end tests leave before the integration tests end.
# SOAK_CYCLES=0 skips the soak.
echo "==> dotnet test ($configuration): the integration tests beside the others, then the crash soak"
integration_status=0
run_tests tests/Modular.IntegrationTests &
integration_pid=$!

others_status=0
for project in tests/Modular.UnitTests tests/Modular.ArchitectureTests tests/Modular.EndToEndTests; do
  run_tests "$project" || others_status=$?
done

soak_status=0
if [[ "${SOAK_CYCLES:-20}" != "0" ]]; then
  mkdir -p build/artifacts
  soak_log="build/artifacts/soak.log"
  echo "==> crash soak (${SOAK_CYCLES:-20} cycles), its report in $soak_log"
  SOAK_NO_BUILD=1 CONFIGURATION="$configuration" build/soak/crash.sh "${SOAK_CYCLES:-20}" --load=0.5-1.5 >"$soak_log" 2>&1 || soak_status=$?
  sed -n '/==> Crash soak summary/,$p' "$soak_log" | grep -v '^        ' || tail -n 40 "$soak_log"
  if [[ $soak_status -ne 0 ]]; then
    echo "==> the crash soak failed (exit $soak_status): see $soak_log" >&2
    tail -n 80 "$soak_log" >&2
  fi
fi

# Coverage-guided fuzzing (build/fuzz/fuzz.sh): the kept inputs replayed, then each reader of
# outside bytes fuzzed for FUZZ_SECONDS (12) seconds. FUZZ_SECONDS=0 skips it.
fuzz_status=0
if [[ "${FUZZ_SECONDS:-12}" != "0" ]]; then
  echo "==> fuzzing (${FUZZ_SECONDS:-12} s per target)"
  FUZZ_NO_BUILD=1 CONFIGURATION="$configuration" build/fuzz/fuzz.sh "${FUZZ_SECONDS:-12}" || fuzz_status=$?
fi

wait "$integration_pid" || integration_status=$?
print_failed_tests
echo "==> tests: integration exit $integration_status, unit/architecture/end-to-end exit $others_status, crash soak exit $soak_status, fuzzing exit $fuzz_status"
for status in "$integration_status" "$others_status" "$soak_status" "$fuzz_status"; do
  if [[ $status -ne 0 ]]; then
    exit "$status"
  fi
done
