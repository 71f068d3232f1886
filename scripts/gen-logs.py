#!/usr/bin/python3
"""Writes many realistic session logs quickly, for benchmarks of rjsim report and export.

Usage: scripts/gen-logs.py RJSIM OUT_DIR COUNT [TRAINEES]

Plays each bundled scenario a few times with the text player (most and least restorative
paths, and random choices) to get real logs, then writes COUNT copies of them into OUT_DIR,
each a different attempt: a new session id, one of TRAINEES trainees (default 250), a start
time spread over 120 days (every time in the log moved together), a practice or
assessment mode, and the file name rjsim would give it. Deterministic for a given COUNT.
"""
import datetime
import json
import os
import random
import subprocess
import sys
import tempfile
import uuid

SCENARIOS = ["dc-youth-metro", "ipv-mediation-request", "thames-valley-caution",
             "elderly-victim-declines", "king-county-firs"]
FIRST = ["Ana", "Ben", "Cleo", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivo", "Jo", "Kemal", "Lena",
         "Mo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Vic", "Wen", "Yara", "Zoë"]
LAST = ["Ortiz", "Quill", "Park", "Ångström", "Mensah", "Novak", "Haddad", "Kim", "Romero", "Shah"]


def seed_logs(rjsim, folder):
    rnd = random.Random(1)
    for scenario in SCENARIOS:
        for i, how in enumerate((["--auto", "best"], ["--auto", "worst"], None, None)):
            args = [rjsim, "play", f"scenarios/{scenario}.lua", "--text", "--seed", str(100 + i),
                    "--trainee", "seed", "--results", folder]
            picks = None
            if how:
                args += how
            else:
                picks = "\n".join(str(rnd.randint(1, 3)) for _ in range(80)) + "\n"
            subprocess.run(args, input=picks, capture_output=True, text=True, check=True, timeout=120)
    logs = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name)) as f:
            logs.append(json.load(f))
    return logs


def iso(ms):
    t = datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def ms_of(text):
    t = datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=datetime.timezone.utc)
    return int(t.timestamp() * 1000)


def safe(name):
    out = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in name)
    while "__" in out:
        out = out.replace("__", "_")
    return out.strip("_") or "anonymous"


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    rjsim, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    ntrainees = int(sys.argv[4]) if len(sys.argv) > 4 else 250
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as seed:
        logs = seed_logs(rjsim, seed)
    rnd = random.Random(count)
    trainees = [f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST) % len(LAST)]}" +
                ("" if i < len(FIRST) * len(LAST) else f" {i}") for i in range(ntrainees)]
    start = ms_of("2026-06-01T08:00:00.000Z")
    for n in range(count):
        doc = json.loads(json.dumps(rnd.choice(logs)))
        shift = start + rnd.randrange(120 * 86400000) - ms_of(doc["started_at"])
        doc["session_id"] = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
        doc["trainee"] = rnd.choice(trainees)
        doc["mode"] = "assessment" if rnd.random() < 0.3 else "practice"
        doc["started_at"] = iso(ms_of(doc["started_at"]) + shift)
        if doc["ended_at"]:
            doc["ended_at"] = iso(ms_of(doc["ended_at"]) + shift)
        for d in doc["decisions"]:
            d["at"] = iso(ms_of(d["at"]) + shift)
        stamp = doc["started_at"][:19].replace("-", "").replace(":", "") + "Z"
        name = f"{stamp}-{safe(doc['trainee'])}-{doc['scenario_id']}-{doc['session_id'][:8]}.json"
        with open(os.path.join(out, name), "w") as f:
            json.dump(doc, f, indent="\t", ensure_ascii=False)


main()
