#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need where it is missing, then runs
# `dotnet test Site.sln` and prints the totals. `.ci/run` calls this same script.
#
#   bash scripts/test.sh                       every test
#   bash scripts/test.sh --filter FullyQualifiedName~Search   arguments go to dotnet test
#
# Needs the .NET 10 SDK and Node.js 20 (npm). Installs, when missing:
#   - Debian packages: chromium (browser tests), fonts-wqy-microhei (a CJK font, so Chinese pages render),
#     default-jre-headless (Java, for the Nu Html Checker); with apt-get, as root or through sudo;
#   - the npm tools pinned in package-lock.json (Pagefind, axe-core, vnu-jar), with `npm ci`, again
#     only when package-lock.json changed since the last install.
# On a system without apt-get, install those three by hand (Chromium or Chrome, as `chromium` on PATH
# or named by CHROMIUM_PATH; any CJK font; any Java 11+), then run this script: it installs only what is
# missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/install.sh

missing=()
# The browser tests drive CHROMIUM_PATH when it is set (e.g. Google Chrome on a CI image), else /usr/bin/chromium.
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then
  :
elif ! command -v chromium >/dev/null 2>&1; then
  missing+=(chromium)
fi
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if ! fc-list 2>/dev/null | grep -qiE "noto sans cjk|wenquanyi|wqy"; then missing+=(fonts-wqy-microhei); fi
install_debian_packages "${missing[@]}"

# The browser tests take the browser from CHROMIUM_PATH: the one on PATH when none is named.
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

install_npm_tools

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

echo "== dotnet test Site.sln $*"
status=0
dotnet test Site.sln "$@" 2>&1 | tee "$log" || status=$?

# Totals from the test results: each test project ends with a summary line such as
# "Passed!  - Failed:     0, Passed:    20, Skipped:     0, Total:    20, Duration: ...".
read -r passed failed skipped total < <(grep -E '^(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+, Total: +[0-9]+' "$log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+), Total: +([0-9]+).*/\2 \1 \3 \4/' \
  | awk '{ p += $1; f += $2; s += $3; t += $4 } END { print p + 0, f + 0, s + 0, t + 0 }')
projects=$(grep -cE '^(Passed|Failed)! +- Failed:' "$log" || true)

echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$total" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
if [ $# -eq 0 ] && [ "$projects" -lt 3 ]; then
  echo "expected a result from each of the 3 test projects, got ${projects}" >&2
  exit 1
fi
if [ $# -eq 0 ] && [ "$skipped" -ne 0 ]; then
  echo "a test was skipped: every test must run" >&2
  exit 1
fi
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
