/* game: the play model behind the scene screens. */
#include "game.h"

#include "core/explorer.h"
#include "core/session.h"
#include "journal/paths.h"
#include "journal/record.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void save(Game *g, bool abandoned)
{
    Diag err;
    diag_clear(&err);
    AttemptInfo info = {g->session_id, g->trainee, g->mode, "game", RJSIM_VERSION, abandoned,
                        g->policy ? NULL : &g->error};
    g->save_error[0] = '\0';
    if (record_session(g->results_dir, &g->log_path, g->s, g->policy, g->ranges, &info, &err))
        snprintf(g->save_error, sizeof g->save_error, "%s", err.message);
}

int game_open(Game *g, const char *path, const char *rubric, const char *results_dir, const char *trainee,
              const char *mode, const uint64_t *seed, int64_t now_ms, Diag *err)
{
    uint64_t sd;
    memset(g, 0, sizeof *g);
    snprintf(g->trainee, sizeof g->trainee, "%s", trainee && *trainee ? trainee : "trainee");
    snprintf(g->mode, sizeof g->mode, "%s", mode && strcmp(mode, "assessment") == 0 ? "assessment" : "practice");
    snprintf(g->results_dir, sizeof g->results_dir, "%s", results_dir);
    LoadOptions opts = {rubric, {0, 0}};
    g->ss = script_load(path, &opts, &g->load_errors);
    if (!g->ss) {
        if (g->load_errors.count)
            *err = g->load_errors.items[0];
        else
            diag_error(err, path, 0, "cannot load the scenario");
        return -1;
    }
    g->sc = script_scenario(g->ss);
    if (seed)
        sd = *seed;
    else if (paths_random_seed(&sd, err))
        sd = (uint64_t)now_ms & ((1ULL << 53) - 1);
    if (paths_new_uuid(g->session_id, err)) {
        game_close(g);
        return -1;
    }
    g->policy = explorer_run(g->sc, 0, &g->error);
    if (g->policy && !(g->ranges = explorer_run_seeded(g->sc, 0, sd, -1, NULL, &g->error))) {
        explorer_free(g->policy);
        g->policy = NULL;
    }
    g->s = session_new(g->sc, sd, now_ms);
    if (!g->s) {
        diag_error(err, path, 0, "out of memory");
        game_close(g);
        return -1;
    }
    if (!g->policy || session_status(g->s) == SESSION_FAILED) {
        /* The scenario cannot be played: show the error, and log it for the trainer. */
        if (session_status(g->s) == SESSION_FAILED)
            g->error = *session_error(g->s);
        g->failed = true;
        save(g, false);
    }
    return 0;
}

void game_close(Game *g)
{
    session_free(g->s);
    explorer_free(g->policy);
    explorer_free(g->ranges);
    script_free(g->ss);
    free(g->log_path);
    attempt_free(&g->result);
    diag_list_free(&g->load_errors);
    memset(g, 0, sizeof *g);
}

bool game_practice(const Game *g)
{
    return strcmp(g->mode, "practice") == 0;
}

int game_choose(Game *g, int pos, int64_t now_ms)
{
    if (!g->s || g->failed || session_status(g->s) != SESSION_RUNNING)
        return -1;
    int choice = session_available(g->s, pos - 1);
    if (choice < 0)
        return -1;
    Diag err;
    diag_clear(&err);
    g->last_scene = session_scene(g->s);
    g->last_choice = choice;
    session_choose(g->s, choice, now_ms, &err);
    if (session_status(g->s) == SESSION_FAILED) {
        g->failed = true;
        g->error = *session_error(g->s);
    }
    save(g, false);
    return 0;
}

int game_step_back(Game *g, int64_t now_ms)
{
    if (!g->s || !game_practice(g) || session_undo(g->s, now_ms) != 0)
        return -1;
    save(g, false);
    return 0;
}

void game_abandon(Game *g, int64_t now_ms)
{
    if (!g->s || g->failed || session_status(g->s) != SESSION_RUNNING)
        return;
    session_abandon(g->s, now_ms);
    save(g, true);
}

int game_restart_at(Game *g, int scene, int64_t now_ms)
{
    if (!g->sc || scene < 0 || scene >= scenario_scene_count(g->sc))
        return -1;
    Session *s = session_new_at(g->sc, session_seed(g->s), now_ms, scene, NULL);
    if (!s)
        return -1;
    session_free(g->s);
    g->s = s;
    g->failed = session_status(s) == SESSION_FAILED;
    if (g->failed)
        g->error = *session_error(s);
    return 0;
}

int game_alternatives(const Game *g, int i, int *out, int max)
{
    if (!g->s || i < 0 || i >= session_decision_count(g->s))
        return -1;
    Session *re = session_new_at(g->sc, session_seed(g->s), session_started_ms(g->s), session_start_scene(g->s),
                                 session_start_vars(g->s));
    if (!re)
        return -1;
    Diag err;
    diag_clear(&err);
    for (int k = 0; k < i; k++)
        session_choose(re, session_decision(g->s, k)->choice, session_decision(g->s, k)->at_ms, &err);
    int n = 0;
    for (int p = 0; p < session_available_count(re) && n < max; p++)
        if (session_available(re, p) != session_decision(g->s, i)->choice)
            out[n++] = session_available(re, p);
    session_free(re);
    return n;
}

int game_finish(Game *g)
{
    if (g->has_result)
        return 0;
    AttemptInfo info = {g->session_id, g->trainee, g->mode, "game", RJSIM_VERSION, false, g->failed ? &g->error : NULL};
    if (attempt_capture(&g->result, g->s, g->policy, g->ranges, &info))
        return -1;
    g->has_result = true;
    return 0;
}
