/* cli_play: the terminal player's state, shared by cli_play.c (options and setup) and
 * cli_play_loop.c (the decision loop, input and live reload). Internal to engine/cli.
 * Ownership: a Play owns its scenario, explorers, session, watcher and paths (cli_play
 * frees them). Errors are printed where they happen; functions return exit statuses or -1. */
#ifndef RJ_CLI_PLAY_H
#define RJ_CLI_PLAY_H

#include "cli.h"

#include "core/explorer.h"
#include "core/session.h"
#include "script/watch.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { PLAY_MAX_SETS = 64 };

typedef struct Play {
    const char *path, *choices, *trainee, *mode, *results_flag, *rubric, *autoplay;
    const char *at;                   /* --at SCENE, or NULL */
    const char *sets[PLAY_MAX_SETS];  /* --set NAME=VALUE */
    int nsets;
    uint64_t seed;
    bool have_seed, text, practice, no_reload;
    bool no_log;                      /* --at/--set: an author's test, not an attempt */
    ScriptScenario *ss;
    const Scenario *sc;
    Explorer *ex;       /* every path from the start: best choices and decision values */
    Diag explore_error; /* why the scenario could not be explored, when ex is NULL */
    Session *s;
    char session_id[37];
    char *results_dir, *log_path;
    Watch *watch;       /* live reload: the scenario and its rubric; NULL when off */
    char in[1024];      /* input read but not yet used (read(2), so poll sees what is pending) */
    size_t inlen;
    bool in_eof;
} Play;

/* Captures the session and writes its log (nothing with no_log). 0, or -1 after printing why. */
int cli_play_save(Play *p, bool abandoned);
/* Plays until the ending, the end of the input or a quit; returns the exit status. */
int cli_play_loop(Play *p);

#endif
