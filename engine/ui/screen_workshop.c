/* screen_workshop: a scenario run for a room. The projection shows the scene and choices
 * in large text and nothing the facilitator has not revealed; the presenter view shows the
 * facilitator notes and questions, every choice's effects, feedback and destination, the
 * room's votes, and the session and scene timers. */
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

static void clock_text(char *buf, size_t n, int64_t ms)
{
    long s = (long)(ms / 1000);
    snprintf(buf, n, "%02ld:%02ld", s / 60, s % 60);
}

static const char *const *speakers(const Scenario *sc, const char **buf, int *n)
{
    *n = 0;
    for (int i = 0; i < scenario_speaker_count(sc) && *n < 32; i++)
        buf[(*n)++] = scenario_speaker(sc, i);
    return buf;
}

/* What a choice does to the principles, in words: "+2 Due process; -1 Safety". */
static void effects_text(const Scenario *sc, const Choice *ch, char *buf, size_t n)
{
    const Rubric *r = scenario_rubric(sc);
    size_t len = 0;
    buf[0] = '\0';
    for (int i = 0; i < ch->ndeltas && len < n; i++)
        len += (size_t)snprintf(buf + len, n - len, "%s%+g %s", i ? "; " : "", ch->deltas[i].delta,
                                rubric_principle(r, ch->deltas[i].principle)->name);
    if (ch->violation >= 0 && len < n)
        snprintf(buf + len, n - len, "%sBREAKS: %s", len ? "; " : "", rubric_safeguard(r, ch->violation)->name);
    if (!buf[0])
        snprintf(buf, n, "no effect on any principle");
}

static void help_layout(App *app, Layout *l, Metrics *m)
{
    static const char *const keys[] = {
        "1-9: add a vote for that choice; Shift+1-9: remove one",
        "Enter: take the room's choice (the most votes), then continue",
        "Click a choice's text to take that choice instead",
        "R: reveal or hide the votes and the feedback on the projection",
        "B: blank the projection (pause) or show it again",
        "F: flag this moment for the debrief; type a note, Enter to finish",
        "P: swap between the projection and this view (one window)",
        "Left and right arrows: the room's pages (in the debrief, decision by decision)",
        "Page Up and Page Down: this view's own pages",
        "F1 or ?: this help; Esc: end the session",
    };
    Flow f;
    flow_begin(&f, l, app->v->text, m->x, m->w, m->top, m->bottom, 0);
    flow_paragraph(&f, "Presenter shortcuts", STYLE_HEADING, app->theme.accent, 0);
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        flow_paragraph(&f, keys[i], STYLE_BODY, app->theme.text, 0);
}

static void projection(App *app, Layout *l, Metrics *m, const Scene *scene)
{
    const Theme *th = &app->theme;
    Game *g = &app->game;
    Text *t = app->v->text;
    if (g->blank) {
        Box black = {.kind = BOX_PANEL, .r = {0, 0, m->W, m->H}, .color = {0, 0, 0, 255}, .fill = {0, 0, 0, 255},
                     .parent = -1};
        layout_add(l, &black);
        layout_label(l, t, m->margin, m->H - m->margin - text_line_height(t, STYLE_SMALL), "Paused", STYLE_SMALL,
                     (SDL_Color){200, 200, 200, 255});
        return;
    }
    char title[600], line[2400];
    snprintf(title, sizeof title, "%s%s%s", scenario_meta(g->sc)->title, scene->title ? ": " : "",
             scene->title ? scene->title : "");
    chrome_header(app, l, m, title, NULL);
    static const FooterButton foot[] = {{"Previous", ACT_PREV_PAGE, 0}, {"Next", ACT_NEXT_PAGE, 0}};
    chrome_footer(app, l, m, foot, 2, NULL);
    Flow f;
    flow_begin(&f, l, t, m->x, m->w, m->top, m->bottom, app->v->page);
    if (g->result_shown) {
        const Choice *ch = &scenario_scene(g->sc, g->last_scene)->choices[g->last_choice];
        snprintf(line, sizeof line, "The room chose: %s", ch->text);
        flow_paragraph(&f, line, STYLE_BOLD, th->text, 0);
        flow_space(&f, m->gap);
        if (g->revealed) {
            effects_text(g->sc, ch, line, sizeof line);
            flow_paragraph(&f, line, STYLE_BODY, ch->violation >= 0 ? th->bad : th->good, 0);
            if (ch->feedback) {
                flow_space(&f, m->gap);
                flow_text(&f, ch->feedback, STYLE_BODY, th->text, NULL, 0, th->text);
            }
        }
        app->v->pages = flow_pages(&f);
        return;
    }
    const char *sp[32];
    int nsp;
    speakers(g->sc, sp, &nsp);
    flow_text(&f, session_text(g->s), STYLE_BODY, th->text, sp, nsp, th->accent);
    flow_space(&f, m->gap);
    /* As on the trainee's screen, the choices stay together on one page when they fit. */
    int block = 0;
    for (int i = 0; i < session_available_count(g->s); i++) {
        snprintf(line, sizeof line, "%d. %s  (00 votes)", i + 1, scene->choices[session_available(g->s, i)].text);
        block += button_height(t, line, STYLE_BODY, m->w, m->pad) + m->pad / 2;
    }
    if (f.y + block > f.bottom && block <= f.bottom - f.top)
        flow_break(&f);
    for (int i = 0; i < session_available_count(g->s); i++) {
        const Choice *ch = &scene->choices[session_available(g->s, i)];
        if (g->revealed && i < GAME_MAX_SHOWN)
            snprintf(line, sizeof line, "%d. %s  (%d vote%s)", i + 1, ch->text, g->votes.count[i],
                     g->votes.count[i] == 1 ? "" : "s");
        else
            snprintf(line, sizeof line, "%d. %s", i + 1, ch->text);
        int h = button_height(t, line, STYLE_BODY, m->w, m->pad);
        int y = flow_reserve(&f, h + m->pad / 2);
        if (y >= 0)
            layout_button(l, t, m->x, y, m->w, m->pad, line, STYLE_BODY, ACT_TAKE, i + 1, 0, th->button,
                          th->button_text, false);
    }
    app->v->pages = flow_pages(&f);
}

static void presenter(App *app, Layout *l, Metrics *m, const Scene *scene)
{
    const Theme *th = &app->theme;
    Game *g = &app->game;
    Text *t = app->v->text;
    char note[200], line[2400], a[32], b[32];
    int64_t now = now_ms();
    clock_text(a, sizeof a, now - g->started_ms);
    clock_text(b, sizeof b, now - g->scene_started_ms);
    snprintf(note, sizeof note, "Session %s, this scene %s", a, b);
    /* While the outcome of a choice is shown, the scene is still the one it was made in. */
    const Scene *at = g->result_shown ? scenario_scene(g->sc, g->last_scene) : scene;
    snprintf(line, sizeof line, "Presenter: %s", at->title ? at->title : at->id);
    chrome_header(app, l, m, line, note);
    static const FooterButton foot[] = {{"Reveal", ACT_REVEAL, 0}, {"Blank", ACT_BLANK, 0},
                                        {"Flag", ACT_FLAG, 0},     {"Help", ACT_HELP, 0},
                                        {"Next", ACT_NEXT_PAGE, 0}};
    chrome_footer(app, l, m, foot, 5, NULL);
    if (app->help) {
        help_layout(app, l, m);
        return;
    }
    Flow f;
    flow_begin(&f, l, t, m->margin, m->W - 2 * m->margin, m->top, m->bottom, app->v->page);
    snprintf(line, sizeof line, "Projection: %s; votes and feedback %s%s%s", g->blank ? "PAUSED (B shows it)" : "showing",
             g->revealed ? "REVEALED" : "hidden (R reveals)", g->nflags ? "; flags: " : "",
             g->nflags ? "see debrief" : "");
    flow_paragraph(&f, line, STYLE_SMALL, th->muted, 0);
    if (app->flag_entry && g->nflags) {
        snprintf(line, sizeof line, "Flag note (Enter to finish): %s|", g->flags[g->nflags - 1].note);
        screens_note(app, l, m, &f, line);
    }
    if (g->result_shown) {
        const Choice *ch = &scenario_scene(g->sc, g->last_scene)->choices[g->last_choice];
        snprintf(line, sizeof line, "The room chose: %s", ch->text);
        flow_paragraph(&f, line, STYLE_BOLD, th->text, 0);
        effects_text(g->sc, ch, line, sizeof line);
        flow_paragraph(&f, line, STYLE_BODY, ch->violation >= 0 ? th->bad : th->good, 0);
        if (ch->feedback)
            flow_paragraph(&f, ch->feedback, STYLE_SMALL, th->text, 0);
        flow_space(&f, m->gap);
        snprintf(line, sizeof line, "Next: %s. Enter continues.",
                 session_status(g->s) == SESSION_ENDED ? "the group debrief" : "the next scene");
        flow_paragraph(&f, line, STYLE_BOLD, th->accent, 0);
        app->v->pages = flow_pages(&f);
        return;
    }
    int majority = game_majority(g);
    for (int i = 0; i < session_available_count(g->s); i++) {
        const Choice *ch = &scene->choices[session_available(g->s, i)];
        int votes = i < GAME_MAX_SHOWN ? g->votes.count[i] : 0;
        snprintf(line, sizeof line, "%d. %s", i + 1, ch->text);
        int h = button_height(t, line, STYLE_BODY, f.w, m->pad);
        int y = flow_reserve(&f, h + m->pad / 2);
        if (y >= 0)
            layout_button(l, t, f.x, y, f.w, m->pad, line, STYLE_BODY, ACT_TAKE, i + 1, 0, th->button,
                          th->button_text, majority == i + 1);
        /* The destination: where the choice leads (the first target when chance decides). */
        const Scene *to = scenario_scene(g->sc, ch->targets[0].scene);
        char eff[1200];
        effects_text(g->sc, ch, eff, sizeof eff);
        snprintf(line, sizeof line, "Votes: %d%s. Effects: %s. Leads to: %s%s", votes, majority == i + 1 ? " (the majority)" : "",
                 eff, to->title ? to->title : to->id, ch->ntargets > 1 ? " or another, by chance" : "");
        flow_paragraph(&f, line, STYLE_SMALL, ch->violation >= 0 ? th->bad : th->text, m->pad);
        if (ch->feedback)
            flow_paragraph(&f, ch->feedback, STYLE_SMALL, th->muted, m->pad);
        flow_space(&f, m->pad);
    }
    if (scene->notes) {
        flow_space(&f, m->gap);
        flow_paragraph(&f, "Facilitator notes", STYLE_BOLD, th->accent, 0);
        flow_text(&f, scene->notes, STYLE_SMALL, th->text, NULL, 0, th->text);
    }
    if (scene->nquestions) {
        flow_space(&f, m->gap);
        flow_paragraph(&f, "Discussion questions", STYLE_BOLD, th->accent, 0);
        for (int i = 0; i < scene->nquestions; i++) {
            snprintf(line, sizeof line, "- %s", scene->questions[i]);
            flow_paragraph(&f, line, STYLE_SMALL, th->text, 0);
        }
    }
    app->v->pages = flow_pages(&f);
}

static void layout(App *app, Layout *l)
{
    Metrics m;
    chrome_metrics(app, &m);
    const Scene *scene = scenario_scene(app->game.sc, session_scene(app->game.s));
    if (app->v->role == VIEW_PRESENTER)
        presenter(app, l, &m, scene);
    else
        projection(app, l, &m, scene);
}

static void take(App *app, int pos)
{
    if (pos < 1 || game_choose(&app->game, pos, now_ms()) != 0)
        return;
    if (app->game.failed) {
        game_finish(&app->game);
        app_go(app, SCREEN_ERROR);
    } else {
        app_go(app, SCREEN_WORKSHOP);
    }
}

static bool act(App *app, Action a, int arg)
{
    Game *g = &app->game;
    switch (a) {
    case ACT_VOTE_ADD: return game_vote(g, arg, 1) == 0;
    case ACT_VOTE_REMOVE: return game_vote(g, arg, -1) == 0;
    case ACT_TAKE: take(app, arg); return true;
    case ACT_CONTINUE:
        if (g->result_shown) {
            g->result_shown = false;
            g->revealed = false;
            if (session_status(g->s) != SESSION_RUNNING) {
                game_finish(g);
                app_go(app, SCREEN_WS_DEBRIEF);
            } else {
                app_go(app, SCREEN_WORKSHOP);
            }
        } else if (game_majority(g) > 0) {
            take(app, game_majority(g));
        } else {
            snprintf(app->message, sizeof app->message, "No majority yet: record the votes, or click a choice.");
        }
        return true;
    case ACT_BACK: app_go(app, SCREEN_CONFIRM_LEAVE); return true;
    default: return false;
    }
}

const Screen screen_workshop = {layout, act};

bool workshop_key(App *app, const SDL_KeyboardEvent *k)
{
    SDL_Keycode sym = k->keysym.sym;
    bool shift = (k->keysym.mod & KMOD_SHIFT) != 0;
    Game *g = &app->game;
    if (app->flag_entry) {
        if (sym == SDLK_RETURN || sym == SDLK_KP_ENTER || sym == SDLK_ESCAPE) {
            app->flag_entry = false;
            SDL_StopTextInput();
            game_flag_saved(g);
        } else if (sym == SDLK_BACKSPACE && g->nflags) {
            char *note = g->flags[g->nflags - 1].note;
            size_t n = strlen(note);
            while (n > 0 && ((unsigned char)note[n - 1] & 0xC0) == 0x80)
                n--;
            note[n > 0 ? n - 1 : 0] = '\0';
        }
        app_changed(app);
        return true; /* while typing a note, keys are text */
    }
    if (sym >= SDLK_1 && sym <= SDLK_9) {
        app_act(app, shift ? ACT_VOTE_REMOVE : ACT_VOTE_ADD, (int)(sym - SDLK_1) + 1);
        return true;
    }
    switch (sym) {
    case SDLK_r: app_act(app, ACT_REVEAL, 0); return true;
    case SDLK_b: app_act(app, ACT_BLANK, 0); return true;
    case SDLK_f: app_act(app, ACT_FLAG, 0); return true;
    case SDLK_p: app_act(app, ACT_SWAP, 0); return true;
    case SDLK_F1:
    case SDLK_QUESTION: app_act(app, ACT_HELP, 0); return true;
    case SDLK_SLASH:
        if (shift) {
            app_act(app, ACT_HELP, 0);
            return true;
        }
        return false;
    default: return false;
    }
}

void workshop_views(App *app)
{
    const UiOptions *o = app->opts;
    int displays = SDL_GetNumVideoDisplays();
    bool two = o->windows == 2 || (o->windows == 0 && displays >= 2);
    app->views[0].role = two ? VIEW_PRESENTER : VIEW_PROJECTION;
    if (two && app->nviews == 1) {
        /* The projection goes full screen on the second display; with one display (forced
         * with --windows 2) it opens as a second window beside the presenter. */
        int w = o->width > 0 ? o->width : 1280, h = o->height > 0 ? o->height : 720;
        if (app_open_view(app, VIEW_PROJECTION, "rjsim: projection", displays >= 2 ? 1 : 0, w, h, displays >= 2)) {
            app->views[0].role = VIEW_PROJECTION;
            snprintf(app->message, sizeof app->message, "Could not open a second window: P swaps the views.");
        }
        app->v = &app->views[0];
        SDL_SetWindowTitle(app->views[0].window, "rjsim: presenter");
    }
}
