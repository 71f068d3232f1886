#!/bin/sh
# make bench: runs every benchmark section (scripts/bench-*.sh, one per area) against a
# build and prints their figures, with a note of the machine. Figures, not pass/fail:
# speed is measured here, never by timed tests.
# Usage: scripts/bench.sh BUILD_DIR
set -u
cd "$(dirname "$0")/.." || exit 2
build=${1:-build/release}
echo "rjsim benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "cpu: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
status=0
for section in scripts/bench-*.sh; do
    [ -f "$section" ] || continue
    echo
    sh "$section" "$build" || status=1
done
exit $status
