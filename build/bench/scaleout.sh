#!/usr/bin/env bash
# Scale-out benchmark: share-key imports (each key sent twice at once; double redemptions counted)
# and 1 MB document downloads through the HTTP API, 8 parallel clients, in three set-ups run one
# after the other: one Host on SQLite, one Host on PostgreSQL, two Host processes on one
# PostgreSQL database and one data folder with the requests split round robin. Each set-up's
# rates are given as ratios of GET /api/v1/me on the same Host(s), measured in the same run.
# The Host is published once (Release) and runs as separate processes. Only ever talks to
# 127.0.0.1. See build/bench/README.md.
#
#   build/bench/scaleout.sh [keys per set-up (500)] [downloads per set-up (200)]
#   MODULAR_BENCH_POSTGRESQL="Host=…;Port=…;Username=…" build/bench/scaleout.sh
#   MODULAR_BENCH_POSTGRESQL_OPTIONS="-c synchronous_commit=off" build/bench/scaleout.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

keys="${1:-500}"
downloads="${2:-200}"

work="$(mktemp -d "${TMPDIR:-/tmp}/modular-bench.XXXXXX")"

# Unless MODULAR_BENCH_POSTGRESQL names a server (the bench creates a database per set-up in it
# and drops it afterwards), a throwaway cluster is made in a temporary folder (initdb as the
# 'postgres' account when run as root), listens on 127.0.0.1 only, and is stopped and deleted on
# exit. Same approach as build/test.sh, on another port so both can run side by side.
pg_dir=""
pg_bin=""
as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
stop_postgres() {
  if [[ -n "$pg_dir" && -d "$pg_dir" ]]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
ensure_postgres() {
  if [[ -n "${MODULAR_BENCH_POSTGRESQL:-}" ]]; then
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
  local port="${MODULAR_BENCH_POSTGRESQL_PORT:-55442}"
  pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/modular-bench-pg.XXXXXX")
  chmod 755 "$pg_dir"
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres "$pg_dir"
  fi
  echo "==> Starting a throwaway PostgreSQL ($("$pg_bin/postgres" --version)) on 127.0.0.1:$port"
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # PostgreSQL's defaults otherwise, as a server runs: each commit waits for its WAL flush (the
  # SQLite set-up does not: WAL with synchronous=NORMAL). MODULAR_BENCH_POSTGRESQL_OPTIONS adds
  # settings, e.g. "-c synchronous_commit=off" for SQLite's durability.
  local options="-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c max_connections=300 ${MODULAR_BENCH_POSTGRESQL_OPTIONS:-}"
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -w -l "$pg_dir/server.log" -o "$options" start >/dev/null
  echo "    server options: $options"
  export MODULAR_BENCH_POSTGRESQL="Host=127.0.0.1;Port=$port;Username=postgres"
}

cleanup() {
  stop_postgres
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ensure_postgres

echo "==> Publishing the Host (Release) to a temporary folder"
dotnet publish src/Host/Modular.Host --configuration Release --runtime "$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')" --self-contained false --output "$work/app" -nologo -verbosity:quiet

# The bench starts and stops the Host processes itself (and kills them if it is interrupted).
MODULAR_BENCH_HOST="$work/app" \
  dotnet run --configuration Release --project build/bench/Modular.Bench.ScaleOut -- "$keys" "$downloads"
