#!/usr/bin/python3
"""Integration tests of the authoring tools: rjsim check (the linter, --json, --strict),
rjsim test (test files, --random, --exhaustive), rjsim graph, rjsim new, rjsim play --at /
--set and live reload, and the format reference in docs/authoring.md.

Usage: tests/cli/test_authoring.py BUILD_DIR     Prints 'N passed, N failed' last.
"""
import glob
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time

from common import ROOT, RJSIM, expect, logs_in, main, run, test, rjsim_cmd

LINT = "tests/scenarios/lint"
CASE = "tests/scenarios/testfiles/case.lua"


def bundled():
    return sorted(p for p in glob.glob(os.path.join(ROOT, "scenarios", "*.lua"))
                  if not p.endswith(".test.lua") and os.path.basename(p) != "rubric.lua")


def expected_lint(path):
    """The '-- lint: LINE: warning: message' lines a lint corpus file starts with."""
    out = []
    with open(os.path.join(ROOT, path)) as f:
        for line in f:
            if not line.startswith("-- lint: ") or line.startswith("-- lint: none"):
                break
            out.append(f"{path}:{line[len('-- lint: '):].rstrip()}")
    return out


def copy_case(d, names=("case.lua", "case.test.lua", "rubric.lua")):
    for n in names:
        shutil.copy(os.path.join(ROOT, "tests/scenarios/testfiles", n), os.path.join(d, n))
    return os.path.join(d, "case.lua")


@test
def the_authoring_commands_explain_themselves():
    for cmd in ("check", "test", "graph", "new", "format"):
        r = run(cmd, "--help")
        expect(r.returncode == 0 and r.stdout.startswith("Usage: rjsim " + cmd), cmd + ": " + r.stdout)
    expect("authoring audit" in run("check", "--help").stdout, "check --help names the audit")
    expect(all(f in run("test", "--help").stdout for f in ("--strategies", "--seeds N", "--json")),
           "test --help names the strategy flags")
    r = run("--help")
    expect(all(f"  {c} " in r.stdout for c in ("test", "graph", "new", "format")), r.stdout)
    r = run("check", "scenarios/rubric.lua")
    expect(r.returncode == 64 and "no scenario among the files given" in r.stderr, r.stderr)


# ---- check ----

@test
def check_reports_every_finding_as_file_line_grouped_per_file_with_a_summary():
    files = [f"{LINT}/vars.lua", f"{LINT}/teaching.lua"]
    r = run("check", *files)
    expect(r.returncode == 0, r.stdout + r.stderr)
    lines = r.stdout.splitlines()
    pos = 0
    for f in files:
        want = expected_lint(f)
        expect(len(want) >= 3, f"{f}: the corpus lists its findings")
        for w in want:
            hits = [i for i, l in enumerate(lines) if l.startswith(w)]
            expect(hits and hits[0] >= pos, f"missing or out of its file's group: {w}\n{r.stdout}")
        summary = [i for i, l in enumerate(lines) if l.startswith(f"{f}: 0 errors, {len(want)} warnings,")]
        expect(summary and all(i < summary[0] for i in
                               (j for j, l in enumerate(lines) if l.startswith(f + ":") and ": warning: " in l)),
               f"{f}: its findings come before its summary line\n{r.stdout}")
        pos = summary[0]
    found = [l for l in lines if ": warning: " in l or ": error: " in l]
    expect(len(found) == sum(len(expected_lint(f)) for f in files), f"exactly the listed findings:\n{r.stdout}")
    expect(lines[-1] == "Checked 2 files: 0 errors, 8 warnings.", lines[-1])
    r = run("check", "--strict", *files)
    expect(r.returncode == 65, f"--strict fails on warnings: {r.returncode}")


@test
def check_json_prints_the_same_findings_for_tools():
    files = [f"{LINT}/vars.lua", f"{LINT}/flat.lua", "tests/scenarios/broken/unknown-target.lua"]
    text = run("check", *files)
    r = run("check", "--json", *files)
    expect(r.returncode == 65 and text.returncode == 65, (r.returncode, text.returncode))
    doc = json.loads(r.stdout)
    expect([f["file"] for f in doc["files"]] == files, doc["files"])
    expect(doc["summary"] == {"files": 3, "errors": 1, "warnings": 4, "audit_warnings": 0}, doc["summary"])
    as_text = [f"{d['file']}:{d['line']}: {d['severity']}: {d['message']}" for f in doc["files"] for d in f["diagnostics"]]
    expect(as_text == [l for l in text.stdout.splitlines() if ": warning: " in l or ": error: " in l],
           f"{as_text}\n{text.stdout}")
    vars_ = doc["files"][0]
    expect(vars_["status"] == "warnings" and vars_["explored"] and vars_["states"] > 0, vars_)
    expect(vars_["endings"] == {"reached": 1, "total": 1} and "a" in vars_["ranges"], vars_)
    expect(doc["files"][2]["status"] == "errors" and not doc["files"][2]["explored"], doc["files"][2])


@test
def check_skips_the_rubric_and_test_files_in_a_glob():
    r = run("check", *sorted(glob.glob(os.path.join(ROOT, "tests/scenarios/testfiles/*.lua"))))
    expect(r.returncode == 0, r.stdout + r.stderr)
    expect(r.stdout.splitlines()[-1] == "Checked 1 file: 0 errors, 0 warnings.", r.stdout)


@test
def check_stats_prints_timings_and_memory():
    r = run("check", "--stats", f"{LINT}/clean.lua")
    expect(r.returncode == 0, r.stdout)
    expect(re.search(r"stats: load [\d.]+ ms, explore [\d.]+ ms \(\d+ states per second\), checks [\d.]+ ms", r.stdout),
           r.stdout)
    expect(re.search(r"^Peak memory: [\d.]+ MB$", r.stdout, re.M), r.stdout)


@test
def every_bundled_scenario_checks_clean_with_strict_but_for_the_audit():
    # The audit's own findings on the library are held to tests/cli/expected_failures.py by
    # test_audit.py; every other finding fails here.
    r = run("check", "--strict", *bundled())
    found = [l for l in r.stdout.splitlines() if (": warning: " in l or ": error: " in l) and ": audit: " not in l]
    expect(not found, "\n".join(found))


# ---- the authoring audit ----

AUDIT_LONGEST, AUDIT_BALANCED = f"{LINT}/audit-longest.lua", f"{LINT}/audit-balanced.lua"


@test
def the_audit_flags_a_scenario_whose_best_answer_is_always_the_longest():
    r = run("check", AUDIT_LONGEST, AUDIT_BALANCED)
    expect(r.returncode == 0, r.stdout)
    want = expected_lint(AUDIT_LONGEST)
    found = [l for l in r.stdout.splitlines() if ": warning: " in l]
    expect(len(want) == 2 and len(found) == 2 and all(f.startswith(w) for f, w in zip(found, want)), f"{want}\n{r.stdout}")
    expect(f"{AUDIT_LONGEST}: ok, 2 audit warnings, 9 states" in r.stdout, r.stdout)
    expect("  audit: 8 decisions; the best choice is longest 100% (!), shortest 0%," in r.stdout, r.stdout)
    expect("  audit: 8 decisions; the best choice is longest 38%, shortest 38%, first 38%, last 38%," in r.stdout, r.stdout)
    expect("3 trade-offs (3 costly best, 3 close calls)" in r.stdout, r.stdout)
    expect("0 trade-offs (0 costly best, 0 close calls)" in r.stdout, r.stdout)
    expect(r.stdout.splitlines()[-2:] == ["Checked 2 files: 0 errors, 0 warnings.",
                                          'Audit: 2 warnings (--strict fails on them too; see docs/authoring.md, '
                                          '"The authoring audit").'], r.stdout)
    expect(run("check", "--strict", AUDIT_LONGEST).returncode == 65, "--strict fails on an audit warning")
    expect(run("check", "--strict", AUDIT_BALANCED).returncode == 0, "a balanced scenario passes")
    doc = json.loads(run("check", "--json", AUDIT_LONGEST, AUDIT_BALANCED).stdout)
    expect(doc["summary"] == {"files": 2, "errors": 0, "warnings": 0, "audit_warnings": 2}, doc["summary"])
    longest, balanced = doc["files"]
    expect([d["category"] for d in longest["diagnostics"]] == ["audit", "audit"], longest["diagnostics"])
    a = longest["audit"]
    expect(a["decisions"] == 8 and a["judged"] and a["cues"]["longest"] == {"rate": 1.0, "flagged": True}, a)
    expect(abs(a["chance"] - 1 / 3) < 1e-3 and a["tradeoffs"] == 0, a)
    expect(not any(c["flagged"] for c in balanced["audit"]["cues"].values()), balanced["audit"])


@test
def check_decisions_lists_each_choices_credit():
    r = run("check", "--decisions", AUDIT_BALANCED)
    expect(r.returncode == 0, r.stdout + r.stderr)
    expect("  scene 's2' (line 20, 1 state): c2-1 0.92 c2-2 0.00 (serious) c2-3 1.00 (best)\n" in r.stdout, r.stdout)
    expect(r.stdout.count("  scene 's") == 8, r.stdout)
    r = run("check", AUDIT_BALANCED)
    expect("credit" not in r.stdout, "only with --decisions")


@test
def the_audit_measures_small_scenarios_without_judging_them():
    r = run("check", "--strict", f"{LINT}/clean.lua")
    expect(r.returncode == 0 and "  audit: 2 decisions (too few to judge);" in r.stdout, r.stdout)


@test
def strategies_fail_when_a_naive_strategy_reaches_the_top_band_and_say_how_to_replay_it():
    r = run("test", "--strategies", "--seeds", "20", "--seed", "5", AUDIT_LONGEST)
    expect(r.returncode == 1, r.stdout + r.stderr)
    expect(f"Naive strategies on {AUDIT_LONGEST}: 20 seeds (5 to 24)" in r.stdout, r.stdout)
    expect(re.search(r"^  longest +100\.0 +100\.0 +20 +0 +0 +0$", r.stdout, re.M), r.stdout)
    expect(f"{AUDIT_LONGEST}: error: strategy 'longest' reached the top band (Top) on 20 of 20 seeds" in r.stdout,
           r.stdout)
    m = re.search(r"replay: rjsim play (\S+) --text --seed (\d+) --choices ([\d,]+)", r.stdout)
    expect(m and m.group(1) == AUDIT_LONGEST and m.group(2) == "5" and m.group(3) == "1,2,3,1,2,3,1,2", r.stdout)
    with tempfile.TemporaryDirectory() as d:
        p = run("play", AUDIT_LONGEST, "--text", "--seed", m.group(2), "--choices", m.group(3), results=d)
        expect(p.returncode == 0 and "Overall: 100/100 - Top" in p.stdout, p.stdout[-600:] + p.stderr)
    r = run("test", "--strategies", "--seeds", "20", AUDIT_BALANCED)
    expect(r.returncode == 0 and "error" not in r.stdout, r.stdout)


@test
def strategies_json_is_one_document_for_tools():
    r = run("test", "--strategies", "--json", "--seeds", "10", AUDIT_LONGEST, AUDIT_BALANCED)
    expect(r.returncode == 1, r.returncode)
    doc = json.loads(r.stdout)
    expect([s["file"] for s in doc["scenarios"]] == [AUDIT_LONGEST, AUDIT_BALANCED], doc)
    longest = {x["name"]: x for x in doc["scenarios"][0]["strategies"]}
    expect(sorted(longest) == sorted(["first", "last", "longest", "shortest", "punctuation", "vocabulary", "random"]),
           longest)
    top = longest["longest"]
    expect(top["top_band"] and top["bands"] == {"top": 10, "mid": 0, "low": 0} and top["runs"] == 10, top)
    expect(top["replay"] == {"seed": 1, "choices": "1,2,3,1,2,3,1,2"}, top)
    expect(not any(x["top_band"] for x in doc["scenarios"][1]["strategies"]), doc["scenarios"][1])
    r = run("test", "--json", AUDIT_LONGEST)
    expect(r.returncode == 64 and "--json prints the strategy runs only" in r.stderr, r.stderr)
    r = run("test", "--strategies", "--seeds", "0", AUDIT_LONGEST)
    expect(r.returncode == 64 and "--seeds needs" in r.stderr, r.stderr)


# ---- test files ----

@test
def test_runs_the_expected_playthroughs_of_a_test_file():
    r = run("test", CASE)
    expect(r.returncode == 0, r.stdout + r.stderr)
    expect("case.test.lua: 5 tests" in r.stdout, r.stdout)
    expect("  ok    ask, then talk, by id (seed 4): ending 'no-agreement', top, overall 100.0" in r.stdout, r.stdout)
    expect(r.stdout.rstrip().endswith("Tests: 7 passed, 0 failed."), r.stdout)
    # A test file given instead of its scenario runs the same tests.
    r2 = run("test", CASE.replace(".lua", ".test.lua"))
    expect(r2.returncode == 0 and r2.stdout == r.stdout, r2.stdout)


@test
def a_failing_test_names_its_line_what_differed_and_how_to_replay_it():
    with tempfile.TemporaryDirectory() as d:
        scen = copy_case(d, ("case.lua", "rubric.lua"))
        with open(os.path.join(d, "case.test.lua"), "w") as f:
            f.write('return {\n  test "wrong" { auto = "best", expect = { band = "low", ending = "left" } },\n}\n')
        r = run("test", scen)
        expect(r.returncode == 1, r.returncode)
        expect(f"{d}/case.test.lua:2: error: test 'wrong' (seed 1) failed: ending 'no-agreement', expected 'left'; "
               "band 'top' (overall 100.0), expected 'low'" in r.stdout, r.stdout)
        expect(f"  replay: rjsim play {scen} --text --seed 1 --choices 1,1" in r.stdout, r.stdout)
        expect("Tests: 0 passed, 1 failed." in r.stdout, r.stdout)


@test
def a_broken_test_file_is_reported_with_its_line_and_exits_65():
    with tempfile.TemporaryDirectory() as d:
        scen = copy_case(d, ("case.lua", "rubric.lua"))
        shutil.copy(os.path.join(ROOT, "tests/scenarios/testfiles/bad-unknown-ending.test.lua"),
                    os.path.join(d, "case.test.lua"))
        r = run("test", scen)
        expect(r.returncode == 65, r.returncode)
        expect(f"{d}/case.test.lua:3: error: test 'ending': ending: 'dismissed' is not an ending of this scenario"
               in r.stdout, r.stdout)


@test
def a_scenario_without_a_test_file_says_what_to_do():
    r = run("test", f"{LINT}/clean.lua")
    expect(r.returncode == 66, r.returncode)
    expect("has no test file tests/scenarios/lint/clean.test.lua" in r.stderr and "--random" in r.stderr, r.stderr)
    r = run("test", "--random", "0", CASE)
    expect(r.returncode == 64 and "--random needs" in r.stderr, r.stderr)


@test
def every_bundled_scenario_has_a_test_file_and_passes_it():
    for s in bundled():
        expect(os.path.exists(s[:-4] + ".test.lua"), f"{s} has no test file")
    r = run("test", *sorted(glob.glob(os.path.join(ROOT, "scenarios", "*.lua"))))
    expect(r.returncode == 0, "\n".join(l for l in r.stdout.splitlines() if "error" in l or "Tests:" in l))
    expect(r.stdout.count("Tests: ") == len(bundled()), r.stdout.count("Tests: "))


# ---- random and exhaustive playthroughs ----

@test
def random_playthroughs_are_seeded_and_report_coverage_and_score_spread():
    r = run("test", CASE, "--no-tests", "--random", "200", "--seed", "7")
    again = run("test", CASE, "--no-tests", "--random", "200", "--seed", "7")
    expect(r.returncode == 0 and r.stdout == again.stdout, "the same seed gives the same report")
    out = r.stdout
    expect(f"Random playthroughs of {CASE}: 200 (seeds 7 to 206), 200 completed, 0 failed" in out, out)
    expect(re.search(r"^  left +\d+ +0 +\d+ +50 ", out, re.M), out)
    expect(re.search(r"^  overall +0 +\d+ +100$", out, re.M), out)
    expect("Coverage: 5 of 5 scenes and endings reached, 4 of 4 choices taken" in out, out)
    visits = re.search(r"^ +200  door: ask (\d+), push (\d+)$", out, re.M)
    expect(visits and int(visits.group(1)) + int(visits.group(2)) == 200, out)
    other = run("test", CASE, "--no-tests", "--random", "200", "--seed", "8")
    expect(other.stdout != out, "another seed gives other playthroughs")


@test
def a_random_failure_names_the_seed_that_replays_it_exactly():
    with tempfile.TemporaryDirectory() as d:
        scen = copy_case(d, ("case.lua", "rubric.lua"))
        with open(scen) as f:
            src = f.read()
        # Leaving without having asked now reaches a scene with no choice available.
        src = src.replace('choice { "Leave", id = "leave", to = "left"',
                          'choice { "Leave", id = "leave", to = "porch"')
        src = src.replace('  ending "agreement"', '  scene "porch" { text = "Outside.",\n'
                          '    choice { "Go", id = "go", to = "left", when = function(v) return v.asked end,\n'
                          '      feedback = "Fine." } },\n  ending "agreement"')
        with open(scen, "w") as f:
            f.write(src)
        r = run("test", scen, "--no-tests", "--random", "50", "--seed", "1")
        expect(r.returncode == 1, r.stdout)
        m = re.search(r"^(\S+):(\d+): error: dead end: no choice in scene 'porch' is available with the current "
                      r"variables \(seed (\d+)\)$", r.stdout, re.M)
        expect(m and m.group(1) == scen, r.stdout)
        seed = m.group(3)
        m2 = re.search(rf"or: rjsim play \S+ --text --seed {seed} --choices ([\d,]+)", r.stdout)
        expect(m2 and m2.group(1) == "2,2", r.stdout)
        one = run("test", scen, "--no-tests", "--random", "1", "--seed", seed)
        expect(one.returncode == 1 and f"(seed {seed})" in one.stdout, one.stdout)
        p = run("play", scen, "--text", "--seed", seed, "--choices", m2.group(1), results=os.path.join(d, "r"))
        expect(p.returncode == 65 and "dead end: no choice in scene 'porch'" in p.stderr, p.stderr)


@test
def exhaustive_walks_every_path_or_every_state():
    r = run("test", CASE, "--no-tests", "--exhaustive")
    expect(r.returncode == 0, r.stdout)
    expect(f"Every path of {CASE}: 6 complete paths over 9 states" in r.stdout, r.stdout)
    expect(re.search(r"^  agreement +2 +50 +75 +100  top 1, mid 1; 1 broke a safeguard$", r.stdout, re.M), r.stdout)
    expect(re.search(r"^ +6  inside: talk 4, leave 2$", r.stdout, re.M), r.stdout)
    r = run("test", CASE, "--no-tests", "--exhaustive", "--max-paths", "2")
    expect(f"Every state of {CASE}: 9 states, 6 of them endings (more than 2 paths" in r.stdout, r.stdout)
    expect(re.search(r"^  agreement +2 +50 +100  possible: top, mid; a safeguard can be broken$", r.stdout, re.M),
           r.stdout)


# ---- graph ----

@test
def graph_prints_the_branching_as_dot():
    r = run("graph", f"{LINT}/teaching.lua")
    expect(r.returncode == 0 and r.stdout.startswith('digraph "lint-teaching" {'), r.stdout[:200] + r.stderr)
    dot = r.stdout
    expect('"intro" [label="intro", penwidth=3' in dot, "the start is marked")
    expect('"pick" [label="pick\\n(never reached)", style="rounded,filled,dashed"' in dot, "unreachable is grey")
    expect('"done" [label="ENDING: done\\nDone", shape=doubleoctagon' in dot, "endings are marked")
    expect('"intro" -> "long" [label="1. Begin\\na +1, b +1", tooltip="begin", color="#1e8449"' in dot, dot)
    r = run("graph", "tests/scenarios/testfiles/case.lua")
    expect('"door" -> "inside" [label="2. Push in\\na -2\\nBREAKS s1", tooltip="push", color="#c0392b"' in r.stdout,
           r.stdout)
    expect('"inside" -> "agreement" [label="1. Talk\\n(chance 50%)' in r.stdout, r.stdout)
    if shutil.which("dot"):
        v = subprocess.run(["dot", "-Tsvg"], input=dot, capture_output=True, text=True)
        expect(v.returncode == 0 and "<svg" in v.stdout, "Graphviz accepts the DOT: " + v.stderr)


@test
def graph_svg_uses_graphviz_or_says_how_to_get_it():
    with tempfile.TemporaryDirectory() as d:
        svg = os.path.join(d, "case.svg")
        if shutil.which("dot"):
            r = run("graph", CASE, "--svg", svg)
            expect(r.returncode == 0 and f"Wrote {svg}" in r.stdout, r.stdout + r.stderr)
            with open(svg) as f:
                expect("<svg" in f.read(), "an SVG file")
        r = run("graph", CASE, "--svg", svg, env={"PATH": d})
        expect(r.returncode == 69, r.returncode)
        expect("needs Graphviz's dot, which is not installed" in r.stderr and "apt-get install graphviz" in r.stderr,
               r.stderr)


# ---- new ----

@test
def new_writes_a_scenario_that_checks_clean_tests_green_and_plays():
    with tempfile.TemporaryDirectory() as d:
        r = run("new", "shop-theft", "--dir", d)
        expect(r.returncode == 0, r.stderr)
        expect(sorted(os.listdir(d)) == ["rubric.lua", "shop-theft.lua", "shop-theft.test.lua"], os.listdir(d))
        scen = os.path.join(d, "shop-theft.lua")
        with open(scen) as f:
            src = f.read()
        expect(src.count("--") > 15, "the starting scenario is commented")
        r = run("check", "--strict", scen)
        expect(r.returncode == 0 and "0 errors, 0 warnings" in r.stdout, r.stdout)
        r = run("test", scen)
        expect(r.returncode == 0 and "Tests: 6 passed, 0 failed." in r.stdout, r.stdout)
        r = run("play", scen, "--text", "--auto", "best", "--seed", "1", results=os.path.join(d, "res"))
        expect(r.returncode == 0 and "Exemplary" in r.stdout, r.stdout + r.stderr)
        r = run("new", "shop-theft", "--dir", d)
        expect(r.returncode == 73 and "already exists" in r.stderr, r.stderr)
        with open(scen) as f:
            expect(f.read() == src, "nothing is overwritten")
        r = run("new", "Shop Theft", "--dir", d)
        expect(r.returncode == 64 and "lowercase letters, digits and '-'" in r.stderr, r.stderr)


# ---- play --at / --set and live reload ----

@test
def play_at_a_scene_with_variables_set_tests_one_part():
    with tempfile.TemporaryDirectory() as d:
        r = run("play", CASE, "--text", "--at", "inside", "--set", "asked=true", "--choices", "1", "--seed", "2",
                results=d)
        expect(r.returncode == 0, r.stderr)
        expect("(Testing from scene 'inside' with the variables set: this attempt is not logged.)" in r.stdout, r.stdout)
        expect("She invites you in." in r.stdout and "ENDING: Agreement" in r.stdout, r.stdout)
        expect(os.listdir(d) == [], "no session log for a test from a scene")
        r = run("play", CASE, "--text", "--at", "nowhere", "--choices", "1", results=d)
        expect(r.returncode == 64 and "--at: no scene 'nowhere'" in r.stderr and "  inside\n" in r.stderr, r.stderr)
        r = run("play", CASE, "--text", "--set", "asked=maybe", "--choices", "1", results=d)
        expect(r.returncode == 64 and "'asked' is a boolean variable: give true or false" in r.stderr, r.stderr)
        r = run("play", CASE, "--text", "--set", "mood=calm", "--choices", "1", results=d)
        expect(r.returncode == 64 and "'mood' is not a declared variable" in r.stderr, r.stderr)


class Player:
    """The text player on a pipe, read until a marker appears (the timeout only catches a hang)."""

    def __init__(self, *args, results):
        env = dict(os.environ, COLUMNS="80", RJSIM_RESULTS=results)
        self.p = subprocess.Popen([*rjsim_cmd(), *args], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self.buf = b""

    def until(self, marker, limit=60):
        end = time.time() + limit
        while marker.encode() not in self.buf:
            ready, _, _ = select.select([self.p.stdout], [], [], max(0, end - time.time()))
            chunk = os.read(self.p.stdout.fileno(), 65536) if ready else b""
            if not chunk:
                self.p.kill()
                raise AssertionError(f"no {marker!r} in: {self.buf.decode()[-1500:]}")
            self.buf += chunk
        i = self.buf.index(marker.encode()) + len(marker)
        out, self.buf = self.buf[:i].decode(), self.buf[i:]
        return out

    def send(self, line):
        self.p.stdin.write(line.encode() + b"\n")
        self.p.stdin.flush()

    def finish(self):
        self.p.stdin.close()
        rest = self.buf.decode() + self.p.stdout.read().decode()
        return self.p.wait(timeout=60), rest


def save(path, text):
    """Saves as most editors do: a temporary file renamed over the original."""
    tmp = path + ".swp"
    with open(tmp, "w") as f:
        f.write(text)
    os.rename(tmp, path)


@test
def saving_the_scenario_while_playing_reloads_it_and_replays_the_decisions():
    with tempfile.TemporaryDirectory() as d:
        scen = copy_case(d, ("case.lua", "rubric.lua"))
        with open(scen) as f:
            src = f.read()
        pl = Player("play", scen, "--text", "--seed", "4", results=os.path.join(d, "res"))
        out = pl.until("q to quit: ")
        expect("Live reload is on" in out, out)
        pl.send("1")
        expect("She invites you in." in pl.until("q to quit: "), "took 'ask'")
        save(scen, src.replace("She invites you in.", "She smiles and invites you in."))
        out = pl.until("q to quit: ")
        expect("*** Reloaded: replayed 1 of 1 decisions." in out and "She smiles and invites you in." in out, out)
        # A broken save: the error with its line, and the last good version keeps playing.
        with open(scen, "w") as f:
            f.write(src.replace('title = "You left",', 'title = "You left" oops'))
        out = pl.until("q to quit: ")
        expect(re.search(re.escape(scen) + r":\d+: error: .*near 'oops'", out), out)
        expect("still playing the last version that loaded" in out and "She smiles and invites you in." in out, out)
        # A version without the choice taken: the replay stops cleanly where it is gone.
        save(scen, src.replace('id = "ask"', 'id = "ask-first"'))
        out = pl.until("q to quit: ")
        expect("*** Reloaded: replayed 0 of 1 decisions. Stopped there: the new version no longer offers choice "
               "'ask' in scene 'door'." in out and "At the door." in out, out)
        pl.send("1")
        pl.until("q to quit: ")
        pl.send("1")
        rc, rest = pl.finish()
        expect(rc == 0 and "DEBRIEF" in rest, rest[-800:])
        logs = logs_in(os.path.join(d, "res"))
        expect(len(logs) == 1 and logs[0][1]["status"] == "completed", [l[1]["status"] for l in logs])
        expect([x["choice_id"] for x in logs[0][1]["decisions"]] == ["ask-first", "talk"], logs[0][1]["decisions"])


@test
def scripted_and_automatic_plays_do_not_watch_for_changes():
    r = run("play", CASE, "--text", "--choices", "1,2", "--seed", "1", results=tempfile.mkdtemp())
    expect(r.returncode == 0 and "Live reload" not in r.stdout, r.stdout)


# ---- the format reference ----

@test
def the_reference_in_docs_authoring_md_is_generated_from_the_format_tables():
    r = run("format")
    expect(r.returncode == 0 and "| `feedback` |" in r.stdout and "### Test fields" in r.stdout, r.stdout[:300])
    with open(os.path.join(ROOT, "docs", "authoring.md")) as f:
        doc = f.read()
    begin, end = "<!-- BEGIN REFERENCE -->\n", "<!-- END REFERENCE -->"
    expect(begin in doc and end in doc, "docs/authoring.md marks its generated reference")
    block = doc[doc.index(begin) + len(begin):doc.index(end)]
    expect(block == r.stdout, "docs/authoring.md's reference differs from `rjsim format`: "
                              "run scripts/update-reference.sh build/release")
    with open(os.path.join(ROOT, "README.md")) as f:
        readme = f.read()
    for link in re.findall(r"\]\((docs/[^)#]+)", readme):
        expect(os.path.exists(os.path.join(ROOT, link)), f"README links {link}, which does not exist")
    expect("docs/authoring.md" in readme, "README links the authoring guide")


if __name__ == "__main__":
    sys.exit(main())
