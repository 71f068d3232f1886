/* game: one attempt played in the window — the loaded scenario, its explorers, the
 * session, and the log written after every decision. SDL-free, so it is tested headless.
 *
 * Ownership: game_open fills a zeroed Game; game_close releases everything (safe twice).
 * Errors: game_open returns -1 with err (load errors as file:line); a script error during
 * play sets game->failed and game->error, and is recorded in the log; a log that cannot be
 * written sets game->save_error (play goes on, and the next decision tries again). */
#ifndef RJ_GAME_H
#define RJ_GAME_H

#include "core/attempt.h"
#include "core/diag.h"
#include "script/loader.h"

#include <stdbool.h>
#include <stdint.h>

typedef struct Game {
    ScriptScenario *ss;
    const Scenario *sc;
    Explorer *policy, *ranges;
    Session *s;
    char session_id[37];
    char trainee[128];
    char mode[16];
    char results_dir[1024];
    char *log_path;
    bool failed;       /* a script error stopped the attempt */
    Diag error;        /* that error */
    char save_error[1024];
    int last_scene, last_choice; /* the decision just taken, for the feedback screen */
    Attempt result;    /* filled when the attempt ends (debrief) */
    bool has_result;
    DiagList load_errors;
} Game;

/* Loads the scenario and starts an attempt (results_dir already resolved). */
int game_open(Game *g, const char *path, const char *rubric, const char *results_dir, const char *trainee,
              const char *mode, const uint64_t *seed, int64_t now_ms, Diag *err);
void game_close(Game *g);
bool game_practice(const Game *g);
/* Takes the choice at 1-based position pos among those shown. 0, or -1 (not available). */
int game_choose(Game *g, int pos, int64_t now_ms);
/* Steps back one decision (practice mode only). 0 or -1. */
int game_step_back(Game *g, int64_t now_ms);
/* Records the attempt as abandoned. */
void game_abandon(Game *g, int64_t now_ms);
/* Starts the attempt again at scene `scene` with the declared initial variables (for
 * authors testing one part, and for the layout tests). 0, or -1 on an unknown scene. */
int game_restart_at(Game *g, int scene, int64_t now_ms);
/* The choices that were on offer at decision i, other than the one taken (indices into
 * that scene's choices), found by replaying the session. Writes up to max; returns how
 * many, or -1 when i is not a decision of this attempt. */
int game_alternatives(const Game *g, int i, int *out, int max);
/* Captures the debrief once the session has ended or failed (fills g->result). */
int game_finish(Game *g);

#endif
