/* app_window: creating and closing the windows (views), their renderers and fonts, and
 * the App itself. */
#include "app.h"

#include "journal/paths.h"

#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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
    app_view_resize(v);
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
