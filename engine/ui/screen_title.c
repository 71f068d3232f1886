/* screen_title: the trainee's name, the mode, and the way into the library, history and
 * settings. The name is typed straight in (SDL text input). */
#include "screens.h"

#include <stdio.h>
#include <string.h>

static void layout(App *app, Layout *l)
{
    Metrics m;
    chrome_metrics(app, &m);
    const Theme *th = &app->theme;
    Text *t = app->v->text;
    static const FooterButton foot[] = {{"Settings", ACT_SETTINGS, 0}, {"Quit", ACT_QUIT, 0}};
    chrome_footer(app, l, &m, foot, 2, "Tab moves, Enter chooses, F11 full screen");
    Flow f;
    flow_begin(&f, l, t, m.x, m.w, m.top, m.bottom, app->v->page);
    flow_space(&f, m.gap);
    flow_paragraph(&f, "rjsim", STYLE_TITLE, th->accent, 0);
    flow_paragraph(&f, "Restorative-justice practice for prosecutors and police", STYLE_BODY, th->muted, 0);
    flow_space(&f, m.gap);
    if (app->message[0])
        screens_note(app, l, &m, &f, app->message);
    flow_paragraph(&f, "Your name", STYLE_BOLD, th->text, 0);
    int ih = text_line_height(t, STYLE_BODY) + 2 * m.pad, y = flow_reserve(&f, ih);
    if (y >= 0) {
        Box input = {.kind = BOX_INPUT, .r = {m.x, y, m.w, ih}, .style = STYLE_BODY, .color = th->text, .fill = th->panel, .parent = -1, .action = ACT_NAME};
        int idx = layout_add(l, &input);
        char shown[160];
        snprintf(shown, sizeof shown, "%s|", app->name_edit);
        Box line = {.kind = BOX_TEXT, .r = {m.x + m.pad, y + m.pad, 0, text_line_height(t, STYLE_BODY)}, .style = STYLE_BODY, .color = th->text, .fill = th->panel, .parent = idx};
        char safe[320];
        text_sanitize(safe, sizeof safe, shown);
        /* Show the end of a name too long for the field. */
        const char *p = safe;
        while (*p && text_width(t, STYLE_BODY, p, strlen(p)) > m.w - 2 * m.pad)
            do /* a character at a time: a cut one would be measured as nothing */
                p++;
            while (((unsigned char)*p & 0xC0) == 0x80);
        line.text = layout_str(l, p, strlen(p));
        line.r.w = text_width(t, STYLE_BODY, p, strlen(p));
        layout_add(l, &line);
    }
    flow_space(&f, m.gap);
    flow_paragraph(&f, "Mode", STYLE_BOLD, th->text, 0);
    bool practice = strcmp(app->settings.mode, "practice") == 0;
    const char *labels[2] = {"Practice: feedback after each choice; you can step back one decision",
                             "Assessment: no feedback or stepping back until the debrief"};
    for (int i = 0; i < 2; i++) {
        /* A box that is ticked or not: the state is in the text, not only in the border. */
        char label[200];
        snprintf(label, sizeof label, "[%s] %s", (i == 0) == practice ? "x" : " ", labels[i]);
        int h = button_height(t, label, STYLE_BODY, m.w, m.pad);
        int by = flow_reserve(&f, h + m.pad / 2);
        if (by >= 0)
            chrome_button(app, l, &m, by, label, ACT_MODE, i, 0, (i == 0) == practice);
    }
    flow_space(&f, m.gap);
    const char *go[3] = {"Choose a scenario", "My history", "Run a workshop for a room"};
    Action acts[3] = {ACT_START, ACT_HISTORY, ACT_WORKSHOP};
    for (int i = 0; i < 3; i++) {
        int h = button_height(t, go[i], STYLE_BODY, m.w, m.pad);
        int by = flow_reserve(&f, h + m.pad / 2);
        if (by >= 0)
            chrome_button(app, l, &m, by, go[i], acts[i], 0, 0, false);
    }
    app->v->pages = flow_pages(&f);
}

static bool act(App *app, Action a, int arg)
{
    switch (a) {
    case ACT_MODE:
        snprintf(app->settings.mode, sizeof app->settings.mode, "%s", arg == 0 ? "practice" : "assessment");
        return true;
    case ACT_CONTINUE:
    case ACT_START:
    case ACT_WORKSHOP:
    case ACT_HISTORY: {
        /* Trim the name; an empty one is asked for rather than guessed. */
        char *s = app->name_edit;
        while (*s == ' ')
            memmove(s, s + 1, strlen(s));
        size_t n = strlen(s);
        while (n && s[n - 1] == ' ')
            s[--n] = '\0';
        if (!*s) {
            snprintf(app->message, sizeof app->message, "Type your name first: your attempts are saved under it.");
            return true;
        }
        app->message[0] = '\0';
        app->workshop = a == ACT_WORKSHOP;
        screens_save_settings(app);
        char results[1024];
        library_scores(&app->library, screens_results_dir(app, results, sizeof results), app->name_edit);
        app_go(app, a == ACT_HISTORY ? SCREEN_HISTORY : SCREEN_LIBRARY);
        return true;
    }
    case ACT_SETTINGS:
        app->settings_return = SCREEN_TITLE;
        app_go(app, SCREEN_SETTINGS);
        return true;
    case ACT_BACK: app->quit = true; return true;
    default: return false;
    }
}

const Screen screen_title = {layout, act};
