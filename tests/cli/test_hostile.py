#!/usr/bin/python3
"""Hostile scenarios from the command line: `rjsim check` and `rjsim play` on every file of
tests/scenarios/hostile/ (each names on its first line the error it must produce), under
resource limits, in a fresh home, temp folder and working folder that hold a sentinel file.

Each run must end with rjsim's own exit status and message, never a signal (a crash, or the
CPU-time limit's SIGXCPU); no file may appear, change or go anywhere; nothing printed may
carry a control character to the terminal. Bounds are resource limits set in the child
(RLIMIT_CPU always; RLIMIT_AS and a peak-RSS check on the plain build, since AddressSanitizer
and valgrind reserve huge address spaces), never timed assertions.

Usage: tests/cli/test_hostile.py BUILD_DIR
"""
import glob
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile

from common import ROOT, BUILD, expect, logs_in, main, rjsim_cmd, test

HOSTILE = os.path.join(ROOT, "tests", "scenarios", "hostile")
VALGRIND = os.environ.get("RJSIM_VALGRIND") == "1"
PLAIN = "asan" not in BUILD and not VALGRIND  # address-space limits and RSS mean something
CPU_SECONDS = 600 if VALGRIND else 60  # per run; SIGXCPU past it, which the test reports
ADDRESS_SPACE = 1536 << 20  # per run, plain build: the explorer may take 512 MB, Lua 32 MB
MAX_RSS_KB = {"corpus": 256 << 10, "explorer": 1024 << 10}
SENTINEL = "sentinel: must survive every hostile scenario\n"
# Under valgrind (make test runs every command-line test there too) a run is 50 times
# slower: the files that only the processor-time limit stops take 15 s each; they run on
# the plain and sanitizer builds. The explorer's 512 MB takes half a minute under the
# sanitizer and minutes under valgrind: that test runs on the plain build only.
TIME_BOUND = {"slow-compare.lua", "slow-concat.lua", "hash-collisions.lua", "pcall-memory.lua"}
# Files the hostile scenarios try to write, relative to the working folder or in /tmp.
ESCAPE_NAMES = ["rjsim-hostile-written.txt", "rjsim-hostile-escaped", "rjsim-hostile-moved.txt"]
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")


def expectation(path):
    """(kind, line, message) from '-- expect: LINE: message' or '-- expect-run: ...'."""
    with open(path) as f:
        first = f.readline().rstrip("\n")
    m = re.match(r"-- (expect|expect-run): (\d+): (.*)$", first)
    assert m, f"{path} has no '-- expect: LINE: message' first line"
    return m.group(1), int(m.group(2)), m.group(3)


def corpus(everything=False):
    files = sorted(glob.glob(os.path.join(HOSTILE, "*.lua")))
    return [f for f in files if os.path.basename(f) != "rubric.lua" and
            (everything or not VALGRIND or os.path.basename(f) not in TIME_BOUND)]


class Jail:
    """A fresh HOME, TMPDIR and working folder, each holding a sentinel file."""

    def __init__(self):
        self.top = tempfile.mkdtemp(prefix="rjsim-hostile-")
        self.home, self.tmp, self.work = (os.path.join(self.top, n) for n in ("home", "tmp", "work"))
        for d in (self.home, self.tmp, self.work):
            os.makedirs(d)
            with open(os.path.join(d, "sentinel.txt"), "w") as f:
                f.write(SENTINEL)
        self.before_hostile = set(os.listdir(HOSTILE))

    def env(self, results=None):
        e = {k: v for k, v in os.environ.items() if not k.startswith(("RJSIM_RESULTS", "XDG_"))}
        e.update(HOME=self.home, TMPDIR=self.tmp, COLUMNS="80")
        if results:
            e["RJSIM_RESULTS"] = results
        return e

    def check_untouched(self, allowed=()):
        """Every sentinel intact and nothing new anywhere but the allowed paths."""
        for d in (self.home, self.tmp, self.work):
            with open(os.path.join(d, "sentinel.txt")) as f:
                expect(f.read() == SENTINEL, f"{d}/sentinel.txt was changed")
        found = []
        for dirpath, dirnames, filenames in os.walk(self.top):
            for n in dirnames + filenames:
                p = os.path.join(dirpath, n)
                if n != "sentinel.txt" and p not in (self.home, self.tmp, self.work) and \
                        not any(p == a or p.startswith(a + os.sep) for a in allowed):
                    found.append(p)
        expect(not found, f"files appeared: {found}")
        expect(set(os.listdir(HOSTILE)) == self.before_hostile,
               f"the hostile folder changed: {set(os.listdir(HOSTILE)) ^ self.before_hostile}")
        for n in ESCAPE_NAMES:
            for d in ("/tmp", os.path.dirname(self.top), ROOT):
                expect(not os.path.exists(os.path.join(d, n)), f"{os.path.join(d, n)} was written")

    def remove(self):
        shutil.rmtree(self.top, ignore_errors=True)


def limits():
    """Runs in the child before exec: the bounds every hostile run must stay within."""
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    if PLAIN:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


class Run:
    def __init__(self, returncode, stdout, stderr, maxrss_kb):
        self.returncode, self.stdout, self.stderr, self.maxrss_kb = returncode, stdout, stderr, maxrss_kb


def run_limited(jail, *args, results=None):
    """Runs rjsim in the jail under limits(); the exit status is negative for a signal. The
    peak memory is that of this child alone (wait4), not of every child so far."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen([*rjsim_cmd(), *args], cwd=jail.work, env=jail.env(results), stdin=subprocess.DEVNULL,
                             stdout=out, stderr=err, preexec_fn=limits)
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(p.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                   usage.ru_maxrss)


def expect_clean_exit(r, name, status, kind="corpus"):
    expect(r.returncode >= 0, f"{name}: killed by signal {-r.returncode}\n{r.stdout}{r.stderr}")
    expect(r.returncode == status, f"{name}: exit status {r.returncode}, not {status}\n{r.stdout}{r.stderr}")
    bad = CONTROL.search(r.stdout + r.stderr)
    expect(not bad, f"{name}: a control character {bad.group(0)!r} reached the terminal" if bad else "")
    expect("\ufffd" not in r.stdout + r.stderr, f"{name}: printed text that is not UTF-8")
    if PLAIN:
        expect(r.maxrss_kb < MAX_RSS_KB[kind], f"{name}: peak memory {r.maxrss_kb} kB")


@test
def every_hostile_file_is_checked_with_its_line_and_message_within_bounds():
    expect(len(corpus(everything=True)) >= 60, f"only {len(corpus(everything=True))} hostile scenarios")
    files = corpus()
    jail = Jail()
    try:
        # One run per file, so each has its own exit status and bounds; under valgrind one
        # run checks them all (its start-up takes a second or two).
        for batch in ([files] if VALGRIND else [[f] for f in files]):
            r = run_limited(jail, "check", *batch)
            name = os.path.basename(batch[0]) if len(batch) == 1 else "the hostile corpus"
            expect_clean_exit(r, name, 65)
            for path in batch:
                _, line, message = expectation(path)
                want = f"{path}:{line}: error: "
                got = [ln for ln in r.stdout.splitlines() if ln.startswith(want) and message in ln]
                expect(got, f"{os.path.basename(path)}: expected '{want}...{message}', got:\n{r.stdout}{r.stderr}")
        jail.check_untouched()
    finally:
        jail.remove()


LOAD_ERRORS_PLAYED = {"io-write.lua", "gc-finalizer.lua", "amplify.lua", "hash-collisions.lua"}


@test
def playing_a_hostile_file_stops_with_its_error_and_logs_it():
    """A trainee who opens one: the load errors stop before a session (no log); the run-time
    ones stop the session with the error, which the log records."""
    jail = Jail()
    results = os.path.join(jail.top, "results")
    try:
        for path in corpus():
            kind, line, message = expectation(path)
            if kind == "expect" and os.path.basename(path) not in LOAD_ERRORS_PLAYED:
                continue  # the same load as the check above
            before = {p for p, _ in logs_in(results)} if os.path.isdir(results) else set()
            r = run_limited(jail, "play", path, "--text", "--choices", "1", "--seed", "1", results=results)
            name = os.path.basename(path)
            expect_clean_exit(r, name, 65)
            expect(f"{line}: error: " in r.stderr and message in r.stderr, f"{name}: {r.stderr}")
            new = [(p, d) for p, d in logs_in(results) if p not in before] if os.path.isdir(results) else []
            if kind == "expect":
                expect(not new, f"{name}: a load error wrote a log")
            else:
                expect(len(new) == 1, f"{name}: {len(new)} logs")
                doc = new[0][1]
                expect(doc["status"] == "error" and doc["error"]["line"] == line and message in doc["error"]["message"],
                       f"{name}: {doc['status']} {doc['error']}")
        jail.check_untouched(allowed=[results])
    finally:
        jail.remove()


def write_scenario(folder, name, body):
    shutil.copy(os.path.join(HOSTILE, "rubric.lua"), os.path.join(folder, "rubric.lua"))
    path = os.path.join(folder, name)
    with open(path, "w") as f:
        f.write(body)
    return path


HEAD = '''return scenario {
  id = "generated", version = 1, title = "Generated", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { n = 0, s = "" },
'''


@test
def a_scene_with_5000_choices_checks_plays_and_warns():
    """Decided behaviour: no limit on choices. The file loads and checks in bounded time, the
    checker warns that the scene cannot fit one screen (so --strict fails), and it plays."""
    if VALGRIND:
        return
    jail = Jail()
    try:
        lines = [HEAD, '  scene "a" { text = "Pick one.",\n']
        lines += [f'    choice {{ "Option {i}", to = "end", score = {{ a = {i % 3} }}, feedback = "f" }},\n'
                  for i in range(1, 5001)]
        lines += ['  },\n  ending "end" { title = "End", text = "The end.", debrief = "d" },\n}\n']
        path = write_scenario(jail.work, "many-choices.lua", "".join(lines))
        r = run_limited(jail, "check", path)
        expect_clean_exit(r, "check", 0)
        expect(f"{path}:5: warning: scene 'a' is too long for one projected screen" in r.stdout, r.stdout)
        expect("5000 of 5000 choices available" in r.stdout, r.stdout)
        r = run_limited(jail, "check", "--strict", path)
        expect_clean_exit(r, "check --strict", 65)
        results = os.path.join(jail.top, "results")
        r = run_limited(jail, "play", path, "--text", "--choices", "5000", "--seed", "1", results=results)
        expect_clean_exit(r, "play", 0)
        doc = logs_in(results)[0][1]
        expect(doc["status"] == "completed" and doc["decisions"][0]["choice_text"] == "Option 5000", doc["decisions"])
        os.remove(path)
        os.remove(os.path.join(jail.work, "rubric.lua"))
        jail.check_untouched(allowed=[results])
    finally:
        jail.remove()


@test
def the_checker_stops_at_its_memory_limit_not_the_machines():
    """5,000 choices in a loop with a counter, and a text that grows on every pass: the state
    limit alone would let either take gigabytes. Each stops at the explorer's 512 MB."""
    if not PLAIN:
        return
    cases = {  # name: (the line of the choice that leads past the limit, the file)
        "loop-5000.lua": (2, "local a = { text = \"Again?\" }\n"
                             "for i = 1, 5000 do a[i] = choice { \"Once more \" .. i, to = \"a\", add = { n = 1 } } end\n"
                             "a[5001] = choice { \"Stop\", to = \"end\" }\n" + HEAD +
                             '  scene "a" (a),\n  ending "end" { title = "End", text = "The end." },\n}\n'),
        "growing-text.lua": (6, HEAD + '  scene "a" { text = "x",\n'
                                '    choice { "Grow", to = "a", effect = function(v) v.n = v.n + 1; '
                                'v.s = string.rep("x", 2000000) .. v.n end },\n'
                                '    choice { "End", to = "end" } },\n'
                                '  ending "end" { title = "End", text = "The end." },\n}\n'),
    }
    jail = Jail()
    try:
        for name, (line, body) in cases.items():
            path = write_scenario(jail.work, name, body)
            r = run_limited(jail, "check", path)
            expect_clean_exit(r, name, 65, kind="explorer")
            want = f"{path}:{line}: error: the states reached need more than 512 MB"
            expect(want in r.stdout, f"{name}: expected {want}, got {r.stdout}{r.stderr}")
            os.remove(path)
        os.remove(os.path.join(jail.work, "rubric.lua"))
        jail.check_untouched()
    finally:
        jail.remove()


@test
def a_precompiled_chunk_is_refused_from_the_command_line():
    jail = Jail()
    try:
        src = write_scenario(jail.work, "source.lua", 'os.execute("touch rjsim-hostile-escaped")\nreturn scenario {}\n')
        path = os.path.join(jail.work, "bytecode.lua")
        luac = shutil.which("luac5.4")
        if luac:
            subprocess.run([luac, "-o", path, src], check=True)
        else:  # the header alone is enough to be refused
            with open(path, "wb") as f:
                f.write(b"\x1bLua\x54\x00\x19\x93\r\n\x1a\n")
        r = run_limited(jail, "check", path)
        expect_clean_exit(r, "check", 65)
        expect(f"{path}: error: " in r.stdout and "attempt to load a binary chunk" in r.stdout, r.stdout)
        for n in ("source.lua", "bytecode.lua", "rubric.lua"):
            os.remove(os.path.join(jail.work, n))
        jail.check_untouched()
    finally:
        jail.remove()


@test
def control_characters_in_a_scenario_never_reach_the_terminal():
    """Escape sequences could rewrite the screen or, through OSC 52, the clipboard. Texts,
    titles, choices, feedback, debriefs, text functions' results, print() and errors all show
    them as '?'; the log keeps the cleaned text too."""
    esc = "\\27]52;c;cHduZWQ=\\7\\27[2J\\155"
    body = ('print("' + esc + '")\n' + HEAD.replace('"Generated"', '"Title ' + esc + '"') +
            '  scene "a" { text = function(v) return "Text ' + esc + '" end,\n'
            '    choice { "Choice ' + esc + '", to = "end", score = { a = 1 }, feedback = "Feedback ' + esc + '" },\n'
            '    choice { "Other", to = "end", score = { a = 0 }, feedback = "f" } },\n'
            '  ending "end" { title = "End ' + esc + '", text = "The end ' + esc + '", debrief = "Debrief ' + esc + '" },\n}\n')
    jail = Jail()
    results = os.path.join(jail.top, "results")
    try:
        path = write_scenario(jail.work, "escapes.lua", body)
        r = run_limited(jail, "play", path, "--text", "--choices", "1", "--seed", "1", results=results)
        expect_clean_exit(r, "play", 0)
        for text in ("Title ", "Text ", "Choice ", "Feedback ", "End ", "Debrief ", "print: "):
            expect(text + "?]52;c;cHduZWQ=??[2J?" in r.stdout + r.stderr, f"{text!r} not shown cleaned:\n{r.stdout}")
        doc = logs_in(results)[0][1]
        expect(doc["scenario_title"] == "Title ?]52;c;cHduZWQ=??[2J?", doc["scenario_title"])
        r = run_limited(jail, "check", path)
        expect_clean_exit(r, "check", 0)
        os.remove(path)
        os.remove(os.path.join(jail.work, "rubric.lua"))
        jail.check_untouched(allowed=[results])
    finally:
        jail.remove()


@test
def a_hostile_test_file_stops_cleanly():
    """Test files (NAME.test.lua) are as untrusted as scenarios and run in the same sandbox.
    Their tables are read raw, so a metamethod that raises or loops never runs; code that
    loops is stopped by the budget; a 3,000-character test name in an error is cut, not
    written past the message."""
    cases = [
        ("raising-index", 'local t = test "boom" { auto = "best", expect = { band = "top" } }\n'
                          'setmetatable(t, { __index = function() error("boom") end })\nreturn { t }\n',
         0, "Tests: 1 passed, 0 failed."),
        ("looping-index", 'local t = test "loop" { auto = "best", expect = { band = "top" } }\n'
                          'setmetatable(t, { __len = function() while true do end end, '
                          '__index = function() while true do end end })\nreturn { t }\n',
         0, "Tests: 1 passed, 0 failed."),
        ("endless-loop", 'while true do end\nreturn {}\n', 65, "case.test.lua:1: error: instruction budget exceeded"),
        ("long-name", 'return {\n  test "' + "x" * 3000 + '\\27[2J" { auto = "best", bogus = 1, expect = { band = "top" } },\n}\n',
         65, "case.test.lua:2: error: test 'xxxxxxxx"),
    ]
    jail = Jail()
    try:
        for n in ("case.lua", "rubric.lua"):
            shutil.copy(os.path.join(ROOT, "tests", "scenarios", "testfiles", n), os.path.join(jail.work, n))
        for name, body, status, want in cases:
            with open(os.path.join(jail.work, "case.test.lua"), "w") as f:
                f.write(body)
            r = run_limited(jail, "test", "case.lua")
            expect_clean_exit(r, name, status)
            expect(want in r.stdout + r.stderr, f"{name}: expected {want!r}, got {r.stdout}{r.stderr}")
        for n in ("case.lua", "rubric.lua", "case.test.lua"):
            os.remove(os.path.join(jail.work, n))
        jail.check_untouched()
    finally:
        jail.remove()


if __name__ == "__main__":
    sys.exit(main())
