/* screen_settings: text size, theme, full screen and the results folder; saved on leaving. */
#include "screens.h"

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
    snprintf(line, sizeof line, "Results folder: %s", screens_results_dir(app, results, sizeof results));
    flow_paragraph(&f, line, STYLE_BODY, th->text, 0);
    flow_paragraph(&f,
                   "Change it with rjsim --results DIR, the RJSIM_RESULTS environment variable, or the results_dir "
                   "line of the settings file:",
                   STYLE_SMALL, th->muted, 0);
    char path[1200];
    flow_paragraph(&f, settings_path(path, sizeof path), STYLE_SMALL, th->muted, 0);
    app->v->pages = flow_pages(&f);
}

static bool act(App *app, Action a, int arg)
{
    (void)arg;
    switch (a) {
    case ACT_TEXT_BIGGER:
    case ACT_TEXT_SMALLER:
    case ACT_THEME:
    case ACT_FULLSCREEN: return true; /* done by app_act; stay here */
    case ACT_BACK:
        app->message[0] = '\0';
        screens_save_settings(app);
        app_go(app, SCREEN_TITLE);
        return true;
    default: return false;
    }
}

const Screen screen_settings = {layout, act};
