#!/usr/bin/env bash
# Notifications throughput: N emails (default 5000) from SendMessageCommand to maildev on
# loopback, against MailKit sending straight to the same maildev in the same run; prints both
# rates, their ratio and the peak working set. Release build.
#
#   build/bench/notifications.sh [count]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
count="${1:-5000}"
if [[ ! -x build/tools/node_modules/.bin/maildev ]]; then
  npm ci --prefix build/tools --no-audit --no-fund --loglevel=error
fi
dotnet run --configuration Release --project build/bench/Modular.Bench.Notifications -- "$count" "$PWD/build/tools/node_modules/maildev/dist/bin/maildev.js"
