#!/bin/sh
# Benchmark section: trainers' reports. 10,000 session logs (scripts/gen-logs.py: real logs
# from the bundled scenarios, copied as 10,000 attempts by 250 trainees over 120 days), then
# the wall time and peak memory (the process's maximum resident size) of rjsim report in
# each format and of rjsim export --xapi over all of them.
# Target (issue 7): the report over 10,000 logs in under 2 s and under 200 MB.
# Usage: scripts/bench-reports.sh BUILD_DIR
set -u
build=${1:-build/release}
rjsim="$build/rjsim"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "== reports (rjsim report and export over 10,000 session logs from scripts/gen-logs.py)"
t0=$(date +%s.%N)
/usr/bin/python3 scripts/gen-logs.py "$rjsim" "$tmp/logs" 10000 250 || { echo "cannot generate the logs"; exit 1; }
t1=$(date +%s.%N)
echo "$t0 $t1 $(du -sm "$tmp/logs" | cut -f1)" |
    awk '{printf "generated 10,000 logs (%d MB) in %.1f s\n", $3, $2 - $1}'
# Runs one command and prints its wall time and peak memory: a fresh Python process that
# starts nothing else, so its children's maximum resident size is exactly this command's.
measure() { # label, then the command
    label=$1
    shift
    /usr/bin/python3 - "$@" <<'EOF' | sed "s/^/$label /"
import resource, subprocess, sys, time
t = time.perf_counter()
r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{wall:.2f} {peak:.1f} {r.returncode}")
EOF
}
printf '%-22s %8s %9s %5s\n' "" "wall s" "peak MB" exit
{
    measure text "$rjsim" report --no-progress "$tmp/logs"
    measure json "$rjsim" report --no-progress --json "$tmp/logs"
    measure csv-attempts "$rjsim" report --no-progress --csv --table attempts "$tmp/logs"
    measure html "$rjsim" report --no-progress --html "$tmp/report.html" "$tmp/logs"
    measure xapi "$rjsim" export --xapi --no-progress -o "$tmp/xapi.json" "$tmp/logs"
} >"$tmp/figures.txt"
awk '{printf "%-22s %8s %9s %5s\n", $1, $2, $3, $4}' "$tmp/figures.txt"
echo "html report: $(du -k "$tmp/report.html" | cut -f1) kB; xapi: $(du -m "$tmp/xapi.json" | cut -f1) MB," \
    "$(grep -c '"verb":' "$tmp/xapi.json") statements"
# The target, read from the slowest and largest report format above.
awk '$1 != "xapi" {if ($2 > w) w = $2; if ($3 > m) m = $3}
     END {ok = (w < 2 && m < 200) ? "met" : "NOT met";
          printf "target: report over 10,000 logs in < 2 s and < 200 MB: %.2f s, %.1f MB (worst format): %s\n", w, m, ok}' \
    "$tmp/figures.txt"
