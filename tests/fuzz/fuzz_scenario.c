/* fuzz_scenario: load a fuzzed scenario (or rubric) file and exercise what loads. */
#include "fuzz_scenario.h"

#include "fuzz_util.h"

#include "core/attempt.h"
#include "core/explorer.h"
#include "core/lint.h"
#include "core/session.h"
#include "journal/journal.h"
#include "script/loader.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef RJSIM_FUZZ_ROOT
#define RJSIM_FUZZ_ROOT "." /* the Makefile passes the repository's absolute path */
#endif

/* Small limits keep one input in milliseconds: the defaults (32 MB, 20 million
 * instructions per call, 500,000 states) are for real scenarios, and a hostile input that
 * reaches them only proves the limits work, slowly. */
enum { FUZZ_MEMORY = 8 << 20, FUZZ_MAX_STATES = 2000, FUZZ_STEPS = 40 };
#define FUZZ_INSTRUCTIONS 200000UL
#define FUZZ_T0 1767225600000LL /* 2026-01-01T00:00:00Z: sessions take time as data */

static char scenario_path[600], rubric_path[600], input_rubric_path[600], minimal_path[600];

static void init(void)
{
    if (scenario_path[0])
        return;
    fuzz_util_temp_path("scenario.lua", scenario_path, sizeof scenario_path);
    fuzz_util_temp_path("rubric.lua", rubric_path, sizeof rubric_path);
    fuzz_util_temp_path("input-rubric.lua", input_rubric_path, sizeof input_rubric_path);
    fuzz_util_temp_path("minimal.lua", minimal_path, sizeof minimal_path);
    fuzz_util_copy_file(RJSIM_FUZZ_ROOT "/scenarios/rubric.lua", rubric_path);
    fuzz_util_copy_file(RJSIM_FUZZ_ROOT "/tests/scenarios/valid/minimal.lua", minimal_path);
}

/* A seed that depends only on the input, so a crash replays. */
static uint64_t input_seed(const char *src, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)src[i]) * 1099511628211ULL;
    return h & ((1ULL << 53) - 1); /* logs carry seeds below 2^53 */
}

/* Plays a few decisions: the best choice where the policy knows one, else one picked by
 * the seed; one step back part way, as practice mode allows. */
static void play(Session *s, const Explorer *policy, uint64_t seed)
{
    Diag err;
    int64_t now = FUZZ_T0;
    uint64_t pick = seed;
    for (int step = 0; step < FUZZ_STEPS && session_status(s) == SESSION_RUNNING; step++) {
        int n = session_available_count(s), choice = -1;
        now += 1000 + step;
        if (n <= 0)
            fuzz_util_fail("session", "a running session offers no choice");
        if (policy && step % 2 == 0) {
            long st = explorer_find_state(policy, session_scene(s), session_vars(s));
            const Scene *scene = scenario_scene(session_scenario(s), session_scene(s));
            int *best = malloc(((size_t)scene->nchoices + 1) * sizeof *best);
            if (!best)
                fuzz_util_fail("session", "out of memory");
            if (st >= 0 && explorer_best_choices(policy, st, best) > 0)
                choice = best[0];
            free(best);
        }
        if (choice < 0) {
            pick = pick * 6364136223846793005ULL + 1442695040888963407ULL;
            choice = session_available(s, (int)((pick >> 33) % (uint64_t)n));
        }
        diag_clear(&err);
        if (session_choose(s, choice, now, &err) != 0 && session_status(s) == SESSION_RUNNING)
            fuzz_util_fail("session_choose refused a choice on offer", err.message);
        if (step == 3 && session_status(s) != SESSION_FAILED && session_undo(s, now) != 0 &&
            session_status(s) == SESSION_RUNNING)
            fuzz_util_fail("session_undo", "failed on a running session");
    }
    session_abandon(s, now + 1);
}

/* The session as a log: it must write (the game saves after every decision), read back,
 * and write again to the same text, all valid UTF-8 whatever the scenario's strings were. */
static void check_log(const Session *s, const Explorer *policy)
{
    const AttemptInfo info = {"6f1c2b7e-0d4a-4c59-9e3a-2b8f5a7c1d90", "Fuzz Trainee", "practice", "text",
                              "fuzz", session_status(s) == SESSION_RUNNING, NULL};
    Attempt a, b;
    Diag err;
    char *json = NULL, *again = NULL;
    diag_clear(&err);
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    if (attempt_capture(&a, s, policy, &info))
        fuzz_util_fail("attempt_capture", "out of memory");
    if (!(json = journal_to_json(&a, &err)))
        fuzz_util_fail("journal_to_json refused a captured session", err.message);
    if (!fuzz_util_valid_utf8(json, strlen(json)))
        fuzz_util_fail("journal_to_json wrote invalid UTF-8", NULL);
    if (journal_parse(json, strlen(json), &b, &err))
        fuzz_util_fail("journal_parse refused what journal_to_json wrote", err.message);
    if (!(again = journal_to_json(&b, &err)))
        fuzz_util_fail("journal_to_json refused a log it had read", err.message);
    if (strcmp(json, again) != 0)
        fuzz_util_fail("a captured session's log changed on reading it back", NULL);
    free(json);
    free(again);
    attempt_free(&a);
    attempt_free(&b);
}

static void exercise(ScriptScenario *ss, uint64_t seed)
{
    const Scenario *sc = script_scenario(ss);
    int nvars = scenario_var_count(sc);
    bool *reads = calloc((size_t)nvars + 1, sizeof *reads), *writes = calloc((size_t)nvars + 1, sizeof *writes);
    Explorer *policy = NULL;
    Session *s = NULL;
    DiagList lint = {0};
    Diag err;
    diag_clear(&err);
    if (!reads || !writes)
        fuzz_util_fail("exercise", "out of memory");
    policy = explorer_run(sc, FUZZ_MAX_STATES, &err);
    if (policy) {
        PathStep path[64];
        int ending;
        for (int v = 0; v < nvars; v++)
            script_var_usage(ss, v, &reads[v], &writes[v]);
        LintInput in = {reads, writes, 0};
        if (lint_scenario(sc, policy, &in, &lint) < 0)
            fuzz_util_fail("lint_scenario", "out of memory");
        explorer_best_path(policy, path, 64, &ending);
    }
    if (!(s = session_new(sc, seed, FUZZ_T0)))
        fuzz_util_fail("session_new", "out of memory");
    play(s, policy, seed);
    check_log(s, policy);
    session_free(s);
    explorer_free(policy);
    diag_list_free(&lint);
    free(reads);
    free(writes);
}

static void load_and_exercise(const char *path, const char *rubric, uint64_t seed)
{
    LoadOptions opts = {rubric, {FUZZ_MEMORY, FUZZ_INSTRUCTIONS}};
    DiagList diags = {0};
    ScriptScenario *ss = script_load(path, &opts, &diags);
    if (ss && diag_list_errors(&diags) > 0)
        fuzz_util_fail("script_load", "returned a scenario and errors");
    if (!ss && diag_list_errors(&diags) == 0)
        fuzz_util_fail("script_load", "failed without saying why");
    if (getenv("RJSIM_FUZZ_SHOW")) /* for reading what an input does */
        for (size_t i = 0; i < diags.count; i++) {
            char buf[2048];
            fprintf(stderr, "%s\n", diag_format(&diags.items[i], buf, sizeof buf));
        }
    if (ss)
        exercise(ss, seed);
    script_free(ss);
    diag_list_free(&diags);
}

void fuzz_scenario_run(const char *src, size_t n, bool as_rubric)
{
    uint64_t seed = input_seed(src, n);
    init();
    fuzz_util_write_file(scenario_path, src, n);
    load_and_exercise(scenario_path, rubric_path, seed);
    if (as_rubric) {
        SandboxLimits limits = {FUZZ_MEMORY, FUZZ_INSTRUCTIONS};
        DiagList diags = {0};
        fuzz_util_write_file(input_rubric_path, src, n);
        Rubric *r = script_load_rubric(input_rubric_path, &limits, &diags);
        if (!r && diag_list_errors(&diags) == 0)
            fuzz_util_fail("script_load_rubric", "failed without saying why");
        if (r)
            load_and_exercise(minimal_path, input_rubric_path, seed);
        rubric_free(r);
        diag_list_free(&diags);
    }
}
