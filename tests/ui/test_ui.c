/* Tests of the game window, headless (SDL's dummy video driver, software renderer):
 * a trainee's whole path by keyboard alone and by mouse alone, checked against the session
 * log it writes; the layout of every screen and every scene of every bundled scenario at
 * 1280x720, 1920x1080 and 3840x2160; idle frames; theme contrast.
 * Usage: ui-tests [REPO_DIR]   (default: .) */
#include "core/session.h"
#include "journal/journal.h"
#include "ui/app.h"
#include "ui/screens.h"

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

Suite *text_suite(void); /* tests/ui/test_text.c */

static char results_dir[512], config_dir[512];

static void fresh_dirs(void)
{
    char cmd[1200];
    snprintf(results_dir, sizeof results_dir, "/tmp/rjsim-ui-results-%d", (int)getpid());
    snprintf(config_dir, sizeof config_dir, "/tmp/rjsim-ui-config-%d", (int)getpid());
    snprintf(cmd, sizeof cmd, "rm -rf %s %s", results_dir, config_dir);
    ck_assert_int_eq(system(cmd), 0);
    setenv("RJSIM_RESULTS", results_dir, 1);
    setenv("XDG_CONFIG_HOME", config_dir, 1);
}

static UiOptions options(int w, int h)
{
    UiOptions o = {0};
    o.scenarios_dir = "scenarios";
    o.width = w;
    o.height = h;
    o.version = "test";
    o.have_seed = true;
    o.seed = 3;
    return o;
}

static void step(App *app)
{
    app_step(app, 0);
}

static void press(App *app, SDL_Keycode key, Uint16 mod)
{
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.windowID = SDL_GetWindowID(app->v->window);
    e.key.keysym.sym = key;
    e.key.keysym.mod = mod;
    SDL_PushEvent(&e);
    step(app);
}

static void type_text(App *app, const char *s)
{
    SDL_Event e = {0};
    e.type = SDL_TEXTINPUT;
    e.text.windowID = SDL_GetWindowID(app->v->window);
    snprintf(e.text.text, sizeof e.text.text, "%s", s);
    SDL_PushEvent(&e);
    step(app);
}

static int find_button(const App *app, Action a)
{
    for (int i = 0; i < app->v->layout.count; i++)
        if (app->v->layout.boxes[i].kind == BOX_BUTTON && app->v->layout.boxes[i].action == (int)a)
            return i;
    return -1;
}

/* Moves the mouse onto the button for action a and clicks it; false if none is shown. */
static bool click(App *app, Action a)
{
    int b = find_button(app, a);
    if (b < 0)
        return false;
    SDL_Rect r = app->v->layout.boxes[b].r;
    int x = (int)((r.x + r.w / 2) / app->v->scale_x), y = (int)((r.y + r.h / 2) / app->v->scale_y);
    SDL_Event e = {0};
    e.type = SDL_MOUSEMOTION;
    e.motion.windowID = SDL_GetWindowID(app->v->window);
    e.motion.x = x;
    e.motion.y = y;
    SDL_PushEvent(&e);
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.windowID = SDL_GetWindowID(app->v->window);
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = x;
    e.button.y = y;
    SDL_PushEvent(&e);
    e.type = SDL_MOUSEBUTTONUP;
    SDL_PushEvent(&e);
    step(app);
    return true;
}

/* Tabs to the button for action a and presses Enter: keyboard navigation, not a shortcut. */
static bool tab_to(App *app, Action a)
{
    for (int i = 0; i < 60; i++) {
        press(app, SDLK_TAB, 0);
        if (app_focused_action(app) == (int)a) {
            press(app, SDLK_RETURN, 0);
            return true;
        }
    }
    return false;
}

/* The only session log in the results folder, read back. */
static void read_log(Attempt *a)
{
    DIR *d = opendir(results_dir);
    ck_assert_ptr_nonnull(d);
    char path[1024] = "";
    int n = 0;
    for (struct dirent *de; (de = readdir(d));)
        if (strstr(de->d_name, ".json")) {
            snprintf(path, sizeof path, "%s/%s", results_dir, de->d_name);
            n++;
        }
    closedir(d);
    ck_assert_int_eq(n, 1);
    Diag err;
    diag_clear(&err);
    memset(a, 0, sizeof *a);
    ck_assert_msg(journal_read(path, a, &err) == 0, "%s", err.message);
}

/* Whether the layout's text, its lines joined as a reader reads them, contains needle. */
static bool layout_has_text(const App *app, const char *needle)
{
    static char all[200000];
    size_t n = 0;
    for (int i = 0; i < app->v->layout.count && n < sizeof all - 2; i++)
        if (app->v->layout.boxes[i].kind == BOX_TEXT)
            n += (size_t)snprintf(all + n, sizeof all - n, "%s ", app->v->layout.boxes[i].text);
    return strstr(all, needle) != NULL;
}

/* ---- layout checks ---- */

static int problems, layouts, boxes_checked;

static const char *describe(const Box *b)
{
    static const char *const kinds[] = {"text", "button", "panel", "bar", "input"};
    return b->text ? b->text : kinds[b->kind];
}

static void check_boxes(App *app, const char *where)
{
    const Layout *l = &app->v->layout;
    layouts++;
    boxes_checked += l->count;
    for (int i = 0; i < l->count && problems < 20; i++) {
        const Box *a = &l->boxes[i];
        if (a->r.x < 0 || a->r.y < 0 || a->r.x + a->r.w > app->v->out_w || a->r.y + a->r.h > app->v->out_h) {
            fprintf(stderr, "%s: box %d (%s) leaves the %dx%d window: %d,%d %dx%d\n", where, i,
                    describe(a), app->v->out_w, app->v->out_h, a->r.x, a->r.y, a->r.w, a->r.h);
            problems++;
        }
        if (a->kind == BOX_PANEL)
            continue; /* backgrounds and rules sit behind other boxes by design */
        for (int j = i + 1; j < l->count; j++) {
            const Box *b = &l->boxes[j];
            if (b->kind == BOX_PANEL || a->parent == j || b->parent == i || (a->parent >= 0 && a->parent == b->parent))
                continue;
            SDL_Rect x;
            if (SDL_IntersectRect(&a->r, &b->r, &x) && x.w > 0 && x.h > 0) {
                fprintf(stderr, "%s: '%s' overlaps '%s'\n", where, describe(a), describe(b));
                problems++;
            }
        }
    }
}

static void check_all_pages(App *app, const char *where)
{
    app_layout(app);
    int pages = app->v->pages;
    for (int p = 0; p < pages; p++) {
        char w[600];
        snprintf(w, sizeof w, "%s, page %d", where, p + 1);
        app->v->page = p;
        app_layout(app);
        check_boxes(app, w);
    }
    app->v->page = 0;
    app_layout(app);
}

START_TEST(a_trainee_plays_to_the_debrief_and_history_with_the_keyboard_alone)
{
    fresh_dirs();
    UiOptions o = options(1280, 720);
    App *app = app_create(&o);
    ck_assert_ptr_nonnull(app);
    app_go(app, SCREEN_TITLE);
    step(app);
    type_text(app, "Kim Keys");
    press(app, SDLK_RETURN, 0);
    ck_assert_int_eq(app->screen, SCREEN_LIBRARY);
    press(app, SDLK_1, 0);
    ck_assert_int_eq(app->screen, SCREEN_BRIEFING);
    press(app, SDLK_RETURN, 0);
    ck_assert_int_eq(app->screen, SCREEN_SCENE);
    int decisions = 0;
    bool stepped = false;
    for (int guard = 0; guard < 200 && app->screen != SCREEN_DEBRIEF; guard++) {
        if (app->screen == SCREEN_FEEDBACK && !stepped) {
            press(app, SDLK_BACKSPACE, 0); /* step back once: the log and debrief say so */
            ck_assert_int_eq(app->screen, SCREEN_SCENE);
            stepped = true;
            decisions--;
        } else if (app->screen == SCREEN_FEEDBACK) {
            press(app, SDLK_RETURN, 0);
        } else if (app->screen == SCREEN_SCENE) {
            bool choice_shown = false;
            for (int i = 0; i < app->v->layout.count; i++)
                choice_shown |= app->v->layout.boxes[i].kind == BOX_BUTTON && app->v->layout.boxes[i].hotkey == 1;
            if (choice_shown) {
                press(app, SDLK_1, 0);
                decisions++;
            } else {
                press(app, SDLK_RIGHT, 0); /* the choices are on a later page */
            }
        } else {
            ck_abort_msg("unexpected screen %d", app->screen);
        }
    }
    ck_assert_int_eq(app->screen, SCREEN_DEBRIEF);
    ck_assert(layout_has_text(app, "Overall:"));
    ck_assert(layout_has_text(app, "1 step-back in practice"));
    ck_assert(tab_to(app, ACT_HISTORY));
    ck_assert_int_eq(app->screen, SCREEN_HISTORY);
    ck_assert(layout_has_text(app, "1 attempt, 1 completed"));
    Attempt a;
    read_log(&a);
    ck_assert_int_eq(a.status, ATTEMPT_COMPLETED);
    ck_assert_str_eq(a.trainee, "Kim Keys");
    ck_assert_str_eq(a.player, "game");
    ck_assert_str_eq(a.mode, "practice");
    ck_assert_int_eq(a.ndecisions, decisions);
    ck_assert_int_eq(a.nstepbacks, 1);
    ck_assert_int_eq(a.stepbacks[0].decision, 0);
    ck_assert_ptr_nonnull(a.ending_id);
    ck_assert_ptr_nonnull(a.band_id);
    attempt_free(&a);
    /* The name typed is remembered for the next run. */
    Settings kept;
    char err[256];
    ck_assert_int_eq(settings_load(&kept, err, sizeof err), 0);
    ck_assert_str_eq(kept.trainee, "Kim Keys");
    press(app, SDLK_ESCAPE, 0);
    ck_assert_int_eq(app->screen, SCREEN_TITLE);
    app_destroy(app);
}
END_TEST

START_TEST(a_trainee_plays_to_the_debrief_and_history_with_the_mouse_alone)
{
    fresh_dirs();
    /* The name was typed on an earlier day: the settings remember it. */
    Settings s;
    char err[256];
    settings_defaults(&s);
    snprintf(s.trainee, sizeof s.trainee, "Mo Mouse");
    snprintf(s.mode, sizeof s.mode, "assessment");
    ck_assert_int_eq(settings_save(&s, err, sizeof err), 0);
    UiOptions o = options(1920, 1080);
    App *app = app_create(&o);
    app_go(app, SCREEN_TITLE);
    step(app);
    ck_assert(click(app, ACT_START));
    ck_assert_int_eq(app->screen, SCREEN_LIBRARY);
    ck_assert(click(app, ACT_FILTER)); /* "All" */
    ck_assert(click(app, ACT_OPEN));
    ck_assert(click(app, ACT_BEGIN));
    int decisions = 0;
    for (int guard = 0; guard < 200 && app->screen == SCREEN_SCENE; guard++) {
        if (click(app, ACT_CHOICE))
            decisions++;
        else
            ck_assert(click(app, ACT_NEXT_PAGE));
    }
    ck_assert_int_eq(app->screen, SCREEN_DEBRIEF); /* assessment: no feedback screens */
    ck_assert(!layout_has_text(app, "step-back")); /* none taken: nothing said */
    ck_assert(click(app, ACT_HISTORY));
    ck_assert_int_eq(app->screen, SCREEN_HISTORY);
    Attempt a;
    read_log(&a);
    ck_assert_int_eq(a.status, ATTEMPT_COMPLETED);
    ck_assert_str_eq(a.trainee, "Mo Mouse");
    ck_assert_str_eq(a.mode, "assessment");
    ck_assert_int_eq(a.ndecisions, decisions);
    attempt_free(&a);
    app_destroy(app);
}
END_TEST

START_TEST(practice_mode_steps_back_one_decision)
{
    fresh_dirs();
    UiOptions o = options(1280, 720);
    o.scenario = "scenarios/dc-youth-metro.lua";
    o.trainee = "Pat";
    o.mode = "practice";
    App *app = app_create(&o);
    screens_open(app, o.scenario);
    press(app, SDLK_RETURN, 0);
    int first = session_scene(app->game.s);
    app_act(app, ACT_CHOICE, 1);
    ck_assert_int_eq(app->screen, SCREEN_FEEDBACK);
    press(app, SDLK_BACKSPACE, 0);
    ck_assert_int_eq(app->screen, SCREEN_SCENE);
    ck_assert_int_eq(session_scene(app->game.s), first);
    ck_assert_int_eq(session_decision_count(app->game.s), 0);
    app_destroy(app);
}
END_TEST

START_TEST(text_size_full_screen_and_leaving_work_from_the_keyboard)
{
    fresh_dirs();
    UiOptions o = options(1280, 720);
    o.scenario = "scenarios/dc-youth-metro.lua";
    o.trainee = "Kai";
    App *app = app_create(&o);
    screens_open(app, o.scenario);
    press(app, SDLK_RETURN, 0);
    app_layout(app);
    int before = text_px(app->v->text, STYLE_BODY);
    press(app, SDLK_EQUALS, KMOD_LCTRL);
    press(app, SDLK_EQUALS, KMOD_LCTRL);
    app_layout(app);
    ck_assert_int_gt(text_px(app->v->text, STYLE_BODY), before);
    ck_assert_double_eq_tol(app->settings.text_scale, 1.2, 1e-9);
    press(app, SDLK_MINUS, KMOD_LCTRL);
    ck_assert_double_eq_tol(app->settings.text_scale, 1.1, 1e-9);
    press(app, SDLK_F11, 0);
    ck_assert(app->settings.fullscreen);
    press(app, SDLK_F11, 0);
    ck_assert(!app->settings.fullscreen);
    /* Esc on a scene asks first; Esc again stays; Leave saves the attempt as abandoned. */
    press(app, SDLK_ESCAPE, 0);
    ck_assert_int_eq(app->screen, SCREEN_CONFIRM_LEAVE);
    press(app, SDLK_ESCAPE, 0);
    ck_assert_int_eq(app->screen, SCREEN_SCENE);
    press(app, SDLK_ESCAPE, 0);
    ck_assert(click(app, ACT_LEAVE));
    ck_assert_int_eq(app->screen, SCREEN_LIBRARY);
    Attempt a;
    read_log(&a);
    ck_assert_int_eq(a.status, ATTEMPT_ABANDONED);
    attempt_free(&a);
    app_destroy(app);
}
END_TEST

START_TEST(a_four_hundred_word_scene_pages_at_720p)
{
    fresh_dirs();
    UiOptions o = options(1280, 720);
    o.scenario = "tests/scenarios/valid/long-scene.lua";
    App *app = app_create(&o);
    screens_open(app, o.scenario);
    press(app, SDLK_RETURN, 0);
    ck_assert_int_eq(app->screen, SCREEN_SCENE);
    ck_assert_int_ge(app->v->pages, 2);
    problems = 0;
    check_all_pages(app, "long scene");
    ck_assert_int_eq(problems, 0);
    /* The choices are on the last page, together. */
    ck_assert_int_lt(find_button(app, ACT_CHOICE), 0);
    while (app->v->page + 1 < app->v->pages)
        press(app, SDLK_RIGHT, 0);
    ck_assert_int_ge(find_button(app, ACT_CHOICE), 0);
    press(app, SDLK_2, 0);
    ck_assert_int_eq(app->screen, SCREEN_FEEDBACK);
    app_destroy(app);
}
END_TEST

/* Keys pressed in a given window (the presenter's), as the facilitator types them. */
static void press_in(App *app, View *v, SDL_Keycode key, Uint16 mod)
{
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.windowID = SDL_GetWindowID(v->window);
    e.key.keysym.sym = key;
    e.key.keysym.mod = mod;
    SDL_PushEvent(&e);
    step(app);
}

static void type_in(App *app, View *v, const char *s)
{
    SDL_Event e = {0};
    e.type = SDL_TEXTINPUT;
    e.text.windowID = SDL_GetWindowID(v->window);
    snprintf(e.text.text, sizeof e.text.text, "%s", s);
    SDL_PushEvent(&e);
    step(app);
}

/* Whether a view's current layout shows text containing needle. */
static bool view_has_text(App *app, View *v, const char *needle)
{
    View *keep = app->v;
    app->v = v;
    app_layout(app);
    bool found = layout_has_text(app, needle);
    app->v = keep;
    return found;
}

START_TEST(a_workshop_runs_in_two_windows_and_the_room_sees_only_what_is_revealed)
{
    fresh_dirs();
    UiOptions o = options(1920, 1080);
    o.workshop = true;
    o.windows = 2;
    o.trainee = "Cohort 7";
    o.scenario = "scenarios/dc-youth-metro.lua";
    App *app = app_create(&o);
    app->workshop = true;
    screens_open(app, o.scenario);
    ck_assert_int_eq(app->nviews, 2);
    View *presenter = &app->views[0], *room = &app->views[1];
    ck_assert_int_eq(presenter->role, VIEW_PRESENTER);
    ck_assert_int_eq(room->role, VIEW_PROJECTION);
    ck_assert_int_eq(app->screen, SCREEN_BRIEFING);
    press_in(app, presenter, SDLK_RETURN, 0);
    ck_assert_int_eq(app->screen, SCREEN_WORKSHOP);
    /* The projection's body text is at least 1/25 of its height. */
    View *keep = app->v;
    app->v = room;
    app_layout(app);
    ck_assert_int_ge(text_px(room->text, STYLE_BODY) * 25, room->out_h);
    app->v = keep;
    /* Votes: three for choice 1, one for choice 2 added then removed, two for choice 3. */
    for (int i = 0; i < 3; i++)
        press_in(app, presenter, SDLK_1, 0);
    press_in(app, presenter, SDLK_2, 0);
    press_in(app, presenter, SDLK_2, KMOD_LSHIFT);
    press_in(app, presenter, SDLK_3, 0);
    press_in(app, presenter, SDLK_3, 0);
    ck_assert(view_has_text(app, presenter, "Votes: 3 (the majority)"));
    /* The scene's text fills the projection's first page: turn to the choices. */
    while (room->page + 1 < room->pages)
        press_in(app, presenter, SDLK_RIGHT, 0);
    ck_assert(view_has_text(app, room, "1. "));
    ck_assert(!view_has_text(app, room, "votes)"));
    press_in(app, presenter, SDLK_r, 0);
    /* RJSIM_UI_SHOTS=DIR saves both views here, for the documentation. */
    const char *shots = getenv("RJSIM_UI_SHOTS");
    if (shots) {
        char path[1024];
        View *k = app->v;
        snprintf(path, sizeof path, "%s/workshop-presenter.png", shots);
        app->v = presenter;
        ck_assert_int_eq(app_screenshot(app, path), 0);
        snprintf(path, sizeof path, "%s/workshop-projection.png", shots);
        app->v = room;
        ck_assert_int_eq(app_screenshot(app, path), 0);
        app->v = k;
    }
    ck_assert(view_has_text(app, room, "(3 votes)"));
    ck_assert(view_has_text(app, room, "(0 votes)"));
    /* Blank and back. */
    press_in(app, presenter, SDLK_b, 0);
    ck_assert(view_has_text(app, room, "Paused"));
    ck_assert(!view_has_text(app, room, "The Metro Platform"));
    press_in(app, presenter, SDLK_b, 0);
    /* A flag with a note. */
    press_in(app, presenter, SDLK_f, 0);
    type_in(app, presenter, "good debate on eligibility");
    press_in(app, presenter, SDLK_RETURN, 0);
    ck_assert_int_eq(app->game.nflags, 1);
    ck_assert_str_eq(app->game.flags[0].note, "good debate on eligibility");
    /* Enter takes the majority; the outcome stays hidden from the room until revealed. */
    press_in(app, presenter, SDLK_RETURN, 0);
    ck_assert_int_eq(session_decision_count(app->game.s), 1);
    ck_assert(view_has_text(app, room, "The room chose:"));
    ck_assert(!view_has_text(app, room, "Due process"));
    ck_assert(view_has_text(app, presenter, "Due process"));
    press_in(app, presenter, SDLK_r, 0);
    ck_assert(view_has_text(app, room, "Due process"));
    press_in(app, presenter, SDLK_RETURN, 0);
    /* The rest by majority of one vote each time, to the group debrief. */
    for (int guard = 0; guard < 100 && app->screen == SCREEN_WORKSHOP; guard++) {
        press_in(app, presenter, SDLK_1, 0);
        press_in(app, presenter, SDLK_RETURN, 0);
        press_in(app, presenter, SDLK_RETURN, 0);
    }
    ck_assert_int_eq(app->screen, SCREEN_WS_DEBRIEF);
    ck_assert(view_has_text(app, room, "Group debrief"));
    /* Step decision by decision on the projector. */
    press_in(app, presenter, SDLK_RIGHT, 0);
    ck_assert(view_has_text(app, presenter, "Decision 1 of"));
    ck_assert(view_has_text(app, presenter, "3 votes"));
    /* The log: workshop mode, every decision's votes, the flag. */
    Attempt a;
    read_log(&a);
    ck_assert_str_eq(a.mode, "workshop");
    ck_assert_int_eq(a.status, ATTEMPT_COMPLETED);
    ck_assert_int_ge(a.ndecisions, 2);
    ck_assert_int_ge(a.decisions[0].nvotes, 3);
    ck_assert_int_eq(a.decisions[0].votes[0], 3);
    ck_assert_int_eq(a.decisions[0].votes[1], 0);
    ck_assert_int_eq(a.decisions[0].votes[2], 2);
    ck_assert_int_eq(a.decisions[1].votes[0], 1);
    ck_assert_int_eq(a.nflags, 1);
    ck_assert_int_eq(a.flags[0].decision, 0);
    ck_assert_str_eq(a.flags[0].note, "good debate on eligibility");
    attempt_free(&a);
    app_destroy(app);
}
END_TEST

/* Live reload, as the game does it when the watcher reports a save (game_reload is what the
 * event handler calls): an edit is picked up and the decisions replayed; a broken save keeps
 * the last good version playing and says where the error is. */
START_TEST(a_saved_edit_reloads_and_replays_and_a_broken_one_keeps_the_last_good_version)
{
    fresh_dirs();
    char dir[256], cmd[1200], path[300];
    snprintf(dir, sizeof dir, "/tmp/rjsim-reload-%d", (int)getpid());
    snprintf(cmd, sizeof cmd, "rm -rf %s && mkdir -p %s && cp tests/scenarios/valid/minimal.lua tests/scenarios/rubric.lua %s",
             dir, dir, dir);
    ck_assert_int_eq(system(cmd), 0);
    snprintf(path, sizeof path, "%s/minimal.lua", dir);
    Game g;
    Diag err;
    uint64_t seed = 1;
    ck_assert_int_eq(game_open(&g, path, NULL, results_dir, "Rae", "practice", &seed, 0, &err), 0);
    ck_assert_ptr_nonnull(g.watch);
    ck_assert_int_eq(game_choose(&g, 1, 10), 0); /* knock */
    ck_assert_int_eq(game_choose(&g, 1, 20), 0); /* knock */
    ck_assert(!game_reload(&g, 30)); /* nothing saved yet */
    snprintf(cmd, sizeof cmd, "sed -i 's/Come in./Come in, the kettle is on./' %s", path);
    ck_assert_int_eq(system(cmd), 0);
    ck_assert(game_reload(&g, 40));
    ck_assert_msg(strstr(g.reload_note, "Reloaded: 2 decisions replayed") != NULL, "%s", g.reload_note);
    ck_assert_int_eq(session_decision_count(g.s), 2);
    ck_assert_ptr_nonnull(strstr(session_text(g.s), "the kettle is on"));
    snprintf(cmd, sizeof cmd, "sed -i 's/feedback = \"Talking helps.\"/feedbak = \"Talking helps.\"/' %s", path);
    ck_assert_int_eq(system(cmd), 0);
    ck_assert(game_reload(&g, 50));
    ck_assert_msg(strstr(g.reload_note, "Not reloaded") && strstr(g.reload_note, "minimal.lua:"), "%s", g.reload_note);
    ck_assert_int_eq(session_decision_count(g.s), 2); /* the last good version goes on */
    ck_assert_int_eq(game_choose(&g, 1, 60), 0);
    game_close(&g);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    ck_assert_int_eq(system(cmd), 0);
}
END_TEST

START_TEST(an_unwritable_results_folder_is_replaced_from_the_scene_without_losing_anything)
{
    fresh_dirs();
    setenv("RJSIM_RESULTS", "/proc/rjsim-cannot-be-here", 1); /* mkdir fails here, even as root */
    UiOptions o = options(1280, 720);
    o.scenario = "scenarios/dc-youth-metro.lua";
    o.trainee = "Dee";
    o.mode = "assessment";
    App *app = app_create(&o);
    screens_open(app, o.scenario);
    press(app, SDLK_RETURN, 0);
    /* Two decisions that leave the case open (the first choice twice ends it at once). */
    app_act(app, ACT_CHOICE, 3);
    app_act(app, ACT_CHOICE, 2);
    ck_assert_int_eq(session_decision_count(app->game.s), 2);
    ck_assert(app->game.save_error[0]);
    ck_assert(layout_has_text(app, "cannot write results to /proc/rjsim-cannot-be-here"));
    ck_assert(click(app, ACT_RESULTS_DIR));
    ck_assert_int_eq(app->screen, SCREEN_SETTINGS);
    ck_assert(app->results_entry);
    /* Clear the suggested path and type the new one. */
    while (app->results_edit[0])
        press(app, SDLK_BACKSPACE, 0);
    type_text(app, results_dir);
    press(app, SDLK_RETURN, 0);
    ck_assert(!app->results_entry);
    ck_assert_msg(app->game.save_error[0] == '\0', "%s", app->game.save_error);
    Attempt a;
    read_log(&a);
    ck_assert_int_eq(a.ndecisions, 2); /* everything played before the folder was changed */
    attempt_free(&a);
    press(app, SDLK_ESCAPE, 0); /* Done: back to the scene */
    ck_assert_int_eq(app->screen, SCREEN_SCENE);
    app_act(app, ACT_CHOICE, 1);
    read_log(&a);
    ck_assert_int_eq(a.ndecisions, 3);
    attempt_free(&a);
    app_destroy(app);
}
END_TEST

START_TEST(an_idle_window_draws_nothing)
{
    fresh_dirs();
    UiOptions o = options(1280, 720);
    App *app = app_create(&o);
    app_go(app, SCREEN_TITLE);
    step(app);
    unsigned long frames = app->v->frames;
    ck_assert_uint_gt(frames, 0);
    for (int i = 0; i < 5; i++)
        app_step(app, 20); /* no events: wait, draw nothing */
    ck_assert_uint_eq(app->v->frames, frames);
    press(app, SDLK_TAB, 0);
    ck_assert_uint_eq(app->v->frames, frames + 1);
    app_destroy(app);
}
END_TEST

START_TEST(a_scenario_with_a_script_error_shows_the_error_screen)
{
    fresh_dirs();
    UiOptions o = options(1280, 720);
    o.scenario = "tests/scenarios/hostile/loop-in-text.lua";
    App *app = app_create(&o);
    screens_open(app, o.scenario);
    ck_assert_int_eq(app->screen, SCREEN_ERROR);
    ck_assert(layout_has_text(app, "loop-in-text.lua:6: error:"));
    ck_assert(layout_has_text(app, "instruction budget"));
    press(app, SDLK_RETURN, 0);
    ck_assert_int_eq(app->screen, SCREEN_LIBRARY);
    Attempt a;
    read_log(&a);
    ck_assert_int_eq(a.status, ATTEMPT_ERROR);
    ck_assert_int_eq(a.error.line, 6);
    attempt_free(&a);
    app_destroy(app);
}
END_TEST

START_TEST(every_text_colour_meets_the_contrast_minimum)
{
    for (int hc = 0; hc < 2; hc++) {
        Theme t;
        theme_init(&t, hc);
        SDL_Color on_bg[] = {t.text, t.muted, t.accent, t.good, t.bad};
        for (size_t i = 0; i < sizeof on_bg / sizeof on_bg[0]; i++)
            ck_assert_msg(theme_contrast(on_bg[i], t.bg) >= 4.5, "theme %d colour %zu: %.2f", hc, i,
                          theme_contrast(on_bg[i], t.bg));
        ck_assert(theme_contrast(t.button_text, t.button) >= 4.5);
        ck_assert(theme_contrast(t.button_text, t.button_hover) >= 4.5);
        ck_assert(theme_contrast(t.warning_text, t.warning_bg) >= 4.5);
        ck_assert(theme_contrast(t.text, t.panel) >= 4.5);
        ck_assert(theme_contrast(t.focus, t.bg) >= 3.0); /* non-text: WCAG 1.4.11 */
    }
}
END_TEST


START_TEST(no_box_leaves_the_window_or_overlaps_another_at_any_size)
{
    static const int sizes[3][2] = {{1280, 720}, {1920, 1080}, {3840, 2160}};
    fresh_dirs();
    problems = 0;
    for (int z = 0; z < 3; z++) {
        UiOptions o = options(sizes[z][0], sizes[z][1]);
        o.trainee = "Layout Test";
        App *app = app_create(&o);
        ck_assert_ptr_nonnull(app);
        char where[600];
        ScreenId plain[] = {SCREEN_TITLE, SCREEN_LIBRARY, SCREEN_SETTINGS, SCREEN_HISTORY};
        for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++) {
            app_go(app, plain[i]);
            snprintf(where, sizeof where, "%dx%d screen %d", sizes[z][0], sizes[z][1], plain[i]);
            check_all_pages(app, where);
        }
        ck_assert_int_ge(app->library.count, 5);
        for (int e = 0; e < app->library.count; e++) {
            screens_open(app, app->library.items[e].path);
            ck_assert_int_eq(app->screen, SCREEN_BRIEFING);
            snprintf(where, sizeof where, "%dx%d %s briefing", sizes[z][0], sizes[z][1], app->library.items[e].id);
            check_all_pages(app, where);
            const Scenario *sc = app->game.sc;
            for (int s = 0; s < scenario_scene_count(sc); s++) {
                const Scene *scene = scenario_scene(sc, s);
                ck_assert_int_eq(game_restart_at(&app->game, s, 0), 0);
                if (scene->is_ending) {
                    attempt_free(&app->game.result);
                    app->game.has_result = false;
                    ck_assert_int_eq(game_finish(&app->game), 0);
                    app_go(app, SCREEN_DEBRIEF);
                } else {
                    app_go(app, SCREEN_SCENE);
                }
                snprintf(where, sizeof where, "%dx%d %s scene '%s'", sizes[z][0], sizes[z][1],
                         app->library.items[e].id, scene->id);
                check_all_pages(app, where);
                for (int c = 0; c < scene->nchoices; c++) {
                    app->game.last_scene = s;
                    app->game.last_choice = c;
                    app_go(app, SCREEN_FEEDBACK);
                    snprintf(where, sizeof where, "%dx%d %s feedback '%s'", sizes[z][0], sizes[z][1],
                             app->library.items[e].id, scene->choices[c].id);
                    check_all_pages(app, where);
                }
            }
        }
        app_destroy(app);
    }
    fprintf(stderr, "layout: %d layouts, %d boxes checked, %d problems\n", layouts, boxes_checked, problems);
    ck_assert_int_gt(layouts, 1000);
    ck_assert_int_eq(problems, 0);
}
END_TEST

int main(int argc, char **argv)
{
    if (argc > 1 && chdir(argv[1]) != 0) {
        perror(argv[1]);
        return 2;
    }
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    setenv("SDL_RENDER_DRIVER", "software", 1);
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    Suite *s = suite_create("ui");
    TCase *t = tcase_create("ui");
    tcase_set_timeout(t, 300);
    tcase_add_test(t, a_trainee_plays_to_the_debrief_and_history_with_the_keyboard_alone);
    tcase_add_test(t, a_trainee_plays_to_the_debrief_and_history_with_the_mouse_alone);
    tcase_add_test(t, practice_mode_steps_back_one_decision);
    tcase_add_test(t, an_idle_window_draws_nothing);
    tcase_add_test(t, an_unwritable_results_folder_is_replaced_from_the_scene_without_losing_anything);
    tcase_add_test(t, a_four_hundred_word_scene_pages_at_720p);
    tcase_add_test(t, a_saved_edit_reloads_and_replays_and_a_broken_one_keeps_the_last_good_version);
    tcase_add_test(t, a_workshop_runs_in_two_windows_and_the_room_sees_only_what_is_revealed);
    tcase_add_test(t, text_size_full_screen_and_leaving_work_from_the_keyboard);
    tcase_add_test(t, a_scenario_with_a_script_error_shows_the_error_screen);
    tcase_add_test(t, every_text_colour_meets_the_contrast_minimum);
    suite_add_tcase(s, t);
    /* Its own case, so that the valgrind pass (scripts/valgrind.sh) can leave out this long
     * sweep, which the release and sanitizer builds run. */
    TCase *layout = tcase_create("layout");
    tcase_set_timeout(layout, 300);
    tcase_add_test(layout, no_box_leaves_the_window_or_overlaps_another_at_any_size);
    suite_add_tcase(s, layout);
    SRunner *sr = srunner_create(s);
    srunner_add_suite(sr, text_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
