#!/usr/bin/env bash
# The page with the largest table, « Mon portefeuille », over a portfolio of 10,000 establishments:
# p50/p95/p99 of five variants (first page, a middle page, a search, a filter, a collaborator's part)
# against the same session's home page. Release build; only ever talks to 127.0.0.1.
# See build/bench/README.md.
#
#   build/bench/pages.sh [establishments (10000)] [requests per page (300)]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

dotnet run --configuration Release --project build/bench/Modular.Bench.Pages -- "${1:-10000}" "${2:-300}"
