/* layout: what a screen shows, as a list of boxes (text lines, buttons, panels, bars), and
 * helpers that flow content down a column and split it into pages.
 *
 * Laying out produces plain data: the renderer draws it, input finds buttons in it, and
 * the layout tests check that no box leaves the window or overlaps another.
 * Ownership: a Layout owns its boxes and their strings until layout_reset/layout_free. */
#ifndef RJ_LAYOUT_H
#define RJ_LAYOUT_H

#include "text.h"

#include <SDL.h>
#include <stdbool.h>

typedef enum BoxKind { BOX_TEXT, BOX_BUTTON, BOX_PANEL, BOX_BAR, BOX_INPUT } BoxKind;

typedef struct Box {
    BoxKind kind;
    SDL_Rect r;
    const char *text;   /* BOX_TEXT: one line; owned by the layout */
    TextStyle style;
    SDL_Color color;    /* text or fill colour */
    SDL_Color fill;     /* BOX_BUTTON / BOX_PANEL background; BOX_BAR track */
    int parent;         /* index of the button or panel this box sits in, -1 for none */
    int action, arg;    /* BOX_BUTTON: what activating it does */
    int hotkey;         /* BOX_BUTTON: the digit that activates it (1-9), 0 for none */
    double value;       /* BOX_BAR: 0-1 */
    bool selected;      /* BOX_BUTTON: shown as chosen/on */
    bool vertical;      /* BOX_BAR: fills from the bottom instead of from the left */
} Box;

typedef struct LayoutChunk LayoutChunk;

typedef struct Layout {
    Box *boxes;
    int count, cap;
    LayoutChunk *chunks; /* the boxes' strings; chunks never move, so pointers stay valid */
    bool overflow;       /* out of memory while laying out: some boxes are missing */
} Layout;

void layout_reset(Layout *l);
void layout_free(Layout *l);
/* Appends a box; returns its index, or -1 when out of memory (l->overflow is set). */
int layout_add(Layout *l, const Box *b);
/* Copies n bytes of s into the layout's pool. */
const char *layout_str(Layout *l, const char *s, size_t n);

/* A column that content flows down, split into pages of the same height. Blocks that do
 * not fit what is left of a page start the next one; only the wanted page's blocks are
 * added to the layout. */
typedef struct Flow {
    Layout *l;
    Text *text;
    int x, w, top, bottom;
    int y;          /* next free y on the current page */
    int page, want; /* page being filled; page to show */
    int parent;
} Flow;

void flow_begin(Flow *f, Layout *l, Text *t, int x, int w, int top, int bottom, int want_page);
/* Reserves h pixels; returns the y to draw at when on the wanted page, else -1. */
int flow_reserve(Flow *f, int h);
/* Starts a new page unless the current one is empty. */
void flow_break(Flow *f);
void flow_space(Flow *f, int h);
int flow_pages(const Flow *f); /* pages used so far */
/* Adds a paragraph wrapped to the column (indent pixels from its left); returns lines. */
int flow_paragraph(Flow *f, const char *text, TextStyle s, SDL_Color c, int indent);
/* Adds text that may hold several paragraphs separated by blank lines. A paragraph that
 * starts with a speaker's name and a colon is set with the name in bold. */
void flow_text(Flow *f, const char *text, TextStyle s, SDL_Color c, const char *const *speakers, int nspeakers,
               SDL_Color speaker_color);

/* Adds a button of width w at (x, y) whose label wraps inside it; returns its height.
 * Used by flows too: measure first with button_height. */
int button_height(Text *t, const char *label, TextStyle s, int w, int pad);
int layout_button(Layout *l, Text *t, int x, int y, int w, int pad, const char *label, TextStyle s, int action,
                  int arg, int hotkey, SDL_Color fill, SDL_Color color, bool selected);
/* One line of text at (x, y). */
int layout_label(Layout *l, Text *t, int x, int y, const char *s, TextStyle style, SDL_Color c);

#endif
