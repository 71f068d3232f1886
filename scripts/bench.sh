#!/bin/sh
# make bench: runs every benchmark section (scripts/bench-*.sh, one per area) against a
# build, prints their figures, then one summary table of the headline figures and their
# targets, with a note of the machine. Figures, not pass/fail: speed is measured here, never
# by timed tests. Usage: scripts/bench.sh BUILD_DIR
set -u
cd "$(dirname "$0")/.." || exit 2
build=${1:-build/release}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
cpu="$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo "rjsim benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $machine; cpu: $cpu"
status=0
for section in scripts/bench-*.sh; do
    [ -f "$section" ] || continue
    echo
    sh "$section" "$build" 2>&1 | tee -a "$out" || status=1
done
echo
echo "== summary ($machine)"
printf '%-64s %s\n' "measure" "figure"
# "target: WHAT: FIGURES: met" lines from the sections.
sed -n 's/^target: \(.*\): \([^:]*\): \(met\|not met\)$/\1|\2 (\3)/p' "$out" | while IFS='|' read -r what fig; do
    printf '%-64s %s\n' "$what" "$fig"
done
# The game window: "ui bench (DRIVER driver, ...): first frame X ms, lay out and draw Y ms, frames
# drawn in 10 s idle: N, RSS K KB".
sed -n 's/^ui bench (\([a-z0-9]*\) driver[^)]*): first frame \([0-9.]*\) ms, lay out and draw \([0-9.]*\) ms, frames drawn in 10 s idle: \([0-9]*\), RSS \([0-9]*\) KB$/\1 \2 \3 \4 \5/p' "$out" |
    while read -r drv first frame idle rss; do
        printf '%-64s %s ms\n' "game start-up to first frame ($drv)" "$first"
        printf '%-64s %s ms\n' "game: lay out and draw a full scene ($drv)" "$frame"
        printf '%-64s %s (target 0)\n' "game: frames drawn in 10 s idle ($drv)" "$idle"
        printf '%-64s %s MB\n' "game: resident memory ($drv)" "$((rss / 1024))"
    done
exit $status
