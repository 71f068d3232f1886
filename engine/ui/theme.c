/* theme: the two themes. Text colours were chosen by their contrast ratio, not by eye. */
#include "theme.h"

#include <math.h>

static SDL_Color rgb(unsigned hex)
{
    return (SDL_Color){(Uint8)(hex >> 16), (Uint8)(hex >> 8), (Uint8)hex, 255};
}

void theme_init(Theme *t, bool high_contrast)
{
    static const unsigned okabe_ito[8] = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                                          0x56B4E9, 0xD55E00, 0xF0E442, 0x999999};
    t->high_contrast = high_contrast;
    if (high_contrast) {
        t->bg = rgb(0x000000);
        t->panel = rgb(0x121212);
        t->text = rgb(0xFFFFFF);
        t->muted = rgb(0xE0E0E0);
        t->accent = rgb(0xF0E442);
        t->button = rgb(0x000000);
        t->button_hover = rgb(0x1F1F1F);
        t->button_text = rgb(0xFFFFFF);
        t->border = rgb(0xFFFFFF);
        t->focus = rgb(0xF0E442);
        t->good = rgb(0x56B4E9);
        t->bad = rgb(0xFF9F6B);
        t->warning_bg = rgb(0x000000);
        t->warning_text = rgb(0xF0E442);
        t->bar_track = rgb(0x333333);
    } else {
        t->bg = rgb(0xF7F5F0);
        t->panel = rgb(0xFFFFFF);
        t->text = rgb(0x1B1B1B);
        t->muted = rgb(0x4D4D4D);
        t->accent = rgb(0x005A8C);
        t->button = rgb(0xE9E5DC);
        t->button_hover = rgb(0xDCD6C9);
        t->button_text = rgb(0x1B1B1B);
        t->border = rgb(0x8A8579);
        t->focus = rgb(0xB34700);
        t->good = rgb(0x006B4F);
        t->bad = rgb(0xA63A00);
        t->warning_bg = rgb(0xFFF1C2);
        t->warning_text = rgb(0x5C3A00);
        t->bar_track = rgb(0xE2DED5);
    }
    for (int i = 0; i < 8; i++)
        t->palette[i] = rgb(okabe_ito[i]);
}

static double channel(Uint8 c)
{
    double s = c / 255.0;
    return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4);
}

static double luminance(SDL_Color c)
{
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double theme_contrast(SDL_Color a, SDL_Color b)
{
    double la = luminance(a), lb = luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}
