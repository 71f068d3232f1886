/* fonts: see fonts.h. */
#include "fonts.h"

#include "core/utf8.h"

#include <SDL_ttf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FILES = 3, MAX_RUNS = 64, STACK_TEXT = 4096 };

struct Fonts {
    char path[FILES][1024];          /* regular, bold, italic */
    char fallback_path[FILES][1024]; /* empty when the fallback is not installed */
    TTF_Font *font[STYLE_COUNT], *fallback[STYLE_COUNT];
    int px[STYLE_COUNT];
};

/* A stretch of text drawn with one font. */
typedef struct Run {
    size_t start, len;
    TTF_Font *font;
} Run;

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

static bool readable(const char *path)
{
    SDL_RWops *f = SDL_RWFromFile(path, "rb");
    if (f)
        SDL_RWclose(f);
    return f != NULL;
}

Fonts *fonts_create(const char *font_dir, const char *fallback_dir, char *err, size_t errsize)
{
    static const char *const files[FILES] = {"AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf",
                                             "AtkinsonHyperlegible-Italic.ttf"};
    static const char *const fallbacks[FILES] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"};
    Fonts *f = calloc(1, sizeof *f);
    if (!f) {
        snprintf(err, errsize, "out of memory");
        return NULL;
    }
    if (!fallback_dir)
        fallback_dir = "/usr/share/fonts/truetype/dejavu";
    for (int i = 0; i < FILES; i++) {
        snprintf(f->path[i], sizeof f->path[i], "%s/%s", font_dir, files[i]);
        if (!readable(f->path[i])) {
            snprintf(err, errsize, "cannot open the font %s: %s", f->path[i], SDL_GetError());
            free(f);
            return NULL;
        }
        snprintf(f->fallback_path[i], sizeof f->fallback_path[i], "%s/%s", fallback_dir, fallbacks[i]);
        if (!readable(f->fallback_path[i]))
            f->fallback_path[i][0] = '\0';
    }
    if (fonts_set_base(f, 24) != 0) {
        snprintf(err, errsize, "cannot load the fonts in %s: %s", font_dir, TTF_GetError());
        fonts_destroy(f);
        return NULL;
    }
    return f;
}

static void close_all(Fonts *f)
{
    for (int s = 0; s < STYLE_COUNT; s++) {
        if (f->font[s])
            TTF_CloseFont(f->font[s]);
        if (f->fallback[s])
            TTF_CloseFont(f->fallback[s]);
        f->font[s] = f->fallback[s] = NULL;
    }
}

void fonts_destroy(Fonts *f)
{
    if (!f)
        return;
    close_all(f);
    free(f);
}

int fonts_set_base(Fonts *f, int body_px)
{
    static const double factor[STYLE_COUNT] = {1.0, 1.0, 1.0, 1.3, 1.9, 0.82};
    int rc = 0;
    close_all(f);
    for (int s = 0; s < STYLE_COUNT; s++) {
        int px = (int)(body_px * factor[s] + 0.5), file = file_of((TextStyle)s);
        f->px[s] = px;
        if (!(f->font[s] = TTF_OpenFont(f->path[file], px)))
            rc = -1;
        /* The fallback is opened at the size that gives it the game font's ascent, so
         * that mixed lines look even. */
        if (f->font[s] && f->fallback_path[file][0] && (f->fallback[s] = TTF_OpenFont(f->fallback_path[file], px))) {
            int want = TTF_FontAscent(f->font[s]), got = TTF_FontAscent(f->fallback[s]);
            if (got > 0 && want > 0 && abs(want - got) * 20 > got) {
                TTF_CloseFont(f->fallback[s]);
                f->fallback[s] = TTF_OpenFont(f->fallback_path[file], px * want / got);
            }
        }
    }
    return rc;
}

int fonts_px(const Fonts *f, TextStyle s)
{
    return f->px[s];
}

int fonts_line_height(const Fonts *f, TextStyle s)
{
    return f->font[s] ? TTF_FontLineSkip(f->font[s]) : f->px[s];
}

bool fonts_have_fallback(const Fonts *f)
{
    return f->fallback[STYLE_BODY] != NULL;
}

/* The font for code point cp: the game's, unless only the fallback has it. */
static TTF_Font *font_for(const Fonts *f, TextStyle s, unsigned long cp)
{
    TTF_Font *main = f->font[s], *fb = f->fallback[s];
    if (cp < 0x80 || !fb || TTF_GlyphIsProvided32(main, (Uint32)cp) || !TTF_GlyphIsProvided32(fb, (Uint32)cp))
        return main;
    return fb;
}

/* Splits str into runs of one font each; the last of MAX_RUNS takes the rest. Bytes that
 * are not UTF-8 stay with the run they are in (callers sanitize first). */
static int split(const Fonts *f, TextStyle s, const char *str, Run *runs)
{
    int n = 0;
    size_t i = 0, len = strlen(str);
    while (i < len) {
        Run r = {i, 0, NULL};
        while (i < len) {
            unsigned long cp = 0;
            size_t k = utf8_decode(str + i, len - i, &cp);
            TTF_Font *font = k ? font_for(f, s, cp) : f->font[s];
            if (r.font && font != r.font && n < MAX_RUNS - 1)
                break;
            if (!r.font)
                r.font = font;
            i += k ? k : 1;
        }
        r.len = i - r.start;
        runs[n++] = r;
    }
    return n;
}

/* Calls each(run, its text NUL-terminated) for the n runs of str (from split); the text is a
 * copy. */
static int for_runs(const char *str, const Run *runs, int n, int (*each)(const Run *, const char *, void *), void *ctx)
{
    int rc = 0;
    size_t len = strlen(str);
    char stack[STACK_TEXT], *copy = len < sizeof stack ? stack : malloc(len + 1);
    if (!copy)
        return -1;
    memcpy(copy, str, len + 1);
    for (int i = 0; i < n && rc == 0; i++) {
        char *end = copy + runs[i].start + runs[i].len, keep = *end;
        *end = '\0';
        rc = each(&runs[i], copy + runs[i].start, ctx);
        *end = keep;
    }
    if (copy != stack)
        free(copy);
    return rc;
}

static int add_width(const Run *r, const char *text, void *ctx)
{
    int w = 0, h = 0;
    if (r->font && TTF_SizeUTF8(r->font, text, &w, &h) == 0)
        *(int *)ctx += w;
    return 0;
}

static bool ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80)
            return false;
    return true;
}

int fonts_width(const Fonts *f, TextStyle s, const char *str)
{
    int w = 0, h = 0;
    if (!f->font[s])
        return 0;
    if (!f->fallback[s] || ascii(str)) /* the common cases: one font, no copy */
        return TTF_SizeUTF8(f->font[s], str, &w, &h) == 0 ? w : 0;
    Run runs[MAX_RUNS];
    for_runs(str, runs, split(f, s, str, runs), add_width, &w);
    return w;
}

typedef struct Paint {
    SDL_Surface *parts[MAX_RUNS];
    int nparts;
} Paint;

static int render_part(const Run *r, const char *text, void *ctx)
{
    Paint *p = ctx;
    SDL_Color white = {255, 255, 255, 255};
    SDL_Surface *part = r->font ? TTF_RenderUTF8_Blended(r->font, text, white) : NULL;
    if (!part)
        return -1;
    p->parts[p->nparts++] = part;
    return 0;
}

SDL_Surface *fonts_render(const Fonts *f, TextStyle s, const char *str)
{
    SDL_Color white = {255, 255, 255, 255};
    if (!f->font[s])
        return NULL;
    Run runs[MAX_RUNS];
    int nruns = f->fallback[s] ? split(f, s, str, runs) : 1;
    if (nruns == 1)
        return TTF_RenderUTF8_Blended(f->font[s], str, white);
    /* Several fonts: each run rendered alone, then copied side by side onto one surface
     * as high as the game font's line, every run on its baseline. */
    Paint p = {{0}, 0};
    SDL_Surface *line = NULL;
    if (for_runs(str, runs, nruns, render_part, &p) == 0) {
        int w = 0, ascent = TTF_FontAscent(f->font[s]);
        for (int i = 0; i < p.nparts; i++)
            w += p.parts[i]->w;
        line = SDL_CreateRGBSurfaceWithFormat(0, w > 0 ? w : 1, TTF_FontHeight(f->font[s]), 32, SDL_PIXELFORMAT_ARGB8888);
        for (int i = 0, x = 0; line && i < p.nparts; i++) {
            TTF_Font *font = runs[i].font;
            SDL_Rect at = {x, ascent - TTF_FontAscent(font), p.parts[i]->w, p.parts[i]->h};
            SDL_SetSurfaceBlendMode(p.parts[i], SDL_BLENDMODE_NONE); /* copy alpha as it is */
            SDL_BlitSurface(p.parts[i], NULL, line, &at);
            x += p.parts[i]->w;
        }
    }
    for (int i = 0; i < p.nparts; i++)
        SDL_FreeSurface(p.parts[i]);
    return line;
}

static int count_unshown(const Run *r, const char *text, void *ctx)
{
    for (size_t i = 0, k; text[i]; i += k ? k : 1) {
        unsigned long cp = 0;
        k = utf8_decode(text + i, SIZE_MAX, &cp);
        if (k && !TTF_GlyphIsProvided32(r->font, (Uint32)cp))
            ++*(size_t *)ctx;
    }
    return 0;
}

size_t fonts_unshown(const Fonts *f, TextStyle s, const char *str)
{
    size_t n = 0;
    Run runs[MAX_RUNS];
    if (f->font[s])
        for_runs(str, runs, split(f, s, str, runs), count_unshown, &n);
    return n;
}
