/* text: the game's fonts (Atkinson Hyperlegible, vendored in assets/fonts, with a fallback
 * for other scripts: engine/ui/fonts.h), measuring and wrapping, and a cache of rendered
 * lines. $RJSIM_FALLBACK_FONTS names another folder for the fallback (DejaVuSans*.ttf);
 * one without those files turns the fallback off.
 *
 * Lines are rendered once, in white, into textures kept in a cache keyed by style, pixel
 * size and text, and tinted when drawn; a texture unused for a while is evicted. Text is
 * made safe before it reaches SDL_ttf: invalid UTF-8 becomes U+FFFD and control
 * characters are dropped.
 * Ownership: text_create/text_destroy; pointers passed in are borrowed.
 * Errors: text_create returns NULL and writes a message into err. */
#ifndef RJ_TEXT_H
#define RJ_TEXT_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

typedef enum TextStyle { STYLE_BODY, STYLE_BOLD, STYLE_ITALIC, STYLE_HEADING, STYLE_TITLE, STYLE_SMALL, STYLE_COUNT } TextStyle;

typedef struct Text Text;

Text *text_create(SDL_Renderer *r, const char *font_dir, char *err, size_t errsize);
void text_destroy(Text *t);
/* Sets the body text size in pixels; other styles scale from it. */
void text_set_base(Text *t, int body_px);
int text_px(const Text *t, TextStyle s);
int text_line_height(Text *t, TextStyle s);
/* Whether a fallback font shows the characters the game's font lacks (engine/ui/fonts.h). */
bool text_has_fallback(const Text *t);
/* How many characters of str (NUL-terminated) no font can show: they are drawn as boxes. */
size_t text_unshown(Text *t, TextStyle s, const char *str);
/* Width in pixels of n bytes of s. */
int text_width(Text *t, TextStyle s, const char *str, size_t n);
/* Greedy word wrap of one paragraph to width pixels (single newlines count as spaces; a
 * word wider than the line is split). Calls line(ctx, text, len) for each line; returns the
 * number of lines. */
int text_wrap(Text *t, TextStyle s, const char *str, int width, void (*line)(void *, const char *, size_t), void *ctx);
/* The length in bytes of the longest start of the n bytes at str that fits width pixels,
 * ending at a character boundary; at least one character when n > 0 (even if it is wider). */
size_t text_fit(Text *t, TextStyle s, const char *str, size_t n, int width);
/* Shortens str (a buffer of size bytes) in place to fit width pixels, ending it with "..."
 * when it had to be cut, at a character boundary. */
void text_shorten(Text *t, TextStyle s, char *str, size_t size, int width);
/* Draws str with its top-left at (x, y). */
void text_draw(Text *t, TextStyle s, const char *str, int x, int y, SDL_Color c);
/* Called once per drawn frame: evicts textures unused for a while. */
void text_end_frame(Text *t);
/* Drops every texture (render device reset, size change). */
void text_flush(Text *t);
size_t text_cached(const Text *t); /* textures in the cache, for tests */

/* Copies src into dst (size bytes) as safe UTF-8: invalid sequences become U+FFFD,
 * control characters (C0, DEL, C1) are removed, tabs, newlines and U+2028/U+2029 become
 * spaces. Stops at a character boundary when dst is full. Returns dst. */
char *text_sanitize(char *dst, size_t size, const char *src);

#endif
