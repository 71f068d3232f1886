#!/bin/sh
# The fuzzers' part of `make test`: for each harness built by `make VARIANT=fuzz fuzzers`,
#  1. replays every input in tests/fuzz/regressions/<target>/ (inputs that once crashed it:
#     each must now run clean);
#  2. fuzzes briefly from the target's seeds (scripts/fuzz-seeds.sh, copied to a temporary
#     folder): a fixed number of runs with a fixed seed, so the run is the same every time
#     and never timed.
# Prints a summary line; exits 1 when an input crashes, leaks, hangs or fails a check.
# Usage: scripts/fuzz-smoke.sh BUILD_DIR     e.g. build/fuzz
set -u
cd "$(dirname "$0")/.." || exit 2
build=${1:-build/fuzz}
work=$(mktemp -d "${TMPDIR:-/tmp}/rjsim-fuzz-smoke.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
status=0 replayed=0 fuzzed=0 failed=""
# Runs per target, about 15 s each on a 2-core machine (their speeds differ a lot:
# fuzz_loader explores and plays every bundled scenario in its corpus).
runs_for() {
    case "$1" in
    fuzz_loader) echo 3000 ;;
    fuzz_shapes) echo 6000 ;;
    fuzz_journal) echo 20000 ;;
    *) echo 3000 ;;
    esac
}
for t in fuzz_loader fuzz_shapes fuzz_journal fuzz_text; do
    bin="$build/$t"
    [ -x "$bin" ] || { echo "fuzz-smoke: $bin is not built (make VARIANT=fuzz fuzzers)" >&2; exit 2; }
    log="$work/$t.log"
    # -timeout: no input may take 20 s; -error_exitcode: any crash or leak is 1.
    opts="-timeout=20 -rss_limit_mb=2048 -error_exitcode=1 -artifact_prefix=$work/$t-"
    n=$(ls tests/fuzz/regressions/"$t" 2>/dev/null | wc -l)
    if [ "$n" -gt 0 ]; then
        # shellcheck disable=SC2086
        if ! "$bin" $opts tests/fuzz/regressions/"$t"/* >"$log" 2>&1; then
            echo "fuzz-smoke: $t: a regression input fails again:"
            grep -E '^(Running|==[0-9]+==ERROR|SUMMARY|fuzz: )' "$log" | tail -n 6
            status=1 failed="$failed $t(regressions)"
        fi
        replayed=$((replayed + n))
    fi
    scripts/fuzz-seeds.sh "$t" "$work/corpus-$t" || exit 2
    seeds=$(ls "$work/corpus-$t" | wc -l)
    dict=""
    [ -f tests/fuzz/"$t".dict ] && dict="-dict=tests/fuzz/$t.dict"
    # fuzz_text: inputs up to 2 KB. text_wrap re-measures the rest of a word after each
    # line it cuts, so longer words in narrow columns take seconds each (the seeds keep
    # their huge words, cut to this length when fuzzing).
    [ "$t" = fuzz_text ] && dict="$dict -max_len=2048"
    runs=$(runs_for "$t")
    # shellcheck disable=SC2086
    if ! "$bin" $opts $dict -seed=1 -runs="$runs" -print_final_stats=1 "$work/corpus-$t" >"$log" 2>&1; then
        echo "fuzz-smoke: $t: fuzzing found a failure (the input is printed in base64 below):"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz: |Base64)' "$log" | tail -n 6
        status=1 failed="$failed $t"
    fi
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    fuzzed=$((fuzzed + ${execs:-0}))
    printf 'fuzz-smoke: %-13s %3d regression inputs, %3d seeds, %5s runs\n' "$t" "$n" \
        "$seeds" "${execs:-?}"
done
if [ $status -eq 0 ]; then
    echo "fuzz smoke: 4 targets, $replayed regression inputs replayed clean, $fuzzed fuzz runs clean"
else
    echo "fuzz smoke: FAILED:$failed"
fi
exit $status
