#!/bin/sh
# Installs the Debian 12 packages rjsim needs to build, run and test.
# Does nothing when every package is already installed; uses sudo only when not root.
# Usage: scripts/install-deps.sh [--check]   (--check: list what is missing, install nothing)
set -eu

PACKAGES="
make gcc pkg-config
libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev fonts-dejavu-core
liblua5.4-dev libcjson-dev
check
python3 python3-jsonschema
xvfb xauth
graphviz
valgrind
clang libclang-rt-14-dev
"

missing=""
for p in $PACKAGES; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing="$missing $p"
done

if [ -z "$missing" ]; then
    exit 0
fi

if [ "${1:-}" = "--check" ]; then
    echo "missing:$missing"
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: apt-get not found; install these packages by hand:$missing" >&2
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install-deps: not root and no sudo; as root run: apt-get install$missing" >&2
    exit 1
fi

echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "install-deps: done"
