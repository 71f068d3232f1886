/* app: the screens and their shared actions, drawing, the event loop and screenshots.
 * The loop sleeps in SDL_WaitEvent and draws only when something changed, so an idle game
 * uses no CPU. Input is in app_input.c, windows in app_window.c. */
#include "app.h"

#include <SDL_image.h>
#include <stdio.h>
#include <time.h>

static const Screen *const screens[SCREEN_COUNT] = {
    &screen_title,   &screen_library,  &screen_briefing, &screen_scene, &screen_feedback,
    &screen_debrief, &screen_history,  &screen_settings, &screen_error, &screen_confirm_leave,
    &screen_workshop, &screen_ws_debrief};

void app_view_resize(View *v)
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
        app_view_resize(app->v);
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
    int focus_box = app->v->focus >= 0 ? app_nth_button(&app->v->layout, app->v->focus) : -1;
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




