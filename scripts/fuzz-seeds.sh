#!/bin/sh
# Copies the seed inputs of one fuzz target into DEST (created if needed). fuzz_loader's
# seeds are the repository's own Lua files (bundled scenarios, rubric and test files, and
# tests/scenarios/**), taken as they are now so they never go stale; the other targets'
# seeds are the generated files in tests/fuzz/corpus/<target>/ (scripts/fuzz-corpus.sh).
# Used by scripts/fuzz.sh and scripts/fuzz-smoke.sh; run from the repository root.
# Usage: scripts/fuzz-seeds.sh TARGET DEST
set -eu
t=$1 dest=$2
mkdir -p "$dest"
if [ "$t" = fuzz_loader ]; then
    for f in scenarios/*.lua $(find tests/scenarios -name '*.lua' | sort); do
        cp "$f" "$dest/$(printf '%s' "$f" | tr '/' '_')"
    done
else
    cp tests/fuzz/corpus/"$t"/* "$dest"/
fi
