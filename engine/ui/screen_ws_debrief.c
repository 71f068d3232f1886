/* screen_ws_debrief: the group debrief of a workshop, one page at a time on the projector:
 * the ending and scores; then each decision in turn with the room's vote split, and where
 * the most restorative path went another way and why; then the flags and the discussion
 * questions of the scenes the room went through. */
#include "screens.h"

#include <stdio.h>
#include <string.h>

static const Choice *find_choice(const Scenario *sc, const char *id)
{
    int s, c;
    return id && scenario_find_choice(sc, id, &s, &c) == 0 ? &scenario_scene(sc, s)->choices[c] : NULL;
}

static void decision_page(App *app, Layout *l, Flow *f, const Metrics *m, int i)
{
    const Theme *th = &app->theme;
    const Attempt *a = &app->game.result;
    const Scenario *sc = app->game.sc;
    const AttemptDecision *d = &a->decisions[i];
    Text *t = app->v->text;
    char line[2400];
    snprintf(line, sizeof line, "Decision %d of %d%s%s", i + 1, a->ndecisions, d->scene_title ? ": " : "",
             d->scene_title ? d->scene_title : "");
    flow_paragraph(f, line, STYLE_HEADING, th->accent, 0);
    const Scene *at = scenario_scene(sc, scenario_find_scene(sc, d->scene_id));
    int shown[64], n = at ? game_shown(&app->game, i, shown, 64) : 0, total = 0;
    for (int k = 0; k < d->nvotes; k++)
        total += d->votes[k];
    /* The vote split: every option shown, its votes as a number and a bar. */
    for (int k = 0; k < n; k++) {
        const Choice *ch = &at->choices[shown[k]];
        bool taken = strcmp(ch->id, d->choice_id) == 0;
        int votes = k < d->nvotes ? d->votes[k] : 0;
        snprintf(line, sizeof line, "%d. %s%s: %d vote%s", k + 1, ch->text, taken ? " (the room's choice)" : "",
                 votes, votes == 1 ? "" : "s");
        flow_paragraph(f, line, taken ? STYLE_BOLD : STYLE_BODY, th->text, 0);
        int bh = text_px(t, STYLE_BODY) / 2, y = flow_reserve(f, bh + m->pad / 2);
        if (y >= 0) {
            Box bar = {.kind = BOX_BAR, .r = {f->x, y, f->w / 2, bh}, .color = th->palette[k % 8], .fill = th->bar_track,
                       .parent = -1, .value = total ? (double)votes / total : 0};
            layout_add(l, &bar);
        }
    }
    const Choice *best = d->best || d->nbest == 0 ? NULL : find_choice(sc, d->best_ids[0]);
    flow_space(f, m->gap);
    if (best) {
        snprintf(line, sizeof line, "The most restorative path went another way: %s", best->text);
        flow_paragraph(f, line, STYLE_BOLD, th->bad, 0);
        if (best->feedback)
            flow_paragraph(f, best->feedback, STYLE_BODY, th->text, 0);
    } else {
        flow_paragraph(f, "The room took the most restorative choice.", STYLE_BOLD, th->good, 0);
    }
    if (d->violation) {
        int sg = rubric_find_safeguard(scenario_rubric(sc), d->violation);
        snprintf(line, sizeof line, "Safeguard broken: %s", sg >= 0 ? rubric_safeguard(scenario_rubric(sc), sg)->name
                                                                     : d->violation);
        screens_note(app, l, m, f, line);
    }
}

static void layout(App *app, Layout *l)
{
    Metrics m;
    chrome_metrics(app, &m);
    const Theme *th = &app->theme;
    const Attempt *a = &app->game.result;
    const Scenario *sc = app->game.sc;
    char line[2400];
    snprintf(line, sizeof line, "Group debrief: %s", a->scenario_title ? a->scenario_title : "");
    chrome_header(app, l, &m, line, app->v->role == VIEW_PRESENTER ? "presenter" : NULL);
    static const FooterButton foot[] = {{"Previous", ACT_PREV_PAGE, 0}, {"Next", ACT_NEXT_PAGE, 0},
                                        {"End", ACT_LIBRARY, 0}};
    chrome_footer(app, l, &m, foot, 3, app->v->role == VIEW_PRESENTER ? "Arrows step through the decisions" : NULL);
    if (app->help && app->v->role == VIEW_PRESENTER) {
        Flow f;
        flow_begin(&f, l, app->v->text, m.x, m.w, m.top, m.bottom, 0);
        flow_paragraph(&f, "Left and right arrows (or Previous and Next) step through the debrief; Esc or End "
                           "closes the session. The log holds the votes and flags.", STYLE_BODY, th->text, 0);
        return;
    }
    Flow f;
    flow_begin(&f, l, app->v->text, m.x, m.w, m.top, m.bottom, app->v->page);
    snprintf(line, sizeof line, "Ending: %s", a->ending_title ? a->ending_title : "none reached");
    flow_paragraph(&f, line, STYLE_HEADING, th->text, 0);
    snprintf(line, sizeof line, "Overall: %.0f of 100%s%s", a->overall, a->band_name ? ", " : "",
             a->band_name ? a->band_name : "");
    flow_paragraph(&f, line, STYLE_TITLE, th->accent, 0);
    if (a->nviolations) {
        snprintf(line, sizeof line, "%d safeguard%s broken", a->nviolations, a->nviolations == 1 ? "" : "s");
        screens_note(app, l, &m, &f, line);
    }
    screens_chart(app, l, &f, &m, a);
    for (int i = 0; i < a->ndecisions; i++) {
        flow_break(&f);
        decision_page(app, l, &f, &m, i);
    }
    flow_break(&f);
    flow_paragraph(&f, "Flags", STYLE_HEADING, th->accent, 0);
    for (int i = 0; i < a->nflags; i++) {
        snprintf(line, sizeof line, "After decision %d: %s", a->flags[i].decision,
                 a->flags[i].note[0] ? a->flags[i].note : "(no note)");
        flow_paragraph(&f, line, STYLE_BODY, th->text, 0);
    }
    if (!a->nflags)
        flow_paragraph(&f, "No moment was flagged.", STYLE_BODY, th->muted, 0);
    flow_space(&f, m.gap);
    flow_paragraph(&f, "Discussion questions", STYLE_HEADING, th->accent, 0);
    for (int i = 0; i < a->ndecisions; i++) {
        const Scene *at = scenario_scene(sc, scenario_find_scene(sc, a->decisions[i].scene_id));
        for (int q = 0; at && q < at->nquestions; q++) {
            snprintf(line, sizeof line, "- %s", at->questions[q]);
            flow_paragraph(&f, line, STYLE_BODY, th->text, 0);
        }
    }
    app->v->pages = flow_pages(&f);
}

static bool act(App *app, Action a, int arg)
{
    (void)arg;
    switch (a) {
    case ACT_CONTINUE: app_act(app, ACT_NEXT_PAGE, 0); return true;
    case ACT_LIBRARY:
    case ACT_BACK:
        screens_close(app);
        if (app->opts->scenario)
            app->quit = true; /* `rjsim workshop SCENARIO`: the session is over */
        else
            app_go(app, SCREEN_LIBRARY);
        return true;
    default: return false;
    }
}

const Screen screen_ws_debrief = {layout, act};
