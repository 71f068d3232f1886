/* app_input: keyboard, text and mouse events routed to the view they are for and turned
 * into actions; focus moves in reading order. */
#include "app.h"

#include "screens.h"

#include <string.h>
#include <time.h>

/* The view an event is for (by window id); the current one when the event has none. */
static View *view_of(App *app, Uint32 window_id)
{
    for (int i = 0; i < app->nviews; i++)
        if (app->views[i].window && SDL_GetWindowID(app->views[i].window) == window_id)
            return &app->views[i];
    return app->v;
}

/* The n-th focusable box in reading order (top to bottom, then left to right), or -1. */
int app_nth_button(const Layout *l, int n)
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
        int i = app_nth_button(l, k);
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
    int b = app->v->focus >= 0 ? app_nth_button(&app->v->layout, app->v->focus) : -1;
    return b >= 0 ? app->v->layout.boxes[b].action : -1;
}

static void activate(App *app, const Box *b)
{
    app_act(app, (Action)b->action, b->arg);
}

static int box_at(const App *app, int x, int y)
{
    SDL_Point p = {(int)(x * app->v->scale_x), (int)(y * app->v->scale_y)};
    for (int i = app->v->layout.count - 1; i >= 0; i--)
        if (app->v->layout.boxes[i].kind == BOX_BUTTON && SDL_PointInRect(&p, &app->v->layout.boxes[i].r))
            return i;
    return -1;
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
        int b = app->v->focus >= 0 ? app_nth_button(&app->v->layout, app->v->focus) : -1;
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
            app_view_resize(app->v);
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
