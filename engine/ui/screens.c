/* screens: shared helpers. */
#include "screens.h"

#include "journal/paths.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char *screens_results_dir(App *app, char *buf, size_t size)
{
    Diag err;
    diag_clear(&err);
    const char *flag = app->opts->results_flag;
    if (!flag && app->settings.results_dir[0])
        flag = app->settings.results_dir;
    char *dir = paths_results_dir(flag, &err);
    snprintf(buf, size, "%s", dir ? dir : "");
    free(dir);
    return buf;
}

void screens_open(App *app, const char *path)
{
    char results[1024];
    Diag err;
    diag_clear(&err);
    game_close(&app->game);
    screens_results_dir(app, results, sizeof results);
    if (paths_mkdirs(results, &err))
        snprintf(app->message, sizeof app->message, "%s", err.message);
    const uint64_t *seed = app->opts->have_seed ? &app->opts->seed : NULL;
    if (game_open(&app->game, path, app->opts->rubric, results, app->name_edit, app->settings.mode, seed,
                  (int64_t)time(NULL) * 1000, &err)) {
        app->game.failed = true;
        app->game.error = err;
        app_go(app, SCREEN_ERROR);
        return;
    }
    app_go(app, app->game.failed ? SCREEN_ERROR : SCREEN_BRIEFING);
}

void screens_save_settings(App *app)
{
    char err[512];
    snprintf(app->settings.trainee, sizeof app->settings.trainee, "%s", app->name_edit);
    if (settings_save(&app->settings, err, sizeof err))
        snprintf(app->message, sizeof app->message, "Settings not saved: %s", err);
}

int screens_note(App *app, Layout *l, const Metrics *m, Flow *f, const char *text)
{
    (void)m;
    int start = l->count;
    int y0 = f->y;
    f->parent = -1;
    flow_paragraph(f, text, STYLE_BOLD, app->theme.warning_text, app->text ? text_px(app->text, STYLE_BODY) / 2 : 0);
    /* A panel behind the note's lines, inserted before them so it is drawn first. */
    if (l->count > start) {
        Box panel = {.kind = BOX_PANEL, .r = {f->x, y0, f->w, f->y - y0}, .style = STYLE_BODY, .color = app->theme.warning_bg, .fill = app->theme.warning_bg, .parent = -1};
        int idx = layout_add(l, &panel);
        if (idx >= 0) {
            Box tmp = l->boxes[idx];
            memmove(&l->boxes[start + 1], &l->boxes[start], (size_t)(idx - start) * sizeof(Box));
            l->boxes[start] = tmp;
        }
    }
    return f->y - y0;
}
