/* chrome: what every screen shares — sizes in units of the window, the header line and
 * the footer row of buttons with the page indicator. Internal to engine/ui. */
#ifndef RJ_CHROME_H
#define RJ_CHROME_H

#include "app.h"

typedef struct Metrics {
    int W, H;      /* drawable size in pixels */
    int margin;    /* outer margin */
    int x, w;      /* the reading column: centred, at most ~70 characters wide */
    int top, bottom; /* content area between header and footer */
    int gap, pad;  /* spacing between blocks; padding inside buttons */
} Metrics;

typedef struct FooterButton {
    const char *label;
    Action action;
    int arg;
} FooterButton;

/* Computes sizes from the window and the text-size setting (and sets the font size). */
void chrome_metrics(App *app, Metrics *m);
/* The header: a title on the left, a short note (e.g. the trainee) on the right. */
void chrome_header(App *app, Layout *l, Metrics *m, const char *title, const char *note);
/* The footer: buttons on the right, the page indicator (when pages > 1) and a keyboard
 * hint on the left as room allows. Sets m->bottom above it. */
void chrome_footer(App *app, Layout *l, Metrics *m, const FooterButton *buttons, int n, const char *hint);
/* A full-width button in the reading column at y; returns its height. */
int chrome_button(App *app, Layout *l, const Metrics *m, int y, const char *label, Action a, int arg, int hotkey,
                  bool selected);

#endif
