/* screen_settings: text size, theme, full screen and the results folder; saved on leaving.
 * The results folder can be typed here — also from a scene whose log could not be written,
 * so a trainee on a full disk or a read-only folder can move the attempt elsewhere. */
#include "screens.h"

#include "journal/paths.h"

#include <stdio.h>
#include <string.h>

static void layout(App *app, Layout *l)
{
    Metrics m;
    chrome_metrics(app, &m);
    const Theme *th = &app->theme;
    Text *t = app->v->text;
    chrome_header(app, l, &m, "Settings", NULL);
    static const FooterButton foot[] = {{"Done", ACT_BACK, 0}};
    chrome_footer(app, l, &m, foot, 1, "Ctrl+plus and Ctrl+minus change the text size anywhere");
    Flow f;
    flow_begin(&f, l, t, m.x, m.w, m.top, m.bottom, app->v->page);
    char line[1400];
    if (app->message[0])
        screens_note(app, l, &m, &f, app->message);
    snprintf(line, sizeof line, "Text size: %.0f%%", app->settings.text_scale * 100);
    flow_paragraph(&f, line, STYLE_BOLD, th->text, 0);
    struct {
        const char *label;
        Action a;
        bool on;
    } rows[] = {{"Smaller text", ACT_TEXT_SMALLER, false},
                {"Larger text", ACT_TEXT_BIGGER, false},
                {app->settings.high_contrast ? "High-contrast theme: on" : "High-contrast theme: off", ACT_THEME,
                 app->settings.high_contrast},
                {app->settings.fullscreen ? "Full screen: on (F11)" : "Full screen: off (F11)", ACT_FULLSCREEN,
                 app->settings.fullscreen}};
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        int h = button_height(t, rows[i].label, STYLE_BODY, m.w, m.pad);
        int y = flow_reserve(&f, h + m.pad / 2);
        if (y >= 0)
            chrome_button(app, l, &m, y, rows[i].label, rows[i].a, 0, 0, rows[i].on);
    }
    flow_space(&f, m.gap);
    char results[1024];
    if (app->results_entry) {
        snprintf(line, sizeof line, "Results folder (type it, Enter to use it, Esc to cancel): %s|", app->results_edit);
        screens_note(app, l, &m, &f, line);
    } else {
        snprintf(line, sizeof line, "Results folder: %s", screens_results_dir(app, results, sizeof results));
        flow_paragraph(&f, line, STYLE_BODY, th->text, 0);
        const char *label = "Choose another results folder";
        int h = button_height(t, label, STYLE_BODY, m.w, m.pad);
        int y = flow_reserve(&f, h + m.pad / 2);
        if (y >= 0)
            chrome_button(app, l, &m, y, label, ACT_RESULTS_DIR, 0, 0, false);
    }
    char path[1200];
    snprintf(line, sizeof line, "Settings are kept in %s.", settings_path(path, sizeof path));
    flow_paragraph(&f, line, STYLE_SMALL, th->muted, 0);
    app->v->pages = flow_pages(&f);
}

/* Uses the typed folder: creates it, writes the open attempt there, remembers it. */
static void use_folder(App *app)
{
    Diag err;
    diag_clear(&err);
    app->results_entry = false;
    SDL_StopTextInput();
    if (!app->results_edit[0])
        return;
    if (paths_mkdirs(app->results_edit, &err)) {
        snprintf(app->message, sizeof app->message, "%s", err.message);
        return;
    }
    snprintf(app->results_override, sizeof app->results_override, "%s", app->results_edit);
    snprintf(app->settings.results_dir, sizeof app->settings.results_dir, "%s", app->results_edit);
    if (app->game.s && game_move_results(&app->game, app->results_edit)) {
        snprintf(app->message, sizeof app->message, "%s", app->game.save_error);
        return;
    }
    snprintf(app->message, sizeof app->message, "Results now go to %s%s.", app->results_edit,
             app->game.s ? "; this attempt, from its start, is saved there" : "");
}

static bool act(App *app, Action a, int arg)
{
    (void)arg;
    switch (a) {
    case ACT_TEXT_BIGGER:
    case ACT_TEXT_SMALLER:
    case ACT_THEME:
    case ACT_FULLSCREEN: return true; /* done by app_act; stay here */
    case ACT_RESULTS_DIR:
        app->results_entry = true;
        screens_results_dir(app, app->results_edit, sizeof app->results_edit);
        SDL_StartTextInput();
        return true;
    case ACT_CONTINUE:
        if (app->results_entry)
            use_folder(app);
        return true;
    case ACT_BACK:
        if (app->results_entry) {
            app->results_entry = false;
            SDL_StopTextInput();
            return true;
        }
        app->message[0] = '\0';
        screens_save_settings(app);
        app_go(app, app->settings_return);
        return true;
    default: return false;
    }
}

const Screen screen_settings = {layout, act};
