/* fonts: the game's fonts for each text style, with a fallback for the characters they
 * lack.
 *
 * Atkinson Hyperlegible (assets/fonts) covers Latin scripts only; a name or a scenario in
 * Greek or Cyrillic would show as empty boxes. Where the fallback font (DejaVu Sans, from
 * Debian's fonts-dejavu-core) is installed, each line is split into runs: characters the
 * game's font has, and characters only the fallback has. Runs are measured and rendered
 * with their own font and joined on the game font's baseline. Without the fallback the
 * game works as before. Scripts neither font covers (Chinese, Japanese, Korean...) still
 * show boxes; right-to-left text is drawn left to right (no bidirectional reordering).
 *
 * Ownership: fonts_create/fonts_destroy; fonts_render returns a surface the caller frees
 * with SDL_FreeSurface. Strings passed in are borrowed and must be NUL-terminated UTF-8.
 * Errors: fonts_create returns NULL and writes a message into err; fonts_render returns
 * NULL (SDL_GetError/TTF_GetError say why); measuring with no font loaded gives 0. */
#ifndef RJ_FONTS_H
#define RJ_FONTS_H

#include "text.h"

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct Fonts Fonts;

/* Opens the game's fonts from font_dir, and the fallback from fallback_dir when it is
 * there (NULL: /usr/share/fonts/truetype/dejavu). */
Fonts *fonts_create(const char *font_dir, const char *fallback_dir, char *err, size_t errsize);
void fonts_destroy(Fonts *f);
/* Opens every style at its size for this body size; -1 when a font cannot be opened. */
int fonts_set_base(Fonts *f, int body_px);
int fonts_px(const Fonts *f, TextStyle s);
int fonts_line_height(const Fonts *f, TextStyle s);
bool fonts_have_fallback(const Fonts *f);
/* Width in pixels of str. */
int fonts_width(const Fonts *f, TextStyle s, const char *str);
/* str rendered in white on transparent, one line. */
SDL_Surface *fonts_render(const Fonts *f, TextStyle s, const char *str);
/* How many characters of str no font can show (drawn as boxes). */
size_t fonts_unshown(const Fonts *f, TextStyle s, const char *str);

#endif
