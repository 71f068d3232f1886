/* text: fonts, wrapping and the line-texture cache. */
#include "text.h"

#include "core/utf8.h"

#include <SDL_ttf.h>
#include <stdbool.h>
#include <stdint.h>
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

/* Measures n bytes (copied, since SDL_ttf wants NUL-terminated text). Text longer than
 * the stack buffer is copied to the heap rather than cut, which could split a character
 * (SDL_ttf then measures nothing) or make a long word look narrow enough to fit. */
int text_width(Text *t, TextStyle s, const char *str, size_t n)
{
    char stack[MAX_LINE], *buf = n < sizeof stack ? stack : malloc(n + 1);
    int w = 0, h = 0;
    if (!buf || !t->font[s])
        goto done;
    memcpy(buf, str, n);
    buf[n] = '\0';
    TTF_SizeUTF8(t->font[s], buf, &w, &h);
done:
    if (buf != stack)
        free(buf);
    return w;
}

/* The start of the character after c, never past end: text reaching here is sanitized,
 * but a stray continuation byte must not step over the end of a word. */
static const char *next_char(const char *c, const char *end)
{
    do
        c++;
    while (c < end && ((unsigned char)*c & 0xC0) == 0x80);
    return c;
}

/* The first character boundary at or after q, never past end. */
static const char *boundary(const char *q, const char *end)
{
    while (q < end && ((unsigned char)*q & 0xC0) == 0x80)
        q++;
    return q < end ? q : end;
}

size_t text_fit(Text *t, TextStyle s, const char *str, size_t n, int width)
{
    const char *end = str + n;
    if (n == 0)
        return 0;
    /* lo: an end known to fit (or the first character, taken anyway); hi: an end known not
     * to. Measuring is linear in the length measured, so the search gallops from the start
     * (8, 16, 32... bytes) and then halves: a line of L bytes costs about L log L, however
     * long the text after it (a word of thousands of characters is cut line by line). */
    const char *lo = next_char(str, end), *hi = NULL;
    for (size_t span = 8; !hi; span *= 2) {
        if (lo == end)
            return n;
        const char *probe = boundary(span < (size_t)(end - lo) ? lo + span : end, end);
        if (text_width(t, s, str, (size_t)(probe - str)) <= width)
            lo = probe;
        else
            hi = probe;
    }
    while (next_char(lo, end) < hi) {
        const char *mid = lo + (hi - lo) / 2;
        while (mid > lo && ((unsigned char)*mid & 0xC0) == 0x80)
            mid--;
        if (mid == lo)
            mid = next_char(lo, end);
        if (text_width(t, s, str, (size_t)(mid - str)) <= width)
            lo = mid;
        else
            hi = mid;
    }
    return (size_t)(lo - str);
}

int text_wrap(Text *t, TextStyle s, const char *str, int width, void (*line)(void *, const char *, size_t), void *ctx)
{
    int lines = 0;
    const char *p = str, *start = NULL, *end = NULL;
    for (;;) {
        while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
            p++;
        if (!*p)
            break;
        const char *w = p;
        while (*p && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
            p++;
        /* The line as it would be drawn, measured whole: adding up words and spaces drifts
         * by a pixel or more (kerning, rounding, runs of spaces). */
        if (start && text_width(t, s, start, (size_t)(p - start)) <= width) {
            end = p;
            continue;
        }
        int ww = text_width(t, s, w, (size_t)(p - w));
        if (start) {
            line(ctx, start, (size_t)(end - start));
            lines++;
            start = NULL;
        }
        /* A word wider than the line is cut at character boundaries; its last piece starts
         * the next line. A single character wider than the line stays whole (and overflows):
         * cutting it would leave an empty line. */
        if (ww > width) {
            while (next_char(w, p) < p) {
                size_t cut = text_fit(t, s, w, (size_t)(p - w), width);
                if (cut == (size_t)(p - w)) /* the rest fits: it starts the next line */
                    break;
                line(ctx, w, cut);
                lines++;
                w += cut;
            }
        }
        start = w;
        end = p;
    }
    if (start) {
        line(ctx, start, (size_t)(end - start));
        lines++;
    }
    return lines;
}

void text_shorten(Text *t, TextStyle s, char *str, size_t size, int width)
{
    size_t n = strlen(str);
    if (size < 4 || text_width(t, s, str, n) <= width)
        return;
    int dots = text_width(t, s, "...", 3);
    size_t keep = dots < width ? text_fit(t, s, str, n, width - dots) : 0;
    /* text_fit takes at least one character; drop it when even that is too wide. */
    if (keep && text_width(t, s, str, keep) + dots > width)
        keep = 0;
    if (keep > size - 4) { /* room for "..." and the NUL, at a character boundary */
        keep = size - 4;
        while (keep > 0 && ((unsigned char)str[keep] & 0xC0) == 0x80)
            keep--;
    }
    memcpy(str + keep, "...", 4);
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
    const char *p = src;
    while (*p && o + 4 < size) {
        unsigned long cp = 0;
        size_t n = utf8_decode(p, SIZE_MAX, &cp);
        if (n == 0) {
            memcpy(dst + o, "\xEF\xBF\xBD", 3);
            o += 3;
            p++;
        } else if (cp == '\t' || cp == '\n' || cp == 0x2028 || cp == 0x2029) {
            dst[o++] = ' '; /* breaks, line and paragraph separators: wrapping places lines */
            p += n;
        } else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            p += n; /* C0, DEL and C1 controls: SDL_ttf would draw boxes or worse */
        } else {
            memcpy(dst + o, p, n);
            o += n;
            p += n;
        }
    }
    dst[o] = '\0';
    return dst;
}
