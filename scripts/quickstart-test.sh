#!/bin/sh
# The README's quick start, as a newcomer runs it: clone the repository (what is committed)
# into a temporary folder and run `make run` there. CI has no display, so the game runs on
# SDL's dummy video driver and saves its first screen (--screenshot) instead of waiting.
# Prints "quickstart: 1 passed, 0 failed" or "... 0 passed, 1 failed".
set -u
cd "$(dirname "$0")/.." || exit 2
if ! git rev-parse --git-dir >/dev/null 2>&1; then
    echo "quickstart: not a git checkout; skipped"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok=1
git clone --quiet . "$tmp/rjsim" || ok=0
if [ $ok -eq 1 ]; then
    ( cd "$tmp/rjsim" && RJSIM_RESULTS="$tmp/results" XDG_CONFIG_HOME="$tmp/config" SDL_VIDEODRIVER=dummy \
        make run RUN_ARGS="--screenshot $tmp/first.png" </dev/null >"$tmp/run.txt" 2>&1 ) || ok=0
    [ -s "$tmp/first.png" ] || ok=0
fi
if [ $ok -eq 1 ]; then
    echo "quickstart: 1 passed, 0 failed"
else
    cat "$tmp/run.txt" 2>/dev/null | tail -n 20
    echo "quickstart: 0 passed, 1 failed"
    exit 1
fi
