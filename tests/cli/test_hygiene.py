#!/usr/bin/python3
"""Input hygiene: odd scenario file names, results folders and very long names.

Trainee names, scenario ids and file names with '../', slashes, control characters, bytes
that are not UTF-8, or 10,000 characters never place a file outside the results folder,
never break a log's name (NAME_MAX, no '/', nothing a shell reads as an option) and never
make a log unreadable; a results folder that cannot be one is refused with exit status 73
and a message naming it. (tests/cli/test_cli.py a_trainee_name_never_escapes_the_results_folder
and tests/unit/test_paths.c cover the safe-name rules themselves.)

Usage: tests/cli/test_hygiene.py BUILD_DIR
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from common import ROOT, expect, logs_in, main, rjsim_cmd, test

MINIMAL = os.path.join(ROOT, "tests", "scenarios", "valid", "minimal.lua")
RUBRIC = os.path.join(ROOT, "tests", "scenarios", "rubric.lua")
NAME_MAX = 255


def rjsim(*args, cwd, env=None):
    """Runs rjsim with arguments that may be bytes (file names that are not UTF-8)."""
    e = {k: v for k, v in os.environ.items() if k != "RJSIM_RESULTS"}
    e["COLUMNS"] = "80"
    e.update(env or {})
    r = subprocess.run([*rjsim_cmd(), *args], cwd=cwd, env=e, stdin=subprocess.DEVNULL, capture_output=True,
                       timeout=1200 if os.environ.get("RJSIM_VALGRIND") == "1" else 120)
    r.out = r.stdout.decode("utf-8", "replace")
    r.err = r.stderr.decode("utf-8", "replace")
    return r


def tree(folder):
    """Every path under folder, relative to it."""
    out = set()
    for dirpath, dirnames, filenames in os.walk(folder):
        for n in dirnames + filenames:
            out.add(os.path.relpath(os.path.join(dirpath, n), folder))
    return out


def expect_shown_cleanly(r, what):
    """Nothing rjsim prints carries a control character (an escape sequence, a bell, a
    newline inside a file name that would forge a line) or a C1 control."""
    for stream, data in (("stdout", r.stdout), ("stderr", r.stderr)):
        bad = [hex(b) for b in data if (b < 0x20 and b not in (0x0A,)) or b == 0x7F]
        expect(not bad, f"{what}: {stream} holds control bytes {bad[:5]}: {data[:300]!r}")
        expect(b"\xc2\x9b" not in data and b"\xc2\x85" not in data, f"{what}: {stream} holds a C1 control")
        expect(b"and\nnewline" not in data, f"{what}: a file name's newline reached {stream}")


def expect_safe_log_name(name):
    expect(len(name.encode()) <= NAME_MAX, f"log name of {len(name.encode())} bytes")
    expect(name.endswith(".json") and not name.startswith(("-", ".")), name)
    expect(all(c.isascii() and (c.isalnum() or c in "-_.") for c in name), f"log name {name!r}")


@test
def scenario_files_with_odd_names_check_play_and_replay():
    """The file name is the user's: spaces, quotes, shell syntax, a leading dash, control
    characters, newlines, non-ASCII and bytes that are not UTF-8 all load. The log is named
    from the scenario's id, never the file name, and holds the path (as UTF-8, U+FFFD for the
    bytes that are not)."""
    names = [b"my scenario.lua", "Zoë Ångström ☃.lua".encode(), b"-dash.lua", b"$(touch pwned) `touch pwned2`.lua",
             b"quote'\"and;semi|pipe&.lua", b"tab\tand\nnewline.lua", b"ctl\x1b[2J\x07.lua", b"bad\xff\xfe.lua",
             b"..lua", b" .lua"]
    if os.environ.get("RJSIM_VALGRIND") == "1":  # each name takes four runs; a few show any leak
        names = [b"-dash.lua", b"ctl\x1b[2J\x07.lua", b"bad\xff\xfe.lua"]
    with tempfile.TemporaryDirectory() as d:
        work = os.path.join(d, "work")
        results = os.path.join(d, "results")
        os.makedirs(work)
        shutil.copy(RUBRIC, os.path.join(work, "rubric.lua"))
        for name in names:
            shown = name.decode("utf-8", "replace")
            path = os.path.join(os.fsencode(work), name)
            shutil.copy(MINIMAL, path)
            arg = b"./" + name  # a file name that starts with '-' needs a path (or --) anyway
            r = rjsim("check", arg, cwd=work)
            expect(r.returncode == 0 and "0 errors" in r.out, f"check {shown!r}: {r.out}{r.err}")
            expect_shown_cleanly(r, f"check {shown!r}")
            if name.startswith(b"-"):
                r = rjsim("check", "--", name, cwd=work)
                expect(r.returncode == 0, f"check -- {shown!r}: {r.out}{r.err}")
            before = set(os.listdir(results)) if os.path.isdir(results) else set()
            r = rjsim("play", arg, "--text", "--choices", "2,1", "--seed", "3", "--results", results, cwd=work)
            expect(r.returncode == 0, f"play {shown!r}: {r.returncode} {r.err}")
            expect_shown_cleanly(r, f"play {shown!r}")
            new = sorted(set(os.listdir(results)) - before)
            expect(len(new) == 1, f"play {shown!r}: {new}")
            expect_safe_log_name(new[0])
            expect("-minimal-" in new[0], new[0])
            log = os.path.join(results, new[0])
            with open(log, "rb") as f:
                doc = json.loads(f.read().decode("utf-8"))  # strict: a log is UTF-8
            expect(doc["scenario_file"] == arg.decode("utf-8", "replace"), f"{doc['scenario_file']!r}")
            r = rjsim("replay", log, cwd=work)
            if b"\xff" in name:  # the log cannot name this file: replay says how to give it
                expect(r.returncode == 66 and "--scenario" in r.err, f"replay {shown!r}: {r.returncode} {r.err}")
                r = rjsim("replay", log, "--scenario", arg, cwd=work)
            expect(r.returncode == 0 and "The replay matches the log" in r.out, f"replay {shown!r}: {r.out}{r.err}")
            expect_shown_cleanly(r, f"replay {shown!r}")
        logs = logs_in(results)
        expect(len(logs) == len(names), f"{len(logs)} logs")
        r = rjsim("report", results, "--json", "--no-progress", cwd=work)
        expect(r.returncode == 0 and json.loads(r.out)["logs"]["used"] == len(names), r.err)
        # Nothing ran the shell syntax, and nothing was written beside the scenarios.
        expect(sorted(os.listdir(d)) == ["results", "work"], os.listdir(d))
        expect(sorted(os.listdir(os.fsencode(work))) == sorted(names + [b"rubric.lua"]), os.listdir(work))


@test
def file_names_with_control_characters_never_reach_the_terminal_raw():
    """A file name is printed in errors, summaries, test results and replay hints; one with
    an escape sequence (a crafted archive: rjsim check shared/*.lua) must not rewrite the
    screen or set the clipboard, and one with a newline must not forge a line. Each control
    character is shown as '?'."""
    evil = b"evil\x1b]52;c;cHduZWQ=\x07\x1b[2J\xc2\x9b\ttab and\nnewline"
    with tempfile.TemporaryDirectory() as d:
        shutil.copy(RUBRIC, os.path.join(d, "rubric.lua"))
        good = os.path.join(os.fsencode(d), evil + b".lua")
        shutil.copy(MINIMAL, good)
        broken = os.path.join(os.fsencode(d), evil + b"-broken.lua")
        with open(broken, "w") as f:
            f.write("local x = 1\nerror(\"broken here\")\n")
        with open(os.path.join(os.fsencode(d), evil + b".test.lua"), "w") as f:
            f.write('return {\n  test "fails" { auto = "best", expect = { band = "needs_work" } },\n}\n')
        missing = os.path.join(os.fsencode(d), evil + b"-missing.lua")
        results = os.path.join(os.fsencode(d), b"results " + evil)
        runs = [
            (("check", good), 0, "?]52;c;cHduZWQ=??[2J??tab and?newline.lua: ok"),
            (("check", broken), 65, "?]52;c;cHduZWQ=??[2J??tab and?newline-broken.lua:2: error:"),
            (("check", missing), 65, "?]52;c;cHduZWQ=??[2J??tab and?newline-missing.lua"),
            (("test", good), 65, "?]52;c;cHduZWQ=??[2J??tab and?newline.test.lua:2: error: test 'fails'"),
            (("test", good, "--no-tests", "--random", "5"), 0, "Random playthroughs of "),
            (("play", good, "--text", "--choices", "1", "--seed", "1", "--results", results), 0,
             "Session log: "),
            (("play", broken, "--text", "--choices", "1"), 65, "newline-broken.lua:2: error:"),
            (("replay", missing), 66, "newline-missing.lua"),
        ]
        for args, status, want in runs:
            r = rjsim(*args, cwd=d)
            what = " ".join(a if isinstance(a, str) else "FILE" for a in args)
            expect(r.returncode == status, f"{what}: exit {r.returncode}, wanted {status}: {r.out}{r.err}")
            expect(want in r.out + r.err, f"{what}: wanted {want!r} in {r.out}{r.err}")
            expect_shown_cleanly(r, what)


@test
def a_results_folder_with_spaces_and_non_ascii_letters_works():
    with tempfile.TemporaryDirectory() as d:
        results = os.path.join(d, "my results", "Ünïcode ☃ — folder", "séance 1")
        r = rjsim("play", MINIMAL, "--text", "--choices", "2,1", "--seed", "3", "--results", results, cwd=ROOT)
        expect(r.returncode == 0, r.err)
        logs = logs_in(results)
        expect(len(logs) == 1 and os.path.dirname(logs[0][0]) == results, [p for p, _ in logs])
        expect(oct(os.stat(results).st_mode & 0o777) == "0o700", oct(os.stat(results).st_mode))
        r = rjsim("report", results, "--no-progress", cwd=ROOT)
        expect(r.returncode == 0 and "1 used" in r.out, r.out + r.err)
        r = rjsim("replay", logs[0][0], cwd=ROOT)
        expect(r.returncode == 0 and "The replay matches the log" in r.out, r.out + r.err)
        r = rjsim("play", MINIMAL, "--text", "--choices", "1", "--seed", "3", cwd=ROOT, env={"RJSIM_RESULTS": results})
        expect(r.returncode == 0 and len(logs_in(results)) == 2, r.err)
        expect(tree(d) == {"my results", "my results/Ünïcode ☃ — folder", "my results/Ünïcode ☃ — folder/séance 1",
                           *(os.path.relpath(p, d) for p, _ in logs_in(results))}, tree(d))


@test
def a_results_folder_that_is_a_file_is_refused_and_left_alone():
    with tempfile.TemporaryDirectory() as d:
        target = os.path.join(d, "results.txt")
        with open(target, "w") as f:
            f.write("not a folder\n")
        for results, env in ((target, None), (os.path.join(target, "sub"), None), (None, {"RJSIM_RESULTS": target})):
            args = ["--results", results] if results else []
            r = rjsim("play", MINIMAL, "--text", "--choices", "1", "--seed", "1", *args, cwd=ROOT, env=env)
            expect(r.returncode == 73, f"{results}: exit {r.returncode}")
            expect(f"cannot create the folder {target}: a file of that name is in the way" in r.err, r.err)
        with open(target) as f:
            expect(f.read() == "not a folder\n", "the file was changed")
        expect(sorted(os.listdir(d)) == ["results.txt"], os.listdir(d))


@test
def names_of_10000_characters_make_short_safe_log_names():
    """A trainee name, a scenario id (the loader allows any length of its characters) and
    a trainee name that climbs ('../' 3,000 times) of 10,000 characters: the log's name takes
    40 bytes of each, the log keeps them whole."""
    with tempfile.TemporaryDirectory() as d:
        results = os.path.join(d, "results")
        long_id = "a-" * 5000
        with open(MINIMAL) as f:
            src = f.read().replace('id = "minimal"', f'id = "{long_id}"')
        scen = os.path.join(d, "long-id.lua")
        with open(scen, "w") as f:
            f.write(src)
        shutil.copy(RUBRIC, os.path.join(d, "rubric.lua"))
        trainees = ["x" * 10000, "é" * 5000, "../" * 3334, "\x1b[2J" * 2500]
        for t in trainees:
            r = rjsim("play", scen, "--text", "--choices", "1", "--seed", "1", "--trainee", t, "--results", results, cwd=d)
            expect(r.returncode == 0, f"{t[:12]!r}...: {r.err}")
        logs = logs_in(results)
        expect(len(logs) == len(trainees), f"{len(logs)} logs")
        for path, doc in logs:
            name = os.path.basename(path)
            expect_safe_log_name(name)
            parts = name[len("20261121T000000Z-"):-len("-12345678.json")].split("-", 1)
            expect(len(parts[0]) <= 40, name)
            expect(doc["scenario_id"] == long_id, "the log keeps the whole id")
        expect(sorted(doc["trainee"] for _, doc in logs) == sorted(trainees), "the logs keep the whole names")
        r = rjsim("report", results, "--no-progress", cwd=d)
        expect(r.returncode == 0, r.err)
        expect(sorted(os.listdir(d)) == ["long-id.lua", "results", "rubric.lua"], os.listdir(d))


@test
def a_results_path_or_scenario_path_too_long_fails_clearly():
    """Past PATH_MAX (4,096 bytes) or NAME_MAX (255) the system refuses the name: rjsim says
    which folder it could not create (mkdir -p keeps the parents it made, inside the given
    path) or which scenario it could not read."""
    with tempfile.TemporaryDirectory() as d:
        base = os.path.join(d, "long")
        too_long = os.path.join(base, *["d" * 200] * 50)  # 10,000 bytes, each part allowed
        too_wide = os.path.join(d, "e" * 300)
        for results in (too_long, too_wide):
            r = rjsim("play", MINIMAL, "--text", "--choices", "1", "--results", results, cwd=ROOT)
            expect(r.returncode == 73 and "cannot create the folder" in r.err and "File name too long" in r.err,
                   f"exit {r.returncode}: {r.err[:300]}")
        expect(all(p.startswith("long") for p in tree(d)), "folders made outside the given path")
        expect(not any(n.endswith(".json") for n in tree(d)), "a log was written")
        r = rjsim("play", "f/" * 5000 + "x.lua", "--text", "--choices", "1", "--results", d, cwd=d)
        expect(r.returncode == 66 and "cannot read scenario" in r.err, f"exit {r.returncode}: {r.err[:200]}")


if __name__ == "__main__":
    sys.exit(main())
