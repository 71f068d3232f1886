#!/bin/sh
# Runs each libFuzzer harness (built by `make VARIANT=fuzz fuzzers`) for SECONDS on its
# corpus. The seeds (scripts/fuzz-seeds.sh) are copied into build/fuzz/work/<target>/
# first, so the repository is never written and what a run learns is kept for the next
# one; crashes, leaks and timeouts are saved in build/fuzz/artifacts/<target>/. To keep one as a regression test,
# copy it into tests/fuzz/regressions/<target>/ (docs/testing.md, "Fuzzing").
# Usage: scripts/fuzz.sh BUILD_DIR [SECONDS [TARGET...]]   e.g. scripts/fuzz.sh build/fuzz 600 fuzz_text
# Two targets at once: run the script twice, one target each (work folders are per target).
set -u
cd "$(dirname "$0")/.." || exit 2
build=${1:-build/fuzz}
seconds=${2:-60}
[ $# -gt 2 ] && shift 2 && targets=$* || targets="fuzz_loader fuzz_shapes fuzz_journal fuzz_text"
status=0
summary=""
for t in $targets; do
    bin="$build/$t"
    [ -x "$bin" ] || { echo "fuzz: $bin is not built (make VARIANT=fuzz fuzzers)" >&2; exit 2; }
    work="$build/work/$t"
    art="$build/artifacts/$t"
    mkdir -p "$work" "$art"
    scripts/fuzz-seeds.sh "$t" "$work" || exit 2
    [ -d tests/fuzz/regressions/"$t" ] && cp -n tests/fuzz/regressions/"$t"/* "$work"/ 2>/dev/null
    dict=""
    [ -f tests/fuzz/"$t".dict ] && dict="-dict=tests/fuzz/$t.dict"
    # fuzz_text: inputs up to 2 KB. text_wrap re-measures the rest of a word after each
    # line it cuts, so longer words in narrow columns take seconds each (the seeds keep
    # their huge words, cut to this length when fuzzing).
    [ "$t" = fuzz_text ] && dict="$dict -max_len=2048"
    log="$build/$t.log"
    echo "== $t: $seconds s, corpus $work, log $log"
    # -timeout: one input may not take 10 s (the harnesses keep sandbox limits small).
    # -rss_limit_mb: the sandbox caps Lua at 8 MB; ASan and the engine stay far below this.
    "$bin" $dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$art/" "$work" >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
    if [ $rc -eq 0 ]; then
        result="ok"
    else
        result="FAILED (exit $rc): see $log and $art/"
        status=1
        grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz: |artifact_prefix|Test unit written)' "$log" | head -n 8
    fi
    line=$(printf '%-13s %s runs, %s exec/s, %s, corpus %s files: %s' "$t" "${execs:-?}" "${rate:-?}" \
        "${cov:-cov: ?}" "$(ls "$work" | wc -l)" "$result")
    echo "$line"
    summary="$summary$line
"
done
echo "== fuzz summary ($seconds s per target)"
printf '%s' "$summary"
exit $status
