#!/bin/sh
# Benchmark section: the game window. For the dummy video driver (software rendering, no
# display) and a real X11 window under Xvfb: time from start to the first frame, time to
# lay out and draw a full scene, frames drawn in 10 s of idle (the game should draw none:
# it waits for input), and resident memory. Usage: scripts/bench-ui.sh BUILD_DIR
set -u
build=${1:-build/release}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "== game window"
# A long scene (two pages of text) of the D.C. scenario, at 1920x1080.
args="play scenarios/dc-youth-metro.lua --choices 1 --seed 2 --mode assessment --size 1920x1080 --trainee bench --bench"
XDG_CONFIG_HOME="$tmp/config" RJSIM_RESULTS="$tmp/results" SDL_VIDEODRIVER=dummy "$build/rjsim" $args \
    2>/dev/null | grep '^ui bench' || echo "dummy driver: failed"
if command -v xvfb-run >/dev/null 2>&1; then
    XDG_CONFIG_HOME="$tmp/config" RJSIM_RESULTS="$tmp/results" \
        xvfb-run -a -s "-screen 0 1920x1080x24" "$build/rjsim" $args 2>/dev/null | grep '^ui bench' ||
        echo "Xvfb: failed"
else
    echo "Xvfb: not installed (scripts/install-deps.sh installs it)"
fi
