/* game: the play model behind the scene screens. */
#include "game.h"

#include "core/explorer.h"
#include "core/reload.h"
#include "core/session.h"
#include "journal/paths.h"
#include "journal/record.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Adds the room's votes and the facilitator's flags to an attempt (workshop mode). */
static int add_workshop(Attempt *a, void *ctx)
{
    const Game *g = ctx;
    for (int i = 0; i < a->ndecisions && i < g->nvote_log; i++) {
        AttemptDecision *d = &a->decisions[i];
        d->votes = calloc((size_t)g->vote_log[i].shown + 1, sizeof *d->votes);
        if (!d->votes)
            return -1;
        memcpy(d->votes, g->vote_log[i].count, (size_t)g->vote_log[i].shown * sizeof *d->votes);
        d->nvotes = g->vote_log[i].shown;
    }
    a->flags = calloc((size_t)g->nflags + 1, sizeof *a->flags);
    if (!a->flags)
        return -1;
    for (int i = 0; i < g->nflags; i++) {
        a->flags[i].decision = g->flags[i].decision;
        a->flags[i].at_ms = g->flags[i].at_ms;
        if (!(a->flags[i].note = strdup(g->flags[i].note)))
            return -1;
        a->nflags++;
    }
    return 0;
}

static void save(Game *g, bool abandoned)
{
    Diag err;
    diag_clear(&err);
    AttemptInfo info = {g->session_id, g->trainee, g->mode, "game", RJSIM_VERSION, abandoned,
                        g->policy ? NULL : &g->error};
    g->save_error[0] = '\0';
    if (record_session(g->results_dir, &g->log_path, g->s, g->policy, &info,
                       g->workshop ? add_workshop : NULL, g, &err))
        snprintf(g->save_error, sizeof g->save_error, "%s", err.message);
}

int game_open(Game *g, const char *path, const char *rubric, const char *results_dir, const char *trainee,
              const char *mode, const uint64_t *seed, int64_t now_ms, Diag *err)
{
    uint64_t sd;
    memset(g, 0, sizeof *g);
    snprintf(g->trainee, sizeof g->trainee, "%s", trainee && *trainee ? trainee : "trainee");
    snprintf(g->mode, sizeof g->mode, "%s",
             mode && (strcmp(mode, "assessment") == 0 || strcmp(mode, "workshop") == 0) ? mode : "practice");
    g->workshop = strcmp(g->mode, "workshop") == 0;
    g->started_ms = g->scene_started_ms = now_ms;
    snprintf(g->results_dir, sizeof g->results_dir, "%s", results_dir);
    LoadOptions opts = {rubric, {0, 0}};
    snprintf(g->path, sizeof g->path, "%s", path);
    if (rubric)
        snprintf(g->rubric, sizeof g->rubric, "%s", rubric);
    else
        script_default_rubric(path, g->rubric, sizeof g->rubric);
    g->ss = script_load(path, &opts, &g->load_errors);
    if (!g->ss) {
        if (g->load_errors.count)
            *err = g->load_errors.items[0];
        else
            diag_error(err, path, 0, "cannot load the scenario");
        return -1;
    }
    g->sc = script_scenario(g->ss);
    Diag werr;
    diag_clear(&werr);
    if (!(g->watch = watch_new(&werr)) || watch_add(g->watch, path, &werr) || watch_add(g->watch, g->rubric, &werr)) {
        watch_free(g->watch);
        g->watch = NULL;
        snprintf(g->reload_note, sizeof g->reload_note, "Live reload is off: %.900s", werr.message);
    }
    if (seed)
        sd = *seed;
    else if (paths_random_seed(&sd, err))
        sd = (uint64_t)now_ms & ((1ULL << 53) - 1);
    if (paths_new_uuid(g->session_id, err)) {
        game_close(g);
        return -1;
    }
    g->policy = explorer_run(g->sc, 0, &g->error);
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
    watch_free(g->watch);
    session_free(g->s);
    explorer_free(g->policy);
    script_free(g->ss);
    free(g->log_path);
    free(g->vote_log);
    free(g->flags);
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
    if (strncmp(g->reload_note, "Live reload is off", 18) != 0)
        g->reload_note[0] = '\0'; /* a reload's note lasts until the next decision */
    g->last_scene = session_scene(g->s);
    g->last_choice = choice;
    if (g->workshop) {
        GameVotes *log = realloc(g->vote_log, (size_t)(g->nvote_log + 1) * sizeof *log);
        if (!log)
            return -1;
        g->vote_log = log;
        g->votes.shown = session_available_count(g->s);
        g->vote_log[g->nvote_log++] = g->votes;
        memset(&g->votes, 0, sizeof g->votes);
        g->revealed = false;
        g->result_shown = true;
        g->scene_started_ms = now_ms;
    }
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

int game_vote(Game *g, int pos, int delta)
{
    if (!g->s || pos < 1 || pos > session_available_count(g->s) || pos > GAME_MAX_SHOWN)
        return -1;
    int *c = &g->votes.count[pos - 1];
    *c = *c + delta < 0 ? 0 : *c + delta;
    return 0;
}

int game_majority(const Game *g)
{
    int best = 0, top = 0, ties = 0;
    for (int p = 1; g->s && p <= session_available_count(g->s) && p <= GAME_MAX_SHOWN; p++) {
        int c = g->votes.count[p - 1];
        if (c > top) {
            top = c;
            best = p;
            ties = 0;
        } else if (c == top && c > 0) {
            ties++;
        }
    }
    return ties ? 0 : best;
}

GameFlag *game_flag(Game *g, int64_t now_ms)
{
    GameFlag *f = realloc(g->flags, (size_t)(g->nflags + 1) * sizeof *f);
    if (!f)
        return NULL;
    g->flags = f;
    f = &g->flags[g->nflags++];
    memset(f, 0, sizeof *f);
    f->decision = g->s ? session_decision_count(g->s) : 0;
    f->at_ms = now_ms;
    save(g, false);
    return f;
}

bool game_reload(Game *g, int64_t now_ms)
{
    if (!g->watch || !watch_changed(g->watch) || !g->s)
        return false;
    char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
    DiagList diags = {0};
    LoadOptions opts = {g->rubric[0] ? g->rubric : NULL, {0, 0}};
    ScriptScenario *ss = script_load(g->path, &opts, &diags);
    Explorer *policy = NULL;
    Session *s = NULL;
    Diag err;
    diag_clear(&err);
    ReloadReport rep = {0};
    if (!ss) {
        snprintf(g->reload_note, sizeof g->reload_note, "Not reloaded, the last good version goes on: %.900s",
                 diags.count ? diag_format(&diags.items[0], buf, sizeof buf) : "the file cannot be loaded");
        goto done;
    }
    const Scenario *sc = script_scenario(ss);
    s = reload_session(sc, g->s, &rep);
    if (!s || session_status(s) == SESSION_FAILED) {
        snprintf(g->reload_note, sizeof g->reload_note, "Not reloaded, the last good version goes on: %.900s",
                 s ? diag_format(session_error(s), buf, sizeof buf) : "out of memory");
        goto done;
    }
    if (!(policy = explorer_run_from(sc, 0, session_start_scene(s), session_start_vars(s), &err))) {
        snprintf(g->reload_note, sizeof g->reload_note, "Not reloaded, the last good version goes on: %.900s",
                 diag_format(&err, buf, sizeof buf));
        goto done;
    }
    /* The old session borrows the old scenario: free it first. */
    session_free(g->s);
    explorer_free(g->policy);
    script_free(g->ss);
    g->ss = ss;
    g->sc = sc;
    g->s = s;
    g->policy = policy;
    ss = NULL;
    s = NULL;
    policy = NULL;
    g->failed = false;
    if (rep.dropped)
        snprintf(g->reload_note, sizeof g->reload_note, "Reloaded: %d of %d decisions replayed (%.900s).", rep.replayed,
                 rep.replayed + rep.dropped, rep.reason);
    else
        snprintf(g->reload_note, sizeof g->reload_note, "Reloaded: %d decision%s replayed.", rep.replayed,
                 rep.replayed == 1 ? "" : "s");
    save(g, false);
done:
    (void)now_ms;
    session_free(s);
    explorer_free(policy);
    script_free(ss);
    diag_list_free(&diags);
    return true;
}

int game_move_results(Game *g, const char *dir)
{
    if (!g->s)
        return 0;
    snprintf(g->results_dir, sizeof g->results_dir, "%s", dir);
    free(g->log_path);
    g->log_path = NULL; /* named afresh in the new folder */
    save(g, false);
    return g->save_error[0] ? -1 : 0;
}

void game_flag_saved(Game *g)
{
    save(g, false);
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

int game_shown(const Game *g, int i, int *out, int max)
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
        out[n++] = session_available(re, p);
    session_free(re);
    return n;
}

int game_finish(Game *g)
{
    if (g->has_result)
        return 0;
    AttemptInfo info = {g->session_id, g->trainee, g->mode, "game", RJSIM_VERSION, false, g->failed ? &g->error : NULL};
    if (attempt_capture(&g->result, g->s, g->policy, &info) ||
        (g->workshop && add_workshop(&g->result, g)))
        return -1;
    g->has_result = true;
    return 0;
}
