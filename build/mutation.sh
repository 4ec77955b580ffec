#!/usr/bin/env bash
# Mutation testing with dotnet-stryker (the version pinned in dotnet-tools.json): each Domain
# project, SharedKernel, and the Application projects of Sharing and Vault, mutated one at a time
# against the unit tests (tests/Modular.MutationTests compiles them without the Host, which
# Stryker's project analysis cannot build). Not part of CI: a full run takes hours on 2 cores.
#
#   build/mutation.sh                         every target
#   build/mutation.sh Sharing.Domain Vault.Domain
#   MUTATION_CONCURRENCY=1 build/mutation.sh  (default: one test session per core)
#
# The modules' error catalogs (*Errors.cs: codes and default texts) are not mutated: the
# architecture tests check every code against Contracts and the Host's tests every text in French
# and English, and Stryker runs neither (ADR 0054).
#
# Reports (HTML, JSON) go to build/artifacts/mutation/<target>/; the scores, with how long each
# target took, to build/artifacts/mutation/summary.txt. The run fails when a Domain project scores
# under 80 % (killed and timed-out mutants over all mutants that compiled, uncovered ones included).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

all_targets=(
  SharedKernel
  ClientPortal.Domain Delegation.Domain Identity.Domain Notifications.Domain
  Portfolio.Domain Sharing.Domain Vault.Domain
  Sharing.Application Vault.Application
)
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=("${all_targets[@]}")
fi
concurrency="${MUTATION_CONCURRENCY:-$(nproc)}"
out="$PWD/build/artifacts/mutation"
mkdir -p "$out"
summary="$out/summary.txt"
echo "# $(date -u "+%F %T") UTC, concurrency $concurrency" >> "$summary"

dotnet tool restore >/dev/null

score_of() { # killed + timeout over every tested or uncovered mutant, from Stryker's JSON report
  python3 - "$1" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
counts = {}
for f in report["files"].values():
    for m in f["mutants"]:
        counts[m["status"]] = counts.get(m["status"], 0) + 1
detected = counts.get("Killed", 0) + counts.get("Timeout", 0)
undetected = counts.get("Survived", 0) + counts.get("NoCoverage", 0)
total = detected + undetected
score = 100.0 * detected / total if total else 100.0
print(f"{score:.1f} {detected} {counts.get('Survived', 0)} {counts.get('NoCoverage', 0)}")
PY
}

failed=0
for target in "${targets[@]}"; do
  project="Modular.$target.csproj"
  echo "==> mutating $project"
  started=$(date +%s)
  rm -rf "${out:?}/$target"
  (cd tests/Modular.MutationTests && dotnet dotnet-stryker --project "$project" --test-runner mtp \
    --mutate '!**/*Errors.cs' --reporter Progress --reporter Json --reporter Html --output "$out/$target" \
    --concurrency "$concurrency" --skip-version-check) > "$out/$target.log" 2>&1 || {
    echo "    Stryker failed on $target: see $out/$target.log"
    failed=1
    continue
  }
  seconds=$(( $(date +%s) - started ))
  read -r score killed survived uncovered < <(score_of "$out/$target/reports/mutation-report.json")
  line=$(printf '%-22s %6s %%  killed %4s  survived %4s  no coverage %4s  %4d s' \
    "$target" "$score" "$killed" "$survived" "$uncovered" "$seconds")
  echo "    $line"
  echo "$line" >> "$summary"
  if [[ $target == *.Domain ]] && python3 -c "import sys; sys.exit(0 if float('$score') < 80 else 1)"; then
    echo "    $target is under 80 %"
    failed=1
  fi
done
exit $failed
