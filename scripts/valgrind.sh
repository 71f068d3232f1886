#!/bin/sh
# Runs the unit suites and a full text-mode play, check and replay under valgrind's
# memcheck; any leak or memory error fails. Usage: scripts/valgrind.sh BUILD_DIR
set -u
cd "$(dirname "$0")/.." || exit 2
build=${1:-build/release}
vg="valgrind --quiet --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99"
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0
echo "== valgrind: unit tests"
# Check forks each test by default; CK_FORK=no keeps them in one process valgrind sees.
CK_FORK=no $vg "$build/unit-tests" tests >"$results/unit.txt" 2>&1 || { cat "$results/unit.txt"; status=1; }
tail -n 1 "$results/unit.txt"
echo "== valgrind: play, check, replay"
RJSIM_RESULTS="$results/logs" $vg "$build/rjsim" play scenarios/dc-youth-metro.lua --text --seed 4 \
    --choices 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1 >/dev/null 2>"$results/play.txt" || { cat "$results/play.txt"; status=1; }
$vg "$build/rjsim" check scenarios/*.lua >/dev/null 2>"$results/check.txt" || { cat "$results/check.txt"; status=1; }
$vg "$build/rjsim" replay "$results"/logs/*.json >/dev/null 2>"$results/replay.txt" || { cat "$results/replay.txt"; status=1; }
[ $status -eq 0 ] && echo "valgrind: no leaks, no errors"
exit $status
