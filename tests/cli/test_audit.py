#!/usr/bin/python3
"""The authoring audit on the bundled library (issue #12): `rjsim check --strict` (its
"audit:" warnings) and `rjsim test --strategies` on every scenario in scenarios/. A scenario
listed in expected_failures.EXPECTED_TO_FAIL must still fail one of them; any other must
pass both. Nothing is skipped.

Usage: tests/cli/test_audit.py BUILD_DIR      Prints 'N passed, N failed' last.
"""
import glob
import json
import os
import shutil
import sys
import tempfile

from common import ROOT, expect, main, run, test
from expected_failures import EXPECTED_TO_FAIL

SCENARIOS = sorted(p for p in glob.glob(os.path.join(ROOT, "scenarios", "*.lua"))
                   if not p.endswith((".test.lua", "rubric.lua")))


def name(path):
    return os.path.basename(path)[:-len(".lua")]


def audit_findings():
    """Per scenario, its audit warnings; asserts it has no other finding."""
    r = run("check", "--strict", "--json", *SCENARIOS)
    doc = json.loads(r.stdout)
    out = {}
    for f in doc["files"]:
        other = [d["message"] for d in f["diagnostics"] if d["category"] != "audit"]
        expect(not other, f"{f['file']}: findings other than the audit: {other}")
        out[name(f["file"])] = [f"{d['line']}: {d['message']}" for d in f["diagnostics"] if d["category"] == "audit"]
    expect(r.returncode == (65 if any(out.values()) else 0), f"check --strict exits {r.returncode}")
    return out


def strategy_tops():
    """Per scenario, the strategies that fail it on the default 200 seeds (a cue strategy in the
    top band on any seed; random play on more than 1% of them)."""
    r = run("test", "--strategies", "--json", *SCENARIOS)
    doc = json.loads(r.stdout)
    out = {name(s["file"]): [x["name"] for x in s["strategies"] if x["fails"]] for s in doc["scenarios"]}
    expect(r.returncode == (1 if any(out.values()) else 0), f"test --strategies exits {r.returncode}")
    return out


@test
def the_expected_failures_name_bundled_scenarios():
    names = {name(p) for p in SCENARIOS}
    expect(EXPECTED_TO_FAIL <= names, f"not bundled scenarios: {sorted(EXPECTED_TO_FAIL - names)}")


@test
def each_bundled_scenario_passes_the_audit_and_strategies_unless_listed():
    audit, tops = audit_findings(), strategy_tops()
    expect(set(audit) == set(tops) == {name(p) for p in SCENARIOS}, (sorted(audit), sorted(tops)))
    for n in sorted(audit):
        failed = bool(audit[n]) or bool(tops[n])
        if n in EXPECTED_TO_FAIL:
            expect(failed, f"{n} now passes the audit and the naive strategies: take it off EXPECTED_TO_FAIL "
                           "in tests/cli/expected_failures.py")
        else:
            expect(not failed, f"{n} fails: audit {audit[n]}; strategies reaching the top band {tops[n]}")


@test
def perfect_play_scores_100_and_the_top_band_on_seeds_1_to_20_in_every_bundled_scenario():
    """The most restorative choice at every decision scores 100 whatever chance does (issue
    #12): a test file per scenario, beside a copy of it, plays auto = "best" on seeds 1-20."""
    with tempfile.TemporaryDirectory() as d:
        shutil.copy(os.path.join(ROOT, "scenarios", "rubric.lua"), d)
        for path in SCENARIOS:
            copy = os.path.join(d, os.path.basename(path))
            shutil.copy(path, copy)
            with open(copy[:-len(".lua")] + ".test.lua", "w") as f:
                f.write('return {\n  test "perfect play" {\n    auto = "best", seeds = { %s },\n'
                        '    expect = { overall = 100, violations = 0, band = "exemplary" },\n  },\n}\n'
                        % ", ".join(str(s) for s in range(1, 21)))
            r = run("test", copy)
            expect(r.returncode == 0 and "Tests: 20 passed, 0 failed." in r.stdout,
                   f"{name(path)}: {r.stdout[-1500:]}{r.stderr}")


if __name__ == "__main__":
    sys.exit(main())
