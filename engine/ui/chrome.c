/* chrome: metrics, header and footer. */
#include "chrome.h"

#include <stdio.h>
#include <string.h>

void chrome_metrics(App *app, Metrics *m)
{
    m->W = app->v->out_w;
    m->H = app->v->out_h;
    /* Body text is 1/28 of the height at the default setting (about 26 px at 720p, 77 px at
     * 2160p), but never so large that a line holds fewer than ~45 characters. */
    /* On a projection, body text is 1/22 of the screen height (at least the 1/25 a room
     * needs to read it from the back). */
    double body = m->H / (app->v->role == VIEW_PROJECTION ? 22.0 : 28.0) * app->settings.text_scale;
    if (body > m->W / 30.0)
        body = m->W / 30.0;
    text_set_base(app->v->text, (int)body);
    int px = text_px(app->v->text, STYLE_BODY);
    m->margin = m->W / 24;
    m->w = m->W - 2 * m->margin;
    if (m->w > px * 36)
        m->w = px * 36;
    m->x = (m->W - m->w) / 2;
    m->gap = px * 3 / 4;
    m->pad = px / 2;
    m->top = m->margin / 2;
    m->bottom = m->H - m->margin / 2;
}

void chrome_header(App *app, Layout *l, Metrics *m, const char *title, const char *note)
{
    Text *t = app->v->text;
    int y = m->top, lh = text_line_height(t, STYLE_HEADING);
    int room = m->W - 2 * m->margin;
    char safe[512];
    text_sanitize(safe, sizeof safe, note ? note : "");
    int note_w = text_width(t, STYLE_SMALL, safe, strlen(safe));
    int title_w = text_width(t, STYLE_HEADING, title, strlen(title));
    /* The note gives way when the title needs the room. */
    if (note && *note && title_w + note_w + m->gap <= room)
        layout_label(l, t, m->W - m->margin - note_w, y + (lh - text_line_height(t, STYLE_SMALL)) / 2, safe, STYLE_SMALL,
                     app->theme.muted);
    Flow f;
    flow_begin(&f, l, t, m->margin, note && *note && title_w + note_w + m->gap <= room ? room - note_w - m->gap : room,
               y, m->H, 0);
    flow_paragraph(&f, title, STYLE_HEADING, app->theme.accent, 0);
    Box rule = {.kind = BOX_PANEL, .r = {m->margin, f.y + m->gap / 3, room, 2}, .style = STYLE_BODY, .color = app->theme.border, .fill = app->theme.border, .parent = -1};
    layout_add(l, &rule);
    m->top = f.y + m->gap;
}

void chrome_footer(App *app, Layout *l, Metrics *m, const FooterButton *buttons, int n, const char *hint)
{
    Text *t = app->v->text;
    int h = text_line_height(t, STYLE_BODY) + 2 * m->pad;
    int y = m->bottom - h, x = m->W - m->margin;
    for (int i = n - 1; i >= 0; i--) {
        /* Page buttons appear only where they lead somewhere. */
        if ((buttons[i].action == ACT_PREV_PAGE && app->v->page == 0) ||
            (buttons[i].action == ACT_NEXT_PAGE && app->v->page + 1 >= app->v->pages))
            continue;
        int w = text_width(t, STYLE_BODY, buttons[i].label, strlen(buttons[i].label)) + 2 * m->pad;
        x -= w;
        layout_button(l, t, x, y, w, m->pad, buttons[i].label, STYLE_BODY, buttons[i].action, buttons[i].arg, 0,
                      app->theme.button, app->theme.button_text, false);
        x -= m->pad;
    }
    /* Left of the buttons: "Page 2 of 3", then the keyboard hint, as far as room allows. */
    int lx = m->margin, room = x - m->margin, sh = text_line_height(t, STYLE_SMALL);
    int ly = y + (h - sh) / 2;
    if (app->v->pages > 1) {
        char pg[64];
        snprintf(pg, sizeof pg, "Page %d of %d", app->v->page + 1, app->v->pages);
        int w = text_width(t, STYLE_BOLD, pg, strlen(pg));
        if (w <= room) {
            layout_label(l, t, lx, y + (h - text_line_height(t, STYLE_BOLD)) / 2, pg, STYLE_BOLD, app->theme.text);
            lx += w + m->gap;
            room -= w + m->gap;
        }
    }
    if (hint && text_width(t, STYLE_SMALL, hint, strlen(hint)) <= room)
        layout_label(l, t, lx, ly, hint, STYLE_SMALL, app->theme.muted);
    Box rule = {.kind = BOX_PANEL, .r = {m->margin, y - m->gap / 2, m->W - 2 * m->margin, 2}, .style = STYLE_BODY, .color = app->theme.border, .fill = app->theme.border, .parent = -1};
    layout_add(l, &rule);
    m->bottom = y - m->gap;
}

int chrome_button(App *app, Layout *l, const Metrics *m, int y, const char *label, Action a, int arg, int hotkey,
                  bool selected)
{
    return layout_button(l, app->v->text, m->x, y, m->w, m->pad, label, STYLE_BODY, a, arg, hotkey,
                         app->theme.button, app->theme.button_text, selected);
}
