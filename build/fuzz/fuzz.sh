#!/usr/bin/env bash
# Coverage-guided fuzzing of the readers of bytes other people send (the DSN reader, a document's
# name and first bytes, the share-key reader, an upload's multipart body, a PDF's words, a secret
# link's token): afl-fuzz (Debian's afl++, installed when missing) drives build/fuzz/Modular.Fuzz
# through SharpFuzz, whose tool (pinned in dotnet-tools.json) instruments a copy of the readers'
# assemblies. Every input ever kept in build/fuzz/regressions/<target>/ is replayed first; then
# each target is fuzzed for the given seconds. Fails when an input made a reader throw (a crash) or
# run past the time limit (a hang): such inputs are copied to build/artifacts/fuzz/<target>/ — once
# the fault is fixed, add them to build/fuzz/regressions/<target>/ so they are replayed for good.
#
#   build/fuzz/fuzz.sh                  every target, 60 s each
#   build/fuzz/fuzz.sh 600 dsn pdf-text
#   FUZZ_NO_BUILD=1 build/fuzz/fuzz.sh 10   uses the solution's build (Debug unless CONFIGURATION says)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

seconds="${1:-60}"
shift || true
configuration="${CONFIGURATION:-Debug}"
project=build/fuzz/Modular.Fuzz
out="$PWD/build/artifacts/fuzz"

if ! command -v afl-fuzz >/dev/null; then
  echo "==> afl-fuzz is missing: installing the Debian package 'afl++'"
  as_root=()
  if [[ $(id -u) -ne 0 ]]; then
    as_root=(sudo -n)
  fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends afl++ >/dev/null
fi
dotnet tool restore >/dev/null

if [[ "${FUZZ_NO_BUILD:-}" != "1" ]]; then
  dotnet build "$project" --configuration "$configuration" -nologo -consoleLoggerParameters:"Summary;ForceNoAlign" >/dev/null
fi

# The readers' assemblies are instrumented in a copy of the build output, never in place.
bin="$out/bin"
rm -rf "$bin"
mkdir -p "$bin"
cp -r "$project/bin/$configuration/net10.0/." "$bin/"
for assembly in Modular.Portfolio.Domain Modular.Vault.Domain Modular.Vault.Application Modular.Sharing.Domain Modular.Host \
  Modular.ClientPortal.Infrastructure UglyToad.PdfPig UglyToad.PdfPig.Core UglyToad.PdfPig.Tokenization \
  UglyToad.PdfPig.Tokens UglyToad.PdfPig.Fonts; do
  if [[ -f "$bin/$assembly.dll" ]]; then
    dotnet tool run sharpfuzz "$bin/$assembly.dll" >/dev/null
  fi
done
# Instrumented code only runs under afl-fuzz: seeds and replays use the build as it is.
fuzzed="$bin/Modular.Fuzz.dll"
harness="$project/bin/$configuration/net10.0/Modular.Fuzz.dll"

targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  mapfile -t targets < <(dotnet "$harness" list | awk '{print $1}')
fi

# afl-fuzz runs 'dotnet', not an instrumented binary; the machine's core pattern, CPU governor and
# other jobs are not the fuzzer's business here.
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1
export AFL_NO_UI=1 AFL_FORKSRV_INIT_TMOUT=60000 AFL_QUIET=1
timeout_ms="${FUZZ_TIMEOUT_MS:-10000}"

failed=0
summary="$out/summary.txt"
: > "$summary"
for target in "${targets[@]}"; do
  work="$out/$target"
  rm -rf "$work"
  mkdir -p "$work/seeds"
  dotnet "$harness" seeds "$target" "$work/seeds" >/dev/null
  regressions="build/fuzz/regressions/$target"
  if [[ -d "$regressions" ]]; then
    dotnet "$harness" replay "$target" "$regressions" || failed=1
    find "$regressions" -type f ! -name 'README*' -exec cp {} "$work/seeds/" \;
  fi

  afl-fuzz -i "$work/seeds" -o "$work/findings" -t "$timeout_ms" -m none -V "$seconds" \
    -- dotnet "$fuzzed" "$target" > "$work/afl.log" 2>&1 || {
    echo "afl-fuzz stopped on $target: see $work/afl.log" >&2
    tail -n 20 "$work/afl.log" >&2
    failed=1
    continue
  }
  stats="$work/findings/default/fuzzer_stats"
  value() { awk -F' *: *' -v key="$1" '$1 == key {print $2}' "$stats"; }
  crashes=$(find "$work/findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
  hangs=$(find "$work/findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
  line=$(printf '%-13s %9s executions in %4s s (%s/s), %s paths, %s crash(es), %s hang(s)' \
    "$target" "$(value execs_done)" "$(value run_time)" "$(value execs_per_sec)" "$(value corpus_count)" "$crashes" "$hangs")
  echo "==> $line"
  echo "$line" >> "$summary"
  if [[ $crashes -gt 0 || $hangs -gt 0 ]]; then
    failed=1
    for input in "$work"/findings/default/{crashes,hangs}/id:*; do
      [[ -f "$input" ]] || continue
      echo "    $input" >&2
      dotnet "$harness" replay "$target" "$input" 2>&1 | head -n 5 >&2 || true
    done
  fi
done

exit "$failed"
