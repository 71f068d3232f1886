#!/usr/bin/python3
"""The bundled scenario library as a whole (issues 4 and 13): enough scenarios for both roles,
every principle measured by at least four scenarios, every safeguard breakable in at least
two, at least three endings each, all reachable and each one pinned by the scenario's test
file, and at least three real trade-offs in each scenario.

Usage: tests/cli/test_library.py BUILD_DIR      Prints 'N passed, N failed' last.
"""
import glob
import json
import os
import re
import sys

from common import ROOT, expect, main, run, test
from expected_failures import EXPECTED_TO_FAIL

SCENARIOS = sorted(p for p in glob.glob(os.path.join(ROOT, "scenarios", "*.lua"))
                   if not p.endswith((".test.lua", "rubric.lua")))


def rubric_ids(kind):
    with open(os.path.join(ROOT, "scenarios", "rubric.lua")) as f:
        text = f.read()
    block = text[text.index(kind + " = {"):]
    block = block[:block.index("\n  },")]
    return re.findall(r'\bid = "([a-z_]+)"', block)


def checked():
    """check --strict clean, but for the authoring audit's warnings on the scenarios known to
    fail it (tests/cli/expected_failures.py; test_audit.py holds them to that list)."""
    r = run("check", "--strict", "--json", *SCENARIOS)
    files = {os.path.basename(f["file"]): f for f in json.loads(r.stdout)["files"]}
    for name, f in files.items():
        allowed = ("audit",) if name[:-len(".lua")] in EXPECTED_TO_FAIL else ()
        found = [d["message"] for d in f["diagnostics"] if d["category"] not in allowed]
        expect(not found, f"{name}: {found}")
    expect(r.returncode in ((0, 65) if EXPECTED_TO_FAIL else (0,)), r.stdout[-2000:])
    return files


@test
def the_library_has_ten_scenarios_for_both_roles():
    roles = {}
    for path in SCENARIOS:
        with open(path) as f:
            m = re.search(r'\brole = "(prosecutor|officer)"', f.read())
        expect(m, f"{path} has no role")
        roles[m.group(1)] = roles.get(m.group(1), 0) + 1
    expect(len(SCENARIOS) >= 10, len(SCENARIOS))
    expect(roles.get("officer", 0) >= 4 and roles.get("prosecutor", 0) >= 4, roles)


@test
def every_principle_is_measured_by_four_scenarios():
    files = checked()
    for p in rubric_ids("principles"):
        measuring = [name for name, f in files.items()
                     if p in f["ranges"] and f["ranges"][p]["max"] > f["ranges"][p]["min"]]
        expect(len(measuring) >= 4, f"{p} is measured by {measuring}")


# Safeguards breakable in fewer than two scenarios, with the reason: the one place the gap
# is written; the test below fails when one of them is fixed (take it off) or another appears.
THIN_SAFEGUARDS = set()


@test
def every_safeguard_can_be_broken_in_a_reachable_choice():
    # check --strict (above and here) fails when any choice can never be offered, so every
    # violation written in a scenario is one a trainee can commit.
    files = checked()
    for name, f in files.items():
        expect(f["choices"]["available"] == f["choices"]["total"], f"{name}: {f['choices']}")
    breakable = {}
    for path in SCENARIOS:
        with open(path) as fh:
            for s in set(re.findall(r'\bviolation = "([a-z_]+)"', fh.read())):
                breakable[s] = breakable.get(s, 0) + 1
    missing = [s for s in rubric_ids("safeguards") if s not in breakable]
    expect(not missing, f"never breakable: {missing}")
    thin = {s for s in rubric_ids("safeguards") if breakable.get(s, 0) < 2}
    expect(thin == THIN_SAFEGUARDS, f"breakable in fewer than two scenarios: {sorted(thin)}, "
                                    f"expected {sorted(THIN_SAFEGUARDS)}")


@test
def every_scenario_has_three_reachable_endings_and_names_its_programme():
    files = checked()
    for name, f in files.items():
        expect(f["endings"]["reached"] == f["endings"]["total"] and f["endings"]["total"] >= 3,
               f"{name}: {f['endings']}")
    for path in SCENARIOS:
        with open(path) as fh:
            text = fh.read()
        expect(re.search(r'\bmodelled_on = "[^"]{10,}"', text), f"{path}: modelled_on")


@test
def every_scenario_has_three_real_trade_offs_unless_listed():
    for name, f in checked().items():
        n = f["audit"]["tradeoffs"]
        if name[:-len(".lua")] not in EXPECTED_TO_FAIL:
            expect(n >= 3, f"{name}: {n} real trade-offs")


@test
def every_ending_is_pinned_by_the_scenarios_test_file():
    for path in SCENARIOS:
        with open(path) as fh:
            endings = re.findall(r'^\s*ending "([^"]+)"', fh.read(), re.M)
        with open(path[:-len(".lua")] + ".test.lua") as fh:
            tests = fh.read()
        pinned = set(re.findall(r'\bending = "([^"]+)"', tests))
        for group in re.findall(r'\bending = \{([^}]*)\}', tests):
            pinned |= set(re.findall(r'"([^"]+)"', group))
        missing = [e for e in endings if e not in pinned]
        expect(endings and not missing, f"{os.path.basename(path)}: endings no test expects: {missing}")


@test
def docs_scenarios_lists_every_scenario():
    with open(os.path.join(ROOT, "docs", "scenarios.md")) as f:
        doc = f.read()
    for path in SCENARIOS:
        expect(f"`{os.path.basename(path)}`" in doc, f"docs/scenarios.md does not list {os.path.basename(path)}")


if __name__ == "__main__":
    sys.exit(main())
