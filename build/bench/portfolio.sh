#!/usr/bin/env bash
# The DSN reader's throughput on a generated envoi of 100,000 individuals (about 50 MB) against
# reading the same file line by line, and its memory. Release build. See build/bench/README.md.
#
#   build/bench/portfolio.sh [individuals (100000)] [runs (5)]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

dotnet run --configuration Release --project build/bench/Modular.Bench.Portfolio -- "${1:-100000}" "${2:-5}"
