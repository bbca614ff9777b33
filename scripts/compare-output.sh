#!/usr/bin/env bash
# Builds the site as committed at REF (default: HEAD) and as it is in the working tree, search index
# included, and compares the two outputs file by file. For changes meant to leave the site alone
# (refactorings, optimisations): silence and exit 0 mean byte-identical. Differences are listed and
# shown as a unified diff of each changed text file (first 200 lines).
#   scripts/compare-output.sh [REF]
set -euo pipefail
cd "$(dirname "$0")/.."
ref="${1:-HEAD}"
work="$(mktemp -d)"
trap 'git worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git worktree add --detach "$work/tree" "$ref" >/dev/null
[ -d node_modules ] && ln -s "$PWD/node_modules" "$work/tree/node_modules"

echo "== building $ref"
dotnet run --project "$work/tree/src/Site.Cli" -- build --root "$work/tree" --output "$work/before" >/dev/null
echo "== building the working tree"
dotnet run --project src/Site.Cli -- build --output "$work/after" >/dev/null

if diff -rq "$work/before" "$work/after" > "$work/summary"; then
  echo "byte-identical: $(find "$work/after" -type f | wc -l) files"
  exit 0
fi
cat "$work/summary"
diff -ru "$work/before" "$work/after" | head -200 || true
exit 1
