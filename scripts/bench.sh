#!/usr/bin/env bash
# The build-speed benchmark, in one command (docs/benchmarks.md says what it measures and how):
# our CLI against Hugo on the same synthetic indicators, cold processes, alternated, five runs, medians;
# plus check, the YamlDotNet parse floor, the search stage and serve's rebuilds.
#
#   bash scripts/bench.sh                        N = 1,000, 10,000 and 50,000, five runs each (about two hours)
#   bash scripts/bench.sh 1000 10000             other sizes
#   bash scripts/bench.sh --runs-at 50000:3 --markdown results.md
#                                                options go to tools/Site.Bench (see docs/benchmarks.md)
#
# Installs, only where missing: Debian's hugo (0.111 on Debian 12) and time (GNU time, for peak memory),
# with apt-get as root or through sudo; the npm tools pinned in package-lock.json (Pagefind, for the build
# with search), with npm ci. Builds the CLI in Release, framework-dependent (`dotnet build src/Site.Cli
# -c Release`: what the README's `dotnet run --project src/Site.Cli` and Netlify's `-c Release` build run),
# and the benchmark in Release. Run nothing else heavy meanwhile: the machine's cores are the benchmark's.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/install.sh

missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
install_debian_packages "${missing[@]}"

if command -v npm >/dev/null 2>&1; then
  install_npm_tools
else
  echo "npm not found: the build with search and serve's search are skipped" >&2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "== building the CLI (Release, framework-dependent) and the benchmark"
dotnet build src/Site.Cli -c Release -nologo -v quiet
dotnet build tools/Site.Bench -c Release -nologo -v quiet
exec dotnet tools/Site.Bench/bin/Release/net10.0/Site.Bench.dll "$@"
