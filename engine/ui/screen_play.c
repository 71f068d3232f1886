/* screen_play: the briefing, the scenes with their choices, practice-mode feedback, and
 * the confirmation before leaving an attempt. */
#include "screens.h"

#include "core/session.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static const char *const *speakers(const Scenario *sc, const char **buf, int max, int *n)
{
    *n = 0;
    for (int i = 0; i < scenario_speaker_count(sc) && *n < max; i++)
        buf[(*n)++] = scenario_speaker(sc, i);
    return buf;
}

/* ---- briefing ---- */

static void briefing_layout(App *app, Layout *l)
{
    Metrics m;
    chrome_metrics(app, &m);
    const Theme *th = &app->theme;
    const ScenarioMeta *meta = scenario_meta(app->game.sc);
    chrome_header(app, l, &m, meta->title, app->game.trainee);
    static const FooterButton foot[] = {{"Back", ACT_BACK, 0}, {"Begin", ACT_BEGIN, 0}};
    chrome_footer(app, l, &m, foot, 2, "Enter begins, Esc goes back");
    Flow f;
    flow_begin(&f, l, app->v->text, m.x, m.w, m.top, m.bottom, app->v->page);
    char line[600];
    snprintf(line, sizeof line, "You are the %s. About %d minutes, %s mode.", meta->role, meta->minutes,
             app->game.mode);
    flow_paragraph(&f, line, STYLE_BOLD, th->text, 0);
    flow_space(&f, m.gap);
    flow_text(&f, meta->summary, STYLE_BODY, th->text, NULL, 0, th->text);
    flow_space(&f, m.gap);
    snprintf(line, sizeof line, "Modelled on: %s", meta->modelled_on);
    flow_paragraph(&f, line, STYLE_BODY, th->muted, 0);
    flow_space(&f, m.gap);
    flow_paragraph(&f,
                   app->game.workshop ? "The room votes on each decision; the facilitator reveals the votes and the "
                                        "feedback when ready. F1 lists the presenter's keys."
                   : game_practice(&app->game)
                       ? "After each choice you will see what it did to each principle and why. You can step back one "
                         "decision."
                       : "You will see no feedback until the debrief, and you cannot step back.",
                   STYLE_BODY, th->muted, 0);
    if (app->message[0]) {
        flow_space(&f, m.gap);
        screens_note(app, l, &m, &f, app->message);
    }
    app->v->pages = flow_pages(&f);
}

static bool briefing_act(App *app, Action a, int arg)
{
    (void)arg;
    switch (a) {
    case ACT_BEGIN:
    case ACT_CONTINUE:
        app->message[0] = '\0';
        app->game.scene_started_ms = app->game.started_ms = (int64_t)time(NULL) * 1000;
        app_go(app, app->game.workshop ? SCREEN_WORKSHOP : SCREEN_SCENE);
        return true;
    case ACT_BACK:
        screens_close(app);
        app_go(app, SCREEN_LIBRARY);
        return true;
    default: return false;
    }
}

const Screen screen_briefing = {briefing_layout, briefing_act};

/* ---- scene ---- */

static void scene_layout(App *app, Layout *l)
{
    Metrics m;
    chrome_metrics(app, &m);
    const Theme *th = &app->theme;
    Text *t = app->v->text;
    const Session *s = app->game.s;
    const Scene *scene = scenario_scene(app->game.sc, session_scene(s));
    char title[600];
    snprintf(title, sizeof title, "%s%s%s", scenario_meta(app->game.sc)->title, scene->title ? ": " : "",
             scene->title ? scene->title : "");
    chrome_header(app, l, &m, title, app->game.trainee);
    bool back = game_practice(&app->game) && session_decision_count(s) > 0;
    FooterButton foot[4];
    int nf = 0;
    foot[nf++] = (FooterButton){"Leave", ACT_BACK, 0};
    if (back)
        foot[nf++] = (FooterButton){"Step back", ACT_STEP_BACK, 0};
    if (app->v->pages > 1) {
        foot[nf++] = (FooterButton){"Previous", ACT_PREV_PAGE, 0};
        foot[nf++] = (FooterButton){"Next", ACT_NEXT_PAGE, 0};
    }
    chrome_footer(app, l, &m, foot, nf, app->v->pages > 1 ? "Right arrow: next page" : "1-9 choose, Esc leaves");
    Flow f;
    flow_begin(&f, l, t, m.x, m.w, m.top, m.bottom, app->v->page);
    if (app->game.save_error[0]) {
        screens_note(app, l, &m, &f, app->game.save_error);
        const char *label = "Choose another results folder (nothing played so far is lost)";
        int h = button_height(t, label, STYLE_BODY, m.w, m.pad);
        int y = flow_reserve(&f, h + m.pad / 2);
        if (y >= 0)
            chrome_button(app, l, &m, y, label, ACT_RESULTS_DIR, 0, 0, false);
        flow_space(&f, m.gap);
    }
    if (app->game.reload_note[0] && strncmp(app->game.reload_note, "Live reload is off", 18) != 0)
        screens_note(app, l, &m, &f, app->game.reload_note);
    const char *sp[32];
    int nsp;
    speakers(app->game.sc, sp, 32, &nsp);
    flow_text(&f, session_text(s), STYLE_BODY, th->text, sp, nsp, th->accent);
    flow_space(&f, m.gap);
    /* The choices stay together: if they do not all fit under the text, they start the
     * next page, so no choice hides where the trainee might not look. */
    int block = 0;
    for (int i = 0; i < session_available_count(s); i++) {
        char label[2048];
        snprintf(label, sizeof label, "%d. %s", i + 1, scene->choices[session_available(s, i)].text);
        block += button_height(t, label, STYLE_BODY, m.w, m.pad) + m.pad / 2;
    }
    if (f.y + block > f.bottom && block <= f.bottom - f.top)
        flow_break(&f);
    for (int i = 0; i < session_available_count(s); i++) {
        const Choice *ch = &scene->choices[session_available(s, i)];
        char label[2048];
        snprintf(label, sizeof label, "%d. %s", i + 1, ch->text);
        int h = button_height(t, label, STYLE_BODY, m.w, m.pad);
        int y = flow_reserve(&f, h + m.pad / 2);
        if (y >= 0)
            chrome_button(app, l, &m, y, label, ACT_CHOICE, i + 1, i < 9 ? i + 1 : 0, false);
    }
    app->v->pages = flow_pages(&f);
}

/* After a decision: feedback (practice), the debrief at an ending, or the error screen. */
static void after_decision(App *app)
{
    if (app->game.failed) {
        game_finish(&app->game);
        app_go(app, SCREEN_ERROR);
    } else if (game_practice(&app->game)) {
        app_go(app, SCREEN_FEEDBACK);
    } else if (session_status(app->game.s) == SESSION_ENDED) {
        game_finish(&app->game);
        app_go(app, SCREEN_DEBRIEF);
    } else {
        app_go(app, SCREEN_SCENE);
    }
}

static bool scene_act(App *app, Action a, int arg)
{
    switch (a) {
    case ACT_CHOICE:
        if (game_choose(&app->game, arg, now_ms()) == 0)
            after_decision(app);
        return true;
    case ACT_CONTINUE:
        app_act(app, ACT_NEXT_PAGE, 0);
        return true;
    case ACT_STEP_BACK:
        if (game_step_back(&app->game, now_ms()) == 0)
            app_go(app, SCREEN_SCENE);
        return true;
    case ACT_RESULTS_DIR:
        /* The log could not be written: choose another folder, then come back here. */
        app->settings_return = SCREEN_SCENE;
        app_go(app, SCREEN_SETTINGS);
        app_act(app, ACT_RESULTS_DIR, 0);
        return true;
    case ACT_BACK: app_go(app, SCREEN_CONFIRM_LEAVE); return true;
    default: return false;
    }
}

const Screen screen_scene = {scene_layout, scene_act};

/* ---- practice feedback ---- */

static void feedback_layout(App *app, Layout *l)
{
    Metrics m;
    chrome_metrics(app, &m);
    const Theme *th = &app->theme;
    const Scene *scene = scenario_scene(app->game.sc, app->game.last_scene);
    const Choice *ch = &scene->choices[app->game.last_choice];
    const Rubric *r = scenario_rubric(app->game.sc);
    chrome_header(app, l, &m, "What that choice did", app->game.trainee);
    static const FooterButton foot[] = {{"Step back", ACT_STEP_BACK, 0}, {"Continue", ACT_CONTINUE, 0}};
    chrome_footer(app, l, &m, foot, 2, "Enter continues, Backspace steps back");
    Flow f;
    flow_begin(&f, l, app->v->text, m.x, m.w, m.top, m.bottom, app->v->page);
    char line[2200];
    snprintf(line, sizeof line, "You chose: %s", ch->text);
    flow_paragraph(&f, line, STYLE_BOLD, th->text, 0);
    flow_space(&f, m.gap);
    if (ch->violation >= 0) {
        const RubricItem *sg = rubric_safeguard(r, ch->violation);
        snprintf(line, sizeof line, "Safeguard broken: %s. %s", sg->name, sg->definition);
        screens_note(app, l, &m, &f, line);
        flow_space(&f, m.gap);
    }
    for (int i = 0; i < ch->ndeltas; i++) {
        const RubricItem *p = rubric_principle(r, ch->deltas[i].principle);
        double d = ch->deltas[i].delta;
        /* The sign and a word carry the meaning; colour only repeats it. */
        snprintf(line, sizeof line, "%+g  %s  (%s)", d, p->name, d > 0 ? "raised" : d < 0 ? "lowered" : "no change");
        flow_paragraph(&f, line, STYLE_BODY, d > 0 ? th->good : d < 0 ? th->bad : th->text, 0);
    }
    if (!ch->ndeltas)
        flow_paragraph(&f, "This choice does not move any principle.", STYLE_BODY, th->muted, 0);
    if (ch->feedback) {
        flow_space(&f, m.gap);
        flow_text(&f, ch->feedback, STYLE_BODY, th->text, NULL, 0, th->text);
    }
    if (app->game.save_error[0]) {
        flow_space(&f, m.gap);
        screens_note(app, l, &m, &f, app->game.save_error);
    }
    app->v->pages = flow_pages(&f);
}

static bool feedback_act(App *app, Action a, int arg)
{
    (void)arg;
    switch (a) {
    case ACT_CONTINUE:
        if (session_status(app->game.s) == SESSION_ENDED) {
            game_finish(&app->game);
            app_go(app, SCREEN_DEBRIEF);
        } else {
            app_go(app, SCREEN_SCENE);
        }
        return true;
    case ACT_STEP_BACK:
        if (game_step_back(&app->game, now_ms()) == 0)
            app_go(app, SCREEN_SCENE);
        return true;
    case ACT_BACK: app_go(app, SCREEN_CONFIRM_LEAVE); return true;
    default: return false;
    }
}

const Screen screen_feedback = {feedback_layout, feedback_act};

/* ---- leaving an attempt ---- */

static void confirm_layout(App *app, Layout *l)
{
    Metrics m;
    chrome_metrics(app, &m);
    chrome_header(app, l, &m, "Leave this scenario?", app->game.trainee);
    static const FooterButton foot[] = {{"Stay", ACT_STAY, 0}, {"Leave", ACT_LEAVE, 0}};
    chrome_footer(app, l, &m, foot, 2, "Esc stays");
    Flow f;
    flow_begin(&f, l, app->v->text, m.x, m.w, m.top, m.bottom, 0);
    flow_paragraph(&f, "Your attempt so far is saved as unfinished. You can start the scenario again from the library.",
                   STYLE_BODY, app->theme.text, 0);
}

static bool confirm_act(App *app, Action a, int arg)
{
    (void)arg;
    switch (a) {
    case ACT_LEAVE:
        game_abandon(&app->game, now_ms());
        screens_close(app);
        app_go(app, SCREEN_LIBRARY);
        return true;
    case ACT_STAY:
    case ACT_BACK:
        app_go(app, app->previous == SCREEN_FEEDBACK || app->previous == SCREEN_WORKSHOP ? app->previous : SCREEN_SCENE);
        return true;
    default: return false;
    }
}

const Screen screen_confirm_leave = {confirm_layout, confirm_act};
