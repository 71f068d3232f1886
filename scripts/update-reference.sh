#!/bin/sh
# Regenerates the reference tables in docs/authoring.md (between <!-- BEGIN REFERENCE -->
# and <!-- END REFERENCE -->) from `rjsim format`, which prints the loader's own field
# tables (engine/script/format.c). Run it after changing those tables; a test in
# tests/cli/test_authoring.py fails while the document differs.
# Usage: scripts/update-reference.sh [BUILD_DIR]   (default build/release)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build/release}
doc=docs/authoring.md
tmp=$(mktemp)
trap 'rm -f "$tmp" "$tmp.ref"' EXIT
"$build/rjsim" format >"$tmp.ref"
awk -v ref="$tmp.ref" '
    /^<!-- BEGIN REFERENCE -->$/ { print; while ((getline line < ref) > 0) print line; skip = 1; next }
    /^<!-- END REFERENCE -->$/ { skip = 0 }
    !skip { print }
' "$doc" >"$tmp"
if ! grep -q '^<!-- BEGIN REFERENCE -->$' "$tmp" || ! grep -q '^<!-- END REFERENCE -->$' "$tmp"; then
    echo "update-reference: $doc lacks the BEGIN/END REFERENCE markers" >&2
    exit 1
fi
cat "$tmp" >"$doc"
echo "update-reference: $doc updated from $build/rjsim format"
