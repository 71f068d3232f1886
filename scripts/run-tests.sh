#!/bin/sh
# Runs every test against one build: the unit suites (Check) and the command-line suite
# (which validates every log it produces against the JSON Schema).
# Usage: scripts/run-tests.sh BUILD_DIR     e.g. build/release or build/asan
set -u
cd "$(dirname "$0")/.." || exit 2
build=${1:-build/release}
status=0
echo "== unit tests ($build)"
"$build/unit-tests" tests || status=1
echo "== command-line tests ($build)"
/usr/bin/python3 tests/cli/test_cli.py "$build" || status=1
exit $status
