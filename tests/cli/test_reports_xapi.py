#!/usr/bin/python3
"""Command-line tests of `rjsim export --xapi`: session logs as xAPI 1.0.3 statements.

Usage: tests/cli/test_reports_xapi.py BUILD_DIR
A small cohort is played with the text player; every statement exported is validated against
tests/fixtures/xapi/statement.schema.json (Draft 2020-12, with format checks), and what the
schema cannot see is checked here: version 5 ids that Python's uuid.uuid5 derives the same
way, one registration per attempt, a stable export, the actor options.
Prints 'N passed, N failed' last.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import uuid

import jsonschema

from common import RJSIM, ROOT, expect, logs_in, main, run, test, rjsim_cmd

WORK = tempfile.TemporaryDirectory(prefix="rjsim-xapi-")
COHORT = os.path.join(WORK.name, "cohort")
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
with open(os.path.join(FIXTURES, "xapi", "statement.schema.json")) as f:
    XAPI = jsonschema.Draft202012Validator(json.load(f), format_checker=jsonschema.FormatChecker())
RJSIM_NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://rjsim.invalid/xapi")


def play(scenario, trainee, *how, seed=1):
    args = ["play", f"scenarios/{scenario}.lua", "--text", "--seed", str(seed), "--trainee", trainee,
            "--results", COHORT, *how]
    r = subprocess.run([*rjsim_cmd(), *args], cwd=ROOT, capture_output=True, text=True, timeout=1200 if os.environ.get("RJSIM_VALGRIND") == "1" else 120)
    assert r.returncode == 0, f"play {args} failed: {r.stderr}"


play("dc-youth-metro", "Ana Ortiz", "--auto", "best", seed=11)
play("dc-youth-metro", "  ana ORTIZ ", "--auto", "worst", seed=13)
play("elderly-victim-declines", "Ben Quill", "--auto", "best", seed=22)
play("dc-youth-metro", "Ben Quill", "--choices", "1", seed=23)  # stops early: abandoned
play("king-county-firs", "Cleo Park", "--auto", "best", seed=31)
play("ipv-mediation-request", "Cleo Park", "--auto", "worst", seed=32)
LOGS = logs_in(COHORT)  # every log validated against the session-log schema


def export(*args, **kw):
    r = run("export", "--xapi", *args, **kw)
    expect(r.returncode == 0, r.stderr)
    return r.stdout, json.loads(r.stdout)


IRI = re.compile(r"^https?://[^\s/]+(/\S*)?$")


@test
def the_xapi_schema_accepts_the_reference_statements_and_rejects_broken_ones():
    for name in ("choice.json", "completed.json"):
        with open(os.path.join(FIXTURES, "xapi", name)) as f:
            good = json.load(f)
        expect(not list(XAPI.iter_errors(good)), name)
        for broken in ({**good, "id": "not-a-uuid"}, {k: v for k, v in good.items() if k != "actor"},
                       {**good, "timestamp": "2025-03-14 09:21"},
                       {**good, "result": {**good["result"], "duration": "41 seconds"}},
                       {**good, "context": {**good["context"], "registration": "0b8e8f7c"}}):
            expect(list(XAPI.iter_errors(broken)), f"{name}: the schema should refuse {broken}")


@test
def xapi_export_validates_and_is_stable():
    text, statements = export(COHORT)
    docs = [d for _, d in LOGS]
    completed = [d for d in docs if d["status"] == "completed"]
    expect(len(statements) == sum(len(d["decisions"]) for d in docs) + len(completed), len(statements))
    for st in statements:
        errors = list(XAPI.iter_errors(st))
        expect(not errors, f"{st['id']}: {errors[:1]}")
        expect(IRI.match(st["verb"]["id"]) and IRI.match(st["object"]["id"]), st["object"]["id"])
        expect(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", st["timestamp"]), st["timestamp"])
        expect(uuid.UUID(st["id"]).version == 5 and uuid.UUID(st["context"]["registration"]).version == 5, st["id"])
        expect(all(IRI.match(k) for k in st["context"]["extensions"]), st["context"]["extensions"])
    expect(len({st["id"] for st in statements}) == len(statements), "statement ids are unique")
    by_session = {}
    for st in statements:
        by_session.setdefault(st["context"]["extensions"]["https://rjsim.invalid/xapi/extensions/session-id"],
                              []).append(st)
    expect(len(by_session) == len(docs), "every attempt has statements")
    for d in docs:
        sid, mine = d["session_id"], by_session[d["session_id"]]
        expect({st["context"]["registration"] for st in mine} == {str(uuid.uuid5(RJSIM_NS, "registration/" + sid))},
               "one registration per attempt, derived from the session id")
        answered = [st for st in mine if st["verb"]["id"].endswith("/answered")]
        for i, (st, dec) in enumerate(zip(answered, d["decisions"])):
            expect(st["id"] == str(uuid.uuid5(RJSIM_NS, f"answered/{sid}/{i}")), st["id"])
            defn = st["object"]["definition"]
            expect(defn["interactionType"] == "choice" and defn["type"].endswith("/cmi.interaction"), defn)
            expect(st["result"]["response"] == dec["choice_id"], st["result"])
            expect(st["result"].get("success") == (dec["best"] if dec["best_ids"] else None), st["result"])
            expect(defn.get("correctResponsesPattern", []) == dec["best_ids"], defn)
            ids = [c["id"] for c in defn["choices"]]
            expect(dec["choice_id"] in ids and all(b in ids for b in dec["best_ids"]), ids)
            expect(st["timestamp"] == dec["at"], (st["timestamp"], dec["at"]))
        done = [st for st in mine if st["verb"]["id"].endswith("/completed")]
        expect(len(done) == (d["status"] == "completed"), sid)
        for st in done:
            expect(st["id"] == str(uuid.uuid5(RJSIM_NS, f"completed/{sid}")), st["id"])
            expect(abs(st["result"]["score"]["scaled"] - d["overall"] / 100) < 1e-12, st["result"])
            expect(st["result"]["completion"] is True and st["timestamp"] == d["ended_at"], st["result"])
    names = {st["actor"]["account"]["name"] for st in statements}
    expect(len(names) == 3 and all(re.fullmatch(r"rjsim-[0-9a-f]{24}", n) for n in names), names)
    expect("Ortiz" not in text and "Quill" not in text, "trainees' names stay out by default")
    again, _ = export(COHORT)
    expect(again == text, "exporting the same logs again gives the same statements")
    # the interaction lists every choice the scenario offers at that scene
    scene = next(st for st in statements if st["object"]["id"].endswith("/dc-youth-metro/decisions/intake"))
    expect(len(scene["object"]["definition"]["choices"]) == 3, scene["object"]["definition"]["choices"])


@test
def xapi_options_home_page_actor_names_and_output_file():
    out = os.path.join(WORK.name, "statements.json")
    cleo = [d for _, d in LOGS if d["trainee"] == "Cleo Park"]
    n = sum(len(d["decisions"]) + (d["status"] == "completed") for d in cleo)
    r = run("export", "--xapi", COHORT, "--home-page", "https://academy.example.org/", "--actor-names",
            "--trainee", "Cleo Park", "-o", out)
    expect(r.returncode == 0 and r.stdout == f"Wrote {n} statements from 2 session logs to {out}.\n",
           r.stdout + r.stderr)
    with open(out) as f:
        statements = json.load(f)
    expect(all(st["actor"]["account"] == {"homePage": "https://academy.example.org", "name": "Cleo Park"}
               for st in statements), statements[0]["actor"])
    expect(all(st["object"]["id"].startswith("https://academy.example.org/xapi/scenarios/") for st in statements),
           statements[0]["object"]["id"])
    expect(all(not list(XAPI.iter_errors(st)) for st in statements), "valid")
    _, none = export(COHORT, "--trainee", "Nobody")
    expect(none == [], none)
    r = run("export", COHORT)
    expect(r.returncode == 64 and "export needs a format: rjsim export --xapi" in r.stderr, r.stderr)
    r = run("export", "--xapi", COHORT, "--home-page", "academy.org")
    expect(r.returncode == 64 and "is not a web address" in r.stderr, r.stderr)
    r = run("export", "--help")
    expect(r.returncode == 0 and "Usage: rjsim export --xapi" in r.stdout, r.stdout)


sys.exit(main())
