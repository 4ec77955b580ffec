#!/usr/bin/env bash
# Every bench, one after the other, then one table: each figure, its value, its goal, met or not.
# A bench that fails (any non-2xx answer, a double redemption, fewer emails delivered than sent,
# a search whose index and port disagree…) makes this script exit non-zero; a goal not met is
# shown as « no » (and exits non-zero with BENCH_STRICT=1). See build/bench/README.md.
#
#   build/bench/all.sh
#   PORTAL_DOCUMENTS=100000 build/bench/all.sh        # a smaller client portal corpus
#   MODULAR_BENCH_PORTAL_DATA=/var/tmp/portal-1m build/bench/all.sh   # where the portal corpus is kept between runs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export MODULAR_BENCH_PORTAL_DATA="${MODULAR_BENCH_PORTAL_DATA:-${TMPDIR:-/tmp}/modular-bench-portal}"
portal_documents="${PORTAL_DOCUMENTS:-1000000}"

results="$(mktemp)"
log="$(mktemp)"
trap 'rm -f "$results"' EXIT
export BENCH_RESULTS="$results"
failed=()

run() {
  local name="$1"
  shift
  echo
  echo "######## $name: $*"
  local started=$SECONDS
  if ! "$@" 2>&1 | tee -a "$log"; then
    failed+=("$name")
    echo "######## $name FAILED" | tee -a "$log"
  fi
  echo "######## $name: $((SECONDS - started)) s"
}

run identity build/bench/identity.sh
run vault build/bench/vault.sh
run sharing build/bench/sharing.sh
run notifications build/bench/notifications.sh
run portfolio build/bench/portfolio.sh
run pages build/bench/pages.sh
run portal build/bench/portal.sh "$portal_documents"

echo
echo "All benches ($(nproc) CPUs, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); full output in $log)"
printf '  %-64s %10s %10s  %s\n' "figure" "value" "goal" "met"
awk -F'\t' '{ printf "  %-64s %10s %10s  %s\n", $1, $2, $3, $4 }' "$results"
unmet=$(awk -F'\t' '$4 != "yes"' "$results" | wc -l)
echo "  goals met: $(($(wc -l <"$results") - unmet)) of $(wc -l <"$results")"
if ((${#failed[@]} > 0)); then
  echo "FAILED: ${failed[*]}" >&2
  exit 1
fi
if [[ "${BENCH_STRICT:-}" == "1" && "$unmet" -gt 0 ]]; then
  exit 3
fi
