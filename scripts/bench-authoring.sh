#!/bin/sh
# Benchmark section: the authoring tools, on scenarios of 50, 500 and 5,000 scenes written
# by scripts/gen-scenario.py (about 60 words a scene, 3-4 choices, conditions, merges and
# chance, about 12 decisions to an ending). For each: load time, the full check (load,
# every reachable state, every check), states explored per second, random playthroughs per
# second, and peak memory (the process's maximum resident size).
# Targets (issue 5): 5,000 scenes load and check in under a second and under 100 MB; more
# than 20,000 random playthroughs per second at 500 scenes.
# Usage: scripts/bench-authoring.sh BUILD_DIR
set -u
build=${1:-build/release}
rjsim="$build/rjsim"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp scenarios/rubric.lua "$tmp/rubric.lua"
echo "== authoring tools (rjsim check, rjsim test --random; scenarios from scripts/gen-scenario.py)"
printf '%7s %8s %9s %9s %9s %11s %9s %14s %9s\n' scenes states "load ms" "check ms" "check MB" "states/s" \
    "random" "playthroughs/s" "random MB"
for n in 50 500 5000; do
    f="$tmp/bench-$n.lua"
    /usr/bin/python3 scripts/gen-scenario.py "$n" "$f" || { echo "$n: cannot generate"; continue; }
    "$rjsim" check --stats "$f" >"$tmp/check.txt" 2>&1
    # stats: load L ms, explore E ms (S states per second), checks C ms; ...
    stats=$(grep '^  stats:' "$tmp/check.txt")
    load=$(echo "$stats" | sed -n 's/.*load \([0-9.]*\) ms.*/\1/p')
    explore=$(echo "$stats" | sed -n 's/.*explore \([0-9.]*\) ms.*/\1/p')
    checks=$(echo "$stats" | sed -n 's/.*checks \([0-9.]*\) ms.*/\1/p')
    rate=$(echo "$stats" | sed -n 's/.*(\([0-9]*\) states per second).*/\1/p')
    states=$(sed -n 's/.*, \([0-9]*\) states, .*/\1/p' "$tmp/check.txt" | head -n 1)
    peak=$(sed -n 's/^Peak memory: \([0-9.]*\) MB$/\1/p' "$tmp/check.txt")
    total=$(echo "$load $explore $checks" | awk '{printf "%.1f", $1 + $2 + $3}')
    runs=20000
    "$rjsim" test "$f" --no-tests --random $runs --seed 1 --brief --stats >"$tmp/random.txt" 2>&1
    per=$(sed -n 's/^Stats: .*: \([0-9]*\) per second; peak memory \([0-9.]*\) MB$/\1/p' "$tmp/random.txt")
    rmem=$(sed -n 's/^Stats: .*: [0-9]* per second; peak memory \([0-9.]*\) MB$/\1/p' "$tmp/random.txt")
    printf '%7s %8s %9s %9s %9s %11s %9s %14s %9s\n' "$n" "${states:-?}" "${load:-?}" "${total:-?}" "${peak:-?}" \
        "${rate:-?}" "$runs" "${per:-?}" "${rmem:-?}"
    [ "$n" = 5000 ] && big="$total $peak"
    [ "$n" = 500 ] && mid="$per"
done
# The targets, read from the figures above.
echo "${big:-? ?}" | awk '{ok = ($1 < 1000 && $2 < 100) ? "met" : "NOT met";
    printf "target: 5,000 scenes load and check in < 1000 ms and < 100 MB: %s ms, %s MB: %s\n", $1, $2, ok}'
echo "${mid:-0}" | awk '{ok = ($1 > 20000) ? "met" : "NOT met";
    printf "target: > 20,000 random playthroughs per second at 500 scenes: %s: %s\n", $1, ok}'
# The bundled scenario with the most states, for comparison.
"$rjsim" check --stats scenarios/king-county-firs.lua 2>&1 | sed -n 's/^  stats: /king-county-firs check: /p'
"$rjsim" test scenarios/dc-youth-metro.lua --no-tests --exhaustive --brief --stats 2>&1 |
    sed -n 's/^Stats: paths in \(.*\); peak.*/dc-youth-metro --exhaustive (every path): \1/p'
