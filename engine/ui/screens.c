/* screens: shared helpers. */
#include "screens.h"

#include "core/score.h"
#include "journal/paths.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char *screens_results_dir(App *app, char *buf, size_t size)
{
    Diag err;
    diag_clear(&err);
    const char *flag = app->results_override[0] ? app->results_override : app->opts->results_flag;
    if (!flag && app->settings.results_dir[0])
        flag = app->settings.results_dir;
    char *dir = paths_results_dir(flag, &err);
    snprintf(buf, size, "%s", dir ? dir : "");
    free(dir);
    return buf;
}

void screens_close(App *app)
{
    live_stop(app->live);
    app->live = NULL;
    game_close(&app->game);
}

void screens_open(App *app, const char *path)
{
    char results[1024];
    Diag err;
    diag_clear(&err);
    screens_close(app);
    screens_results_dir(app, results, sizeof results);
    if (paths_mkdirs(results, &err))
        snprintf(app->message, sizeof app->message, "%s", err.message);
    const uint64_t *seed = app->opts->have_seed ? &app->opts->seed : NULL;
    if (app->workshop)
        workshop_views(app);
    if (game_open(&app->game, path, app->opts->rubric, results, app->name_edit,
                  app->workshop ? "workshop" : app->settings.mode, seed,
                  (int64_t)time(NULL) * 1000, &err)) {
        app->game.failed = true;
        app->game.error = err;
        app_go(app, SCREEN_ERROR);
        return;
    }
    /* Live reload: the author saves the file and the game replays up to where they were. */
    if (app->game.watch && app->reload_event != (Uint32)-1)
        app->live = live_start(watch_fd(app->game.watch), app->reload_event);
    app_go(app, app->game.failed ? SCREEN_ERROR : SCREEN_BRIEFING);
}

void screens_save_settings(App *app)
{
    char err[512];
    snprintf(app->settings.trainee, sizeof app->settings.trainee, "%s", app->name_edit);
    if (settings_save(&app->settings, err, sizeof err))
        snprintf(app->message, sizeof app->message, "Settings not saved: %s", err);
}

static void count_only(void *ctx, const char *line, size_t n)
{
    (void)ctx, (void)line, (void)n;
}

int screens_note(App *app, Layout *l, const Metrics *m, Flow *f, const char *text)
{
    (void)m;
    int indent = app->v->text ? text_px(app->v->text, STYLE_BODY) / 2 : 0;
    /* A note that would cross a page break starts the next page instead (when it fits on
     * one), so its panel, sized from where it starts, covers its lines and nothing else. */
    if (app->v->text) {
        char safe[8192];
        text_sanitize(safe, sizeof safe, text);
        int lines = text_wrap(app->v->text, STYLE_BOLD, safe, f->w - indent, count_only, NULL);
        int h = lines * text_line_height(app->v->text, STYLE_BOLD);
        if (f->y + h > f->bottom && h <= f->bottom - f->top)
            flow_break(f);
    }
    int start = l->count;
    int y0 = f->y;
    f->parent = -1;
    flow_paragraph(f, text, STYLE_BOLD, app->theme.warning_text, indent);
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

/* The principles as one block kept on one page: a row each with the name, a bar and the
 * score as a number (the number carries the meaning; the bar and its colour repeat it). */
void screens_chart(App *app, Layout *l, Flow *f, const Metrics *m, const Attempt *a)
{
    const Theme *th = &app->theme;
    const Rubric *r = scenario_rubric(app->game.sc);
    Text *t = app->v->text;
    int lh = text_line_height(t, STYLE_SMALL), row = lh + m->pad / 2;
    int y = flow_reserve(f, row * a->nscores);
    if (y < 0)
        return;
    /* Beside each bar: the score, then the raw total and the range the trainee's own
     * decisions could have given it (score.h), as the terminal debrief shows them. */
    const char *widest = "100  +10.5 (10.5 of 10.5)";
    int name_w = f->w * 2 / 5, value_w = text_width(t, STYLE_SMALL, widest, strlen(widest)) + m->pad;
    int bar_x = f->x + name_w, bar_w = f->w - name_w - value_w - m->pad;
    for (int i = 0; i < a->nscores; i++, y += row) {
        const AttemptScore *s = &a->scores[i];
        int p = rubric_find_principle(r, s->principle);
        char name[256], value[128], tot[32], won[32], reach[32];
        snprintf(name, sizeof name, "%s", p >= 0 ? rubric_principle(r, p)->name : s->principle);
        /* Shorten a name that does not fit its column rather than overlap the bar. */
        text_shorten(t, STYLE_SMALL, name, sizeof name, name_w - m->pad);
        layout_label(l, t, f->x, y, name, STYLE_SMALL, th->text);
        if (!s->measured) {
            layout_label(l, t, bar_x, y, "not measured on this path", STYLE_SMALL, th->muted);
            continue;
        }
        Box bar = {.kind = BOX_BAR, .r = {bar_x, y + lh / 5, bar_w, lh * 3 / 5}, .style = STYLE_BODY, .color = th->palette[i % 8], .fill = th->bar_track, .parent = -1, .value = s->score / 100.0};
        layout_add(l, &bar);
        snprintf(value, sizeof value, "%.0f  %s (%s of %s)", s->score, score_format_points(s->total, tot, sizeof tot),
                 score_format_amount(s->total - s->min, won, sizeof won),
                 score_format_amount(s->max - s->min, reach, sizeof reach));
        text_shorten(t, STYLE_SMALL, value, sizeof value, value_w);
        layout_label(l, t, bar_x + bar_w + m->pad, y, value, STYLE_SMALL, th->text);
    }
}
