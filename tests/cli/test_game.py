#!/usr/bin/python3
"""Tests of the game window from the command line, headless (SDL's dummy video driver):
screenshots of the screens a trainee reaches, and the session logs the game writes.

Usage: tests/cli/test_game.py BUILD_DIR      Prints 'N passed, N failed' last.
"""
import os
import struct
import sys
import tempfile

from common import expect, logs_in, main, run, test

HEADLESS = {"SDL_VIDEODRIVER": "dummy", "SDL_RENDER_DRIVER": "software", "SDL_AUDIODRIVER": "dummy"}


def game(*args, results=None, config=None):
    env = dict(HEADLESS)
    if config:
        env["XDG_CONFIG_HOME"] = config
    return run(*args, results=results, env=env)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    expect(head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG")
    return struct.unpack(">II", head[16:24])


@test
def the_title_screen_renders_to_a_png_of_the_window_size():
    with tempfile.TemporaryDirectory() as d:
        for w, h in ((1280, 720), (1920, 1080), (3840, 2160)):
            shot = os.path.join(d, f"title-{w}.png")
            r = game("--size", f"{w}x{h}", "--trainee", "Ana", "--screenshot", shot, config=d)
            expect(r.returncode == 0, r.stderr)
            expect(png_size(shot) == (w, h), png_size(shot))


@test
def scripted_choices_in_the_game_write_a_valid_log_and_reach_the_debrief():
    with tempfile.TemporaryDirectory() as d:
        res = os.path.join(d, "results")
        shot = os.path.join(d, "debrief.png")
        r = game("play", "scenarios/dc-youth-metro.lua", "--trainee", "Game Test", "--seed", "2", "--mode",
                 "assessment", "--choices", "2,3,1", "--screenshot", shot, results=res, config=d)
        expect(r.returncode == 0, r.stderr)
        expect(png_size(shot) == (1280, 720), "screenshot size")
        logs = logs_in(res)
        expect(len(logs) == 1, logs)
        doc = logs[0][1]
        expect(doc["player"] == "game" and doc["mode"] == "assessment" and doc["status"] == "completed", doc["status"])
        expect(len(doc["decisions"]) == 3 and doc["band"]["id"] == "needs_work", doc["band"])


@test
def an_out_of_range_choice_in_the_game_names_the_scene():
    with tempfile.TemporaryDirectory() as d:
        r = game("play", "scenarios/dc-youth-metro.lua", "--seed", "2", "--choices", "9", "--screenshot",
                 os.path.join(d, "x.png"), results=d, config=d)
        expect(r.returncode == 64 and "out of range in scene 'intake'" in r.stderr, r.stderr)


@test
def game_options_are_checked():
    with tempfile.TemporaryDirectory() as d:
        r = game("--size", "huge", config=d)
        expect(r.returncode == 64 and "--size needs WIDTHxHEIGHT" in r.stderr, r.stderr)
        r = game("--mode", "exam", config=d)
        expect(r.returncode == 64 and "--mode must be practice or assessment" in r.stderr, r.stderr)
        r = game("--help-game", config=d)
        expect(r.returncode == 0 and "--screenshot FILE" in r.stdout and "F11" in r.stdout, r.stdout)


@test
def a_workshop_log_has_the_workshop_mode_votes_and_flags_and_matches_the_schema():
    with tempfile.TemporaryDirectory() as d:
        res = os.path.join(d, "results")
        shot = os.path.join(d, "ws.png")
        r = game("workshop", "scenarios/dc-youth-metro.lua", "--windows", "2", "--trainee", "Cohort", "--seed", "2",
                 "--choices", "2,3,1", "--screenshot", shot, results=res, config=d)
        expect(r.returncode == 0, r.stderr)
        expect(png_size(shot) == (1280, 720) and png_size(os.path.join(d, "ws-projection.png")) == (1280, 720),
               "both views saved")
        doc = logs_in(res)[0][1]  # validated against docs/session-log.schema.json
        expect(doc["mode"] == "workshop" and doc["status"] == "completed", (doc["mode"], doc["status"]))
        expect(all(isinstance(x["votes"], list) and len(x["votes"]) == x["shown"] for x in doc["decisions"]),
               [x["votes"] for x in doc["decisions"]])
        expect(doc["flags"] == [], doc["flags"])


if __name__ == "__main__":
    sys.exit(main())
