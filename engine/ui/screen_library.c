/* screen_library: every scenario with its role, length, summary, the programme it is
 * modelled on and the trainee's best score; filter by role; 1-9 opens one. */
#include "screens.h"

#include <stdio.h>
#include <string.h>

static bool shown(const App *app, const LibraryEntry *e)
{
    if (app->role_filter == 0)
        return true;
    return e->role && strcmp(e->role, app->role_filter == 1 ? "prosecutor" : "officer") == 0;
}

static void layout(App *app, Layout *l)
{
    Metrics m;
    chrome_metrics(app, &m);
    const Theme *th = &app->theme;
    Text *t = app->v->text;
    char note[200];
    /* No name yet (the library opened with --screen): the mode alone, not ", practice mode". */
    snprintf(note, sizeof note, "%s%s%s mode", app->name_edit, app->name_edit[0] ? ", " : "",
             app->workshop ? "workshop" : app->settings.mode);
    chrome_header(app, l, &m, "Choose a scenario", note);
    FooterButton foot[3] = {{"Back", ACT_BACK, 0}, {"Previous", ACT_PREV_PAGE, 0}, {"Next", ACT_NEXT_PAGE, 0}};
    chrome_footer(app, l, &m, foot, app->v->pages > 1 ? 3 : 1, "1-9 open, arrows move, Esc back");
    /* Role filter: three buttons in a row. */
    const char *roles[3] = {"All", "Prosecutor", "Officer"};
    int x = m.x, bh = text_line_height(t, STYLE_BODY) + 2 * m.pad;
    for (int i = 0; i < 3; i++) {
        int w = text_width(t, STYLE_BODY, roles[i], strlen(roles[i])) + 2 * m.pad;
        layout_button(l, t, x, m.top, w, m.pad, roles[i], STYLE_BODY, ACT_FILTER, i, 0, th->button, th->button_text,
                      app->role_filter == i);
        x += w + m.pad;
    }
    Flow f;
    flow_begin(&f, l, t, m.x, m.w, m.top + bh + m.gap, m.bottom, app->v->page);
    if (app->library.note[0])
        screens_note(app, l, &m, &f, app->library.note);
    int hotkey = 0, listed = 0;
    for (int i = 0; i < app->library.count; i++) {
        const LibraryEntry *e = &app->library.items[i];
        if (!shown(app, e))
            continue;
        listed++;
        char label[600], detail[1200];
        if (e->error) {
            snprintf(detail, sizeof detail, "%s cannot be played: %s", e->path, e->error);
            flow_paragraph(&f, detail, STYLE_SMALL, th->bad, 0);
            flow_space(&f, m.gap);
            continue;
        }
        char best[64] = "not yet completed";
        if (e->best >= 0)
            snprintf(best, sizeof best, "best %.0f of 100 (%d attempt%s)", e->best, e->attempts, e->attempts == 1 ? "" : "s");
        /* The number key that opens it leads the label, so 1-9 are discoverable. */
        char num[16] = "";
        if (hotkey < 9)
            snprintf(num, sizeof num, "%d. ", hotkey + 1);
        snprintf(label, sizeof label, "%s%s\n%s, about %d minutes; %s", num, e->title, e->role, e->minutes, best);
        int h = button_height(t, label, STYLE_BODY, m.w, m.pad);
        /* Keep a scenario's button and its description on one page. */
        char sum[1200];
        snprintf(sum, sizeof sum, "%s Modelled on: %s.", e->summary, e->modelled_on);
        int y = flow_reserve(&f, h);
        if (y >= 0) {
            hotkey++;
            layout_button(l, t, m.x, y, m.w, m.pad, label, STYLE_BODY, ACT_OPEN, i, hotkey <= 9 ? hotkey : 0,
                          th->button, th->button_text, false);
        }
        flow_paragraph(&f, sum, STYLE_SMALL, th->muted, m.pad);
        flow_space(&f, m.gap);
    }
    if (!listed)
        flow_paragraph(&f, "No scenario matches this filter.", STYLE_BODY, th->text, 0);
    app->v->pages = flow_pages(&f);
}

static bool act(App *app, Action a, int arg)
{
    switch (a) {
    case ACT_FILTER:
        app->role_filter = arg;
        app->v->page = 0;
        return true;
    case ACT_OPEN:
        if (arg >= 0 && arg < app->library.count && !app->library.items[arg].error)
            screens_open(app, app->library.items[arg].path);
        return true;
    case ACT_BACK: app_go(app, SCREEN_TITLE); return true;
    default: return false;
    }
}

const Screen screen_library = {layout, act};
