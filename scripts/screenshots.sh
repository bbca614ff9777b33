#!/usr/bin/env bash
# PNG screenshots of the main pages in both languages, at desktop (1280 px) and phone (360 px) widths,
# into screenshots/ (git-ignored). Arguments go to the tool: --out DIR, --only TEXT.
# Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH) and a CJK font (fonts-noto-cjk) for Chinese.
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run --project tools/Site.Screenshots -c Release -- "$@"
