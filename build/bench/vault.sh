#!/usr/bin/env bash
# Vault download throughput: a 4 KB and a 1 MB document fetched through
# GET /api/v1/vault/documents/{id}/content by 8 parallel clients with a real user token, as a ratio
# of Kestrel serving the same bytes as static files in the same process and run; then the peak
# working set of the process during 10 parallel downloads of a 100 MB document. Release build.
#
#   build/bench/vault.sh [seconds per measure]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
dotnet run --configuration Release --project build/bench/Modular.Bench.Vault -- "${1:-10}"
