/* theme: colours of the default and high-contrast themes, and the colour-blind-safe
 * palette (Okabe–Ito) used for chart bars. Every text colour meets WCAG AA contrast
 * (4.5:1) on the background it is drawn on; tests/ui checks it with theme_contrast.
 * Plain data; nothing to free. */
#ifndef RJ_THEME_H
#define RJ_THEME_H

#include <SDL.h>
#include <stdbool.h>

typedef struct Theme {
    bool high_contrast;
    SDL_Color bg, panel, text, muted, accent, button, button_hover, button_text, border, focus, good, bad,
        warning_bg, warning_text, bar_track;
    SDL_Color palette[8]; /* chart bars; always labelled, never the only signal */
} Theme;

void theme_init(Theme *t, bool high_contrast);
/* WCAG 2 contrast ratio between two colours (1 to 21). */
double theme_contrast(SDL_Color a, SDL_Color b);

#endif
