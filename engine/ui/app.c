/* app: window, event loop, input routing and drawing. The loop sleeps in SDL_WaitEvent
 * and draws only when something changed, so an idle game uses no CPU. */
#include "app.h"

#include "journal/paths.h"

#include <SDL_image.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static const Screen *const screens[SCREEN_COUNT] = {
    &screen_title,   &screen_library,  &screen_briefing, &screen_scene, &screen_feedback,
    &screen_debrief, &screen_history,  &screen_settings, &screen_error, &screen_confirm_leave,
    &screen_workshop, &screen_ws_debrief};

static void update_size(View *v)
{
    int ww, wh;
    SDL_GetRendererOutputSize(v->renderer, &v->out_w, &v->out_h);
    SDL_GetWindowSize(v->window, &ww, &wh);
    v->scale_x = ww > 0 ? (float)v->out_w / (float)ww : 1.0f;
    v->scale_y = wh > 0 ? (float)v->out_h / (float)wh : 1.0f;
}

void app_changed(App *app)
{
    for (int i = 0; i < app->nviews; i++)
        app->views[i].dirty = true;
}

void app_go(App *app, ScreenId s)
{
    if (s != app->screen)
        app->previous = app->screen;
    app->screen = s;
    app->details = false;
    View *current = app->v;
    for (int i = 0; i < app->nviews; i++) {
        View *v = app->v = &app->views[i];
        v->page = 0;
        v->pages = 1;
        v->hover = -1;
        app_layout(app);
        /* Nothing is focused at first: Enter does the screen's main action, and a scene's
         * choice is never taken by accident. Tab or an arrow shows the focus. */
        v->focus = -1;
    }
    app->v = current;
    if (s == SCREEN_TITLE)
        SDL_StartTextInput();
    else
        SDL_StopTextInput();
    app_changed(app);
}

void app_layout(App *app)
{
    /* A screen's footer depends on whether it has pages, which the layout itself finds
     * out: lay out again when the count changed. */
    for (int pass = 0; pass < 2; pass++) {
        int assumed = app->v->pages;
        layout_reset(&app->v->layout);
        screens[app->screen]->layout(app, &app->v->layout);
        if (app->v->page >= app->v->pages)
            app->v->page = app->v->pages - 1;
        if (app->v->pages == assumed)
            break;
    }
}

/* The n-th focusable box in reading order (top to bottom, then left to right), or -1. */
static int nth_button(const Layout *l, int n)
{
    int prev = -1;
    for (int k = 0; k <= n; k++) {
        int best = -1;
        for (int i = 0; i < l->count; i++) {
            const Box *b = &l->boxes[i];
            if (b->kind != BOX_BUTTON)
                continue;
            /* The next button after prev in (y, x, index) order. */
            bool after = prev < 0 || b->r.y > l->boxes[prev].r.y ||
                         (b->r.y == l->boxes[prev].r.y &&
                          (b->r.x > l->boxes[prev].r.x || (b->r.x == l->boxes[prev].r.x && i > prev)));
            if (!after)
                continue;
            if (best < 0 || b->r.y < l->boxes[best].r.y ||
                (b->r.y == l->boxes[best].r.y && b->r.x < l->boxes[best].r.x))
                best = i;
        }
        if (best < 0)
            return -1;
        prev = best;
    }
    return prev;
}

/* The reading-order position of box b among the buttons. */
static int button_rank(const Layout *l, int b)
{
    for (int k = 0;; k++) {
        int i = nth_button(l, k);
        if (i < 0 || i == b)
            return i < 0 ? -1 : k;
    }
}

static int button_count(const Layout *l)
{
    int n = 0;
    for (int i = 0; i < l->count; i++)
        n += l->boxes[i].kind == BOX_BUTTON;
    return n;
}

int app_focused_action(const App *app)
{
    int b = app->v->focus >= 0 ? nth_button(&app->v->layout, app->v->focus) : -1;
    return b >= 0 ? app->v->layout.boxes[b].action : -1;
}

static void activate(App *app, const Box *b)
{
    app_act(app, (Action)b->action, b->arg);
}

void app_act(App *app, Action a, int arg)
{
    /* Actions every screen shares. */
    switch (a) {
    case ACT_NEXT_PAGE:
    case ACT_PREV_PAGE:
    case ACT_ROOM_NEXT:
    case ACT_ROOM_PREV: {
        /* The room's pages (a workshop facilitator steps through them from the presenter's
         * window) or the current view's own. */
        bool room = a == ACT_ROOM_NEXT || a == ACT_ROOM_PREV, next = a == ACT_NEXT_PAGE || a == ACT_ROOM_NEXT;
        bool any_room = false;
        for (int i = 0; i < app->nviews; i++)
            any_room |= app->views[i].role == VIEW_PROJECTION;
        for (int i = 0; i < app->nviews; i++) {
            View *v = &app->views[i];
            /* In the group debrief the presenter follows the room, decision by decision. */
            bool together = room && app->screen == SCREEN_WS_DEBRIEF;
            if (!together && (room && any_room ? v->role != VIEW_PROJECTION : v != app->v))
                continue;
            if (next && v->page + 1 < v->pages)
                v->page++;
            else if (!next && v->page > 0)
                v->page--;
            v->dirty = true;
        }
        return;
    }
    case ACT_FULLSCREEN:
        app->settings.fullscreen = !app->settings.fullscreen;
        SDL_SetWindowFullscreen(app->v->window, app->settings.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
        update_size(app->v);
        app_changed(app);
        return;
    case ACT_TEXT_BIGGER:
    case ACT_TEXT_SMALLER: {
        double s = app->settings.text_scale + (a == ACT_TEXT_BIGGER ? 0.1 : -0.1);
        app->settings.text_scale = s < 0.7 ? 0.7 : s > 2.5 ? 2.5 : s;
        app_changed(app);
        if (app->screen != SCREEN_SETTINGS)
            return;
        break;
    }
    case ACT_THEME:
        app->settings.high_contrast = !app->settings.high_contrast;
        theme_init(&app->theme, app->settings.high_contrast);
        app_changed(app);
        break;
    case ACT_QUIT: app->quit = true; return;
    /* Workshop controls work on every workshop screen and in either window. */
    case ACT_REVEAL:
        app->game.revealed = !app->game.revealed;
        app_changed(app);
        return;
    case ACT_BLANK:
        app->game.blank = !app->game.blank;
        app_changed(app);
        return;
    case ACT_FLAG:
        if (game_flag(&app->game, (int64_t)time(NULL) * 1000)) {
            app->flag_entry = true;
            SDL_StartTextInput();
        }
        app_changed(app);
        return;
    case ACT_HELP:
        app->help = !app->help;
        app_changed(app);
        return;
    case ACT_SWAP:
        if (app->nviews == 1) {
            app->views[0].role = app->views[0].role == VIEW_PRESENTER ? VIEW_PROJECTION : VIEW_PRESENTER;
            app->views[0].page = 0;
        }
        app_changed(app);
        return;
    default: break;
    }
    if (screens[app->screen]->act(app, a, arg))
        app_changed(app);
}

static int box_at(const App *app, int x, int y)
{
    SDL_Point p = {(int)(x * app->v->scale_x), (int)(y * app->v->scale_y)};
    for (int i = app->v->layout.count - 1; i >= 0; i--)
        if (app->v->layout.boxes[i].kind == BOX_BUTTON && SDL_PointInRect(&p, &app->v->layout.boxes[i].r))
            return i;
    return -1;
}

/* The view an event is for (by window id); the current one when the event has none. */
static View *view_of(App *app, Uint32 window_id)
{
    for (int i = 0; i < app->nviews; i++)
        if (app->views[i].window && SDL_GetWindowID(app->views[i].window) == window_id)
            return &app->views[i];
    return app->v;
}

static void key(App *app, const SDL_KeyboardEvent *k)
{
    SDL_Keycode sym = k->keysym.sym;
    bool ctrl = (k->keysym.mod & KMOD_CTRL) != 0, shift = (k->keysym.mod & KMOD_SHIFT) != 0;
    bool workshop = app->screen == SCREEN_WORKSHOP || app->screen == SCREEN_WS_DEBRIEF;
    int n = button_count(&app->v->layout);
    if (ctrl && (sym == SDLK_EQUALS || sym == SDLK_PLUS || sym == SDLK_KP_PLUS)) {
        app_act(app, ACT_TEXT_BIGGER, 0);
        return;
    }
    if (ctrl && (sym == SDLK_MINUS || sym == SDLK_KP_MINUS)) {
        app_act(app, ACT_TEXT_SMALLER, 0);
        return;
    }
    if ((app->screen == SCREEN_WORKSHOP || app->screen == SCREEN_WS_DEBRIEF) && workshop_key(app, k))
        return;
    if (app->results_entry && (sym == SDLK_BACKSPACE || sym == SDLK_RETURN || sym == SDLK_KP_ENTER || sym == SDLK_ESCAPE)) {
        if (sym == SDLK_BACKSPACE) {
            size_t len = strlen(app->results_edit);
            while (len > 0 && ((unsigned char)app->results_edit[len - 1] & 0xC0) == 0x80)
                len--;
            app->results_edit[len > 0 ? len - 1 : 0] = '\0';
            app_changed(app);
        } else {
            app_act(app, sym == SDLK_ESCAPE ? ACT_BACK : ACT_CONTINUE, 0);
        }
        return;
    }
    if (app->results_entry)
        return; /* while typing a folder, keys are text */
    if (app->screen == SCREEN_TITLE && sym == SDLK_BACKSPACE) {
        size_t len = strlen(app->name_edit);
        while (len > 0 && ((unsigned char)app->name_edit[len - 1] & 0xC0) == 0x80)
            len--; /* remove a whole UTF-8 character */
        if (len > 0)
            len--;
        app->name_edit[len] = '\0';
        app_changed(app);
        return;
    }
    switch (sym) {
    case SDLK_F11: app_act(app, ACT_FULLSCREEN, 0); return;
    case SDLK_ESCAPE: app_act(app, ACT_BACK, 0); return;
    case SDLK_LEFT: app_act(app, workshop ? ACT_ROOM_PREV : ACT_PREV_PAGE, 0); return;
    case SDLK_RIGHT: app_act(app, workshop ? ACT_ROOM_NEXT : ACT_NEXT_PAGE, 0); return;
    case SDLK_PAGEUP: app_act(app, ACT_PREV_PAGE, 0); return;
    case SDLK_PAGEDOWN: app_act(app, ACT_NEXT_PAGE, 0); return;
    case SDLK_BACKSPACE: app_act(app, ACT_STEP_BACK, 0); return;
    case SDLK_DOWN:
    case SDLK_UP:
    case SDLK_TAB:
        if (n > 0) {
            bool back = sym == SDLK_UP || (sym == SDLK_TAB && shift);
            app->v->focus = app->v->focus < 0 ? (back ? n - 1 : 0) : (app->v->focus + (back ? n - 1 : 1)) % n;
            app_changed(app);
        }
        return;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
    case SDLK_SPACE: {
        if (sym == SDLK_SPACE && app->screen == SCREEN_TITLE)
            return; /* a space in the name */
        int b = app->v->focus >= 0 ? nth_button(&app->v->layout, app->v->focus) : -1;
        if (b >= 0)
            activate(app, &app->v->layout.boxes[b]);
        else
            app_act(app, ACT_CONTINUE, 0);
        return;
    }
    default: break;
    }
    int digit = sym >= SDLK_1 && sym <= SDLK_9 ? (int)(sym - SDLK_1) + 1
                : sym >= SDLK_KP_1 && sym <= SDLK_KP_9 ? (int)(sym - SDLK_KP_1) + 1 : 0;
    if (digit && app->screen != SCREEN_TITLE)
        for (int i = 0; i < app->v->layout.count; i++)
            if (app->v->layout.boxes[i].kind == BOX_BUTTON && app->v->layout.boxes[i].hotkey == digit) {
                activate(app, &app->v->layout.boxes[i]);
                return;
            }
}

void app_event(App *app, const SDL_Event *e)
{
    switch (e->type) {
    case SDL_WINDOWEVENT: app->v = view_of(app, e->window.windowID); break;
    case SDL_KEYDOWN: app->v = view_of(app, e->key.windowID); break;
    case SDL_TEXTINPUT: app->v = view_of(app, e->text.windowID); break;
    case SDL_MOUSEMOTION: app->v = view_of(app, e->motion.windowID); break;
    case SDL_MOUSEBUTTONUP: app->v = view_of(app, e->button.windowID); break;
    case SDL_MOUSEWHEEL: app->v = view_of(app, e->wheel.windowID); break;
    default: break;
    }
    switch (e->type) {
    case SDL_QUIT: app->quit = true; break;
    default:
        if (e->type == app->reload_event && app->reload_event != (Uint32)-1) {
            if (game_reload(&app->game, (int64_t)time(NULL) * 1000) &&
                (app->screen == SCREEN_SCENE || app->screen == SCREEN_FEEDBACK || app->screen == SCREEN_WORKSHOP))
                app_go(app, app->screen == SCREEN_WORKSHOP ? SCREEN_WORKSHOP : SCREEN_SCENE);
            app_changed(app);
            live_ack(app->live);
        }
        break;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED || e->window.event == SDL_WINDOWEVENT_EXPOSED) {
            update_size(app->v);
            app->v->dirty = true;
        } else if (e->window.event == SDL_WINDOWEVENT_CLOSE && app->nviews > 1) {
            app->quit = true; /* closing either workshop window ends the session */
        }
        break;
    case SDL_RENDER_TARGETS_RESET:
    case SDL_RENDER_DEVICE_RESET:
        for (int i = 0; i < app->nviews; i++)
            text_flush(app->views[i].text);
        app_changed(app);
        break;
    case SDL_KEYDOWN: key(app, &e->key); break;
    case SDL_TEXTINPUT:
        if (app->results_entry) {
            if (strlen(app->results_edit) + strlen(e->text.text) < sizeof app->results_edit - 1)
                strcat(app->results_edit, e->text.text);
            app_changed(app);
        } else if (app->flag_entry && app->game.nflags > 0) {
            GameFlag *f = &app->game.flags[app->game.nflags - 1];
            if (strlen(f->note) + strlen(e->text.text) < sizeof f->note - 1)
                strcat(f->note, e->text.text);
            app_changed(app);
        } else if (app->screen == SCREEN_TITLE &&
                   strlen(app->name_edit) + strlen(e->text.text) < sizeof app->name_edit - 1) {
            strcat(app->name_edit, e->text.text);
            app_changed(app);
        }
        break;
    case SDL_MOUSEMOTION: {
        int h = box_at(app, e->motion.x, e->motion.y);
        if (h != app->v->hover) {
            app->v->hover = h;
            app_changed(app);
        }
        break;
    }
    case SDL_MOUSEBUTTONUP:
        if (e->button.button == SDL_BUTTON_LEFT) {
            int b = box_at(app, e->button.x, e->button.y);
            if (b >= 0) {
                /* The clicked button takes the focus, so the keyboard carries on from it. */
                app->v->focus = button_rank(&app->v->layout, b);
                activate(app, &app->v->layout.boxes[b]);
            }
        }
        break;
    case SDL_MOUSEWHEEL: app_act(app, e->wheel.y < 0 ? ACT_NEXT_PAGE : ACT_PREV_PAGE, 0); break;
    }
}

static void fill(App *app, SDL_Rect r, SDL_Color c)
{
    SDL_SetRenderDrawColor(app->v->renderer, c.r, c.g, c.b, c.a);
    SDL_RenderFillRect(app->v->renderer, &r);
}

static void outline(App *app, SDL_Rect r, SDL_Color c, int t)
{
    for (int i = 0; i < t; i++) {
        SDL_Rect o = {r.x - i, r.y - i, r.w + 2 * i, r.h + 2 * i};
        SDL_SetRenderDrawColor(app->v->renderer, c.r, c.g, c.b, c.a);
        SDL_RenderDrawRect(app->v->renderer, &o);
    }
}

void app_render(App *app)
{
    app_layout(app);
    const Theme *th = &app->theme;
    int focus_box = app->v->focus >= 0 ? nth_button(&app->v->layout, app->v->focus) : -1;
    int thick = app->v->out_h / 240 > 2 ? app->v->out_h / 240 : 2;
    SDL_SetRenderDrawColor(app->v->renderer, th->bg.r, th->bg.g, th->bg.b, 255);
    SDL_RenderClear(app->v->renderer);
    for (int i = 0; i < app->v->layout.count; i++) {
        const Box *b = &app->v->layout.boxes[i];
        switch (b->kind) {
        case BOX_PANEL:
            fill(app, b->r, b->fill);
            break;
        case BOX_BUTTON: {
            bool hot = i == app->v->hover || i == focus_box;
            fill(app, b->r, hot ? th->button_hover : b->fill);
            outline(app, b->r, b->selected ? th->accent : th->border, b->selected ? thick : 1);
            if (i == focus_box)
                outline(app, (SDL_Rect){b->r.x - thick, b->r.y - thick, b->r.w + 2 * thick, b->r.h + 2 * thick},
                        th->focus, thick);
            break;
        }
        case BOX_BAR: {
            double value = b->value < 0 ? 0 : b->value > 1 ? 1 : b->value;
            fill(app, b->r, b->fill);
            SDL_Rect v = b->r;
            if (b->vertical) {
                v.h = (int)(b->r.h * value);
                v.y = b->r.y + b->r.h - v.h;
            } else {
                v.w = (int)(b->r.w * value);
            }
            fill(app, v, b->color);
            outline(app, b->r, th->border, 1);
            break;
        }
        case BOX_INPUT:
            fill(app, b->r, th->panel);
            outline(app, b->r, th->focus, thick);
            break;
        case BOX_TEXT: text_draw(app->v->text, b->style, b->text, b->r.x, b->r.y, b->color); break;
        default: break;
        }
    }
}

/* Draws the current view. */
void app_draw(App *app)
{
    app_render(app);
    SDL_RenderPresent(app->v->renderer);
    text_end_frame(app->v->text);
    app->v->frames++;
    app->v->dirty = false;
}

bool app_step(App *app, int timeout_ms)
{
    SDL_Event e;
    /* A workshop's presenter shows running timers: wake once a second to redraw it. */
    bool timers = app->game.workshop && app->game.s;
    if (timers && (timeout_ms < 0 || timeout_ms > 1000))
        timeout_ms = 1000;
    int got = timeout_ms < 0 ? SDL_WaitEvent(&e) : SDL_WaitEventTimeout(&e, timeout_ms);
    if (!got && timers)
        for (int i = 0; i < app->nviews; i++)
            if (app->views[i].role == VIEW_PRESENTER)
                app->views[i].dirty = true;
    while (got) {
        app_event(app, &e);
        got = SDL_PollEvent(&e);
    }
    View *current = app->v;
    for (int i = 0; i < app->nviews && !app->quit; i++)
        if (app->views[i].dirty) {
            app->v = &app->views[i];
            app_draw(app);
        }
    app->v = current;
    return !app->quit;
}

int app_screenshot(App *app, const char *path)
{
    app_render(app);
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, app->v->out_w, app->v->out_h, 32, SDL_PIXELFORMAT_ARGB8888);
    int rc = -1;
    if (s && SDL_RenderReadPixels(app->v->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch) == 0 &&
        IMG_SavePNG(s, path) == 0)
        rc = 0;
    else
        fprintf(stderr, "rjsim: cannot save the screenshot %s: %s\n", path, SDL_GetError());
    SDL_FreeSurface(s);
    SDL_RenderPresent(app->v->renderer);
    return rc;
}

static bool dir_exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static const char *assets_dir(void)
{
    const char *env = getenv("RJSIM_ASSETS");
    if (env && *env)
        return env;
    if (dir_exists("assets/fonts"))
        return "assets";
#ifdef RJSIM_DATADIR
    return RJSIM_DATADIR "/assets";
#else
    return "assets";
#endif
}

/* Opens a window (at display `display`, or centred on the first), its renderer and fonts. */
int app_open_view(App *app, ViewRole role, const char *title, int display, int w, int h, bool fullscreen)
{
    char err[1024] = "", fonts[1024];
    if (app->nviews == 2)
        return -1;
    View *v = &app->views[app->nviews];
    memset(v, 0, sizeof *v);
    v->role = role;
    v->focus = v->hover = -1;
    v->pages = 1;
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI | (fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    int pos = SDL_WINDOWPOS_CENTERED_DISPLAY(display);
    v->window = SDL_CreateWindow(title, pos, pos, w, h, flags);
    if (v->window)
        v->renderer = SDL_CreateRenderer(v->window, -1, SDL_RENDERER_PRESENTVSYNC);
    if (v->window && !v->renderer)
        v->renderer = SDL_CreateRenderer(v->window, -1, SDL_RENDERER_SOFTWARE);
    if (!v->renderer) {
        fprintf(stderr, "rjsim: cannot create the window: %s\n", SDL_GetError());
        goto fail;
    }
    SDL_SetWindowMinimumSize(v->window, 640, 360);
    snprintf(fonts, sizeof fonts, "%s/fonts", assets_dir());
    v->text = text_create(v->renderer, fonts, err, sizeof err);
    if (!v->text) {
        fprintf(stderr, "rjsim: %s\nSet RJSIM_ASSETS to the folder that holds fonts/.\n", err);
        goto fail;
    }
    update_size(v);
    v->dirty = true;
    app->nviews++;
    app->v = v;
    return 0;
fail:
    if (v->renderer)
        SDL_DestroyRenderer(v->renderer);
    if (v->window)
        SDL_DestroyWindow(v->window);
    memset(v, 0, sizeof *v);
    return -1;
}

static void close_view(View *v)
{
    layout_free(&v->layout);
    text_destroy(v->text);
    if (v->renderer)
        SDL_DestroyRenderer(v->renderer);
    if (v->window)
        SDL_DestroyWindow(v->window);
    memset(v, 0, sizeof *v);
}

App *app_create(const UiOptions *opts)
{
    App *app = calloc(1, sizeof *app);
    char err[1024] = "";
    if (!app)
        return NULL;
    app->opts = opts;
    app->v = &app->views[0];
    if (settings_load(&app->settings, err, sizeof err))
        fprintf(stderr, "rjsim: %s\n", err);
    if (opts->fullscreen)
        app->settings.fullscreen = true;
    theme_init(&app->theme, app->settings.high_contrast);
    /* A click in the presenter window must not minimise the projection. */
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "linear");
    SDL_SetHint(SDL_HINT_APP_NAME, "rjsim");
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
        fprintf(stderr, "rjsim: cannot open a window: %s\nOn a machine without a display, use the terminal "
                        "player: rjsim play SCENARIO --text\n", SDL_GetError());
        free(app);
        return NULL;
    }
    int w = opts->width > 0 ? opts->width : 1280, h = opts->height > 0 ? opts->height : 720;
    app->reload_event = SDL_RegisterEvents(1);
    if (app_open_view(app, VIEW_GAME, "rjsim", 0, w, h, app->settings.fullscreen)) {
        app_destroy(app);
        return NULL;
    }
    snprintf(app->name_edit, sizeof app->name_edit, "%s",
             opts->trainee ? opts->trainee : app->settings.trainee);
    if (opts->mode)
        snprintf(app->settings.mode, sizeof app->settings.mode, "%s", opts->mode);
    library_scan(&app->library, opts->scenarios_dir, opts->extra_dir, opts->rubric);
    /* Principle names for the history screen, from the bundled rubric. */
    char rubric[1200];
    DiagList diags = {0};
    snprintf(rubric, sizeof rubric, "%s/rubric.lua", opts->scenarios_dir ? opts->scenarios_dir : "scenarios");
    app->rubric = script_load_rubric(opts->rubric ? opts->rubric : rubric, NULL, &diags);
    diag_list_free(&diags);
    return app;
}

void app_destroy(App *app)
{
    if (!app)
        return;
    live_stop(app->live);
    game_close(&app->game);
    library_free(&app->library);
    rubric_free(app->rubric);
    for (int i = 0; i < 2; i++)
        close_view(&app->views[i]);
    TTF_Quit();
    SDL_Quit();
    free(app);
}
