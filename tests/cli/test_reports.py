#!/usr/bin/python3
"""Command-line tests of `rjsim report` (the xAPI export: test_reports_xapi.py).

Usage: tests/cli/test_reports.py BUILD_DIR
A cohort of session logs is made once by playing the bundled scenarios with the text player
(--auto best|worst, scripted and random choices, fixed seeds); the figures the report gives
are checked against what Python computes from the same logs, and bad logs are added by hand.
Prints 'N passed, N failed' last.
"""
import copy
import csv
import html.parser
import io
import json
import os
import pty
import random
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import uuid

from common import RJSIM, ROOT, expect, logs_in, main, run, test, rjsim_cmd

WORK = tempfile.TemporaryDirectory(prefix="rjsim-reports-")
COHORT = os.path.join(WORK.name, "cohort")
FIXTURES = os.path.join(ROOT, "tests", "fixtures")


def play(scenario, trainee, *how, results=COHORT, stdin=None, mode="practice", seed=1):
    args = ["play", f"scenarios/{scenario}.lua", "--text", "--seed", str(seed), "--trainee", trainee,
            "--mode", mode, "--results", results, *how]
    r = subprocess.run([*rjsim_cmd(), *args], cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=1200 if os.environ.get("RJSIM_VALGRIND") == "1" else 120,
                       env={**os.environ, "COLUMNS": "80"})
    assert r.returncode == 0, f"play {args} failed: {r.stderr}"


def make_cohort():
    """Four trainees, every bundled scenario, good, poor, unfinished and random attempts."""
    rnd = random.Random(7)
    play("dc-youth-metro", "Ana Ortiz", "--auto", "best", seed=11)
    play("thames-valley-caution", "Ana Ortiz", "--auto", "worst", seed=12)
    play("dc-youth-metro", "  ana ORTIZ ", "--auto", "worst", seed=13, mode="assessment")
    play("dc-youth-metro", "Ben Quill", "--auto", "worst", seed=21)
    play("elderly-victim-declines", "Ben Quill", "--auto", "best", seed=22)
    play("dc-youth-metro", "Ben Quill", "--choices", "1", seed=23)  # stops early: abandoned
    play("king-county-firs", "Cleo Park", "--auto", "best", seed=31)
    play("ipv-mediation-request", "Cleo Park", "--auto", "worst", seed=32)
    for seed in (41, 42, 43):
        picks = "\n".join(str(rnd.randint(1, 3)) for _ in range(80)) + "\n"
        play("thames-valley-caution", "Zoë Ångström", stdin=picks, seed=seed)


make_cohort()
LOGS = logs_in(COHORT)  # every log validated against the session-log schema


def key(name):
    return " ".join(name.split()).lower()


def report_json(*args, **kw):
    """The JSON report, with its one section's figures at the top level for brevity: every
    mode together (--mode all) unless a --mode is given."""
    mode = [] if "--mode" in args else ["--mode", "all"]
    r = run("report", "--json", *args, *mode, **kw)
    expect(r.returncode == 0, r.stderr)
    rep = json.loads(r.stdout)
    expect(rep["report_version"] == 2 and len(rep["sections"]) == 1, rep.get("sections"))
    return {**rep, **rep["sections"][0]}


def copy_tree(src, dst):
    shutil.copytree(src, dst)
    return dst


def vary(doc, n, **changes):
    """A copy of a log as another attempt (a new session id), with fields changed."""
    d = copy.deepcopy(doc)
    d["session_id"] = str(uuid.UUID(int=n, version=4))
    d.update(changes)
    return d


def write(folder, name, doc_or_text):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "w") as f:
        f.write(doc_or_text if isinstance(doc_or_text, str) else json.dumps(doc_or_text))


# ---- the report's figures, against the logs ----

@test
def json_report_matches_what_the_logs_say():
    rep = report_json(COHORT)
    docs = [d for _, d in LOGS]
    expect(rep["totals"]["attempts"] == len(docs) == 11, rep["totals"])
    expect(rep["totals"]["completed"] == sum(d["status"] == "completed" for d in docs), rep["totals"])
    expect(rep["logs"]["files"] == 11 and rep["logs"]["skipped"] == [], rep["logs"])
    trainees = {t["name"]: t for t in rep["trainees"]}
    expect(len(trainees) == 4, list(trainees))  # "  ana ORTIZ " is Ana Ortiz
    for name, t in trainees.items():
        mine = sorted((d for d in docs if key(d["trainee"]) == key(name)), key=lambda d: d["started_at"])
        done = [d for d in mine if d["status"] == "completed"]
        expect(t["attempts"] == len(mine) and t["completed"] == len(done), (name, t))
        expect(t["scenarios_done"] == len({d["scenario_id"] for d in done}), (name, t))
        expect(t["violations"] == sum(len(d["violations"]) for d in mine), (name, t))
        latest = max(done, key=lambda d: (d["ended_at"], d["session_id"]))
        expect(abs(t["overall"]["latest"] - latest["overall"]) <= 0.005
               and abs(t["overall"]["best"] - max(d["overall"] for d in done)) <= 0.005, (name, t["overall"]))
        spellings = [d["trainee"] for d in mine]
        expect(t["name"] == max(spellings, key=lambda s: (spellings.count(s), max(
            (d["ended_at"] or d["started_at"], d["session_id"]) for d in mine if d["trainee"] == s))), t["name"])
    for p in rep["principles"]:
        vals = [s["score"] for d in docs if d["status"] == "completed" for s in d["scores"]
                if s["principle"] == p["id"] and s["measured"]]
        sc = p["scores"]
        expect(sc["n"] == len(vals), (p["id"], sc))
        expect(abs(sc["mean"] - statistics.fmean(vals)) <= 0.005, (p["id"], sc["mean"]))
        expect(abs(sc["sd"] - statistics.pstdev(vals)) <= 0.005, (p["id"], sc["sd"]))
        expect(sc["weak"] == sum(v < 50 for v in vals) and sum(sc["histogram"]) == len(vals), sc)
    expect(rep["principles"][0]["name"] == "Voluntary, informed participation", rep["principles"][0])
    for s in rep["scenarios"]:
        mine = [d for d in docs if d["scenario_id"] == s["id"]]
        expect(s["attempts"] == len(mine), s["id"])
        endings = {}
        for d in mine:
            if d["status"] == "completed":
                endings[d["ending"]["id"]] = endings.get(d["ending"]["id"], 0) + 1
        expect({e["id"]: e["count"] for e in s["endings"]} == endings, (s["id"], s["endings"]))
        for dec in s["decisions"]:
            taken = [x for d in mine for x in d["decisions"] if x["scene_id"] == dec["scene_id"]]
            expect(dec["taken"] == len(taken), (s["id"], dec["scene_id"]))
            expect(dec["off_best"] == sum(not x["best"] and bool(x["best_ids"]) for x in taken), dec)
            counts = {}
            for x in taken:
                counts[x["choice_id"]] = counts.get(x["choice_id"], 0) + 1
            expect({c["id"]: c["count"] for c in dec["choices"] if c["count"]} == counts, dec["choices"])
    hard = rep["hard_decisions"]
    every = [(s["id"], d) for s in rep["scenarios"] for d in s["decisions"]]
    expect(len(hard) == sum(2 * d["trainees_off"] > d["trainees"] for _, d in every) > 0, len(hard))
    expect([h["trainees_off"] for h in hard] == sorted((h["trainees_off"] for h in hard), reverse=True), hard)
    dc = next(s for s in rep["scenarios"] if s["id"] == "dc-youth-metro")
    expect(dc["unfinished"] == 1 and dc["attempts"] == 4 and dc["trainees"] == 2, dc)
    expect(len(rep["attempts"]) == 11 and rep["attempts"] == sorted(rep["attempts"], key=lambda a: a["started"]),
           "attempts in start order")


@test
def report_filters_by_trainee_scenario_mode_and_date():
    rep = report_json(COHORT, "--trainee", "ANA  ortiz")
    expect(rep["totals"]["attempts"] == 3 and rep["logs"]["filtered_out"] == 8, rep["totals"])
    expect(rep["filter"]["trainee"] == "ANA  ortiz", rep["filter"])
    rep = report_json(COHORT, "--scenario", "dc-youth-metro", "--mode", "assessment")
    expect(rep["totals"]["attempts"] == 1, rep["totals"])
    with tempfile.TemporaryDirectory() as d:
        base = LOGS[0][1]
        for n, day in enumerate(("2027-01-31", "2027-02-01", "2027-02-28", "2027-03-01")):
            write(d, f"{n}.json", vary(base, n + 1, started_at=f"{day}T23:59:59.999Z", ended_at=None,
                                       status="in_progress", ending=None, band=None))
        rep = report_json(d, "--since", "2027-02-01", "--until", "2027-02-28")
        expect(rep["totals"]["attempts"] == 2 and rep["logs"]["filtered_out"] == 2, rep["totals"])
        expect(rep["filter"]["since"] == "2027-02-01T00:00:00.000Z"
               and rep["filter"]["until"] == "2027-02-28T23:59:59.999Z", rep["filter"])


@test
def assessment_and_practice_are_reported_apart_by_default():
    """One assessment and one practice attempt (with a step back): the assessment figures are
    the assessment attempt's alone, in every format, and assessment comes first."""
    d = os.path.join(WORK.name, "two-modes")
    play("dc-youth-metro", "Dee Ray", "--auto", "worst", results=d, seed=5, mode="assessment")
    play("dc-youth-metro", "Dee Ray", results=d, seed=5, stdin="1\nb\n" + "1\n" * 40)
    docs = {doc["mode"]: doc for _, doc in logs_in(d)}
    expect(len(docs["practice"]["step_backs"]) == 1 and docs["assessment"]["step_backs"] == [], docs.keys())
    worst, practice = docs["assessment"]["overall"], docs["practice"]["overall"]
    expect(worst != practice, "the two attempts must score differently for this test to mean anything")

    r = run("report", "--json", d)
    expect(r.returncode == 0, r.stderr)
    sections = json.loads(r.stdout)["sections"]
    expect([x["mode"] for x in sections] == ["assessment", "practice"], [x["mode"] for x in sections])
    a, p = sections
    expect(a["totals"]["attempts"] == 1 and a["totals"]["step_backs"] == 0, a["totals"])
    expect(a["scenarios"][0]["overall"]["mean"] == round(worst, 2), (a["scenarios"][0]["overall"], worst))
    expect(a["trainees"][0]["overall"]["latest"] == round(worst, 2), a["trainees"][0])
    expect(all(x["mode"] == "assessment" for x in a["attempts"]), a["attempts"])
    expect(p["totals"]["step_backs"] == 1 and p["attempts"][0]["step_backs"] == 1, p["totals"])
    expect(p["scenarios"][0]["overall"]["mean"] == round(practice, 2), p["scenarios"][0]["overall"])

    r = run("report", d)
    out = r.stdout
    expect(out.startswith("rjsim report: 1 assessment attempt, 1 practice attempt\n"), out[:200])
    expect(out.index("\nAssessment attempts\n") < out.index("\nPractice attempts\n"), "assessment first")
    expect("; 1 step-back\n" in out.split("\nPractice attempts\n")[1], "the practice part counts step backs")

    r = run("report", d, "--csv", "--table", "scenarios")
    rows = {row["mode"]: row for row in csv.DictReader(io.StringIO(r.stdout))}
    expect(float(rows["assessment"]["overall_mean"]) == round(worst, 2), rows["assessment"])
    r = run("report", d, "--csv", "--table", "attempts")
    rows = {row["mode"]: row for row in csv.DictReader(io.StringIO(r.stdout))}
    expect(rows["practice"]["step_backs"] == "1" and rows["assessment"]["step_backs"] == "0", rows)

    out_html = os.path.join(WORK.name, "two-modes.html")
    r = run("report", d, "--html", out_html)
    expect(r.stdout.startswith(f"Wrote {out_html}: assessment: 1 attempt by 1 trainee on 1 scenario; practice: "),
           r.stdout)
    with open(out_html, encoding="utf-8") as f:
        page = f.read()
    c = Checker()
    c.feed(page)
    c.close()
    expect(not c.errors and c.stack == [], (c.errors[:3], c.stack))
    ids = re.findall(r' id="([^"]+)"', page)
    expect(len(ids) == len(set(ids)), "every id is unique")
    expect(page.index('id="part-assessment"') < page.index('id="part-practice"'), "assessment first")

    # --mode picks one; --mode all mixes them in one set of figures
    rep = report_json(d, "--mode", "assessment")
    expect(rep["mode"] == "assessment" and rep["totals"]["attempts"] == 1, rep["totals"])
    rep = report_json(d)
    expect(rep["mode"] == "all" and rep["totals"]["attempts"] == 2 and rep["totals"]["step_backs"] == 1, rep["totals"])


# ---- the formats ----

@test
def text_report_fits_the_terminal_and_names_everyone():
    r = run("report", COHORT, "--mode", "all")
    expect(r.returncode == 0 and r.stderr == "", r.stderr)
    out = r.stdout
    for part in ("rjsim report: 11 attempts by 4 trainees on 5 scenarios",
                 "Principles across the cohort, weakest first", "Decisions where most trainees leave",
                 "Ana Ortiz", "Zoë Ångström", "Who practised what", "The Metro Platform (dc-youth-metro)"):
        expect(part in out, f"no '{part}' in the text report")
    long = [line for line in out.splitlines() if len(line) > 80]
    expect(not long, f"lines over 80 columns: {long[:3]}")
    r = run("report", COHORT, "--mode", "all", env={"COLUMNS": "100"})
    expect(max(len(line) for line in r.stdout.splitlines()) > 80, "wider terminals get wider tables")


@test
def csv_tables_have_a_row_for_each_thing():
    expected_rows = {"trainees": 4, "scenarios": 5, "principles": 8, "attempts": 11}
    for table, rows in expected_rows.items():
        r = run("report", COHORT, "--mode", "all", "--csv", "--table", table)
        expect(r.returncode == 0, r.stderr)
        got = list(csv.DictReader(io.StringIO(r.stdout)))
        expect(len(got) == rows, f"{table}: {len(got)} rows")
    r = run("report", COHORT, "--mode", "all", "--csv")  # trainees by default
    head = r.stdout.splitlines()[0].split(",")
    expect(head[:3] == ["mode", "trainee", "attempts"] and "voluntary_latest" in head, head)
    r = run("report", COHORT, "--mode", "all", "--csv", "--table", "decisions")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    taken = sum(len(d["decisions"]) for _, d in LOGS)
    by_scene = {}
    for row in rows:
        by_scene[(row["scenario"], row["scene_id"])] = int(row["taken"])
    expect(sum(by_scene.values()) == taken, "every decision is in the decisions table")
    expect(sum(int(row["choice_count"]) for row in rows) == taken, "choice counts add up")


class Checker(html.parser.HTMLParser):
    """Checks that every element opened is closed in order, and collects the text."""
    VOID = {"meta", "br", "hr", "img", "input", "link", "line", "rect", "path", "circle"}

    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.text, self.tags = [], [], [], set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.add(tag)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


@test
def html_report_is_one_self_contained_page():
    out = os.path.join(WORK.name, "report.html")
    r = run("report", COHORT, "--mode", "all", "--html", out)
    expect(r.returncode == 0, r.stderr)
    expect(r.stdout == f"Wrote {out}: 11 attempts by 4 trainees on 5 scenarios.\n", r.stdout)
    expect(os.stat(out).st_mode & 0o077 == 0, "the report holds personal data: 0600")
    with open(out, encoding="utf-8") as f:
        page = f.read()
    c = Checker()
    c.feed(page)
    c.close()
    expect(not c.errors and c.stack == [], (c.errors[:3], c.stack))
    expect("script" not in c.tags and "img" not in c.tags and "link" not in c.tags, c.tags)
    expect(not re.search(r"(src|href)=\"(https?:)?//", page), "nothing is fetched from a network")
    expect(page.count("<svg") >= 12, "charts are inline SVG")
    text = " ".join(c.text)
    for part in ("Key findings", "Principles across the cohort", "Zoë Ångström", "Who practised what",
                 "The Metro Platform", "About the data", "How to read this report"):
        expect(part in text, f"no '{part}' in the page")


# ---- bad logs ----

@test
def bad_logs_are_named_and_skipped_and_the_rest_reported():
    d = copy_tree(COHORT, os.path.join(WORK.name, "damaged"))
    for name in ("truncated.json", "future-schema.json", "not-json.json"):
        shutil.copy(os.path.join(FIXTURES, "logs", name), os.path.join(d, "zz-" + name))
    write(d, "zz-empty.json", "")
    write(os.path.join(d, "copies"), "copy.json", LOGS[0][1])  # the same attempt again
    rep = report_json(d)
    kinds = sorted(s["kind"] for s in rep["logs"]["skipped"])
    expect(kinds == ["duplicate", "empty", "invalid", "newer", "truncated"], kinds)
    expect(rep["totals"]["attempts"] == 11, rep["totals"])
    for s in rep["logs"]["skipped"]:
        expect(s["message"].startswith(s["path"] + ": "), s)
    future = next(s for s in rep["logs"]["skipped"] if s["kind"] == "newer")
    expect(future["message"].endswith("written by a newer rjsim (schema 3); update rjsim to read it"), future)
    r = run("report", d)
    expect(r.returncode == 0, r.stderr)
    expect("Logs that could not be used (5)" in r.stdout and "zz-truncated.json" in r.stdout, r.stdout[-1500:])
    r = run("report", d, "--csv")
    expect(r.returncode == 0 and r.stderr.count("rjsim: warning: ") == 5, r.stderr)
    out = os.path.join(WORK.name, "damaged.html")
    r = run("report", d, "--html", out)
    expect(r.stdout.endswith("(5 logs could not be used).\n"), r.stdout)
    with open(out) as f:
        expect("zz-future-schema.json" in f.read(), "the page lists the skipped logs")


@test
def a_changed_scenario_file_marks_its_attempts_and_a_missing_one_does_not():
    with tempfile.TemporaryDirectory() as d:
        scen = os.path.join(d, "scen")
        os.makedirs(scen)
        for name in ("dc-youth-metro.lua", "rubric.lua"):
            shutil.copy(os.path.join(ROOT, "scenarios", name), scen)
        path = os.path.join(scen, "dc-youth-metro.lua")
        logs = os.path.join(d, "logs")
        r = subprocess.run([*rjsim_cmd(), "play", path, "--text", "--auto", "best", "--seed", "5", "--trainee", "Dee",
                            "--results", logs], cwd=ROOT, capture_output=True, text=True, timeout=1200 if os.environ.get("RJSIM_VALGRIND") == "1" else 120)
        expect(r.returncode == 0, r.stderr)
        rep = report_json(logs)
        expect(rep["logs"]["marked"] == [] and rep["totals"]["scenario_changed"] == 0, rep["logs"])
        with open(path, "a") as f:
            f.write("\n-- edited after the attempt\n")
        rep = report_json(logs)
        marked = rep["logs"]["marked"]
        expect(len(marked) == 1 and marked[0]["kind"] == "scenario_changed", marked)
        expect(f"the scenario file {path} has changed since this attempt" in marked[0]["message"], marked)
        expect(rep["attempts"][0]["scenario_changed"] is True and rep["totals"]["attempts"] == 1, rep["attempts"])
        os.remove(path)
        rep = report_json(logs)
        expect(rep["logs"]["marked"] == [] and rep["logs"]["skipped"] == [], rep["logs"])


@test
def missing_folders_exit_66_and_the_others_are_still_read():
    r = run("report", "--json", COHORT, "/nonexistent/logs")
    expect(r.returncode == 66, r.returncode)
    expect("/nonexistent/logs: no such folder or file; check the name" in r.stderr, r.stderr)
    sections = json.loads(r.stdout)["sections"]
    expect(sum(x["totals"]["attempts"] for x in sections) == 11, "the cohort is still reported")
    with tempfile.TemporaryDirectory() as home:
        r = run("report", env={"HOME": home, "XDG_DATA_HOME": ""})
        expect(r.returncode == 66, r.returncode)
        expect("there are no session logs yet: the results folder " in r.stderr
               and "play a scenario first" in r.stderr, r.stderr)
        empty = os.path.join(home, "empty")
        os.makedirs(empty)
        r = run("report", empty)
        expect(r.returncode == 0 and "no session logs found in " + empty in r.stderr, r.stderr)
    r = run("report", "--json", results=COHORT)  # $RJSIM_RESULTS when no folder is given
    expect(r.returncode == 0 and json.loads(r.stdout)["sources"] == [COHORT], r.stderr)


@test
def a_progress_bar_shows_on_a_terminal_only():
    with tempfile.TemporaryDirectory() as d:
        base = LOGS[0][1]
        for n in range(210):
            write(d, f"{n:04d}.json", vary(base, 1000 + n))
        master, slave = pty.openpty()
        p = subprocess.Popen([*rjsim_cmd(), "report", "--csv", d], cwd=ROOT, stdout=subprocess.PIPE, stderr=slave)
        os.close(slave)
        seen = b""
        while True:
            ready, _, _ = select.select([master], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        out, _ = p.communicate(timeout=60)
        os.close(master)
        expect(p.returncode == 0 and b"Reading session logs [" in seen and seen.endswith(b"\r\x1b[K"), seen[-200:])
        expect(out.startswith(b"mode,trainee,"), "the report itself is untouched")
        r = run("report", "--csv", d)
        expect("Reading" not in r.stderr, "no bar when standard error is not a terminal")


@test
def report_usage_errors_exit_64_and_say_what_to_do():
    r = run("report", "--help")
    expect(r.returncode == 0 and "Usage: rjsim report" in r.stdout and "--html FILE" in r.stdout, r.stdout)
    for args, message in ((["--since", "2026-02-30"], "--since needs a date as YYYY-MM-DD (UTC)"),
                          (["--until", "tomorrow"], "--until needs a date as YYYY-MM-DD (UTC)"),
                          (["--mode", "exam"], "--mode must be practice, assessment, workshop or all, not 'exam'"),
                          (["--table", "trainees"], "--table goes with --csv"),
                          (["--csv", "--table", "people"], "there is no table 'people'"),
                          (["--html", "x.html", "-o", "y"], "--html names its own file")):
        r = run("report", COHORT, *args)
        expect(r.returncode == 64 and message in r.stderr, f"{args}: {r.returncode} {r.stderr}")
    r = run("report", COHORT, "--html", "/nonexistent/dir/out.html")
    expect(r.returncode == 73 and "cannot write to /nonexistent/dir/out.html" in r.stderr, r.stderr)
    r = run("report", COHORT, "--rubric", "/nonexistent/rubric.lua")
    expect(r.returncode == 65, r.stderr)


sys.exit(main())
