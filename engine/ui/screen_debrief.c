/* screen_debrief: the ending and what it meant, the score per principle as labelled bars,
 * the overall score and band, safeguards broken, each decision against the most
 * restorative path and why, the ending's teaching text and the research figures. */
#include "screens.h"

#include "core/debrief.h"

#include <stdio.h>
#include <string.h>

static const Choice *find_choice(const Scenario *sc, const char *id)
{
    int s, c;
    return id && scenario_find_choice(sc, id, &s, &c) == 0 ? &scenario_scene(sc, s)->choices[c] : NULL;
}

static void heading(Flow *f, const Theme *th, const Metrics *m, const char *text)
{
    /* A heading never ends a page: it needs room for itself and two lines under it. */
    if (f->y + m->gap + text_line_height(f->text, STYLE_HEADING) + 2 * text_line_height(f->text, STYLE_BODY) > f->bottom)
        flow_break(f);
    flow_space(f, m->gap);
    flow_paragraph(f, text, STYLE_HEADING, th->accent, 0);
}

static void layout(App *app, Layout *l)
{
    Metrics m;
    chrome_metrics(app, &m);
    const Theme *th = &app->theme;
    const Attempt *a = &app->game.result;
    const Scenario *sc = app->game.sc;
    const Rubric *r = scenario_rubric(sc);
    char title[600], line[4096];
    snprintf(title, sizeof title, "Debrief: %s", a->scenario_title ? a->scenario_title : "");
    chrome_header(app, l, &m, title, app->game.trainee);
    FooterButton foot[4] = {{"Library", ACT_LIBRARY, 0}, {"History", ACT_HISTORY, 0}};
    int nf = 2;
    if (app->v->pages > 1) {
        foot[nf++] = (FooterButton){"Previous", ACT_PREV_PAGE, 0};
        foot[nf++] = (FooterButton){"Next", ACT_NEXT_PAGE, 0};
    }
    chrome_footer(app, l, &m, foot, nf, "Arrows turn pages, Esc: library");
    Flow f;
    flow_begin(&f, l, app->v->text, m.x, m.w, m.top, m.bottom, app->v->page);
    if (app->game.save_error[0])
        screens_note(app, l, &m, &f, app->game.save_error);
    const Scene *end = a->ending_id ? scenario_scene(sc, scenario_find_scene(sc, a->ending_id)) : NULL;
    snprintf(line, sizeof line, "Ending: %s", a->ending_title ? a->ending_title : "none reached");
    flow_paragraph(&f, line, STYLE_HEADING, th->text, 0);
    snprintf(line, sizeof line, "Overall: %.0f of 100%s%s", a->overall, a->band_name ? ", " : "",
             a->band_name ? a->band_name : "");
    flow_paragraph(&f, line, STYLE_TITLE, th->accent, 0);
    /* how often the trainee stepped back in practice; nothing when never */
    if (attempt_stepbacks_text(a, line, sizeof line)[0])
        flow_paragraph(&f, line, STYLE_BODY, th->muted, 0);
    const char *band_note = debrief_band_note(r, a);
    if (band_note)
        screens_note(app, l, &m, &f, band_note);
    if (a->nviolations) {
        snprintf(line, sizeof line, "%d safeguard%s broken: see below. A broken safeguard caps the band.",
                 a->nviolations, a->nviolations == 1 ? "" : "s");
        screens_note(app, l, &m, &f, line);
    }
    flow_space(&f, m.pad);
    screens_chart(app, l, &f, &m, a);
    flow_paragraph(&f, "Beside each bar: your total, and the points you won of those your decisions could move "
                       "(at each, the choice that did most for the principle against the one that did least). "
                       "Overall: how close each decision that mattered came to the most restorative choice.",
                   STYLE_SMALL,
                   th->muted, 0);
    char chance[DEBRIEF_NOTE_MAX];
    if (debrief_chance_note(sc, a, chance, sizeof chance))
        screens_note(app, l, &m, &f, chance);
    if (end && (end->outcome.victim || end->outcome.accused || end->outcome.community)) {
        heading(&f, th, &m, "What it meant");
        const char *who[3] = {"For the person harmed: ", "For the accused: ", "For the community: "};
        const char *what[3] = {end->outcome.victim, end->outcome.accused, end->outcome.community};
        for (int i = 0; i < 3; i++)
            if (what[i]) {
                snprintf(line, sizeof line, "%s%s", who[i], what[i]);
                flow_paragraph(&f, line, STYLE_BODY, th->text, 0);
                flow_space(&f, m.pad / 2);
            }
    }
    if (a->nviolations) {
        heading(&f, th, &m, "Safeguards broken");
        for (int i = 0; i < a->nviolations; i++) {
            int sg = rubric_find_safeguard(r, a->violations[i].safeguard);
            const AttemptDecision *d = a->violations[i].decision < a->ndecisions ? &a->decisions[a->violations[i].decision]
                                                                                  : NULL;
            snprintf(line, sizeof line, "%s, at decision %d%s%s%s. %s",
                     sg >= 0 ? rubric_safeguard(r, sg)->name : a->violations[i].safeguard, a->violations[i].decision + 1,
                     d ? " (\"" : "", d ? d->choice_text : "", d ? "\")" : "", sg >= 0 ? rubric_safeguard(r, sg)->definition : "");
            screens_note(app, l, &m, &f, line);
            flow_space(&f, m.pad);
        }
    }
    heading(&f, th, &m, "Your decisions");
    int other = 0;
    for (int i = 0; i < a->ndecisions; i++) {
        const AttemptDecision *d = &a->decisions[i];
        snprintf(line, sizeof line, "%d. %s%s", i + 1, d->choice_text, d->best ? " (most restorative)" : "");
        flow_paragraph(&f, line, STYLE_BOLD, th->text, 0);
        int alt[64], nalt = game_shown(&app->game, i, alt, 64);
        const Scene *at = scenario_scene(sc, scenario_find_scene(sc, d->scene_id));
        for (int k = 0; at && k < nalt; k++) {
            if (strcmp(at->choices[alt[k]].id, d->choice_id) == 0)
                continue;
            snprintf(line, sizeof line, "Also on offer: %s", at->choices[alt[k]].text);
            flow_paragraph(&f, line, STYLE_SMALL, th->muted, text_px(app->v->text, STYLE_BODY));
        }
        const Choice *best = d->best || d->nbest == 0 ? NULL : find_choice(sc, d->best_ids[0]);
        if (best) {
            other++;
            snprintf(line, sizeof line, "The most restorative path went another way: %s", best->text);
            flow_paragraph(&f, line, STYLE_BODY, th->text, text_px(app->v->text, STYLE_BODY));
            if (best->feedback) {
                snprintf(line, sizeof line, "Why: %s", best->feedback);
                flow_paragraph(&f, line, STYLE_BODY, th->muted, text_px(app->v->text, STYLE_BODY));
            }
        }
        flow_space(&f, m.pad);
    }
    if (a->ndecisions && !other)
        flow_paragraph(&f, "Every decision was on the most restorative path.", STYLE_BODY, th->good, 0);
    if (end && end->debrief) {
        heading(&f, th, &m, "What this ending teaches");
        flow_text(&f, end->debrief, STYLE_BODY, th->text, NULL, 0, th->text);
    }
    if (scenario_figure_count(sc)) {
        heading(&f, th, &m, "What the research says");
        for (int i = 0; i < scenario_figure_count(sc); i++) {
            const Figure *fig = scenario_figure(sc, i);
            snprintf(line, sizeof line, "%s (Source: %s)", fig->text, fig->source);
            flow_paragraph(&f, line, STYLE_BODY, th->text, 0);
            flow_space(&f, m.pad);
        }
    }
    if (app->game.log_path) {
        flow_space(&f, m.gap);
        snprintf(line, sizeof line, "Saved to %s", app->game.log_path);
        flow_paragraph(&f, line, STYLE_SMALL, th->muted, 0);
    }
    app->v->pages = flow_pages(&f);
}

static bool act(App *app, Action a, int arg)
{
    (void)arg;
    char results[1024];
    switch (a) {
    case ACT_CONTINUE: app_act(app, ACT_NEXT_PAGE, 0); return true;
    case ACT_HISTORY:
    case ACT_LIBRARY:
    case ACT_BACK:
        screens_close(app);
        library_scores(&app->library, screens_results_dir(app, results, sizeof results), app->name_edit);
        app_go(app, a == ACT_HISTORY ? SCREEN_HISTORY : SCREEN_LIBRARY);
        return true;
    default: return false;
    }
}

const Screen screen_debrief = {layout, act};
