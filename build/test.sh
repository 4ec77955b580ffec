#!/usr/bin/env bash
# Builds the solution once and runs every test project (unit, architecture, integration,
# end-to-end). Installs the Debian package 'chromium' first when /usr/bin/chromium is missing:
# the end-to-end tests drive it and Playwright never downloads a browser.
#
#   build/test.sh                      Debug build, all tests
#   CONFIGURATION=Release build/test.sh
#   build/test.sh --filter-method '*Sign*'   (extra options go to 'dotnet test')
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
# Every test Host would watch its appsettings files; hundreds of Hosts exhaust the inotify instances.
export DOTNET_hostBuilder__reloadConfigOnChange=false
configuration="${CONFIGURATION:-Debug}"

ensure_chromium() {
  if [[ -x /usr/bin/chromium ]]; then
    return 0
  fi
  echo "==> /usr/bin/chromium is missing: installing the Debian package 'chromium'"
  local as_root=()
  if [[ $(id -u) -ne 0 ]]; then
    as_root=(sudo -n) # never prompts: fails instead when sudo needs a password
  fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation
  /usr/bin/chromium --version 2>/dev/null || true
}

# maildev (npm) is the real SMTP server of the notification tests; its version is pinned in
# build/tools/package-lock.json.
ensure_test_tools() {
  if [[ -x build/tools/node_modules/.bin/maildev ]]; then
    return 0
  fi
  echo "==> installing the test tools (maildev) with npm"
  npm ci --prefix build/tools --no-audit --no-fund --loglevel=error
}

# On CI, do not leave the compiler and MSBuild servers running after the job.
if [[ "${CI:-}" == "true" ]]; then
  trap 'dotnet build-server shutdown >/dev/null 2>&1 || true' EXIT
fi

ensure_chromium
ensure_test_tools

echo "==> dotnet build Modular.sln ($configuration)"
dotnet build Modular.sln --configuration "$configuration" -nologo -consoleLoggerParameters:"Summary;ForceNoAlign"

# The end-to-end tests keep a screenshot of each page they audit (and of any failure): CI
# collects this folder, which git ignores.
export E2E_ARTIFACTS="${E2E_ARTIFACTS:-$PWD/build/artifacts/screenshots}"

echo "==> dotnet test Modular.sln ($configuration)"
# Two test projects at a time: the machine has two cores, and the end-to-end and notification
# tests start servers (Kestrel, Chromium, maildev) whose start-up must not starve.
dotnet test --solution Modular.sln --configuration "$configuration" --no-build --max-parallel-test-modules 2 "$@"
