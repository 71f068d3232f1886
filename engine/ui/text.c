/* text: fonts, wrapping and the line-texture cache. */
#include "text.h"

#include "fonts.h"

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
    Fonts *fonts;
    Entry *bucket[BUCKETS];
    size_t count;
    unsigned long frame;
};

Text *text_create(SDL_Renderer *r, const char *font_dir, char *err, size_t errsize)
{
    Text *t = calloc(1, sizeof *t);
    if (!t) {
        snprintf(err, errsize, "out of memory");
        return NULL;
    }
    t->r = r;
    if (!(t->fonts = fonts_create(font_dir, getenv("RJSIM_FALLBACK_FONTS"), err, errsize))) {
        free(t);
        return NULL;
    }
    return t;
}

void text_destroy(Text *t)
{
    if (!t)
        return;
    text_flush(t);
    fonts_destroy(t->fonts);
    free(t);
}

void text_set_base(Text *t, int body_px)
{
    if (body_px < 8)
        body_px = 8;
    if (fonts_px(t->fonts, STYLE_BODY) == body_px)
        return;
    text_flush(t);
    fonts_set_base(t->fonts, body_px);
}

int text_px(const Text *t, TextStyle s)
{
    return fonts_px(t->fonts, s);
}

int text_line_height(Text *t, TextStyle s)
{
    return fonts_line_height(t->fonts, s);
}

bool text_has_fallback(const Text *t)
{
    return fonts_have_fallback(t->fonts);
}

/* Measures n bytes (copied, since SDL_ttf wants NUL-terminated text). Text longer than
 * the stack buffer is copied to the heap rather than cut, which could split a character
 * (SDL_ttf then measures nothing) or make a long word look narrow enough to fit. */
int text_width(Text *t, TextStyle s, const char *str, size_t n)
{
    char stack[MAX_LINE], *buf = n < sizeof stack ? stack : malloc(n + 1);
    int w = 0;
    if (!buf)
        return 0;
    memcpy(buf, str, n);
    buf[n] = '\0';
    w = fonts_width(t->fonts, s, buf);
    if (buf != stack)
        free(buf);
    return w;
}

size_t text_unshown(Text *t, TextStyle s, const char *str)
{
    return fonts_unshown(t->fonts, s, str);
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
    int lines = 0, space = text_width(t, s, " ", 1), slack = text_px(t, s) / 8 + 2;
    int line_w = 0, joins = 0; /* the line's width as guessed, and the words added since measured */
    const char *p = str, *start = NULL, *end = NULL;
    for (;;) {
        while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
            p++;
        if (!*p)
            break;
        const char *w = p;
        while (*p && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
            p++;
        int ww = text_width(t, s, w, (size_t)(p - w));
        if (start) {
            /* Adding up words and spaces drifts from the width of the line as drawn
             * (kerning, rounding), by less than slack a word. Far from the edge the sum
             * decides; near it the line is measured whole, so no line is ever too wide and
             * a paragraph costs about one whole-line measurement a line. */
            int gap = w - end == 1 ? space : text_width(t, s, end, (size_t)(w - end));
            int guess = line_w + gap + ww, drift = (joins + 1) * slack;
            bool fits = guess + drift <= width;
            if (!fits && guess - drift <= width && (guess = text_width(t, s, start, (size_t)(p - start))) <= width) {
                fits = true;
                joins = -1;
            }
            if (fits) {
                end = p;
                line_w = guess;
                joins++;
                continue;
            }
        }
        if (start) {
            line(ctx, start, (size_t)(end - start));
            lines++;
            start = NULL;
        }
        /* A word wider than the line is cut at character boundaries; its last piece starts
         * the next line. A single character wider than the line stays whole (and overflows):
         * cutting it would leave an empty line. */
        const char *whole = w;
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
        line_w = w == whole ? ww : text_width(t, s, w, (size_t)(p - w));
        joins = 0;
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
    int px = fonts_px(t->fonts, s);
    unsigned long h = hash_key(s, px, str);
    Entry **slot = &t->bucket[h % BUCKETS];
    for (Entry *e = *slot; e; e = e->next)
        if (e->hash == h && e->style == (int)s && e->px == px && strcmp(e->str, str) == 0)
            return e;
    SDL_Surface *surf = fonts_render(t->fonts, s, str);
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
    e->px = px;
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
