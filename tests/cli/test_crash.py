#!/usr/bin/python3
"""Crash safety: the text player killed with SIGKILL at random moments, many times.

Each session is first played to completion (the reference). Then it is started again many
times and killed at a moment drawn from a seeded generator (RJSIM_CRASH_SEED replays a
failure, RJSIM_CRASH_KILLS sets how many kills). The player's output is made line-buffered
(stdbuf), and it prints "> N" just before it makes decision N and writes the log, so a kill
is aimed by progress rather than by the clock, whatever the disk's speed: most wait for a
random decision's prompt, then a random part of the time one decision takes, and kill; one
in ten kills at a random moment of the start-up instead, and one in twenty is never sent
(the session ends). After every kill:

- every .json in the results folder parses and matches docs/session-log.schema.json;
- the killed session's log, if any, holds a prefix of the reference's decisions (same
  scenes, choices and outcomes), and no fewer than the player had saved: once it prints the
  prompt of decision k it has saved k - 1;
- at most one temporary file ("<log>.tmp-<pid>") is left, by a kill inside a write; the
  next session started in that folder removes it once it is an hour old.

Each kill has its own results folder; two run at a time. At the end `rjsim report` reads
them all (temporary files ignored, no log unreadable) and `rjsim replay` replays killed
sessions' logs. The figures (kills before the first decision was written, mid-session,
after the end; temporary files left) are printed, not asserted: timing decides them. Times
measured in the reference runs only aim the kills, and are never checked.

Usage: tests/cli/test_crash.py BUILD_DIR
"""
import concurrent.futures
import glob
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from common import BUILD, ROOT, VALIDATOR, expect, logs_in, main, rjsim_cmd, run, test

SEED = int(os.environ.get("RJSIM_CRASH_SEED", "20261121"))
KILLS = int(os.environ.get("RJSIM_CRASH_KILLS", "200"))
CHAIN_STEPS = 30
STDBUF = shutil.which("stdbuf")


def chain_scenario(folder):
    """A scenario of CHAIN_STEPS decisions in a row: most of its run is decisions (each a log
    written and synced), so most kills land mid-session."""
    principles = ["voluntary", "victim_voice", "accountability", "repair", "safety", "due_process", "respect",
                  "least_intrusive"]
    out = ['return scenario {', '  id = "long-chain", version = 1, title = "A long chain", role = "officer",',
           '  summary = "Decisions in a row, for the crash test.", minutes = 30, modelled_on = "a test",',
           '  start = "s1",']
    for i in range(1, CHAIN_STEPS + 1):
        nxt = f"s{i + 1}" if i < CHAIN_STEPS else "end"
        p = principles[i % len(principles)]
        out += [f'  scene "s{i}" {{ title = "Step {i}", text = "Decision {i} of {CHAIN_STEPS}.",',
                f'    choice {{ "Listen first", to = "{nxt}", score = {{ {p} = 2 }}, feedback = "Good." }},',
                f'    choice {{ "Decide alone", to = "{nxt}", score = {{ {p} = -1 }}, feedback = "Less good." }},',
                '  },']
    out += ['  ending "end" { title = "Done", text = "The end.", debrief = "Done." },', '}']
    path = os.path.join(folder, "long-chain.lua")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
    shutil.copy(os.path.join(ROOT, "scenarios", "rubric.lua"), os.path.join(folder, "rubric.lua"))
    return path


def sessions(folder):
    """(name, scenario, options): the bundled scenarios played by --auto best, and the chain
    played by a seeded list of --choices."""
    out = []
    for i, path in enumerate(sorted(glob.glob(os.path.join(ROOT, "scenarios", "*.lua")))):
        if os.path.basename(path) == "rubric.lua" or path.endswith(".test.lua"):
            continue
        out.append((os.path.basename(path), path, ["--auto", "best", "--seed", str(100 + i)]))
    rng = random.Random(SEED)
    choices = ",".join(str(rng.choice((1, 2))) for _ in range(CHAIN_STEPS))
    out.append(("long-chain.lua", chain_scenario(folder), ["--choices", choices, "--seed", "7"]))
    return out


def env():
    e = {k: v for k, v in os.environ.items() if k != "RJSIM_RESULTS"}
    e["COLUMNS"] = "80"
    if "asan" in BUILD:  # stdbuf preloads a library; AddressSanitizer wants to come first
        e["ASAN_OPTIONS"] = e.get("ASAN_OPTIONS", "") + ":verify_asan_link_order=0"
    return e


def start(scenario, options, results, out):
    cmd = [*rjsim_cmd(), "play", scenario, "--text", "--trainee", "Crash Test", "--results", results, *options]
    if STDBUF:
        cmd = [STDBUF, "-oL", *cmd]
    return subprocess.Popen(cmd, cwd=ROOT, env=env(), stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)


def steps(log):
    return [(d["scene_id"], d["choice_id"], d["outcome_scene"]) for d in log["decisions"]]


def prompts_in(text):
    return len(re.findall(r"^> \d", text, re.M))


def kill(job, results):
    """Runs one planned session in its own results folder and kills it as planned: after
    `delay` seconds (target 0), or `delay` seconds after it printed the prompt of decision
    `target`. Returns its exit status, what it printed and the folder."""
    k, (name, scenario, options), target, delay = job
    folder = os.path.join(results, f"kill-{k:04d}")
    os.makedirs(folder)
    output = os.path.join(folder + ".out")
    with open(output, "wb") as out:  # the player's own file description; we read another
        p = start(scenario, options, folder, out)
    began, seen = time.monotonic(), b""
    with open(output, "rb") as printed:
        while p.poll() is None:
            if target == 0 and time.monotonic() - began >= delay:
                break
            if target > 0:
                seen += printed.read()
                if prompts_in(seen.decode("utf-8", "replace")) >= target:
                    time.sleep(delay)
                    break
            time.sleep(0.0005)
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
        status = p.wait(timeout=120)
        seen += printed.read()
    os.remove(output)
    return status, seen.decode("utf-8", "replace"), folder


def read_log(path, where):
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except ValueError as e:
        raise AssertionError(f"{where}: {os.path.basename(path)} is not valid JSON: {e}")
    errors = list(VALIDATOR.iter_errors(doc))
    expect(not errors, f"{where}: {os.path.basename(path)} fails the schema: {errors[0].message if errors else ''}")
    return doc


@test
def every_log_survives_sigkill_at_random_moments():
    if os.environ.get("RJSIM_VALGRIND") == "1":
        print("note: the kill test does not run under valgrind (its start-up would take every kill)")
        return
    top = tempfile.mkdtemp(prefix="rjsim-crash-")
    try:
        plays = sessions(top)
        reference = {}
        for name, scenario, options in plays:
            results = os.path.join(top, "reference", name)
            with tempfile.TemporaryFile() as out:
                began = time.monotonic()
                p = start(scenario, options, results, out)
                expect(p.wait(timeout=120) == 0, f"{name}: the reference run failed")
                took = time.monotonic() - began
            logs = logs_in(results)
            expect(len(logs) == 1 and logs[0][1]["status"] == "completed", f"{name}: {len(logs)} logs")
            ref = steps(logs[0][1])
            reference[name] = (ref, took, took / (len(ref) + 1))

        # The plan comes from the seed alone: (kill, session, target decision, delay).
        rng = random.Random(SEED)
        plan = []
        for k in range(KILLS):  # half the kills on the chain, the others round the bundled scenarios
            play = plays[-1] if k % 2 else plays[(k // 2) % (len(plays) - 1)]
            ref, took, per_decision = reference[play[0]]
            draw = rng.random()
            if draw < 0.1 or not STDBUF:
                plan.append((k, play, 0, rng.uniform(0, took)))
            elif draw < 0.15:
                plan.append((k, play, len(ref) + 1, 0.0))  # never reached: the session ends
            else:
                plan.append((k, play, rng.randint(1, len(ref)), rng.uniform(0, 1.5 * per_decision)))
        results = os.path.join(top, "results")
        os.makedirs(results)
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            outcomes = list(pool.map(lambda job: kill(job, results), plan))

        before_first = mid = after_end = 0
        killed_logs = []
        for (k, (name, _, _), target, delay), (status, printed, folder) in zip(plan, outcomes):
            ref = reference[name][0]
            when = f"{delay:.4f} s after decision {target}'s prompt" if target else f"{delay:.4f} s in"
            where = f"kill {k} ({name}, {when}; RJSIM_CRASH_SEED={SEED})"
            expect(status in (0, -signal.SIGKILL), f"{where}: exit status {status}\n{printed}")
            files = sorted(os.listdir(folder))
            logs = [n for n in files if n.endswith(".json")]
            temps = [n for n in files if not n.endswith(".json")]
            expect(len(logs) <= 1, f"{where}: {len(logs)} logs")
            expect(len(temps) <= 1 and all(re.fullmatch(r".+\.json\.tmp-\d+", n) for n in temps),
                   f"{where}: unexpected files {temps}")
            prompts = prompts_in(printed)  # "> N" is printed before decision N is made
            if not logs:
                expect(prompts <= 1 or not STDBUF, f"{where}: {prompts} decisions made, no log")
                before_first += 1
                continue
            doc = read_log(os.path.join(folder, logs[0]), where)
            got = steps(doc)
            expect(got == ref[:len(got)], f"{where}: the log's decisions are not a prefix of the reference's")
            if STDBUF:
                expect(prompts - 1 <= len(got) <= prompts, f"{where}: {len(got)} decisions logged, {prompts} made")
            if len(got) == len(ref):
                expect(doc["status"] == "completed", f"{where}: all decisions but status {doc['status']}")
                after_end += 1
            else:
                expect(doc["status"] == "in_progress", f"{where}: status {doc['status']} mid-session")
                mid += 1
                killed_logs.append(os.path.join(folder, logs[0]))

        left = [n for n in glob.glob(os.path.join(results, "*", "*")) if not n.endswith(".json")]
        print(f"note: {KILLS} kills: {before_first} before the first decision was written, {mid} mid-session "
              f"({100 * mid / KILLS:.0f}%), {after_end} after the end; {len(left)} temporary files left")
        # The test aims its kills at sessions in progress; none landing there would make it vacuous.
        expect(mid > 0, "no kill landed mid-session")

        logs = logs_in(results)  # every log in the folder, with its temporary neighbours
        r = run("report", results, "--json", "--no-progress")
        expect(r.returncode == 0, f"report: {r.returncode} {r.stderr}")
        counts = json.loads(r.stdout)["logs"]
        expect(counts["files"] == len(logs) and counts["used"] == len(logs) and not counts["skipped"],
               f"report: {counts} for {len(logs)} logs")
        expect(".tmp-" not in r.stderr, f"report mentions a temporary file: {r.stderr}")
        for path in killed_logs[:8]:
            r = run("replay", path)
            expect(r.returncode == 0 and "The replay matches the log" in r.stdout, f"replay {path}: {r.stdout}{r.stderr}")

        # Leftovers: the next session in a folder removes those over an hour old, and leaves
        # a fresh one (a writer may be at work on it). The kills' own leftovers are used when
        # there are some; the planted ones make the check certain.
        folder = next((os.path.dirname(n) for n in left), os.path.join(results, "kill-0000"))
        old = time.time() - 7200
        for n in os.listdir(folder):
            if ".json.tmp-" in n:
                os.utime(os.path.join(folder, n), (old, old))
        for n, when in (("planted.json.tmp-99999", old), ("fresh.json.tmp-99998", time.time())):
            open(os.path.join(folder, n), "w").close()
            os.utime(os.path.join(folder, n), (when, when))
        logs_before = [n for n in os.listdir(folder) if n.endswith(".json")]
        _, (name, scenario, options), _, _ = plan[0]
        with open(os.devnull, "wb") as out:
            status = start(scenario, options, folder, out).wait(timeout=600)
        expect(status == 0, f"a session after the kills: exit status {status}")
        files = os.listdir(folder)
        expect([n for n in files if ".json.tmp-" in n] == ["fresh.json.tmp-99998"], f"left in {folder}: {files}")
        expect(len([n for n in files if n.endswith(".json")]) == len(logs_before) + 1, f"logs in {folder}: {files}")
    finally:
        shutil.rmtree(top, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
