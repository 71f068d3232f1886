/* text: fonts, wrapping and the line-texture cache. */
#include "text.h"

#include <SDL_ttf.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { BUCKETS = 1024, EVICT_AFTER = 120, MAX_LINE = 4096 };

typedef struct Entry {
    struct Entry *next;
    unsigned long hash;
    int style, px;
    char *str;
    SDL_Texture *tex;
    int w, h;
    unsigned long used;
} Entry;

struct Text {
    SDL_Renderer *r;
    char font_path[3][1024]; /* regular, bold, italic */
    TTF_Font *font[STYLE_COUNT];
    int px[STYLE_COUNT];
    Entry *bucket[BUCKETS];
    size_t count;
    unsigned long frame;
};

static int file_of(TextStyle s)
{
    switch (s) {
    case STYLE_BOLD:
    case STYLE_HEADING:
    case STYLE_TITLE: return 1;
    case STYLE_ITALIC: return 2;
    default: return 0;
    }
}

Text *text_create(SDL_Renderer *r, const char *font_dir, char *err, size_t errsize)
{
    static const char *const files[3] = {"AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf",
                                         "AtkinsonHyperlegible-Italic.ttf"};
    Text *t = calloc(1, sizeof *t);
    if (!t) {
        snprintf(err, errsize, "out of memory");
        return NULL;
    }
    t->r = r;
    for (int i = 0; i < 3; i++) {
        snprintf(t->font_path[i], sizeof t->font_path[i], "%s/%s", font_dir, files[i]);
        SDL_RWops *f = SDL_RWFromFile(t->font_path[i], "rb");
        if (!f) {
            snprintf(err, errsize, "cannot open the font %s: %s", t->font_path[i], SDL_GetError());
            free(t);
            return NULL;
        }
        SDL_RWclose(f);
    }
    text_set_base(t, 24);
    for (int s = 0; s < STYLE_COUNT; s++)
        if (!t->font[s]) {
            snprintf(err, errsize, "cannot load the font %s: %s", t->font_path[file_of((TextStyle)s)], TTF_GetError());
            text_destroy(t);
            return NULL;
        }
    return t;
}

void text_destroy(Text *t)
{
    if (!t)
        return;
    text_flush(t);
    for (int s = 0; s < STYLE_COUNT; s++)
        if (t->font[s])
            TTF_CloseFont(t->font[s]);
    free(t);
}

void text_set_base(Text *t, int body_px)
{
    static const double factor[STYLE_COUNT] = {1.0, 1.0, 1.0, 1.3, 1.9, 0.82};
    if (body_px < 8)
        body_px = 8;
    if (t->px[STYLE_BODY] == body_px && t->font[STYLE_BODY])
        return;
    text_flush(t);
    for (int s = 0; s < STYLE_COUNT; s++) {
        int px = (int)(body_px * factor[s] + 0.5);
        if (t->font[s])
            TTF_CloseFont(t->font[s]);
        t->font[s] = TTF_OpenFont(t->font_path[file_of((TextStyle)s)], px);
        t->px[s] = px;
    }
}

int text_px(const Text *t, TextStyle s)
{
    return t->px[s];
}

int text_line_height(Text *t, TextStyle s)
{
    return t->font[s] ? TTF_FontLineSkip(t->font[s]) : t->px[s];
}

/* Measures n bytes (copied, since SDL_ttf wants NUL-terminated text). */
int text_width(Text *t, TextStyle s, const char *str, size_t n)
{
    char buf[MAX_LINE];
    int w = 0, h = 0;
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, str, n);
    buf[n] = '\0';
    if (t->font[s])
        TTF_SizeUTF8(t->font[s], buf, &w, &h);
    return w;
}

static size_t utf8_len(const char *s)
{
    unsigned char c = (unsigned char)*s;
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

int text_wrap(Text *t, TextStyle s, const char *str, int width, void (*line)(void *, const char *, size_t), void *ctx)
{
    int lines = 0, space = text_width(t, s, " ", 1);
    const char *p = str, *start = NULL, *end = NULL;
    int line_w = 0;
    for (;;) {
        while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
            p++;
        if (!*p)
            break;
        const char *w = p;
        while (*p && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
            p++;
        int ww = text_width(t, s, w, (size_t)(p - w));
        if (start && line_w + space + ww <= width) {
            end = p;
            line_w += space + ww;
            continue;
        }
        if (start) {
            line(ctx, start, (size_t)(end - start));
            lines++;
            start = NULL;
        }
        /* A word wider than the line is cut at character boundaries. */
        while (ww > width && p - w > 1) {
            const char *cut = w;
            size_t step;
            while (*cut && cut < p && text_width(t, s, w, (size_t)(cut + (step = utf8_len(cut)) - w)) <= width)
                cut += step;
            if (cut == w)
                cut += utf8_len(w);
            line(ctx, w, (size_t)(cut - w));
            lines++;
            w = cut;
            ww = text_width(t, s, w, (size_t)(p - w));
        }
        start = w;
        end = p;
        line_w = ww;
    }
    if (start) {
        line(ctx, start, (size_t)(end - start));
        lines++;
    }
    return lines;
}

static unsigned long hash_key(int style, int px, const char *s)
{
    unsigned long h = 1469598103UL ^ (unsigned long)(style * 31 + px);
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619UL;
    return h;
}

static Entry *lookup(Text *t, TextStyle s, const char *str)
{
    unsigned long h = hash_key(s, t->px[s], str);
    Entry **slot = &t->bucket[h % BUCKETS];
    for (Entry *e = *slot; e; e = e->next)
        if (e->hash == h && e->style == (int)s && e->px == t->px[s] && strcmp(e->str, str) == 0)
            return e;
    SDL_Color white = {255, 255, 255, 255};
    SDL_Surface *surf = t->font[s] ? TTF_RenderUTF8_Blended(t->font[s], str, white) : NULL;
    if (!surf)
        return NULL;
    Entry *e = calloc(1, sizeof *e);
    if (e)
        e->str = strdup(str);
    if (e && e->str)
        e->tex = SDL_CreateTextureFromSurface(t->r, surf);
    SDL_FreeSurface(surf);
    if (!e || !e->str || !e->tex) {
        if (e)
            free(e->str);
        free(e);
        return NULL;
    }
    SDL_QueryTexture(e->tex, NULL, NULL, &e->w, &e->h);
    e->hash = h;
    e->style = s;
    e->px = t->px[s];
    e->next = *slot;
    *slot = e;
    t->count++;
    return e;
}

void text_draw(Text *t, TextStyle s, const char *str, int x, int y, SDL_Color c)
{
    char safe[MAX_LINE];
    text_sanitize(safe, sizeof safe, str);
    if (!safe[0])
        return;
    Entry *e = lookup(t, s, safe);
    if (!e)
        return;
    e->used = t->frame;
    SDL_SetTextureColorMod(e->tex, c.r, c.g, c.b);
    SDL_SetTextureAlphaMod(e->tex, c.a);
    SDL_Rect dst = {x, y, e->w, e->h};
    SDL_RenderCopy(t->r, e->tex, NULL, &dst);
}

static void evict(Text *t, unsigned long older_than, int all)
{
    for (int b = 0; b < BUCKETS; b++) {
        Entry **slot = &t->bucket[b];
        while (*slot) {
            Entry *e = *slot;
            if (all || e->used < older_than) {
                *slot = e->next;
                SDL_DestroyTexture(e->tex);
                free(e->str);
                free(e);
                t->count--;
            } else {
                slot = &e->next;
            }
        }
    }
}

void text_end_frame(Text *t)
{
    t->frame++;
    if (t->frame > EVICT_AFTER && t->count > 512)
        evict(t, t->frame - EVICT_AFTER, 0);
}

void text_flush(Text *t)
{
    evict(t, 0, 1);
}

size_t text_cached(const Text *t)
{
    return t->count;
}

char *text_sanitize(char *dst, size_t size, const char *src)
{
    size_t o = 0;
    const unsigned char *p = (const unsigned char *)src;
    while (*p && o + 4 < size) {
        unsigned char c = *p;
        size_t n = c < 0x80 ? 1 : (c >= 0xC2 && c < 0xE0) ? 2 : (c >= 0xE0 && c < 0xF0) ? 3 : (c >= 0xF0 && c < 0xF5) ? 4 : 0;
        bool ok = n > 0;
        for (size_t k = 1; ok && k < n; k++)
            ok = (p[k] & 0xC0) == 0x80;
        if (ok && n == 3 && ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0)))
            ok = false; /* overlong or surrogate */
        if (ok && n == 4 && ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90)))
            ok = false;
        if (!ok) {
            memcpy(dst + o, "\xEF\xBF\xBD", 3);
            o += 3;
            p++;
            continue;
        }
        if (n == 1 && (c < 0x20 || c == 0x7F)) {
            if (c == '\t' || c == '\n')
                dst[o++] = ' ';
            p++;
            continue;
        }
        memcpy(dst + o, p, n);
        o += n;
        p += n;
    }
    dst[o] = '\0';
    return dst;
}
