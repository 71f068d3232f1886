/* fuzz_text: scenario text through the game's text path, without a window: text_sanitize,
 * text_wrap with the real fonts (assets/fonts through SDL_ttf), flow_text into a Layout
 * (paragraphs, speakers' names), buttons and labels, and drawing a few lines. Every line
 * produced must be valid UTF-8 without control characters, lie inside the text it came
 * from, and sanitizing must give the same text twice; a wrapped line is never empty and
 * never wider than the column unless it is a single character.
 *
 * Input: byte 0 picks the column width, byte 1 the text size, byte 2 the page wanted and
 * the style; the rest is the text, and after a NUL byte, speakers' names separated by NULs.
 * The renderer is SDL's software renderer drawing into a surface: no video driver. */
#include "fuzz_util.h"

#include "layout.h"
#include "text.h"

#include <SDL_ttf.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef RJSIM_FUZZ_ROOT
#define RJSIM_FUZZ_ROOT "."
#endif

enum { MAX_SPEAKERS = 8, MAX_DRAWN = 8 };

static Text *text;

static void init(void)
{
    char err[512];
    if (text)
        return;
    if (TTF_Init() != 0)
        fuzz_util_fail("TTF_Init", TTF_GetError());
    SDL_Surface *surface = SDL_CreateRGBSurfaceWithFormat(0, 320, 64, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = surface ? SDL_CreateSoftwareRenderer(surface) : NULL;
    if (!r)
        fuzz_util_fail("SDL_CreateSoftwareRenderer", SDL_GetError());
    if (!(text = text_create(r, RJSIM_FUZZ_ROOT "/assets/fonts", err, sizeof err)))
        fuzz_util_fail("text_create", err);
    /* The renderer, surface and fonts live as long as the process: LeakSanitizer sees
     * them through these statics, and each input flushes the texture cache. */
}

static void check_line(const char *what, const char *s, size_t n)
{
    if (!fuzz_util_valid_utf8(s, n))
        fuzz_util_fail(what, "a line is not valid UTF-8");
    if (fuzz_util_has_control(s, n))
        fuzz_util_fail(what, "a line holds a control character");
}

typedef struct WrapCheck {
    const char *str;
    size_t len;
    int lines, width;
    TextStyle style;
} WrapCheck;

static void wrap_line(void *ctx, const char *s, size_t n)
{
    WrapCheck *w = ctx;
    if (s < w->str || n > w->len || (size_t)(s - w->str) > w->len - n)
        fuzz_util_fail("text_wrap", "a line lies outside the text");
    check_line("text_wrap", s, n);
    if (n == 0)
        fuzz_util_fail("text_wrap", "an empty line");
    /* Only a line of one character may be wider than the column (it cannot be cut). */
    size_t first = 1;
    while (first < n && ((unsigned char)s[first] & 0xC0) == 0x80)
        first++;
    if (first < n && text_width(text, w->style, s, n) > w->width)
        fuzz_util_fail("text_wrap", "a line of several characters is wider than the column");
    w->lines++;
}

static void check_sanitize(const char *raw, char *safe, size_t size)
{
    static const size_t sizes[] = {1, 2, 4, 5, 6, 7, 64};
    char small[64], again[64];
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        memset(small, 'X', sizeof small);
        text_sanitize(small, sizes[i], raw);
        if (!memchr(small, '\0', sizes[i]))
            fuzz_util_fail("text_sanitize", "no NUL within the size given");
        check_line("text_sanitize", small, strlen(small));
        if (sizes[i] == sizeof small && strcmp(text_sanitize(again, sizeof again, small), small) != 0)
            fuzz_util_fail("text_sanitize", "sanitizing safe text changed it");
    }
    text_sanitize(safe, size, raw);
    check_line("text_sanitize", safe, strlen(safe));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int widths[] = {300, 1, 8, 24, 60, 120, 640, 1800, 0, -4};
    static const int sizes[] = {24, 8, 13, 40};
    static const SDL_Color ink = {20, 20, 20, 255}, accent = {0, 80, 160, 255};
    const char *speakers[MAX_SPEAKERS];
    int nspeakers = 0;
    Layout l = {0};
    Flow f;
    init();
    if (size < 3)
        return 0;
    int width = widths[data[0] % (sizeof widths / sizeof widths[0])];
    text_set_base(text, sizes[data[1] % 4]);
    TextStyle style = (TextStyle)((data[2] >> 2) % STYLE_COUNT);
    int want = data[2] % 4;
    /* The text and the speakers, each NUL-terminated (a copy, with a NUL at the end). */
    char *buf = malloc(size - 3 + 1);
    if (!buf)
        fuzz_util_fail("fuzz_text", "out of memory");
    memcpy(buf, data + 3, size - 3);
    buf[size - 3] = '\0';
    const char *body = buf;
    for (const char *p = buf + strlen(buf); p < buf + (size - 3) && nspeakers < MAX_SPEAKERS;
         p += strlen(p)) {
        speakers[nspeakers++] = ++p;
    }

    /* text_sanitize at small sizes and at the size the game uses for a paragraph. */
    size_t safe_size = 8192;
    char *safe = malloc(safe_size);
    if (!safe)
        fuzz_util_fail("fuzz_text", "out of memory");
    check_sanitize(body, safe, safe_size);

    /* text_wrap of sanitized text, as every caller does. */
    WrapCheck w = {safe, strlen(safe), 0, width, style};
    int lines = text_wrap(text, style, safe, width, wrap_line, &w);
    if (lines != w.lines)
        fuzz_util_fail("text_wrap", "returned a count other than the lines it gave");

    /* The scene as the game lays it out: raw text in, every box out checked. */
    flow_begin(&f, &l, text, 16, width, 8, 700, want);
    flow_text(&f, body, style, ink, speakers, nspeakers, accent);
    if (flow_pages(&f) < 1)
        fuzz_util_fail("flow_text", "no page");
    layout_button(&l, text, 0, 0, width, 4, body, style, 1, 0, 1, accent, ink, false);
    layout_label(&l, text, 0, 0, body, style, ink);
    int drawn = 0;
    for (int i = 0; i < l.count; i++) {
        const Box *b = &l.boxes[i];
        if (b->kind != BOX_TEXT)
            continue;
        if (!b->text)
            fuzz_util_fail("layout", "a text box without text");
        check_line("layout", b->text, strlen(b->text));
        if (drawn++ < MAX_DRAWN)
            text_draw(text, b->style, b->text, b->r.x, b->r.y, b->color);
    }
    text_end_frame(text);
    text_flush(text);
    layout_free(&l);
    free(safe);
    free(buf);
    return 0;
}
