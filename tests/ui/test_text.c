/* Tests of measuring, wrapping, shortening and sanitizing text with the real fonts, on
 * SDL's software renderer (no window). Cases found by fuzzing engine/ui/text.c. */
#include "core/utf8.h"
#include "ui/fonts.h"
#include "ui/text.h"

#include <SDL_ttf.h>
#include <check.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

Suite *text_suite(void);

static SDL_Surface *surface;
static SDL_Renderer *renderer;
static Text *text;

static void setup(void)
{
    char err[512];
    ck_assert_int_eq(TTF_Init(), 0);
    surface = SDL_CreateRGBSurfaceWithFormat(0, 64, 64, 32, SDL_PIXELFORMAT_ARGB8888);
    ck_assert_ptr_nonnull(surface);
    renderer = SDL_CreateSoftwareRenderer(surface);
    ck_assert_ptr_nonnull(renderer);
    text = text_create(renderer, "assets/fonts", err, sizeof err);
    ck_assert_msg(text != NULL, "%s", err);
    text_set_base(text, 24);
}

static void teardown(void)
{
    text_destroy(text);
    SDL_DestroyRenderer(renderer);
    SDL_FreeSurface(surface);
    TTF_Quit();
}

static bool valid_utf8(const char *s, size_t n)
{
    for (size_t i = 0, k; i < n; i += k)
        if ((k = utf8_decode(s + i, n - i, NULL)) == 0)
            return false;
    return true;
}

/* What text_wrap gave: the lines, joined by '|', and checks on each. */
typedef struct Lines {
    char joined[20000];
    size_t used;
    int count, empty, invalid, too_wide, short_cut, width;
} Lines;

static void collect(void *ctx, const char *s, size_t n)
{
    Lines *l = ctx;
    l->count++;
    l->empty += n == 0;
    l->invalid += !valid_utf8(s, n);
    /* Only a line of one character may be wider than the column. */
    if (n > 0 && utf8_decode(s, n, NULL) < n && text_width(text, STYLE_BODY, s, n) > l->width)
        l->too_wide++;
    /* A word cut here must have been cut as late as possible: its next letter did not fit. */
    size_t next = s[n] && s[n] != ' ' ? utf8_decode(s + n, SIZE_MAX, NULL) : 0;
    if (next && text_width(text, STYLE_BODY, s, n + next) <= l->width)
        l->short_cut++;
    if (l->used + n + 2 < sizeof l->joined) {
        if (l->count > 1)
            l->joined[l->used++] = '|';
        memcpy(l->joined + l->used, s, n);
        l->used += n;
        l->joined[l->used] = '\0';
    }
}

START_TEST(a_character_wider_than_the_line_never_leaves_an_empty_line)
{
    /* U+FF37, a full-width W: one 3-byte character wider than the column. */
    int width = text_width(text, STYLE_BODY, "\xEF\xBC\xB7", 3) - 1;
    Lines l = {.width = width};
    int n = text_wrap(text, STYLE_BODY, "a \xEF\xBC\xB7 b", width, collect, &l);
    ck_assert_int_eq(n, l.count);
    ck_assert_int_eq(l.empty, 0);
    ck_assert_str_eq(l.joined, "a|\xEF\xBC\xB7|b");
}
END_TEST

START_TEST(the_last_piece_of_a_cut_word_shares_its_line_with_the_next_word)
{
    int width = text_width(text, STYLE_BODY, "aaaaaaaaaa", 10);
    Lines l = {.width = width};
    text_wrap(text, STYLE_BODY, "aaaaaaaaaab c", width, collect, &l);
    ck_assert_str_eq(l.joined, "aaaaaaaaaa|b c");
    ck_assert_int_eq(l.too_wide + l.short_cut + l.empty, 0);
}
END_TEST

/* A word far longer than the 4 KB a line is measured in on the stack, of 2-byte letters so
 * that a cut in the wrong place would split one. */
START_TEST(a_word_of_thousands_of_characters_is_cut_into_lines_that_fit)
{
    enum { LETTERS = 4500 };
    char *word = malloc(2 * LETTERS + 1);
    ck_assert_ptr_nonnull(word);
    for (int i = 0; i < LETTERS; i++)
        memcpy(word + 2 * i, "\xC3\xA9", 2); /* é */
    word[2 * LETTERS] = '\0';
    /* Measured whole, not cut at 4 KB: one letter more is wider. */
    ck_assert_int_gt(text_width(text, STYLE_BODY, word, strlen(word)),
                     text_width(text, STYLE_BODY, word, strlen(word) - 2));
    Lines *l = calloc(1, sizeof *l);
    ck_assert_ptr_nonnull(l);
    l->width = 600;
    int n = text_wrap(text, STYLE_BODY, word, l->width, collect, l);
    ck_assert_int_eq(n, l->count);
    ck_assert_int_gt(n, 20);
    ck_assert_int_eq(l->empty, 0);
    ck_assert_int_eq(l->invalid, 0);
    ck_assert_int_eq(l->too_wide, 0);
    ck_assert_int_eq(l->short_cut, 0);
    /* Nothing lost or repeated: the pieces put back together are the word. */
    size_t k = 0;
    for (size_t i = 0; i < l->used; i++)
        if (l->joined[i] != '|')
            ck_assert_int_eq(l->joined[i], word[k++]);
    ck_assert_uint_eq(k, strlen(word));
    free(l);
    free(word);
}
END_TEST

START_TEST(fit_ends_at_a_character_boundary_and_takes_at_least_one)
{
    const char *s = "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9";
    size_t all = strlen(s);
    ck_assert_uint_eq(text_fit(text, STYLE_BODY, s, all, 100000), all);
    ck_assert_uint_eq(text_fit(text, STYLE_BODY, s, all, 0), 2);
    for (int w = 0; w < 80; w++) {
        size_t n = text_fit(text, STYLE_BODY, s, all, w);
        ck_assert_uint_eq(n % 2, 0);
        ck_assert(n == 2 || text_width(text, STYLE_BODY, s, n) <= w);
        ck_assert(n == all || text_width(text, STYLE_BODY, s, n + 2) > w);
    }
    ck_assert_uint_eq(text_fit(text, STYLE_BODY, s, 0, 50), 0);
}
END_TEST

START_TEST(a_shortened_name_fits_ends_with_dots_and_stays_utf8)
{
    const char *full_name = "Voluntary and informed participation";
    char name[64];
    strcpy(name, full_name);
    int width = text_width(text, STYLE_SMALL, "Voluntary and", 13);
    text_shorten(text, STYLE_SMALL, name, sizeof name, width);
    ck_assert_int_le(text_width(text, STYLE_SMALL, name, strlen(name)), width);
    ck_assert_uint_gt(strlen(name), 3);
    ck_assert_str_eq(name + strlen(name) - 3, "...");
    ck_assert(strncmp(name, full_name, strlen(name) - 3) == 0);

    char accents[64] = "\xC3\x89\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9";
    for (int w = 0; w < 120; w += 7) {
        char s[64];
        memcpy(s, accents, sizeof s);
        text_shorten(text, STYLE_SMALL, s, sizeof s, w);
        ck_assert_msg(valid_utf8(s, strlen(s)), "width %d: cut inside a character", w);
    }

    char fits[16] = "Safety";
    text_shorten(text, STYLE_SMALL, fits, sizeof fits, 1000);
    ck_assert_str_eq(fits, "Safety");

    /* A full buffer: the dots replace what they must, never past the end (ASan watches). */
    char full[8] = "abcdefg";
    text_shorten(text, STYLE_SMALL, full, sizeof full, text_width(text, STYLE_SMALL, "abcdef", 6));
    ck_assert_uint_le(strlen(full), 7);
    ck_assert_str_eq(full + strlen(full) - 3, "...");
}
END_TEST

START_TEST(sanitizing_drops_controls_and_turns_separators_into_spaces)
{
    char out[64];
    /* C0, DEL, C1 (U+0085 NEL, U+009B CSI) dropped; tab, newline, U+2028, U+2029 spaced. */
    text_sanitize(out, sizeof out, "a\x1b[2J\x7f\xC2\x85\xC2\x9B" "b\tc\nd\xE2\x80\xA8" "e\xE2\x80\xA9" "f");
    ck_assert_str_eq(out, "a[2Jb c d e f");
    /* Bytes that are not UTF-8 become U+FFFD; good text passes unchanged. */
    text_sanitize(out, sizeof out, "\xC0\x80x\xED\xA0\x80");
    ck_assert_str_eq(out, "\xEF\xBF\xBD\xEF\xBF\xBDx\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    text_sanitize(out, sizeof out, "Zo\xC3\xAB \xE2\x80\x94 \xF0\x9F\x99\x82");
    ck_assert_str_eq(out, "Zo\xC3\xAB \xE2\x80\x94 \xF0\x9F\x99\x82");
    /* A full buffer stops between characters. */
    text_sanitize(out, 7, "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9");
    ck_assert_str_eq(out, "\xC3\xA9\xC3\xA9");
}
END_TEST

/* Greek and Cyrillic are not in Atkinson Hyperlegible: DejaVu Sans (fonts-dejavu-core,
 * which scripts/install-deps.sh installs) draws them. Chinese is in neither. */
START_TEST(other_scripts_are_drawn_with_the_fallback_font)
{
    const char *names = "Zo\xC3\xAB \xD0\xAF\xD1\x80\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB0\xD0\xB2\xD0\xB0 "
                        "\xE1\xBC\x88\xCE\xBB\xCE\xAD\xCE\xBE\xCE\xB1\xCE\xBD\xCE\xB4\xCF\x81\xCE\xBF\xCF\x82";
    ck_assert_msg(text_has_fallback(text), "no fallback font: install fonts-dejavu-core (scripts/install-deps.sh)");
    ck_assert_uint_eq(text_unshown(text, STYLE_BODY, names), 0);
    ck_assert_uint_eq(text_unshown(text, STYLE_BOLD, names), 0);
    ck_assert_uint_eq(text_unshown(text, STYLE_ITALIC, names), 0);
    ck_assert_uint_eq(text_unshown(text, STYLE_BODY, "\xE6\xBC\xA2\xE5\xAD\x97 Han"), 2);

    /* Without the fallback (a folder without it), the same names are boxes. */
    char err[256];
    Fonts *plain = fonts_create("assets/fonts", "/nonexistent", err, sizeof err);
    ck_assert_msg(plain != NULL, "%s", err);
    ck_assert(!fonts_have_fallback(plain));
    ck_assert_uint_eq(fonts_unshown(plain, STYLE_BODY, names), 18); /* 8 Cyrillic, 10 Greek */
    fonts_destroy(plain);

    /* A line of several fonts renders as wide as it measures, as high as the game font's
     * line, so that the layout's boxes hold what is drawn. */
    Fonts *f = fonts_create("assets/fonts", NULL, err, sizeof err);
    ck_assert_msg(f != NULL, "%s", err);
    SDL_Surface *line = fonts_render(f, STYLE_BODY, names), *latin = fonts_render(f, STYLE_BODY, "Zoe");
    ck_assert_ptr_nonnull(line);
    ck_assert_ptr_nonnull(latin);
    ck_assert_int_eq(line->w, fonts_width(f, STYLE_BODY, names));
    ck_assert_int_eq(line->h, latin->h);
    SDL_FreeSurface(line);
    SDL_FreeSurface(latin);
    fonts_destroy(f);

    /* Wrapping measures mixed lines whole, like any other. */
    Lines l = {.width = 200};
    text_wrap(text, STYLE_BODY, names, l.width, collect, &l);
    ck_assert_int_eq(l.too_wide + l.short_cut + l.empty + l.invalid, 0);
    ck_assert_int_ge(l.count, 2);
}
END_TEST

Suite *text_suite(void)
{
    Suite *s = suite_create("text");
    TCase *t = tcase_create("text");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, a_character_wider_than_the_line_never_leaves_an_empty_line);
    tcase_add_test(t, a_word_of_thousands_of_characters_is_cut_into_lines_that_fit);
    tcase_add_test(t, the_last_piece_of_a_cut_word_shares_its_line_with_the_next_word);
    tcase_add_test(t, fit_ends_at_a_character_boundary_and_takes_at_least_one);
    tcase_add_test(t, a_shortened_name_fits_ends_with_dots_and_stays_utf8);
    tcase_add_test(t, sanitizing_drops_controls_and_turns_separators_into_spaces);
    tcase_add_test(t, other_scripts_are_drawn_with_the_fallback_font);
    suite_add_tcase(s, t);
    return s;
}
