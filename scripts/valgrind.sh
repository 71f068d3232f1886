#!/bin/sh
# Runs the unit suites, the game tests, a full text-mode play, check and replay, the
# authoring tools, report and export, and every command-line test under valgrind's
# memcheck; any leak or memory error fails. Usage: scripts/valgrind.sh BUILD_DIR
set -u
cd "$(dirname "$0")/.." || exit 2
build=${1:-build/release}
vg="valgrind --quiet --child-silent-after-fork=yes --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99"
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0
echo "== valgrind: unit tests"
# Check forks each test by default; CK_FORK=no keeps them in one process valgrind sees.
CK_FORK=no $vg "$build/unit-tests" tests >"$results/unit.txt" 2>&1 || { cat "$results/unit.txt"; status=1; }
tail -n 1 "$results/unit.txt"
echo "== valgrind: game tests (headless; the layout sweep runs on the release and sanitizer builds)"
# The 'layout' case lays out 3,200 screens: minutes under memcheck, and nothing the other
# cases do not reach. Check runs one case (CK_RUN_CASE), so the two others run in turn.
for sel in "CK_RUN_SUITE=ui CK_RUN_CASE=ui" "CK_RUN_SUITE=text"; do
    # shellcheck disable=SC2086
    env CK_FORK=no $sel $vg "$build/ui-tests" . >"$results/ui.txt" 2>&1 || { cat "$results/ui.txt"; status=1; }
    tail -n 1 "$results/ui.txt"
done
echo "== valgrind: play, check, replay"
RJSIM_RESULTS="$results/logs" $vg "$build/rjsim" play scenarios/dc-youth-metro.lua --text --seed 4 \
    --choices 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1 >/dev/null 2>"$results/play.txt" || { cat "$results/play.txt"; status=1; }
$vg "$build/rjsim" check scenarios/*.lua >/dev/null 2>"$results/check.txt" || { cat "$results/check.txt"; status=1; }
$vg "$build/rjsim" replay "$results"/logs/*.json >/dev/null 2>"$results/replay.txt" || { cat "$results/replay.txt"; status=1; }
echo "== valgrind: authoring tools (test, graph, new)"
case=tests/scenarios/testfiles/case.lua
$vg "$build/rjsim" test "$case" --random 300 --exhaustive >/dev/null 2>"$results/test.txt" || { cat "$results/test.txt"; status=1; }
$vg "$build/rjsim" test "$case" --no-tests --exhaustive --max-paths 2 >/dev/null 2>"$results/states.txt" || { cat "$results/states.txt"; status=1; }
$vg "$build/rjsim" graph "$case" >/dev/null 2>"$results/graph.txt" || { cat "$results/graph.txt"; status=1; }
$vg "$build/rjsim" new vg-case --dir "$results" >/dev/null 2>"$results/new.txt" || { cat "$results/new.txt"; status=1; }
echo "== valgrind: report and export"
for fmt in "" "--json" "--csv --table decisions" "--html $results/report.html"; do
    # shellcheck disable=SC2086
    $vg "$build/rjsim" report $fmt --no-progress "$results/logs" >/dev/null 2>"$results/report.txt" ||
        { cat "$results/report.txt"; status=1; }
done
$vg "$build/rjsim" export --xapi --no-progress "$results/logs" >/dev/null 2>"$results/export.txt" ||
    { cat "$results/export.txt"; status=1; }
echo "== valgrind: every command-line test (each rjsim started under memcheck)"
for t in tests/cli/test_*.py; do
    RJSIM_VALGRIND=1 /usr/bin/python3 "$t" "$build" >"$results/cli.txt" 2>&1 || { cat "$results/cli.txt"; status=1; }
    echo "$t: $(tail -n 1 "$results/cli.txt")"
done
[ $status -eq 0 ] && echo "valgrind: no leaks, no errors"
exit $status
