#!/bin/sh
# Checks the layer rule: each third-party header is included only in its own folder
# (SDL in engine/ui, Lua in engine/script, cJSON in engine/journal), and engine/core
# includes none of them. Prints each breach; exits 1 if there is any.
set -u
cd "$(dirname "$0")/.." || exit 2
status=0
leak() { # pattern, allowed folder, what
    for f in $(grep -rlE "#include[[:space:]]*[<\"]($1)" engine 2>/dev/null | grep -v "^engine/$2/"); do
        echo "layers: $f includes $3 outside engine/$2"
        status=1
    done
}
leak 'SDL[^>"]*\.h' ui SDL
leak 'lua\.h|lauxlib\.h|lualib\.h|lua5\.4/' script Lua
leak 'cjson/cJSON\.h|cJSON\.h' journal cJSON
# Inward dependencies only: core includes no other layer; script and journal not ui/cli.
for f in $(grep -rlE '#include "(script|journal|ui|cli)/' engine/core 2>/dev/null); do
    echo "layers: $f (core) includes a higher layer"; status=1
done
for f in $(grep -rlE '#include "(ui|cli)/' engine/script engine/journal 2>/dev/null); do
    echo "layers: $f includes ui or cli"; status=1
done
for f in $(grep -rlE '#include "cli/' engine/ui 2>/dev/null); do
    echo "layers: $f (ui) includes cli"; status=1
done
[ $status -eq 0 ] && echo "layers: ok"
exit $status
