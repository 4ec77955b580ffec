#!/usr/bin/env bash
# Sharing import throughput: N share keys (default 1000) redeemed over the HTTP API by 8 parallel
# clients with a real user token, each key sent twice at once; prints successful imports per
# second, p50/p99 latency of the import endpoint, double redemptions (must be 0) and the ratio to
# GET /api/v1/me measured in the same run. Release build.
#
#   build/bench/sharing.sh [count]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
dotnet run --configuration Release --project build/bench/Modular.Bench.Sharing -- "${1:-1000}"
