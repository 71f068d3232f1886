/* ui: the rjsim game window (SDL2 + SDL_ttf). This header is SDL-free so the command line
 * can start the game without seeing SDL.
 *
 * Errors: ui_run returns a process exit status (0 on a normal quit) after printing what
 * went wrong to stderr; it never exits the process itself. */
#ifndef RJ_UI_H
#define RJ_UI_H

#include <stdbool.h>
#include <stdint.h>

typedef struct UiOptions {
    const char *scenario;      /* open on this scenario's briefing; NULL: the title screen */
    const char *scenarios_dir; /* the library folder (bundled scenarios) */
    const char *extra_dir;     /* another folder of scenarios; may be NULL */
    const char *results_flag;  /* --results DIR; NULL: settings, env, XDG default */
    const char *trainee;       /* NULL: the name remembered in settings */
    const char *mode;          /* "practice" or "assessment"; NULL: settings */
    const char *rubric;        /* NULL: rubric.lua beside each scenario */
    const char *choices;       /* positions to take at once (as --choices), may be NULL */
    bool have_seed;
    uint64_t seed;
    const char *screen;        /* start on "library", "history" or "settings"; NULL: title */
    const char *screenshot;    /* save the screen reached as PNG and quit */
    int width, height;         /* window size; 0: 1280x720 */
    bool fullscreen;
    bool bench;                /* print start-up, frame-time, idle-frame and memory figures */
    bool workshop;             /* run scenarios for a room: projection and presenter views */
    int windows;               /* workshop: 1 or 2 windows; 0: two when there are two displays */
    const char *version;
} UiOptions;

int ui_run(const UiOptions *opts);

#endif
