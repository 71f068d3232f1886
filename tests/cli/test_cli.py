#!/usr/bin/python3
"""Integration tests of the rjsim command line: exit codes, messages, session logs.

Usage: tests/cli/test_cli.py BUILD_DIR
Every session log a test produces is validated against docs/session-log.schema.json
with a real JSON Schema (2020-12) validator. Prints 'N passed, N failed' last.
"""
import glob
import json
import os
import sys
import tempfile

from common import ROOT, VALIDATOR, expect, logs_in, main, run, test

# ---- command line basics ----

@test
def help_and_version_exit_zero():
    r = run("--help")
    expect(r.returncode == 0 and "Usage: rjsim" in r.stdout and "play" in r.stdout, r.stdout)
    r = run("--version")
    expect(r.returncode == 0 and r.stdout.startswith("rjsim "), r.stdout)
    for cmd in ("play", "check", "replay"):
        r = run(cmd, "--help")
        expect(r.returncode == 0 and "Usage: rjsim " + cmd in r.stdout, cmd + ": " + r.stdout)


@test
def usage_errors_exit_64_and_say_what_to_do():
    r = run("fly")
    expect(r.returncode == 64 and "unknown command 'fly'" in r.stderr and "--help" in r.stderr, r.stderr)
    r = run("play")
    expect(r.returncode == 64 and "needs a scenario file" in r.stderr, r.stderr)
    r = run("play", "scenarios/dc-youth-metro.lua", "--seed", "minus")
    expect(r.returncode == 64 and "--seed needs a whole number" in r.stderr, r.stderr)
    r = run("play", "scenarios/dc-youth-metro.lua", "--mode", "exam")
    expect(r.returncode == 64 and "--mode must be practice or assessment" in r.stderr, r.stderr)
    r = run("check")
    expect(r.returncode == 64, r.stderr)
    r = run("play", "no/such/file.lua", "--text")
    expect(r.returncode == 66 and "cannot read scenario" in r.stderr, r.stderr)


# ---- check ----

@test
def the_bundled_library_checks_clean():
    r = run("check", *sorted(glob.glob(os.path.join(ROOT, "scenarios", "*.lua"))))
    expect(r.returncode == 0, r.stdout + r.stderr)
    expect(" 0 errors, 0 warnings." in r.stdout, r.stdout)
    expect("score ranges:" in r.stdout and "endings reached" in r.stdout, r.stdout)


@test
def check_reports_a_broken_file_with_its_line_and_exits_65():
    path = "tests/scenarios/broken/unknown-target.lua"
    r = run("check", path)
    expect(r.returncode == 65, r.stdout)
    expect(f"{path}:7: error: unknown target scene 'nowhere'" in r.stdout, r.stdout)
    expect("1 error" in r.stdout, r.stdout)


@test
def check_reports_a_runtime_error_in_a_condition():
    path = "tests/scenarios/hostile/error-in-condition.lua"
    r = run("check", path)
    expect(r.returncode == 65, r.stdout)
    expect(f"{path}:7: error: attempt to index a nil value" in r.stdout, r.stdout)


@test
def check_warns_about_parts_never_reached_and_strict_fails_on_warnings():
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(ROOT, "tests/scenarios/valid/minimal.lua")) as f:
            src = f.read()
        src = src.replace('  ending "left"', '  ending "orphan" { title = "Never", text = "x" },\n  ending "left"')
        for name in ("minimal.lua", "rubric.lua"):
            pass
        with open(os.path.join(d, "orphan.lua"), "w") as f:
            f.write(src)
        with open(os.path.join(ROOT, "tests/scenarios/rubric.lua")) as f, open(os.path.join(d, "rubric.lua"), "w") as g:
            g.write(f.read())
        r = run("check", os.path.join(d, "orphan.lua"))
        expect(r.returncode == 0 and "warning: ending 'orphan' is never reached" in r.stdout, r.stdout)
        r = run("check", "--strict", os.path.join(d, "orphan.lua"))
        expect(r.returncode == 65, r.stdout)


# ---- play ----

def play(results, *extra, scenario="scenarios/dc-youth-metro.lua"):
    return run("play", scenario, "--text", *extra, results=results)


@test
def a_scripted_play_writes_a_valid_log_with_every_decision():
    with tempfile.TemporaryDirectory() as d:
        r = play(d, "--choices", "3,2", "--seed", "11", "--trainee", "Ana")
        expect(r.returncode == 0, r.stderr)
        logs = logs_in(d)
        expect(len(logs) == 1, logs)
        doc = logs[0][1]
        expect(doc["status"] == "abandoned", doc["status"])
        expect(len(doc["decisions"]) == 2 and doc["seed"] == 11 and doc["trainee"] == "Ana", doc)
        expect(doc["scenario_hash"].startswith("sha256:") and doc["rubric_version"] == 1, doc)
        expect("stopped at scene" in r.stdout, r.stdout)


@test
def practice_mode_shows_feedback_and_assessment_does_not():
    with tempfile.TemporaryDirectory() as d:
        r = play(d, "--choices", "1", "--seed", "1", "--mode", "practice")
        expect("Feedback" in r.stdout, r.stdout)
        r = play(d, "--choices", "1", "--seed", "1", "--mode", "assessment")
        expect("Feedback" not in r.stdout, r.stdout)


@test
def a_step_back_in_practice_is_logged_shown_in_the_debrief_and_replays():
    with tempfile.TemporaryDirectory() as d:
        keys = "1\nb\n" + "2\n" * 40  # first choice, step back, then choice 2 to the end
        r = run("play", "scenarios/dc-youth-metro.lua", "--text", "--seed", "3", "--trainee", "Bo",
                results=d, stdin_text=keys)
        expect(r.returncode == 0, r.stderr)
        (path, doc), = logs_in(d)  # validated against the schema, step_backs and all
        expect(doc["schema_version"] == 2 and doc["status"] == "completed", doc["status"])
        sb = doc["step_backs"]
        expect(len(sb) == 1 and sb[0]["decision"] == 0 and sb[0]["scene_id"] == "intake", sb)
        expect(sb[0]["choice_id"] != doc["decisions"][0]["choice_id"], "the undone choice is kept")
        expect(doc["started_at"] <= sb[0]["at"] <= doc["decisions"][0]["at"], sb)
        expect("\n1 step-back in practice\n" in r.stdout, r.stdout[-2000:])
        r = run("replay", path)
        expect(r.returncode == 0 and "The replay matches the log" in r.stdout, r.stdout + r.stderr)
        # none taken: the debrief says nothing about stepping back, and the list is empty
        r = play(d, "--choices", "2,2,2,2,2,2,2,2,2,2,2,2", "--seed", "3", "--trainee", "Cy")
        expect("step-back" not in r.stdout, r.stdout[-2000:])
        expect(all(doc["step_backs"] == [] for _, doc in logs_in(d) if doc["trainee"] == "Cy"), "empty list")


@test
def a_choice_out_of_range_names_the_scene():
    with tempfile.TemporaryDirectory() as d:
        r = play(d, "--choices", "1,9", "--seed", "1")
        expect(r.returncode == 64, r.returncode)
        expect("choice 9 is out of range in scene '" in r.stderr and "choices are shown there" in r.stderr, r.stderr)


@test
def choices_left_over_after_the_ending_are_warned_about():
    with tempfile.TemporaryDirectory() as d:
        r = play(d, "--choices", ",".join(["1"] * 40), "--seed", "7")
        expect(r.returncode == 0, r.stderr)
        expect("left over after the ending were ignored" in r.stderr, r.stderr)
        doc = logs_in(d)[0][1]
        expect(doc["status"] == "completed" and doc["ending"] is not None and doc["band"] is not None, doc)


@test
def a_trainee_name_never_escapes_the_results_folder():
    with tempfile.TemporaryDirectory() as d:
        results = os.path.join(d, "results")
        for name in ("../../etc/passwd", "a/b\\c", "\x1b[31mred\x07", "Zoë Ångström", "." * 300):
            r = play(results, "--choices", "1", "--seed", "1", "--trainee", name)
            expect(r.returncode == 0, r.stderr)
        files = os.listdir(results)
        expect(len(files) == 5, files)
        for f in files:
            expect("/" not in f and not f.startswith(".") and all(32 < ord(c) < 127 for c in f), f)
        expect(sorted(os.listdir(d)) == ["results"], os.listdir(d))
        names = sorted(doc["trainee"] for _, doc in logs_in(results))
        expect("Zoë Ångström" in names and "../../etc/passwd" in names, names)


@test
def an_unwritable_results_folder_is_reported_clearly():
    r = play("/proc/rjsim-cannot-be-here", "--choices", "1", "--seed", "1")
    expect(r.returncode == 73, r.returncode)
    expect("/proc/rjsim-cannot-be-here" in r.stderr, r.stderr)


@test
def a_script_error_is_shown_with_its_line_and_recorded_in_the_log():
    with tempfile.TemporaryDirectory() as d:
        r = play(d, "--choices", "1", scenario="tests/scenarios/hostile/loop-in-text.lua")
        expect(r.returncode == 65, r.returncode)
        expect("loop-in-text.lua:6: error: instruction budget exceeded" in r.stderr, r.stderr)
        doc = logs_in(d)[0][1]
        expect(doc["status"] == "error" and doc["error"]["line"] == 6, doc)


@test
def auto_best_and_worst_follow_the_explorers_policies():
    with tempfile.TemporaryDirectory() as d:
        r = play(os.path.join(d, "best"), "--auto", "best", "--seed", "1")
        expect(r.returncode == 0 and "Choices taken: " in r.stdout, r.stdout + r.stderr)
        best = logs_in(os.path.join(d, "best"))[0][1]
        expect(all(x["best"] for x in best["decisions"]), "every auto-best decision is marked best")
        expect(best["band"]["id"] == "exemplary" and not best["violations"], best["band"])
        r = play(os.path.join(d, "worst"), "--auto", "worst", "--seed", "1")
        worst = logs_in(os.path.join(d, "worst"))[0][1]
        expect(worst["band"]["id"] == "needs_work" and worst["violations"], worst["band"])
        # The worst policy minimises over the whole remaining path, so at a fork it may take the
        # locally right choice when that branch offers more ways to fail; compare outcomes.
        expect(worst["overall"] < best["overall"] - 50, (worst["overall"], best["overall"]))
        expect(any(not x["best"] for x in worst["decisions"]), "the worst path leaves the best one")
        r = play(d, "--auto", "best", "--choices", "1")
        expect(r.returncode == 64, r.stderr)


# ---- golden sessions and replay ----

def golden_files():
    return sorted(glob.glob(os.path.join(ROOT, "tests", "golden", "*.json")))


@test
def golden_sessions_reach_their_pinned_endings_and_scores():
    files = golden_files()
    expect(len(files) >= 4, files)
    for path in files:
        with open(path) as f:
            g = json.load(f)
        with tempfile.TemporaryDirectory() as d:
            r = play(d, "--choices", g["choices"], "--seed", str(g["seed"]), "--mode", g.get("mode", "practice"),
                     scenario=g["scenario"])
            expect(r.returncode == 0, f"{path}: {r.stderr}")
            doc = logs_in(d)[0][1]
            want = g["expect"]
            name = os.path.basename(path)
            expect(doc["status"] == want["status"], f"{name}: status {doc['status']}")
            expect((doc["ending"] or {}).get("id") == want["ending"], f"{name}: ending {doc['ending']}")
            expect((doc["band"] or {}).get("id") == want["band"], f"{name}: band {doc['band']}")
            expect(abs(doc["overall"] - want["overall"]) < 0.05, f"{name}: overall {doc['overall']}")
            expect(sorted(v["safeguard"] for v in doc["violations"]) == sorted(want["violations"]),
                   f"{name}: violations {doc['violations']}")
            expect(len(doc["decisions"]) == want["decisions"], f"{name}: {len(doc['decisions'])} decisions")
            if "not_measured" in want:
                unmeasured = sorted(s["principle"] for s in doc["scores"] if not s["measured"])
                expect(unmeasured == want["not_measured"], f"{name}: not measured {unmeasured}")
            # The log replays to the same result.
            r = run("replay", logs_in(d)[0][0])
            expect(r.returncode == 0 and "The replay matches the log" in r.stdout, f"{name}: {r.stdout}{r.stderr}")


@test
def replay_says_when_the_scenario_file_has_changed():
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(ROOT, "tests/scenarios/valid/minimal.lua")
        scen = os.path.join(d, "minimal.lua")
        with open(src) as f:
            text = f.read()
        with open(scen, "w") as f:
            f.write(text)
        with open(os.path.join(ROOT, "tests/scenarios/rubric.lua")) as f, open(os.path.join(d, "rubric.lua"), "w") as g:
            g.write(f.read())
        res = os.path.join(d, "res")
        r = run("play", scen, "--text", "--choices", "2,1", "--seed", "3", results=res)
        expect(r.returncode == 0, r.stderr)
        log = logs_in(res)[0][0]
        with open(scen, "w") as f:
            f.write(text.replace("Talking helps.", "Talking helps a lot."))
        r = run("replay", log)
        expect("has changed since this attempt" in r.stderr, r.stderr)
        expect(r.returncode == 0, r.stdout)
        with open(scen, "w") as f:
            f.write(text.replace('score = { b = 2 }, feedback = "Talking helps."', 'score = { b = 1 }, feedback = "x"'))
        r = run("replay", log)
        expect(r.returncode == 1 and "differs" in r.stdout, r.stdout)


@test
def replay_of_an_invalid_log_fails_clearly():
    r = run("replay", "tests/fixtures/logs/truncated.json")
    expect(r.returncode == 65 and "truncated.json" in r.stderr, r.stderr)
    r = run("replay", "tests/fixtures/logs/future-schema.json")
    expect(r.returncode == 65 and "newer rjsim" in r.stderr, r.stderr)


@test
def the_fixture_logs_match_the_schema_as_expected():
    for name, valid in (("valid.json", True), ("future-schema.json", False)):
        with open(os.path.join(ROOT, "tests/fixtures/logs", name)) as f:
            doc = json.load(f)
        ok = not list(VALIDATOR.iter_errors(doc))
        expect(ok == valid, f"{name}: schema says {'valid' if ok else 'invalid'}")


if __name__ == "__main__":
    sys.exit(main())
