#!/bin/sh
# Writes the fuzzers' generated seed corpora into tests/fuzz/corpus/<target>/ (committed;
# run again when the bundled scenarios or the log format change). fuzz_loader has none here:
# its seeds are the repository's Lua files, copied live by scripts/fuzz-seeds.sh.
#   fuzz_shapes   decision streams for tests/fuzz/fuzz_shapes.c (made by Python, seeded)
#   fuzz_journal  the fixture logs and real logs played with the text player (best, worst
#                 and a workshop-free practice path per bundled scenario; fixed seeds)
#   fuzz_text     scenario texts and samples: long words, invalid UTF-8, control
#                 characters, right-to-left text, emoji and combining marks
# Usage: scripts/fuzz-corpus.sh [BUILD_DIR]   (default build/release; needs its rjsim)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build/release}
out=tests/fuzz/corpus
[ -x "$build/rjsim" ] || { echo "fuzz-corpus: build $build/rjsim first (make all)" >&2; exit 2; }
rm -rf "$out/fuzz_shapes" "$out/fuzz_journal" "$out/fuzz_text"
mkdir -p "$out/fuzz_shapes" "$out/fuzz_journal" "$out/fuzz_text"

# fuzz_journal: the fixtures, then logs the text player writes.
for f in tests/fixtures/logs/*.json; do
    cp "$f" "$out/fuzz_journal/fixture-$(basename "$f")"
done
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
seed=1
for sc in scenarios/*.lua; do
    case "$sc" in *rubric.lua|*.test.lua) continue ;; esac
    for how in best worst; do
        "$build/rjsim" play "$sc" --text --auto "$how" --seed "$seed" --trainee "Fuzz Seed" \
            --results "$logs/$how-$seed" >/dev/null
        for f in "$logs/$how-$seed"/*.json; do
            cp "$f" "$out/fuzz_journal/$(basename "$sc" .lua)-$how.json"
        done
        seed=$((seed + 1))
    done
done
# An assessment attempt abandoned after one decision, and a scenario error log.
printf '1\nq\n' | "$build/rjsim" play scenarios/dc-youth-metro.lua --text --mode assessment \
    --seed 99 --trainee "Zoë Ñandú" --results "$logs/quit" >/dev/null 2>&1 || true
for f in "$logs/quit"/*.json; do
    [ -f "$f" ] && cp "$f" "$out/fuzz_journal/abandoned.json"
done
"$build/rjsim" play tests/scenarios/hostile/error-in-condition.lua --text --choices 1 --seed 3 \
    --results "$logs/err" >/dev/null 2>&1 || true
for f in "$logs/err"/*.json; do
    [ -f "$f" ] && cp "$f" "$out/fuzz_journal/script-error.json"
done

# fuzz_shapes and fuzz_text, and a workshop log: made by Python (deterministic).
/usr/bin/python3 - "$out" <<'EOF'
import json, os, random, re, sys
out = sys.argv[1]
rnd = random.Random(8)

# A workshop log (votes and flags) from a practice one: the player writes these only from
# the game window.
d = os.path.join(out, "fuzz_journal")
log = json.load(open(os.path.join(d, "dc-youth-metro-best.json"), encoding="utf-8"))
log["mode"], log["player"] = "workshop", "game"
for i, dec in enumerate(log["decisions"]):
    dec["votes"] = [i % 3, 4, 0][:dec["shown"]]
log["flags"] = [{"decision": 0, "at": log["started_at"], "note": "Pause here"},
                {"decision": len(log["decisions"]), "at": log["started_at"], "note": ""}]
json.dump(log, open(os.path.join(d, "workshop.json"), "w", encoding="utf-8"), indent=2, ensure_ascii=False)

# fuzz_shapes: the valid default (no bytes), each single decision changed, and random streams.
d = os.path.join(out, "fuzz_shapes")
open(os.path.join(d, "default"), "wb").write(b"")
for i in range(48):
    b = bytearray(64)
    b[i] = rnd.randrange(1, 256)
    open(os.path.join(d, "one-%02d" % i), "wb").write(bytes(b))
for i in range(24):
    b = bytes(rnd.randrange(0, 256) if rnd.random() < 0.2 else 0 for _ in range(rnd.randrange(16, 200)))
    open(os.path.join(d, "sparse-%02d" % i), "wb").write(b)

# fuzz_text: header (width, size, page and style), text, then NUL-separated speakers.
d = os.path.join(out, "fuzz_text")
def text(name, body, speakers=(), width=6, size=0, flags=0):
    data = bytes([width, size, flags]) + body
    if speakers:
        data += b"\0" + b"\0".join(speakers)
    open(os.path.join(d, name), "wb").write(data)

samples = {
    "plain": b"The officer explains what a restorative caution is and asks whether she has questions.",
    "paragraphs": b"First paragraph.\n\nSecond one,\nwith a single newline.\n \t \nThird after a blank line of spaces.",
    "long-word": b"Before " + b"x" * 3000 + b" after.",
    "very-long-word": b"y" * 9000,
    "long-utf8-word": "ä".encode() * 2500 + b" end",
    "invalid-utf8": b"bad \xff\xfe bytes \xc0\xaf overlong \xed\xa0\x80 surrogate \xf4\x90\x80\x80 past max \xe2\x82 cut",
    "control": b"tab\there\rcarriage\x1b[31mescape\x7fdel\x01\x02\x03 bell\x07",
    "rtl": "مرحبا بالعالم ‮reversed‬ שלום עולם".encode(),
    "emoji": "Family 👩‍👧‍👦 flags 🇬🇧🇺🇸 skin 👍🏽 text ☺︎ and 😀".encode(),
    "combining": ("e" + "\u0301" * 400 + " Zalgo").encode(),
    "zero-width": ("\u200b" * 3000 + "word").encode(),
    "c1-controls": "next line\u0085line sep\u2028para sep\u2029bom\ufeff".encode(),
    "whitespace": b" \n\n \t\n\r\n  ",
    "cjk": ("日本語の文章は単語の間に空白がありません。" * 20).encode(),
    "speaker-colon": b"Ana: I was scared.\n\nBen: I know.\n\nAna:\n\n:only a colon",
}
# Huge words in a wide column: text_wrap measures what is left of a word after each line
# it cuts, so a huge word in a narrow column is slow (seconds under the sanitizers).
wide = {"long-word", "very-long-word", "long-utf8-word", "zero-width", "combining"}
for i, (name, body) in enumerate(samples.items()):
    text(name, body, width=6 if name in wide else i % 10, size=i % 4, flags=i)
text("dialogue", b"Ana: I want to know why.\n\nBen: I did not think.\n\nOfficer: Thank you both.",
     [b"Ana", b"Ben", b"Officer"])
text("dialogue-empty-speaker", b": nobody speaks\n\nAna: hello", [b"", b"Ana"])
text("dialogue-long-speaker", b"N" * 200 + b": words", [b"N" * 200])
text("narrow", samples["plain"], width=1)
text("zero-width-column", samples["plain"], width=8)
text("negative-width", samples["emoji"], width=9)

# Scenario texts from the bundled scenarios: the text = "..." strings.
n = 0
for f in sorted(os.listdir("scenarios")):
    if not f.endswith(".lua") or f == "rubric.lua" or f.endswith(".test.lua"):
        continue
    src = open(os.path.join("scenarios", f), encoding="utf-8").read()
    found = re.findall(r'text = "((?:[^"\\]|\\.)*)"', src)
    for s in found[:3]:
        body = s.encode().decode("unicode_escape").encode("latin-1", "replace")
        text("scenario-%02d" % n, body, [b"Ana", b"Officer", b"Victim"], width=n % 10, size=n % 4, flags=n)
        n += 1
EOF

for t in fuzz_shapes fuzz_journal fuzz_text; do
    printf 'fuzz-corpus: %-13s %3d files\n' "$t" "$(ls "$out/$t" | wc -l)"
done
