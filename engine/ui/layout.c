/* layout: box lists, flowing columns and pages. */
#include "layout.h"

#include "core/para.h"

#include <stdlib.h>
#include <string.h>

struct LayoutChunk {
    LayoutChunk *next;
    size_t used, cap;
    char data[];
};

void layout_reset(Layout *l)
{
    l->count = 0;
    l->overflow = false;
    /* Keep the newest (largest) chunk for the next layout; free the others. */
    if (l->chunks) {
        LayoutChunk *rest = l->chunks->next;
        while (rest) {
            LayoutChunk *next = rest->next;
            free(rest);
            rest = next;
        }
        l->chunks->next = NULL;
        l->chunks->used = 0;
    }
}

void layout_free(Layout *l)
{
    layout_reset(l);
    free(l->chunks);
    free(l->boxes);
    memset(l, 0, sizeof *l);
}

int layout_add(Layout *l, const Box *b)
{
    if (l->count == l->cap) {
        int ncap = l->cap ? l->cap * 2 : 256;
        Box *nb = realloc(l->boxes, (size_t)ncap * sizeof *nb);
        if (!nb) {
            l->overflow = true;
            return -1;
        }
        l->boxes = nb;
        l->cap = ncap;
    }
    l->boxes[l->count] = *b;
    return l->count++;
}

const char *layout_str(Layout *l, const char *s, size_t n)
{
    LayoutChunk *c = l->chunks;
    if (!c || c->cap - c->used < n + 1) {
        size_t cap = n + 1 > 64 * 1024 ? n + 1 : 64 * 1024;
        LayoutChunk *nc = malloc(sizeof *nc + cap);
        if (!nc) {
            l->overflow = true;
            return "";
        }
        nc->used = 0;
        nc->cap = cap;
        nc->next = c;
        l->chunks = c = nc;
    }
    char *p = c->data + c->used;
    memcpy(p, s, n);
    p[n] = '\0';
    c->used += n + 1;
    return p;
}

void flow_begin(Flow *f, Layout *l, Text *t, int x, int w, int top, int bottom, int want_page)
{
    *f = (Flow){l, t, x, w, top, bottom, top, 0, want_page, -1};
}

int flow_reserve(Flow *f, int h)
{
    if (f->y + h > f->bottom && f->y > f->top) {
        f->page++;
        f->y = f->top;
    }
    int y = f->y;
    f->y += h;
    return f->page == f->want ? y : -1;
}

void flow_break(Flow *f)
{
    if (f->y > f->top) {
        f->page++;
        f->y = f->top;
    }
}

void flow_space(Flow *f, int h)
{
    if (f->y > f->top)
        f->y += h;
}

int flow_pages(const Flow *f)
{
    return f->page + 1;
}

typedef struct LineCtx {
    Flow *f;
    TextStyle s;
    SDL_Color c;
    int indent;
} LineCtx;

static void add_line(void *ctx, const char *s, size_t n)
{
    LineCtx *lc = ctx;
    Flow *f = lc->f;
    int lh = text_line_height(f->text, lc->s);
    int y = flow_reserve(f, lh);
    if (y < 0)
        return;
    Box b = {.kind = BOX_TEXT, .r = {f->x + lc->indent, y, text_width(f->text, lc->s, s, n), lh}, .text = layout_str(f->l, s, n), .style = lc->s, .color = lc->c, .parent = f->parent};
    layout_add(f->l, &b);
}

int flow_paragraph(Flow *f, const char *text, TextStyle s, SDL_Color c, int indent)
{
    char safe[8192];
    text_sanitize(safe, sizeof safe, text);
    LineCtx lc = {f, s, c, indent};
    return text_wrap(f->text, s, safe, f->w - indent, add_line, &lc);
}

void flow_text(Flow *f, const char *text, TextStyle s, SDL_Color c, const char *const *speakers, int nspeakers,
               SDL_Color speaker_color)
{
    const char *p = text, *para_start;
    size_t para_len;
    bool first = true;
    while ((p = para_next(p, &para_start, &para_len))) {
        char para[8192];
        size_t n = para_len < sizeof para - 1 ? para_len : sizeof para - 1;
        memcpy(para, para_start, n);
        para[n] = '\0';
        if (!first)
            flow_space(f, text_line_height(f->text, s) / 2);
        first = false;
        int sp = -1;
        for (int i = 0; i < nspeakers; i++) {
            size_t len = strlen(speakers[i]);
            if (strncmp(para, speakers[i], len) == 0 && para[len] == ':')
                sp = i;
        }
        if (sp >= 0) {
            /* Dialogue: the speaker's name on its own line, then the words, indented. */
            flow_paragraph(f, speakers[sp], STYLE_BOLD, speaker_color, 0);
            flow_paragraph(f, para + strlen(speakers[sp]) + 1, s, c, text_px(f->text, s));
        } else {
            flow_paragraph(f, para, s, c, 0);
        }
    }
}

typedef struct Measure {
    int lines;
} Measure;

static void count_line(void *ctx, const char *s, size_t n)
{
    (void)s;
    (void)n;
    ((Measure *)ctx)->lines++;
}

/* Button labels may hold several lines ("\n"); each is wrapped on its own. */
static int wrap_segments(Text *t, TextStyle s, const char *label, int width, void (*line)(void *, const char *, size_t),
                         void *ctx)
{
    int lines = 0;
    const char *p = label;
    for (;;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char seg[4096], safe[4096];
        if (n >= sizeof seg)
            n = sizeof seg - 1;
        memcpy(seg, p, n);
        seg[n] = '\0';
        text_sanitize(safe, sizeof safe, seg);
        lines += text_wrap(t, s, safe, width, line, ctx);
        if (!nl)
            break;
        p = nl + 1;
    }
    return lines;
}

int button_height(Text *t, const char *label, TextStyle s, int w, int pad)
{
    Measure m = {0};
    wrap_segments(t, s, label, w - 2 * pad, count_line, &m);
    return (m.lines ? m.lines : 1) * text_line_height(t, s) + 2 * pad;
}

typedef struct ButtonCtx {
    Layout *l;
    Text *t;
    int x, y, parent;
    TextStyle s;
    SDL_Color c;
} ButtonCtx;

static void button_line(void *ctx, const char *s, size_t n)
{
    ButtonCtx *bc = ctx;
    int lh = text_line_height(bc->t, bc->s);
    Box b = {.kind = BOX_TEXT, .r = {bc->x, bc->y, text_width(bc->t, bc->s, s, n), lh}, .text = layout_str(bc->l, s, n), .style = bc->s, .color = bc->c, .parent = bc->parent};
    layout_add(bc->l, &b);
    bc->y += lh;
}

int layout_button(Layout *l, Text *t, int x, int y, int w, int pad, const char *label, TextStyle s, int action,
                  int arg, int hotkey, SDL_Color fill, SDL_Color color, bool selected)
{
    int h = button_height(t, label, s, w, pad);
    Box b = {.kind = BOX_BUTTON, .r = {x, y, w, h}, .style = s, .color = color, .fill = fill, .parent = -1, .action = action, .arg = arg, .hotkey = hotkey, .selected = selected};
    int idx = layout_add(l, &b);
    ButtonCtx bc = {l, t, x + pad, y + pad, idx, s, color};
    wrap_segments(t, s, label, w - 2 * pad, button_line, &bc);
    return h;
}

int layout_label(Layout *l, Text *t, int x, int y, const char *s, TextStyle style, SDL_Color c)
{
    char safe[4096];
    text_sanitize(safe, sizeof safe, s);
    int lh = text_line_height(t, style);
    Box b = {.kind = BOX_TEXT, .r = {x, y, text_width(t, style, safe, strlen(safe)), lh}, .text = layout_str(l, safe, strlen(safe)), .style = style, .color = c, .parent = -1};
    layout_add(l, &b);
    return lh;
}
