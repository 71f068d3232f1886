/* ui: starts the game, applies scripted choices, takes a screenshot or measures. */
#include "ui.h"

#include "app.h"
#include "core/session.h"
#include "screens.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static long rss_kb(void)
{
    long pages = 0, rss = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &rss) != 2)
            rss = 0;
        fclose(f);
    }
    return rss * 4;
}

/* Takes --choices as a trainee would: Begin, then each position (continuing past the
 * practice feedback). Returns 0, or -1 when a position is not on offer. */
static int apply_choices(App *app, const char *list)
{
    const char *p = list;
    if (app->screen == SCREEN_BRIEFING)
        app_act(app, ACT_BEGIN, 0);
    while (*p) {
        int pos = atoi(p);
        bool workshop = app->screen == SCREEN_WORKSHOP;
        if (app->screen != SCREEN_SCENE && !workshop) {
            fprintf(stderr, "rjsim: --choices: the attempt ended before choice %d\n", pos);
            return -1;
        }
        if (pos < 1 || pos > session_available_count(app->game.s)) {
            fprintf(stderr, "rjsim: --choices: choice %d is out of range in scene '%s'\n", pos,
                    scenario_scene(app->game.sc, session_scene(app->game.s))->id);
            return -1;
        }
        if (workshop) {
            /* The facilitator takes the choice, then moves past its outcome unless it is the
             * last one and the scenario goes on. */
            app_act(app, ACT_TAKE, pos);
            if (p[strcspn(p, ",")] || session_status(app->game.s) != SESSION_RUNNING)
                app_act(app, ACT_CONTINUE, 0);
            p += strcspn(p, ",");
            if (*p == ',')
                p++;
            continue;
        }
        app_act(app, ACT_CHOICE, pos);
        /* Past the practice feedback, unless it is the last choice and the scene goes on
         * (so a screenshot can show that feedback); an ending goes on to the debrief. */
        if (app->screen == SCREEN_FEEDBACK &&
            (p[strcspn(p, ",")] || session_status(app->game.s) == SESSION_ENDED))
            app_act(app, ACT_CONTINUE, 0);
        p += strcspn(p, ",");
        if (*p == ',')
            p++;
    }
    return 0;
}

/* Figures for make bench: start-up to the first frame; the cost of laying out and
 * drawing a full screen (without the wait for the display's refresh); frames drawn while
 * idle for 10 s after the window settled (the answer should be 0); resident memory. */
static void bench(App *app, double started)
{
    app_draw(app);
    double first = seconds() - started;
    double settle = seconds() + 0.5;
    while (seconds() < settle)
        app_step(app, 50);
    int n = 100;
    double t0 = seconds();
    for (int i = 0; i < n; i++)
        app_render(app);
    double per = (seconds() - t0) / n * 1000;
    unsigned long before = app->v->frames;
    double end = seconds() + 10;
    while (seconds() < end)
        app_step(app, (int)((end - seconds()) * 1000) + 1);
    static const char *const names[SCREEN_COUNT] = {"title",   "library", "briefing", "scene",  "feedback",
                                                    "debrief", "history", "settings", "error", "leave"};
    printf("ui bench (%s driver, %dx%d, %s screen): first frame %.1f ms, lay out and draw %.2f ms, "
           "frames drawn in 10 s idle: %lu, RSS %ld KB\n",
           SDL_GetCurrentVideoDriver(), app->v->out_w, app->v->out_h, names[app->screen], first * 1000, per,
           app->v->frames - before, rss_kb());
}

int ui_run(const UiOptions *opts)
{
    double started = seconds();
    App *app = app_create(opts);
    if (!app)
        return 69;
    int status = 0;
    app->screen = SCREEN_TITLE;
    app->workshop = opts->workshop;
    if (opts->workshop && !opts->scenario) {
        app_go(app, SCREEN_LIBRARY);
    } else if (opts->scenario) {
        screens_open(app, opts->scenario);
    } else if (opts->screen) {
        char results[1024];
        library_scores(&app->library, screens_results_dir(app, results, sizeof results), app->name_edit);
        app_go(app, strcmp(opts->screen, "library") == 0   ? SCREEN_LIBRARY
                    : strcmp(opts->screen, "history") == 0 ? SCREEN_HISTORY
                                                           : SCREEN_SETTINGS);
    } else {
        app_go(app, SCREEN_TITLE);
    }
    if (opts->choices && app->screen == SCREEN_BRIEFING && apply_choices(app, opts->choices))
        status = 64;
    if (status == 0 && opts->screenshot) {
        status = app_screenshot(app, opts->screenshot) == 0 ? 0 : 73;
        /* A second window (the workshop's projection) goes beside it: FILE-projection.png. */
        if (status == 0 && app->nviews == 2) {
            char second[1200];
            const char *dot = strrchr(opts->screenshot, '.');
            int stem = dot ? (int)(dot - opts->screenshot) : (int)strlen(opts->screenshot);
            snprintf(second, sizeof second, "%.*s-projection%s", stem, opts->screenshot, dot ? dot : ".png");
            app->v = &app->views[1];
            status = app_screenshot(app, second) == 0 ? 0 : 73;
            app->v = &app->views[0];
        }
    } else if (status == 0 && opts->bench) {
        bench(app, started);
    } else if (status == 0) {
        app_draw(app);
        while (app_step(app, -1)) {
        }
        status = app->exit_status;
        screens_save_settings(app);
    }
    app_destroy(app);
    return status;
}
