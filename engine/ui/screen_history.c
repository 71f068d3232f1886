/* screen_history: the trainee's past attempts (newest first) and, per principle, the
 * scores of the last completed attempts as labelled bars: scores over time. */
#include "screens.h"

#include "history.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

enum { TREND = 10 };

static const char *principle_name(const App *app, const char *id)
{
    int p = app->rubric ? rubric_find_principle(app->rubric, id) : -1;
    return p >= 0 ? rubric_principle(app->rubric, p)->name : id;
}

/* Per principle, one row: its name, the last completed attempts' scores as small bars
 * (oldest on the left) and the latest score as a number. */
static void heading_trend(App *app, Layout *l, Flow *f, const Metrics *m, const History *h)
{
    const Theme *th = &app->theme;
    Text *t = app->v->text;
    flow_space(f, m->gap);
    flow_paragraph(f, "Scores over time, oldest to newest", STYLE_HEADING, th->accent, 0);
    const Attempt *ref = NULL;
    for (int i = h->count - 1; i >= 0 && !ref; i--)
        if (h->items[i].status == ATTEMPT_COMPLETED)
            ref = &h->items[i];
    int lh = text_line_height(t, STYLE_SMALL), row = lh * 3 / 2;
    int name_w = f->w * 2 / 5, value_w = text_width(t, STYLE_BOLD, "100", 3) + m->pad;
    int area = f->w - name_w - value_w, bw = area / (TREND * 2);
    for (int p = 0; ref && p < ref->nscores; p++) {
        int idx[TREND], n = 0;
        for (int i = h->count - 1; i >= 0 && n < TREND; i--)
            if (h->items[i].status == ATTEMPT_COMPLETED && p < h->items[i].nscores &&
                strcmp(h->items[i].scores[p].principle, ref->scores[p].principle) == 0 && h->items[i].scores[p].measured)
                idx[n++] = i;
        if (!n)
            continue;
        int y = flow_reserve(f, row + m->pad / 2);
        if (y < 0)
            continue;
        char name[256], value[16];
        snprintf(name, sizeof name, "%s", principle_name(app, ref->scores[p].principle));
        text_shorten(t, STYLE_SMALL, name, sizeof name, name_w - m->pad);
        layout_label(l, t, f->x, y + (row - lh) / 2, name, STYLE_SMALL, th->text);
        for (int k = n - 1; k >= 0; k--) {
            Box bar = {.kind = BOX_BAR, .r = {f->x + name_w + (n - 1 - k) * bw * 2, y, bw, row}, .style = STYLE_BODY, .color = th->palette[p % 8], .fill = th->bar_track, .parent = -1, .value = h->items[idx[k]].scores[p].score / 100.0, .vertical = true};
            layout_add(l, &bar);
        }
        snprintf(value, sizeof value, "%.0f", h->items[idx[0]].scores[p].score);
        layout_label(l, t, f->x + f->w - value_w + m->pad, y + (row - text_line_height(t, STYLE_BOLD)) / 2, value,
                     STYLE_BOLD, th->text);
    }
    flow_paragraph(f, "The number is the latest score; each bar is one completed attempt.", STYLE_SMALL, th->muted, 0);
}

static void layout(App *app, Layout *l)
{
    Metrics m;
    chrome_metrics(app, &m);
    const Theme *th = &app->theme;
    Text *t = app->v->text;
    char title[200], line[3000], results[1024];
    snprintf(title, sizeof title, "History: %s", app->name_edit);
    chrome_header(app, l, &m, title, NULL);
    FooterButton foot[3] = {{"Back", ACT_BACK, 0}, {"Previous", ACT_PREV_PAGE, 0}, {"Next", ACT_NEXT_PAGE, 0}};
    chrome_footer(app, l, &m, foot, app->v->pages > 1 ? 3 : 1, "Arrows turn pages, Esc back");
    History h = {0};
    history_load(&h, screens_results_dir(app, results, sizeof results), app->name_edit);
    Flow f;
    flow_begin(&f, l, t, m.x, m.w, m.top, m.bottom, app->v->page);
    int completed = 0;
    for (int i = 0; i < h.count; i++)
        completed += h.items[i].status == ATTEMPT_COMPLETED;
    snprintf(line, sizeof line, "%d attempt%s, %d completed. Logs in %s.", h.count, h.count == 1 ? "" : "s", completed,
             results);
    flow_paragraph(&f, line, STYLE_BODY, th->text, 0);
    if (h.unreadable) {
        snprintf(line, sizeof line, "%d log%s could not be read (first: %s).", h.unreadable,
                 h.unreadable == 1 ? "" : "s", h.note);
        screens_note(app, l, &m, &f, line);
    }
    if (completed) {
        heading_trend(app, l, &f, &m, &h);
    }
    flow_space(&f, m.gap);
    flow_paragraph(&f, "Attempts, newest first", STYLE_HEADING, th->accent, 0);
    for (int i = h.count - 1; i >= 0; i--) {
        const Attempt *a = &h.items[i];
        time_t when = (time_t)(a->started_ms / 1000);
        struct tm tm;
        char date[64];
        localtime_r(&when, &tm);
        strftime(date, sizeof date, "%d %b %Y %H:%M", &tm);
        if (a->status == ATTEMPT_COMPLETED)
            snprintf(line, sizeof line, "%s  %s: %.0f, %s (%s)", date, a->scenario_title, a->overall,
                     a->band_name ? a->band_name : "", a->mode);
        else
            snprintf(line, sizeof line, "%s  %s: %s (%s)", date, a->scenario_title,
                     a->status == ATTEMPT_ERROR ? "stopped by a scenario error" : "not finished", a->mode);
        flow_paragraph(&f, line, STYLE_BODY, th->text, 0);
    }
    if (!h.count)
        flow_paragraph(&f, "No attempts yet. Choose a scenario to begin.", STYLE_BODY, th->muted, 0);
    history_free(&h);
    app->v->pages = flow_pages(&f);
}

static bool act(App *app, Action a, int arg)
{
    (void)arg;
    switch (a) {
    case ACT_CONTINUE: app_act(app, ACT_NEXT_PAGE, 0); return true;
    case ACT_BACK: app_go(app, SCREEN_TITLE); return true;
    default: return false;
    }
}

const Screen screen_history = {layout, act};
