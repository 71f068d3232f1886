/* screen_error: a scenario that cannot be played or stopped with a script error: the
 * first line file:line: message, the traceback folded (D unfolds it), and the way back.
 * The error is already in the session log. */
#include "screens.h"

#include <stdio.h>

static void layout(App *app, Layout *l)
{
    Metrics m;
    chrome_metrics(app, &m);
    const Theme *th = &app->theme;
    chrome_header(app, l, &m, "This scenario has an error", NULL);
    FooterButton foot[2] = {{app->details ? "Hide details" : "Show details", ACT_DETAILS, 0},
                            {"Back to the library", ACT_LIBRARY, 0}};
    chrome_footer(app, l, &m, foot, 2, "Enter: library");
    Flow f;
    flow_begin(&f, l, app->v->text, m.x, m.w, m.top, m.bottom, app->v->page);
    char line[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
    flow_paragraph(&f, diag_format(&app->game.error, line, sizeof line), STYLE_BOLD, th->bad, 0);
    flow_space(&f, m.gap);
    flow_paragraph(&f,
                   "The scenario's author needs to fix this; rjsim check shows the same message. Your attempt, with "
                   "this error, is saved in the session log.",
                   STYLE_BODY, th->text, 0);
    for (size_t i = 1; i < (size_t)app->game.load_errors.count; i++) {
        flow_paragraph(&f, diag_format(&app->game.load_errors.items[i], line, sizeof line), STYLE_SMALL, th->text, 0);
    }
    if (app->details && app->game.error.trace[0]) {
        flow_space(&f, m.gap);
        flow_text(&f, app->game.error.trace, STYLE_SMALL, th->muted, NULL, 0, th->muted);
    }
    app->v->pages = flow_pages(&f);
}

static bool act(App *app, Action a, int arg)
{
    (void)arg;
    switch (a) {
    case ACT_DETAILS: app->details = !app->details; return true;
    case ACT_CONTINUE:
    case ACT_LIBRARY:
    case ACT_BACK:
        screens_close(app);
        app_go(app, SCREEN_LIBRARY);
        return true;
    default: return false;
    }
}

const Screen screen_error = {layout, act};
