#!/usr/bin/env bash
# Client portal benchmark: (a) search latency p50/p95 within one company over N generated
# documents (default 1,000,000, spread over N/250 companies) through the module's search port,
# against the bare index query on the same connection (the ceiling); SQLite, and PostgreSQL too
# when MODULAR_BENCH_POSTGRESQL names a server. (b) publication throughput through the HTTP API
# (8 clients, a client-credentials token of « Assurances Horizon » registered in the back office),
# against GET /api/v1/me on the same Host. Release build; only ever talks to 127.0.0.1.
# See build/bench/README.md.
#
#   build/bench/portal.sh [documents (1000000)] [publications (1000)] [seconds per search (2)]
#   build/bench/portal.sh 100000
#   MODULAR_BENCH_PORTAL_DATA=/var/tmp/portal-1m build/bench/portal.sh     # keeps the generated database, reuses it next time
#   MODULAR_BENCH_POSTGRESQL="Host=…;Port=…;Username=…" build/bench/portal.sh 100000
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

dotnet run --configuration Release --project build/bench/Modular.Bench.Portal -- "${1:-1000000}" "${2:-1000}" "${3:-2}"
