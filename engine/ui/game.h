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
#include "script/watch.h"

#include <stdbool.h>
#include <stdint.h>

enum { GAME_MAX_SHOWN = 16 };

/* A moment the facilitator marked for the debrief (workshop mode). */
typedef struct GameFlag {
    int decision;   /* decisions taken when it was marked */
    int64_t at_ms;
    char note[160]; /* may be empty */
} GameFlag;

/* The room's votes at one decision, by position among the choices shown. */
typedef struct GameVotes {
    int count[GAME_MAX_SHOWN];
    int shown;
} GameVotes;

typedef struct Game {
    ScriptScenario *ss;
    const Scenario *sc;
    Explorer *policy; /* best choices, and the values decisions are scored by */
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

    /* live reload: the scenario file (and its rubric) as the author saves it */
    Watch *watch;         /* NULL when live reload is unavailable */
    char path[1024], rubric[1024];
    char reload_note[1024]; /* what the last reload did, or its error (file:line) */

    /* workshop mode */
    bool workshop;
    GameVotes votes;   /* the decision being voted on */
    GameVotes *vote_log; /* one per decision taken */
    int nvote_log;
    GameFlag *flags;
    int nflags;
    bool revealed;     /* the projection shows votes and feedback */
    bool blank;        /* the projection shows a pause screen */
    bool result_shown; /* the room's choice was just taken: its outcome is on screen */
    int64_t started_ms, scene_started_ms;
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
/* Workshop mode: adds (delta 1) or removes (-1) a vote for the choice at 1-based position
 * pos; counts never go below zero. 0, or -1 for a position not shown. */
int game_vote(Game *g, int pos, int delta);
/* The position with the most votes (the room's choice by default); 0 when there is a tie at
 * the top or no vote. */
int game_majority(const Game *g);
/* Marks the current moment; returns the flag to add a note to, or NULL (out of memory). */
GameFlag *game_flag(Game *g, int64_t now_ms);
/* Writes the log again after a flag's note was typed. */
void game_flag_saved(Game *g);

/* Writes the attempt, from its start, to another results folder (after the first one
 * could not be written: nothing played is lost). 0, or -1 with g->save_error set. */
int game_move_results(Game *g, const char *dir);
/* Live reload: when the scenario or its rubric changed on disk, loads it again and replays
 * the decisions so far on it. An error keeps the last good version playing. Either way
 * g->reload_note says what happened. Returns true when something changed on screen. */
bool game_reload(Game *g, int64_t now_ms);

/* Starts the attempt again at scene `scene` with the declared initial variables (for
 * authors testing one part, and for the layout tests). 0, or -1 on an unknown scene. */
int game_restart_at(Game *g, int scene, int64_t now_ms);
/* The choices that were on offer at decision i, in the order shown (indices into that
 * scene's choices, the one taken among them), found by replaying the session. Writes up to
 * max; returns how many, or -1 when i is not a decision of this attempt. */
int game_shown(const Game *g, int i, int *out, int max);
/* Captures the debrief once the session has ended or failed (fills g->result). */
int game_finish(Game *g);

#endif
