/* settings: what the game remembers between runs — the trainee's name, mode, text size,
 * theme, fullscreen and results folder — in $XDG_CONFIG_HOME/rjsim/settings.conf
 * (~/.config/rjsim/settings.conf), one "key = value" per line.
 * Plain data. Errors: load/save return -1 and write a message; a missing file is not an
 * error, and unknown or bad lines are ignored (the defaults stand). */
#ifndef RJ_SETTINGS_H
#define RJ_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct Settings {
    char trainee[128];
    char mode[16];         /* "practice" or "assessment" */
    double text_scale;     /* 0.7 to 2.5 */
    bool high_contrast;
    bool fullscreen;
    char results_dir[1024]; /* empty: the default */
} Settings;

void settings_defaults(Settings *s);
/* The settings file path; writes into buf and returns it (empty on failure). */
const char *settings_path(char *buf, size_t size);
int settings_load(Settings *s, char *err, size_t errsize);
int settings_save(const Settings *s, char *err, size_t errsize);

#endif
