"""Shared helpers for the command-line test files (tests/cli/test_*.py).

Each test file does `from common import *`, decorates its tests with @test and ends with
`sys.exit(main())`. run(...) runs the rjsim binary of the build given as argv[1];
logs_in(folder) returns every session log there, each validated against the JSON Schema.
"""
import glob
import shutil
import json
import os
import subprocess
import sys
import tempfile
import traceback

import jsonschema

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
BUILD = sys.argv[1] if len(sys.argv) > 1 else "build/release"
RJSIM = os.path.join(ROOT, BUILD, "rjsim")
with open(os.path.join(ROOT, "docs", "session-log.schema.json")) as f:
    SCHEMA = json.load(f)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


# RJSIM_VALGRIND=1 runs every rjsim the tests start under valgrind's memcheck: a leak or a
# memory error makes it exit 99, which no test expects, so the test fails.
VALGRIND = [shutil.which("valgrind") or "/usr/bin/valgrind", "--quiet", "--child-silent-after-fork=yes",
            "--leak-check=full", "--show-leak-kinds=definite,indirect,possible",
            "--errors-for-leak-kinds=definite,indirect,possible", "--error-exitcode=99"]


def rjsim_cmd():
    """The command that starts rjsim: under valgrind when RJSIM_VALGRIND=1."""
    return [*(VALGRIND if os.environ.get("RJSIM_VALGRIND") == "1" else []), RJSIM]


def run(*args, results=None, stdin=subprocess.DEVNULL, env=None, stdin_text=None):
    """stdin_text, when given, is typed into rjsim's standard input."""
    e = dict(os.environ)
    e.pop("RJSIM_RESULTS", None)
    e["COLUMNS"] = "80"
    if results:
        e["RJSIM_RESULTS"] = results
    if env:
        e.update(env)
    feed = {"input": stdin_text} if stdin_text is not None else {"stdin": stdin}
    return subprocess.run([*rjsim_cmd(), *args], cwd=ROOT, env=e, **feed, capture_output=True, text=True,
                          timeout=1200 if os.environ.get("RJSIM_VALGRIND") == "1" else 120)


def logs_in(folder):
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "**", "*.json"), recursive=True)):
        with open(path) as f:
            doc = json.load(f)
        errors = sorted(VALIDATOR.iter_errors(doc), key=lambda e: list(e.path))
        assert not errors, f"{path} fails the schema: {errors[0].message} at {list(errors[0].path)}"
        out.append((path, doc))
    return out


def expect(cond, msg):
    if not cond:
        raise AssertionError(msg)


def main():
    passed = failed = 0
    for t in TESTS:
        try:
            t()
            passed += 1
            print(f"ok   {t.__name__}")
        except Exception as e:  # report and go on: every test runs
            failed += 1
            print(f"FAIL {t.__name__}: {e}")
            if not isinstance(e, AssertionError):
                traceback.print_exc()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


