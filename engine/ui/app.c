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

static const Screen *const screens[SCREEN_COUNT] = {
    &screen_title,   &screen_library,  &screen_briefing, &screen_scene, &screen_feedback,
    &screen_debrief, &screen_history,  &screen_settings, &screen_error, &screen_confirm_leave};

void app_changed(App *app)
{
    app->dirty = true;
}

void app_go(App *app, ScreenId s)
{
    if (s != app->screen)
        app->previous = app->screen;
    app->screen = s;
    app->page = 0;
    app->pages = 1;
    app->hover = -1;
    app->details = false;
    app_layout(app);
    /* Nothing is focused at first: Enter does the screen's main action, and a scene's
     * choice is never taken by accident. Tab or an arrow shows the focus. */
    app->focus = -1;
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
        int assumed = app->pages;
        layout_reset(&app->layout);
        screens[app->screen]->layout(app, &app->layout);
        if (app->page >= app->pages)
            app->page = app->pages - 1;
        if (app->pages == assumed)
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
    int b = app->focus >= 0 ? nth_button(&app->layout, app->focus) : -1;
    return b >= 0 ? app->layout.boxes[b].action : -1;
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
        if (app->page + 1 < app->pages) {
            app->page++;
            app_changed(app);
        }
        return;
    case ACT_PREV_PAGE:
        if (app->page > 0) {
            app->page--;
            app_changed(app);
        }
        return;
    case ACT_FULLSCREEN:
        app->settings.fullscreen = !app->settings.fullscreen;
        SDL_SetWindowFullscreen(app->window, app->settings.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
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
    default: break;
    }
    if (screens[app->screen]->act(app, a, arg))
        app_changed(app);
}

static int box_at(const App *app, int x, int y)
{
    SDL_Point p = {(int)(x * app->scale_x), (int)(y * app->scale_y)};
    for (int i = app->layout.count - 1; i >= 0; i--)
        if (app->layout.boxes[i].kind == BOX_BUTTON && SDL_PointInRect(&p, &app->layout.boxes[i].r))
            return i;
    return -1;
}

static void update_size(App *app)
{
    int ww, wh;
    SDL_GetRendererOutputSize(app->renderer, &app->out_w, &app->out_h);
    SDL_GetWindowSize(app->window, &ww, &wh);
    app->scale_x = ww > 0 ? (float)app->out_w / (float)ww : 1.0f;
    app->scale_y = wh > 0 ? (float)app->out_h / (float)wh : 1.0f;
}

static void key(App *app, const SDL_KeyboardEvent *k)
{
    SDL_Keycode sym = k->keysym.sym;
    bool ctrl = (k->keysym.mod & KMOD_CTRL) != 0, shift = (k->keysym.mod & KMOD_SHIFT) != 0;
    int n = button_count(&app->layout);
    if (ctrl && (sym == SDLK_EQUALS || sym == SDLK_PLUS || sym == SDLK_KP_PLUS)) {
        app_act(app, ACT_TEXT_BIGGER, 0);
        return;
    }
    if (ctrl && (sym == SDLK_MINUS || sym == SDLK_KP_MINUS)) {
        app_act(app, ACT_TEXT_SMALLER, 0);
        return;
    }
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
    case SDLK_LEFT:
    case SDLK_PAGEUP: app_act(app, ACT_PREV_PAGE, 0); return;
    case SDLK_RIGHT:
    case SDLK_PAGEDOWN: app_act(app, ACT_NEXT_PAGE, 0); return;
    case SDLK_BACKSPACE: app_act(app, ACT_STEP_BACK, 0); return;
    case SDLK_DOWN:
    case SDLK_UP:
    case SDLK_TAB:
        if (n > 0) {
            bool back = sym == SDLK_UP || (sym == SDLK_TAB && shift);
            app->focus = app->focus < 0 ? (back ? n - 1 : 0) : (app->focus + (back ? n - 1 : 1)) % n;
            app_changed(app);
        }
        return;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
    case SDLK_SPACE: {
        if (sym == SDLK_SPACE && app->screen == SCREEN_TITLE)
            return; /* a space in the name */
        int b = app->focus >= 0 ? nth_button(&app->layout, app->focus) : -1;
        if (b >= 0)
            activate(app, &app->layout.boxes[b]);
        else
            app_act(app, ACT_CONTINUE, 0);
        return;
    }
    default: break;
    }
    int digit = sym >= SDLK_1 && sym <= SDLK_9 ? (int)(sym - SDLK_1) + 1
                : sym >= SDLK_KP_1 && sym <= SDLK_KP_9 ? (int)(sym - SDLK_KP_1) + 1 : 0;
    if (digit && app->screen != SCREEN_TITLE)
        for (int i = 0; i < app->layout.count; i++)
            if (app->layout.boxes[i].kind == BOX_BUTTON && app->layout.boxes[i].hotkey == digit) {
                activate(app, &app->layout.boxes[i]);
                return;
            }
}

void app_event(App *app, const SDL_Event *e)
{
    switch (e->type) {
    case SDL_QUIT: app->quit = true; break;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED || e->window.event == SDL_WINDOWEVENT_EXPOSED) {
            update_size(app);
            app_changed(app);
        }
        break;
    case SDL_RENDER_TARGETS_RESET:
    case SDL_RENDER_DEVICE_RESET:
        text_flush(app->text);
        app_changed(app);
        break;
    case SDL_KEYDOWN: key(app, &e->key); break;
    case SDL_TEXTINPUT:
        if (app->screen == SCREEN_TITLE && strlen(app->name_edit) + strlen(e->text.text) < sizeof app->name_edit - 1) {
            strcat(app->name_edit, e->text.text);
            app_changed(app);
        }
        break;
    case SDL_MOUSEMOTION: {
        int h = box_at(app, e->motion.x, e->motion.y);
        if (h != app->hover) {
            app->hover = h;
            app_changed(app);
        }
        break;
    }
    case SDL_MOUSEBUTTONUP:
        if (e->button.button == SDL_BUTTON_LEFT) {
            int b = box_at(app, e->button.x, e->button.y);
            if (b >= 0) {
                /* The clicked button takes the focus, so the keyboard carries on from it. */
                app->focus = button_rank(&app->layout, b);
                activate(app, &app->layout.boxes[b]);
            }
        }
        break;
    case SDL_MOUSEWHEEL: app_act(app, e->wheel.y < 0 ? ACT_NEXT_PAGE : ACT_PREV_PAGE, 0); break;
    default: break;
    }
}

static void fill(App *app, SDL_Rect r, SDL_Color c)
{
    SDL_SetRenderDrawColor(app->renderer, c.r, c.g, c.b, c.a);
    SDL_RenderFillRect(app->renderer, &r);
}

static void outline(App *app, SDL_Rect r, SDL_Color c, int t)
{
    for (int i = 0; i < t; i++) {
        SDL_Rect o = {r.x - i, r.y - i, r.w + 2 * i, r.h + 2 * i};
        SDL_SetRenderDrawColor(app->renderer, c.r, c.g, c.b, c.a);
        SDL_RenderDrawRect(app->renderer, &o);
    }
}

void app_render(App *app)
{
    app_layout(app);
    const Theme *th = &app->theme;
    int focus_box = app->focus >= 0 ? nth_button(&app->layout, app->focus) : -1;
    int thick = app->out_h / 240 > 2 ? app->out_h / 240 : 2;
    SDL_SetRenderDrawColor(app->renderer, th->bg.r, th->bg.g, th->bg.b, 255);
    SDL_RenderClear(app->renderer);
    for (int i = 0; i < app->layout.count; i++) {
        const Box *b = &app->layout.boxes[i];
        switch (b->kind) {
        case BOX_PANEL:
            fill(app, b->r, b->fill);
            break;
        case BOX_BUTTON: {
            bool hot = i == app->hover || i == focus_box;
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
        case BOX_TEXT: text_draw(app->text, b->style, b->text, b->r.x, b->r.y, b->color); break;
        default: break;
        }
    }
}

void app_draw(App *app)
{
    app_render(app);
    SDL_RenderPresent(app->renderer);
    text_end_frame(app->text);
    app->frames++;
    app->dirty = false;
}

bool app_step(App *app, int timeout_ms)
{
    SDL_Event e;
    int got = timeout_ms < 0 ? SDL_WaitEvent(&e) : SDL_WaitEventTimeout(&e, timeout_ms);
    while (got) {
        app_event(app, &e);
        got = SDL_PollEvent(&e);
    }
    if (app->dirty && !app->quit)
        app_draw(app);
    return !app->quit;
}

int app_screenshot(App *app, const char *path)
{
    app_render(app);
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, app->out_w, app->out_h, 32, SDL_PIXELFORMAT_ARGB8888);
    int rc = -1;
    if (s && SDL_RenderReadPixels(app->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch) == 0 &&
        IMG_SavePNG(s, path) == 0)
        rc = 0;
    else
        fprintf(stderr, "rjsim: cannot save the screenshot %s: %s\n", path, SDL_GetError());
    SDL_FreeSurface(s);
    SDL_RenderPresent(app->renderer);
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

App *app_create(const UiOptions *opts)
{
    App *app = calloc(1, sizeof *app);
    char err[1024] = "";
    if (!app)
        return NULL;
    app->opts = opts;
    app->focus = app->hover = -1;
    if (settings_load(&app->settings, err, sizeof err))
        fprintf(stderr, "rjsim: %s\n", err);
    if (opts->fullscreen)
        app->settings.fullscreen = true;
    theme_init(&app->theme, app->settings.high_contrast);
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
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI |
                   (app->settings.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    app->window = SDL_CreateWindow("rjsim", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    if (app->window)
        app->renderer = SDL_CreateRenderer(app->window, -1, SDL_RENDERER_PRESENTVSYNC);
    if (app->window && !app->renderer)
        app->renderer = SDL_CreateRenderer(app->window, -1, SDL_RENDERER_SOFTWARE);
    if (!app->renderer) {
        fprintf(stderr, "rjsim: cannot create the window: %s\n", SDL_GetError());
        app_destroy(app);
        return NULL;
    }
    SDL_SetWindowMinimumSize(app->window, 640, 360);
    char fonts[1024];
    snprintf(fonts, sizeof fonts, "%s/fonts", assets_dir());
    app->text = text_create(app->renderer, fonts, err, sizeof err);
    if (!app->text) {
        fprintf(stderr, "rjsim: %s\nSet RJSIM_ASSETS to the folder that holds fonts/.\n", err);
        app_destroy(app);
        return NULL;
    }
    update_size(app);
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
    game_close(&app->game);
    library_free(&app->library);
    rubric_free(app->rubric);
    layout_free(&app->layout);
    text_destroy(app->text);
    if (app->renderer)
        SDL_DestroyRenderer(app->renderer);
    if (app->window)
        SDL_DestroyWindow(app->window);
    TTF_Quit();
    SDL_Quit();
    free(app);
}
