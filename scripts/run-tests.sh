#!/bin/sh
# Runs every test against one build: the unit suites (Check) and each command-line test
# file tests/cli/test_*.py (which validate every log they produce against the schema).
# Usage: scripts/run-tests.sh BUILD_DIR     e.g. build/release or build/asan
set -u
cd "$(dirname "$0")/.." || exit 2
build=${1:-build/release}
status=0
echo "== unit tests ($build)"
"$build/unit-tests" tests || status=1
echo "== game tests, headless ($build)"
"$build/ui-tests" . || status=1
passed=0 failed=0
for t in tests/cli/test_*.py; do
    echo "== $t ($build)"
    out=$(/usr/bin/python3 "$t" "$build" 2>&1) || status=1
    printf '%s\n' "$out"
    line=$(printf '%s\n' "$out" | tail -n 1)
    p=$(printf '%s' "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
    f=$(printf '%s' "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-1}))
done
echo "command-line tests ($build): $passed passed, $failed failed"
exit $status
